/** Client helpers for votes, shared by the chair console and the hall screen. */
import type { State } from '../../lib/live.svelte';
import type { VoteView } from '../../../common/votes/result';
import type { MajorityRule } from '../../../common/votes/rule';
import type { MessageKey } from '../../lib/i18n.svelte';
import type { Delegate } from '../../../common/roster/model';
import { presentVoters } from '../../../common/votes/present';
import { outlineNumbers } from '../../../common/agenda/outline';
import { isPart, joinRows } from '../../../common/timing/stats';

export type { VoteView };

/**
 * Who is in the hall to vote, by the current roll call (the engine asks the same function):
 * the voting delegates present, and the roll call's sitting (null before any roll call,
 * when every voting delegate on the roster counts).
 */
export function hallVoters(data: State): { voters: Delegate[]; sitting: string | null } {
  const att = data.attendance;
  const sitting = att.sittings.find((s) => s.id === att.currentId)?.sittingLabel ?? null;
  return { voters: presentVoters(data.delegates, att.marks, att.memberIds), sitting };
}

/** Every agenda item's number in the programme's outline: "7", or "7.2" for a sub-item (common/agenda/outline.ts). */
export function itemNumbers(data: Pick<State, 'agenda' | 'timing'>): Map<number, string> {
  const parentOf = new Map(data.timing.items.map((i) => [i.id, i.parentId]));
  return outlineNumbers(data.agenda.map((i) => ({ id: i.id, parentId: parentOf.get(i.id) ?? null })));
}

/** An agenda item's number in the programme (what "18. …" or "7.2. …" starts with); null for none. */
export function itemNumber(data: Pick<State, 'agenda' | 'timing'>, id: number | null): string | null {
  return id === null ? null : (itemNumbers(data).get(id) ?? null);
}

/** An agenda item as the votes name it, by its number in the programme: "18. Biểu quyết thông qua…"; null for none. */
export function itemName(data: Pick<State, 'agenda' | 'timing'>, id: number | null): string | null {
  const n = itemNumber(data, id);
  const item = data.agenda.find((i) => i.id === id);
  return n === null || !item ? null : `${n}. ${item.title}`;
}

/**
 * The vote of the agenda item under way, when it is not the one `vote` belongs to: opening a vote
 * prepared for a later item (46/NQ for item 18 while item 8 runs) is warned of, not refused, since
 * the agenda can change. Null when the vote is for the item under way, for no item, or none runs.
 */
export function otherItem(data: Pick<State, 'agenda' | 'timing'>, vote: Pick<VoteView, 'agendaItemId'>): { item: string; live: string } | null {
  const liveId = data.timing.liveItemId;
  if (vote.agendaItemId === null || liveId === null || vote.agendaItemId === liveId) return null;
  const item = itemName(data, vote.agendaItemId);
  const live = itemName(data, liveId);
  return item && live ? { item, live } : null;
}

/** Whether opening this vote of another item marks that item held (vote.open's heldByVote): it is not started, and not a part. */
export function holdsOtherItem(data: Pick<State, 'agenda' | 'timing'>, vote: Pick<VoteView, 'agendaItemId'>): boolean {
  if (otherItem(data, vote) === null) return false;
  const rows = joinRows(data.agenda, data.timing.items);
  const own = rows.find((r) => r.item.id === vote.agendaItemId);
  return own !== undefined && own.timing.status === 'pending' && !isPart(own, rows);
}

/**
 * The vote the Votes view shows without a choice: the open one (in hand); else, while an item
 * runs, its vote not yet held, else its latest, else none (the view says there is none for it:
 * the session's last vote, shown instead, was opened by Alt+O for the wrong item); with no item
 * under way, the latest.
 */
export function defaultVote(data: Pick<State, 'timing'>, votes: VoteView[]): VoteView | null {
  const open = votes.find((v) => v.status === 'open');
  if (open) return open;
  const liveId = data.timing.liveItemId;
  if (liveId === null) return votes.at(-1) ?? null;
  const ofItem = votes.filter((v) => v.agendaItemId === liveId);
  return ofItem.find((v) => v.status === 'draft') ?? ofItem.at(-1) ?? null;
}

/** The current session's votes, in the order they were created. */
export function sessionVotes(data: State): VoteView[] {
  return data.votes.filter((v) => v.sessionId === data.sessions.currentId);
}

/**
 * What the hall shows: the vote of this session that moved last (opened or announced) while it
 * is open, and its result once announced; between close and announcement, nothing (no stale
 * result). An earlier vote announced again after a correction is what moved last.
 */
export function hallVote(data: State): VoteView | null {
  const started = sessionVotes(data).filter((v) => v.openedAt !== null);
  const movedAt = (v: VoteView) => Math.max(v.openedAt!, v.announcedAt ?? 0);
  const latest = started.sort((a, b) => movedAt(b) - movedAt(a) || b.id - a.id)[0];
  if (!latest) return null;
  return latest.status === 'open' || latest.announcedAt !== null ? latest : null;
}

/**
 * The vote the chair has closed and not yet announced, when it is the vote that moved last:
 * the hall keeps it up, without its counts, until the result is announced, rather than
 * dropping back to the queue or the item between "close" and "announce".
 */
export function closedUnannounced(data: State): VoteView | null {
  const started = sessionVotes(data).filter((v) => v.openedAt !== null);
  const movedAt = (v: VoteView) => Math.max(v.openedAt!, v.closedAt ?? 0, v.announcedAt ?? 0);
  const latest = started.sort((a, b) => movedAt(b) - movedAt(a) || b.id - a.id)[0];
  return latest && latest.status === 'closed' && latest.announcedAt === null ? latest : null;
}

/** Who changed in a named vote between two versions: "Trần Thị Hoa → against". */
export function markChanges(before: Record<number, string>, after: Record<number, string>): { delegateId: number; choice: string | null }[] {
  const ids = new Set([...Object.keys(before), ...Object.keys(after)].map(Number));
  return [...ids].filter((id) => before[id] !== after[id]).map((id) => ({ delegateId: id, choice: after[id] ?? null }));
}

/** "more than 1/2 of total seats" / "quá 1/2 tổng số đại biểu". */
export function ruleText(rule: MajorityRule, t: (key: MessageKey, params?: Record<string, string | number>) => string): string {
  return t('votes.ruleText', {
    comparison: t(`votes.comparison.${rule.comparison}`),
    fraction: `${rule.numerator}/${rule.denominator}`,
    base: t(`votes.base.${rule.base}`),
  });
}

export type VoteStage = 'draft' | 'open' | 'closed' | 'announced';
export const stageOf = (v: VoteView): VoteStage => (v.status === 'closed' && v.announcedAt !== null ? 'announced' : v.status);

/** A typed count: blank is 0, anything else goes to the engine as it is and is checked there. */
export const count = (s: string): number => (s.trim() === '' ? 0 : Number(s.trim()));
/** A count box's text that is a count: empty (none) or a whole number of 0 or more ("1,5", "-1", "abc" are not). */
export const countTyped = (s: string): boolean => /^\d*$/.test(s.trim());

type TallyKey = 'for' | 'against' | 'abstain' | 'issued' | 'returned' | 'valid' | 'invalid';
export type CountsDraft = Record<TallyKey, string>;
const TALLY_KEYS: TallyKey[] = ['for', 'against', 'abstain', 'issued', 'returned', 'valid', 'invalid'];
/** The boxes as the form shows them (CountsFields): a secret ballot's four ballot counts, then the three counts. */
export const BALLOT_KEYS = ['issued', 'returned', 'valid', 'invalid'] as const;
export const COUNT_KEYS = ['for', 'against', 'abstain'] as const;
const TALLY_KEYS_IN_FORM: TallyKey[] = [...BALLOT_KEYS, ...COUNT_KEYS];

/** The form's text for a tally (zeros left blank, so typing replaces nothing). */
export function draftFrom(tally: VoteView['tally']): CountsDraft {
  return Object.fromEntries(TALLY_KEYS.map((k) => [k, tally[k] === 0 ? '' : String(tally[k])])) as CountsDraft;
}

/** The boxes of a form whose text is not a count, in the form's order. */
export function wrongBoxes(draft: CountsDraft, secret: boolean): TallyKey[] {
  const shown: readonly TallyKey[] = secret ? TALLY_KEYS_IN_FORM : COUNT_KEYS;
  return shown.filter((k) => !countTyped(draft[k]));
}

export function tallyFrom(draft: CountsDraft): Record<TallyKey, number> {
  return Object.fromEntries(TALLY_KEYS.map((k) => [k, count(draft[k])])) as Record<TallyKey, number>;
}

/** Whether the boxes hold the recorded counts (nothing typed over them since, or only the same numbers). */
export function showsTally(draft: CountsDraft, tally: VoteView['tally']): boolean {
  const typed = tallyFrom(draft);
  return TALLY_KEYS.every((k) => typed[k] === tally[k]);
}

/**
 * The vote scope's step that is this vote's to take back, or null: only while it is open, and
 * only a step taken since it opened (one vote is open at a time, so an older step belongs to a
 * vote closed before, which the engine would refuse).
 */
export function openVoteUndo<O extends { at: number }>(vote: { status: string; openedAt: number | null }, offer: O | undefined): O | null {
  return vote.status === 'open' && offer && vote.openedAt !== null && offer.at >= vote.openedAt ? offer : null;
}
