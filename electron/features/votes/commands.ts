import { z } from 'zod';
import { EngineError, localized, notFound } from '../../engine/errors';
import { id, optionalText, text } from '../../engine/validation';
import { readRules } from '../council/rules';
import { majorityRuleSchema, type MajorityRule } from '../../../common/votes/rule';
import { presentVoters } from '../../../common/votes/present';
import { checkBallots } from '../votes/ballots';
import { presence } from '../attendance/presence';
import { getMark as getAttendanceMark, getRollCall, listMemberIds, vacantAtOpeningIn } from '../attendance/store';
import { awayKind } from '../../../common/attendance/report';
import { rollCallPhrase } from '../attendance/naming';
import { getCouncil } from '../council/store';
import { getDelegate, listDelegates } from '../roster/store';
import type { Db } from '../../store/db';
import { appendVersion, countMarks, deleteVote, getOpenVote, getVote, insertVote, listVersions, listVotes, markAnnounced, markClosed, markOpened, saveTally, listMarks, setMark, updateVoteInput, type VoteInput } from './store';
import { CHOICES, EMPTY_TALLY, RULE_KINDS, VOTE_METHODS, type Tally, type Vote, type VoteStatus } from '../../../common/votes/model';
import { requireSession } from '../council/commands';
import { requireItem } from '../agenda/commands';
import { getAgendaItem } from '../agenda/store';
import { getLiveTiming, isPartItem, liveItemId, setItemTimer } from '../timing/store';
import { defineCommand } from '../../engine/define';
import { describeMark, describeTally, OPEN_ACTION, VOTE_UNDO_SCOPE } from './undo';
import { describeUndo } from '../../engine/undo';
import { PREP_UNDO_SCOPE } from '../prep/slices';
import { rowRefusal } from '../prep/import-row';
import { filePlace, validationError } from '../../engine/validation';
import { inProgrammeOrder, preparedVoteKey } from '../../../common/votes/prepare';
import { correctedSinceAnnounced } from '../../../common/votes/announce';
import { listAgenda } from '../agenda/store';
import { countersOfSession, replaceCounters } from '../record/store';

const count = z.int().min(0).max(100_000);
const voteFields = {
  agendaItemId: id.nullable().default(null),
  resolutionNumber: optionalText(60),
  resolutionTitle: text(500),
  /** The presenting body, "Cơ quan trình" ("UBND tỉnh"); empty when not given. */
  presentedBy: optionalText(200),
  method: z.enum(VOTE_METHODS),
  ruleKind: z.enum(RULE_KINDS).default('ordinary'),
  /** Required for a custom rule; otherwise the council's rule of that kind is taken. */
  rule: majorityRuleSchema.optional(),
};
const countFields = {
  for: count,
  against: count,
  abstain: count,
  issued: count.default(0),
  returned: count.default(0),
  valid: count.default(0),
  invalid: count.default(0),
};
/** One vote of a session's votes prepared at once (`vote.prepareMany`), with its place in the office's list. */
const plannedVote = z.strictObject({
  line: z.int().min(1).optional(),
  place: filePlace.optional(),
  agendaItemId: voteFields.agendaItemId,
  resolutionNumber: voteFields.resolutionNumber,
  resolutionTitle: voteFields.resolutionTitle,
  presentedBy: voteFields.presentedBy,
});
const markItem = z.strictObject({ delegateId: id, choice: z.enum(CHOICES).nullable() });

/** A vote of the current session (in `status` when given), else a refusal. */
export function requireVote(db: Db, voteId: number, status?: VoteStatus): Vote {
  const vote = getVote(db, voteId);
  if (!vote || vote.sessionId !== requireSession(db)) throw notFound('vote', voteId);
  if (status === 'draft' && vote.status !== 'draft') throw new EngineError('vote-not-draft');
  if (status === 'open' && vote.status !== 'open') throw new EngineError('vote-not-open');
  if (status === 'closed' && vote.status !== 'closed') throw new EngineError('vote-not-closed');
  return vote;
}

/** The rule a vote records: the council's rule of the chosen kind, or the custom one given. */
function toInput(db: Db, v: z.output<z.ZodObject<typeof voteFields>>): VoteInput {
  if (v.agendaItemId !== null) requireItem(db, v.agendaItemId);
  const rules = readRules(db).majority;
  const rule: MajorityRule = v.ruleKind === 'custom' ? v.rule ?? rules.ordinary : v.rule ?? rules[v.ruleKind];
  if (rule.base === 'ballots' && v.method !== 'secret') throw new EngineError('ballots-base-needs-secret');
  return { ...v, rule };
}

/** Counts must fit those present, ballots must fit one another, votes must fit valid ballots. */
function checkTally(vote: Vote, t: Tally, final: boolean): void {
  const counted = t.for + t.against + t.abstain;
  if (vote.method !== 'secret') {
    if (counted > vote.present) throw new EngineError('counts-over-present', { counted, present: vote.present });
    return;
  }
  checkBallots(vote.present, t, final);
  if (counted > t.valid) throw new EngineError('counts-over-valid', { counted, valid: t.valid });
}

/** The voting delegates present by the session's current roll call (all of them before any roll call). */
export function votersHere(db: Db, sessionId: number) {
  const { rollCallId, marks } = presence(db, sessionId);
  return presentVoters(listDelegates(db), marks, rollCallId === null ? null : listMemberIds(db, rollCallId));
}

/**
 * Applies named marks, refusing anyone who is not a present voting delegate. Someone already
 * marked in this vote may still be changed (a correction after they left the hall).
 */
function applyMarks(db: Db, vote: Vote, marks: z.output<typeof markItem>[]): void {
  const voters = new Set([...votersHere(db, vote.sessionId).map((d) => d.id), ...Object.keys(listMarks(db, vote.id)).map(Number)]);
  for (const { delegateId, choice } of marks) {
    if (!voters.has(delegateId)) {
      const who = listDelegates(db).find((d) => d.id === delegateId);
      if (!who) throw notFound('delegate', delegateId);
      if (!who.voting) throw new EngineError('not-a-voter', { name: who.fullName });
      const rollCallId = presence(db, vote.sessionId).rollCallId!;
      const label = getRollCall(db, rollCallId)!.sittingLabel;
      // The roll call's own reason (excused, not arrived, left), as its report names it; one not
      // marked at all is outside the roll call's list, and reads as absent from it.
      const mark = getAttendanceMark(db, rollCallId, delegateId);
      const kind = mark ? awayKind(mark) : null;
      const code = kind === 'excused' ? 'voter-excused' : kind === 'notArrived' ? 'voter-not-arrived' : kind === 'left' ? 'voter-left' : 'voter-absent';
      throw localized(code, (l) => ({ name: who.fullName, sitting: rollCallPhrase(label, l), time: mark?.time ?? '' }));
    }
    setMark(db, vote.id, delegateId, choice);
  }
  const counts = countMarks(db, vote.id);
  const marked = counts.for + counts.against + counts.abstain;
  if (marked > vote.present) throw new EngineError('marks-over-present', { marked, present: vote.present });
  saveTally(db, vote.id, { ...EMPTY_TALLY, ...counts });
}

/**
 * A vote put on an item not yet started while another item is under way (the chair puts item B's
 * resolution to the vote at the end of item A's discussion) holds item B: it is marked done with no
 * time of its own, in the vote's transaction, so the programme and the minutes do not show it as
 * not held. Item A and its timer are left as they are. Item B is taken back by Reopen (item.reopen).
 */
function heldByVote(db: Db, vote: Vote): void {
  const itemId = vote.agendaItemId;
  if (itemId === null || getLiveTiming(db, itemId)?.status !== 'pending' || isPartItem(db, itemId)) return;
  const live = liveItemId(db, vote.sessionId);
  if (live === null || live === itemId) return;
  setItemTimer(db, itemId, { status: 'finished', startedAt: null, accumulatedMs: 0 });
}

export const voteCommands = {
  'vote.create': defineCommand({
    schema: z.strictObject(voteFields),
    slices: ['votes'],
    run({ db, now }, v) {
      return { id: insertVote(db, requireSession(db), toInput(db, v), now) };
    },
  }),

  /**
   * The session's votes prepared at once, from its programme or the office's list of resolutions
   * (common/votes/prepare.ts matches them): all in one transaction and one undo step of preparing
   * the session (the Agenda view's Undo). A vote already prepared for the same item and title is
   * skipped, not made twice; a bad row refuses everything, naming the row as the list shows it.
   * They are created in the programme's order of their items (the list's within one item).
   */
  'vote.prepareMany': defineCommand({
    schema: z.strictObject({ votes: z.array(z.unknown()).max(500), method: z.enum(VOTE_METHODS).default('hands') }),
    slices: ['votes'],
    undo: PREP_UNDO_SCOPE,
    run({ db, now }, { votes, method }) {
      const sessionId = requireSession(db);
      if (votes.length === 0) throw new EngineError('votes-prepare-empty');
      const there = new Set(listVotes(db, sessionId).map((v) => preparedVoteKey(v.agendaItemId, v.resolutionTitle)));
      const inputs: VoteInput[] = [];
      let skipped = 0;
      votes.forEach((raw, i) => {
        const refuse = rowRefusal(raw, i);
        const parsed = plannedVote.safeParse(raw);
        if (!parsed.success) throw refuse((l) => validationError(parsed.error).messageIn(l));
        const v = parsed.data;
        let input: VoteInput;
        try {
          input = toInput(db, { ...v, method, ruleKind: 'ordinary', rule: undefined });
        } catch (err) {
          if (err instanceof EngineError) throw refuse((l) => err.messageIn(l));
          throw err;
        }
        const key = preparedVoteKey(v.agendaItemId, v.resolutionTitle);
        if (there.has(key)) return void (skipped += 1);
        there.add(key);
        inputs.push(input);
      });
      if (inputs.length === 0) throw new EngineError('votes-prepare-all-there', { n: skipped });
      // Created in the programme's order, so the Votes view and `v` meet them as the hall does.
      const ids = inProgrammeOrder(inputs, listAgenda(db, sessionId).map((i) => i.id)).map((input) => insertVote(db, sessionId, input, now));
      describeUndo(db, 'votes', '', ids.length);
      return { ids, skipped };
    },
  }),

  /**
   * A draft's edit: only what the form's user changed (each field optional), so the chair's new
   * title saved from a view read before the secretary put the presenting body right
   * (record.setPresentedBy) keeps her correction, and a change of the same field sent with `seen`
   * is refused (engine/edits.ts). A custom rule is kept unless another is sent; the others are the council's.
   */
  'vote.update': defineCommand({
    schema: z.strictObject({
      id,
      agendaItemId: id.nullable().optional(),
      resolutionNumber: z.string().trim().max(60).optional(),
      resolutionTitle: voteFields.resolutionTitle.optional(),
      presentedBy: z.string().trim().max(200).optional(),
      method: voteFields.method.optional(),
      ruleKind: z.enum(RULE_KINDS).optional(),
      rule: voteFields.rule,
    }),
    slices: ['votes'],
    run({ db }, { id: voteId, ...changed }) {
      const draft = requireVote(db, voteId, 'draft');
      const ruleKind = changed.ruleKind ?? draft.ruleKind;
      updateVoteInput(
        db,
        voteId,
        toInput(db, {
          agendaItemId: changed.agendaItemId === undefined ? draft.agendaItemId : changed.agendaItemId,
          resolutionNumber: changed.resolutionNumber ?? draft.resolutionNumber,
          resolutionTitle: changed.resolutionTitle ?? draft.resolutionTitle,
          presentedBy: changed.presentedBy ?? draft.presentedBy,
          method: changed.method ?? draft.method,
          ruleKind,
          rule: changed.rule ?? (ruleKind === 'custom' ? draft.rule : undefined),
        }),
      );
    },
  }),

  'vote.remove': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['votes'],
    run({ db }, { id: voteId }) {
      requireVote(db, voteId, 'draft');
      deleteVote(db, voteId);
    },
  }),

  /**
   * Undoable, with the item's held mark (heldByVote), while nothing is recorded in it (scope `vote`,
   * see ./undo.ts): Alt+O pressed by mistake is one Ctrl+Z, not a count-less vote to close and hold again.
   */
  'vote.open': defineCommand({
    schema: z.strictObject({ id, present: count.optional() }),
    slices: ['votes', 'timing'],
    undo: VOTE_UNDO_SCOPE,
    run({ db, now }, { id: voteId, present }) {
      const vote = requireVote(db, voteId, 'draft');
      const open = getOpenVote(db);
      if (open) throw new EngineError('vote-already-open', { title: open.resolutionTitle });
      // A secret ballot is counted by a counting committee (Ban kiểm phiếu) that its counting record
      // names and signs, a resolution's as a personnel vote's: chosen before the ballots go out.
      if (vote.method === 'secret' && (countersOfSession(db, vote.sessionId)[vote.id] ?? []).length === 0) {
        throw new EngineError('vote-no-counters', { title: vote.resolutionTitle });
      }
      const seats = getCouncil(db)?.totalSeats;
      if (seats === undefined) throw new EngineError('no-council');
      // The roll call's count, unless the secretary counted the hall again.
      const n = present ?? votersHere(db, vote.sessionId).length;
      if (n > seats) throw new EngineError('present-over-seats', { present: n, seats });
      const rollCallId = present === undefined ? presence(db, vote.sessionId).rollCallId : null;
      const vacant = vacantAtOpeningIn(db, vote.sessionId, { seats, openedAt: now, rollCallId });
      // Kept, so the console and the record can say it: no roll call and no count means the roster, not a count.
      const presentSource = present !== undefined ? 'typed' : rollCallId !== null ? 'roll-call' : 'roster';
      markOpened(db, vote.id, { seats, vacant, present: n, presentSource, at: now, rollCallId });
      heldByVote(db, vote);
      describeUndo(db, OPEN_ACTION, vote.resolutionTitle);
    },
  }),

  /**
   * Show of hands and secret ballot: the counts as they stand (entered again as they change).
   * Undoable while the vote is open (scope `vote`, see ./undo.ts).
   */
  'vote.tally': defineCommand({
    schema: z.strictObject({ id, ...countFields }),
    slices: ['votes'],
    undo: VOTE_UNDO_SCOPE,
    run({ db }, { id: voteId, ...t }) {
      const vote = requireVote(db, voteId, 'open');
      if (vote.method === 'named') throw new EngineError('wrong-method');
      const tally = vote.method === 'secret' ? t : { ...t, issued: 0, returned: 0, valid: 0, invalid: 0 };
      checkTally(vote, tally, false);
      saveTally(db, voteId, tally);
      describeTally(db, vote.tally, tally);
    },
  }),

  /** Named vote: one delegate's choice (null clears it); the counts follow the marks. Undoable while the vote is open. */
  'vote.mark': defineCommand({
    schema: z.strictObject({ id, ...markItem.shape }),
    slices: ['votes'],
    undo: VOTE_UNDO_SCOPE,
    run({ db }, { id: voteId, delegateId, choice }) {
      const vote = requireVote(db, voteId, 'open');
      if (vote.method !== 'named') throw new EngineError('wrong-method');
      applyMarks(db, vote, [{ delegateId, choice }]);
      describeMark(db, getDelegate(db, delegateId)?.fullName ?? '', choice);
    },
  }),

  'vote.close': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['votes'],
    run({ db, now, actor }, { id: voteId }) {
      const vote = requireVote(db, voteId, 'open');
      checkTally(vote, vote.tally, true);
      markClosed(db, voteId, now);
      appendVersion(db, voteId, '', now, actor);
    },
  }),

  /**
   * The result read out and put on the hall. Announced again only once corrected since (as a
   * personnel vote's is): an unchanged result read out a second time wrote a second journal line
   * and a second announcement in the record for nothing new; it is put on the hall again by
   * "Show on the hall" (`hall.setMode`), which announces nothing. The journal keeps which version
   * was read out, and the title as it stood, as personnel.announce's does.
   */
  'vote.announce': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['votes'],
    run({ db, now, about }, { id: voteId }) {
      const vote = requireVote(db, voteId, 'closed');
      const versions = listVersions(db, voteId);
      if (vote.announcedAt !== null && !correctedSinceAnnounced({ announcedAt: vote.announcedAt, versions })) {
        throw new EngineError('vote-announced-unchanged', { title: vote.resolutionTitle });
      }
      markAnnounced(db, voteId, now);
      about({ title: vote.resolutionTitle, version: versions.at(-1)?.version ?? 1 });
    },
  }),

  /**
   * A closed vote's counts corrected, with the reason; the earlier versions stay. A named
   * vote is corrected mark by mark, so its names and counts never disagree.
   */
  'vote.correct': defineCommand({
    schema: z.strictObject({
      id,
      reason: text(500),
      present: count.optional(),
      tally: z.strictObject(countFields).optional(),
      marks: z.array(markItem).max(1000).optional(),
    }),
    slices: ['votes'],
    run({ db, now, actor }, { id: voteId, reason, present, tally, marks }) {
      const vote = requireVote(db, voteId, 'closed');
      if (present !== undefined) {
        if (present > vote.seats) throw new EngineError('present-over-seats', { present, seats: vote.seats });
        saveTally(db, voteId, vote.tally, present);
      }
      const current = getVote(db, voteId)!;
      if (vote.method === 'named') {
        if (tally) throw new EngineError('wrong-method');
        applyMarks(db, current, marks ?? []);
      } else {
        if (marks) throw new EngineError('wrong-method');
        const next = tally ?? current.tally;
        checkTally(current, vote.method === 'secret' ? next : { ...next, issued: 0, returned: 0, valid: 0, invalid: 0 }, true);
        saveTally(db, voteId, vote.method === 'secret' ? next : { ...next, issued: 0, returned: 0, valid: 0, invalid: 0 });
      }
      return { version: appendVersion(db, voteId, reason, now, actor) };
    },
  }),

  /**
   * Holds a closed vote again: a new vote of the next round, same resolution and rule. It is
   * held now: when a voting item of the programme is under way (day two's "Biểu quyết lại …"),
   * the new round belongs to it, so opening it asks nothing and the minutes place it there;
   * otherwise it stays with the first round's item.
   */
  'vote.revote': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['votes', 'record'],
    run({ db, now }, { id: voteId }) {
      const vote = requireVote(db, voteId, 'closed');
      const live = liveItemId(db, vote.sessionId);
      const agendaItemId = live !== null && getAgendaItem(db, live)?.kind === 'vote' ? live : vote.agendaItemId;
      const next = insertVote(db, vote.sessionId, { ...vote, agendaItemId }, now, vote.round + 1, vote.id);
      // The same counting committee counts the new round of a secret ballot (changed in Minutes if not).
      if (vote.method === 'secret') replaceCounters(db, next, countersOfSession(db, vote.sessionId)[vote.id] ?? []);
      return { id: next };
    },
  }),
};
