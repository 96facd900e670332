import { z } from 'zod';
import { EngineError, localized, notFound } from '../../engine/errors';
import { id, optionalText, text } from '../../engine/validation';
import { readRules } from '../council/rules';
import { checkBallots } from '../votes/ballots';
import { ballotPool, KIND_LEVELS, LEVELS, newRoundReason, shownLevels, PERSONNEL_KINDS, personnelRulesSchema, type Level, type LineCounts, type PersonnelRules } from '../../../common/personnel/result';
import { KIND_NAMES, kindInTitle, LEVEL_NAMES } from '../../../common/personnel/words';
import { personnelPools, personnelVoteTitle, personnelWhom } from './strings';
import { resultsOf } from './slices';
import { getCouncil } from '../council/store';
import { getHall, saveHall } from '../hall/store';
import { getDelegate } from '../roster/store';
import type { Db } from '../../store/db';
import { appendPersonnelVersion, deletePersonnelVote, listPersonnelVersions, getOpenPersonnelVote, getPersonnelVote, insertPersonnelVote, markPersonnelAnnounced, markPersonnelClosed, markPersonnelOpened, saveBallots, saveLine, setCommittee, setHallPersonnel, setPeople, updatePersonnelVote, type PersonInput } from './store';
import { BODIES, HONORIFICS, voteStepSubject, type PersonnelPerson, type PersonnelStatus, type PersonnelVote } from '../../../common/personnel/model';
import { requireSession } from '../council/commands';
import { requireItem } from '../agenda/commands';
import { votersHere } from '../votes/commands';
import { presence } from '../attendance/presence';
import { vacantAtOpeningIn } from '../attendance/store';
import { defineCommand } from '../../engine/define';
import { describeDraftEdit, describeLines, PERSONNEL_DRAFT_UNDO_SCOPE, PERSONNEL_UNDO_SCOPE } from './undo';
import { describeUndo, describeUndoOf } from '../../engine/undo';
import { compareNames } from '../../../common/roster/names';
import { describeBallots, OPEN_ACTION } from '../votes/undo';
import { correctedSinceAnnounced } from '../../../common/votes/announce';

const count = z.int().min(0).max(100_000);
const personFields = {
  /** The title as rated; the roster's title (or the one kept on the draft) when left out. */
  title: z.string().trim().max(200).optional(),
  body: z.enum(BODIES).default('council'),
  honorific: z.enum(HONORIFICS).default(''),
  /** The honorific is the console's guess from the name, not the secretary's choice: the form shows it as one. */
  honorificGuessed: z.boolean().default(false),
  exemptReason: optionalText(300),
};
/**
 * A person from the roster (`delegateId`), or, when a draft is edited, one already on its ballot
 * (`personId`): someone taken off the roster since the draft was prepared stays on it, by the
 * name and title the draft kept, until the secretary takes them off. Nobody off the roster is added.
 */
const personItem = z.union([z.strictObject({ delegateId: id, ...personFields }), z.strictObject({ personId: id, ...personFields })]);
const voteFields = {
  agendaItemId: id.nullable().default(null),
  kind: z.enum(PERSONNEL_KINDS),
  title: text(300),
  /** Posts to fill; elections only. */
  posts: z.int().min(1).max(100).default(1),
  /** The council's personnel rules are taken unless a vote is given its own. */
  rules: personnelRulesSchema.optional(),
  /** At least one person: an empty list is refused by `toInput` with a sentence that says whom to add. */
  people: z.array(personItem).max(200),
};
const ballotFields = { issued: count, returned: count, valid: count, invalid: count };
const lineFields = z.strictObject(Object.fromEntries(LEVELS.map((l) => [l, count.optional()])) as Record<Level, z.ZodOptional<typeof count>>);
const lineItem = z.strictObject({ personId: id, counts: lineFields });

function requireVote(db: Db, voteId: number, status?: PersonnelStatus): PersonnelVote {
  const vote = getPersonnelVote(db, voteId);
  if (!vote || vote.sessionId !== requireSession(db)) throw notFound('personnelVote', voteId);
  if (status === 'draft' && vote.status !== 'draft') throw new EngineError('personnel-not-draft');
  if (status === 'open' && vote.status !== 'open') throw new EngineError('personnel-not-open');
  if (status === 'closed' && vote.status !== 'closed') throw new EngineError('personnel-not-closed');
  return vote;
}

/** The council's rules for this kind: elections pass by theirs, dismissals and removals by theirs; confidence flags by its two. */
function councilRules(db: Db, kind: (typeof PERSONNEL_KINDS)[number]): PersonnelRules {
  const rules = readRules(db);
  const pass = kind === 'dismissal' || kind === 'removal' ? rules.personnel.dismissal : rules.personnel.election;
  return { pass, resign: rules.personnel.lowResign, dismiss: rules.personnel.lowDismiss };
}

/**
 * The vote and its people as given, names and titles taken from the roster now and kept; a
 * person the `draft` already holds keeps the draft's name and title once off the roster.
 */
function toInput(db: Db, v: z.output<z.ZodObject<typeof voteFields>>, draft: PersonnelVote | null = null) {
  if (v.agendaItemId !== null) requireItem(db, v.agendaItemId);
  // "List must include at least 1." said nothing a new secretary could act on (Enter in the name
  // box prepares the vote before anyone is added): the sentence says whom to add, by the kind.
  if (v.people.length === 0) throw localized('personnel-no-people', (lang) => ({ title: v.title, whom: personnelWhom[lang][v.kind] }));
  // The kind words every document; a title that opens with another kind ("Bãi nhiệm …" on a
  // dismissal) would have the heading say one act and the result sentence the other.
  const named = kindInTitle(v.title);
  if (named !== null && named !== v.kind) {
    throw localized('personnel-kind-title', (lang) => ({ title: v.title, named: KIND_NAMES[lang][named], kind: KIND_NAMES[lang][v.kind] }));
  }
  const seen = new Set<string>();
  const people = v.people.map((p): PersonInput => {
    const kept = 'personId' in p ? draft?.people.find((x) => x.id === p.personId) : undefined;
    if ('personId' in p && !kept) throw notFound('personnelPerson', p.personId);
    const delegateId = 'delegateId' in p ? p.delegateId : kept!.delegateId;
    const d = delegateId === null ? null : getDelegate(db, delegateId);
    if (d === undefined) throw notFound('delegate', delegateId!);
    const who = d ?? kept!;
    const key = d ? `d${d.id}` : `p${kept!.id}`;
    if (seen.has(key)) throw new EngineError('personnel-person-twice', { name: who.fullName });
    seen.add(key);
    return { delegateId: d?.id ?? null, fullName: who.fullName, title: p.title ?? who.title, body: p.body, honorific: p.honorific, honorificGuessed: p.honorificGuessed, exemptReason: p.exemptReason };
  });
  if (people.every((p) => p.exemptReason)) throw new EngineError('personnel-all-exempt');
  const { people: _, ...rest } = v;
  return { vote: { ...rest, posts: v.kind === 'election' ? v.posts : 0, rules: v.rules ?? councilRules(db, v.kind) }, people };
}

/** The ballot's lines as the draft holds them and as an edit makes them: the same people, in the same order, the same way. */
function sameLines(draft: readonly PersonnelPerson[], people: readonly PersonInput[]): boolean {
  const line = (p: PersonInput | PersonnelPerson) => [p.delegateId, p.fullName, p.title, p.body, p.honorific, p.honorificGuessed, p.exemptReason];
  return draft.length === people.length && draft.every((p, i) => JSON.stringify(line(p)) === JSON.stringify(line(people[i])));
}

function findPerson(vote: PersonnelVote, personId: number): PersonnelPerson {
  const p = vote.people.find((x) => x.id === personId);
  if (!p) throw notFound('personnelPerson', personId);
  return p;
}

/** "valid ballots" / "ballots returned"…: what bounds a line while the ballots are being sorted. */
function poolName(vote: PersonnelVote): keyof (typeof personnelPools)['en'] {
  const b = vote.ballots;
  return b.valid ? 'valid' : b.returned ? 'returned' : b.issued ? 'issued' : 'present';
}

/**
 * One person's line must fit the ballots: only this ballot's levels, and all of them together
 * (with the spoilt lines) within the valid ballots. The refusal names the person and the level.
 */
function checkLine(vote: PersonnelVote, person: PersonnelPerson, line: LineCounts, changed: readonly Level[]): void {
  if (person.exemptReason) throw new EngineError('personnel-exempt', { name: person.fullName, reason: person.exemptReason });
  const levels = KIND_LEVELS[vote.kind];
  const wrong = changed.find((l) => !levels.includes(l) && line[l] !== 0);
  if (wrong) throw localized('personnel-level-wrong', (lang) => ({ name: person.fullName, level: LEVEL_NAMES[lang][wrong] }));
  const pool = ballotPool(vote.ballots, vote.present);
  const sum = levels.reduce((s, l) => s + line[l], 0);
  if (sum > pool) {
    const level = changed.find((l) => line[l] > 0) ?? changed[0] ?? levels[0];
    throw localized('personnel-line-over', (lang) => ({
      name: person.fullName,
      level: LEVEL_NAMES[lang][level],
      count: line[level],
      sum,
      pool,
      of: personnelPools[lang][poolName(vote)],
    }));
  }
}

/** An election ballot agrees with at most as many candidates as there are posts. */
function checkAgreeTotal(vote: PersonnelVote, lines: ReadonlyMap<number, LineCounts>): void {
  if (vote.kind !== 'election') return;
  const total = vote.people.reduce((s, p) => s + (lines.get(p.id) ?? p.counts).agree, 0);
  const pool = ballotPool(vote.ballots, vote.present);
  if (total > pool * vote.posts) throw new EngineError('personnel-agree-over-posts', { total, pool, posts: vote.posts });
}

/** At close and correction: ballots sorted whole, and every line accounting for every valid ballot. */
function checkFinal(vote: PersonnelVote): void {
  checkBallots(vote.present, vote.ballots, true);
  for (const p of vote.people) {
    if (p.exemptReason) continue;
    checkLine(vote, p, p.counts, KIND_LEVELS[vote.kind]);
    const sum = shownLevels(vote.kind, [p.counts]).reduce((s, l) => s + p.counts[l], 0);
    if (sum !== vote.ballots.valid) throw new EngineError('personnel-line-short', { name: p.fullName, sum, valid: vote.ballots.valid });
  }
  checkAgreeTotal(vote, new Map());
}

/** Applies changed counts of some lines, each checked, then the election's total. */
function applyLines(db: Db, vote: PersonnelVote, items: z.output<typeof lineItem>[]): void {
  const next = new Map<number, LineCounts>();
  for (const { personId, counts } of items) {
    const person = findPerson(vote, personId);
    const line = { ...(next.get(personId) ?? person.counts), ...(counts as Partial<LineCounts>) };
    checkLine(vote, person, line, Object.keys(counts) as Level[]);
    next.set(personId, line);
  }
  checkAgreeTotal(vote, next);
  for (const [personId, line] of next) saveLine(db, personId, line);
}

function committeeOf(db: Db, head: number, members: number[]) {
  const ids = [head, ...members];
  const seen = new Set<number>();
  return ids.map((delegateId, i) => {
    const d = getDelegate(db, delegateId);
    if (!d) throw notFound('delegate', delegateId);
    if (seen.has(d.id)) throw new EngineError('personnel-counter-twice', { name: d.fullName });
    seen.add(d.id);
    return { delegateId: d.id, fullName: d.fullName, title: d.title, role: i === 0 ? ('head' as const) : ('member' as const) };
  });
}

export const personnelCommands = {
  /** Prepares a personnel vote from the roster: the post and its candidates, or the officials to rate. */
  'personnel.prepare': defineCommand({
    schema: z.strictObject(voteFields),
    fields: personnelVoteTitle,
    slices: ['personnel'],
    run({ db, now }, v) {
      const { vote, people } = toInput(db, v);
      const voteId = insertPersonnelVote(db, requireSession(db), vote, now);
      setPeople(db, voteId, people);
      return { id: voteId };
    },
  }),

  /**
   * A draft's edit: only what the form's user changed (each field optional), so the chair's new
   * title and the secretary's new list, saved from the same view, are both kept, and a change of
   * the same field sent with `seen` is refused (engine/edits.ts). The lines are replaced only when
   * the list sent differs from the draft's, so sending it as it is changes (and crosses) nothing.
   * Undoable while it is a draft, in the drafts' own scope (`personnel-draft`, see ./undo.ts).
   */
  'personnel.update': defineCommand({
    schema: z.strictObject({
      id,
      agendaItemId: id.nullable().optional(),
      kind: voteFields.kind.optional(),
      title: voteFields.title.optional(),
      posts: z.int().min(1).max(100).optional(),
      rules: voteFields.rules,
      people: voteFields.people.optional(),
    }),
    fields: personnelVoteTitle,
    slices: ['personnel'],
    undo: PERSONNEL_DRAFT_UNDO_SCOPE,
    run({ db }, { id: voteId, ...changed }) {
      const draft = requireVote(db, voteId, 'draft');
      const kept = draft.people.map((p) => ({ personId: p.id, title: p.title, body: p.body, honorific: p.honorific, honorificGuessed: p.honorificGuessed, exemptReason: p.exemptReason }));
      const v = {
        agendaItemId: changed.agendaItemId === undefined ? draft.agendaItemId : changed.agendaItemId,
        kind: changed.kind ?? draft.kind,
        title: changed.title ?? draft.title,
        posts: changed.posts ?? (draft.posts || 1),
        rules: changed.rules,
        people: changed.people ?? kept,
      };
      const { vote, people } = toInput(db, v, draft);
      updatePersonnelVote(db, voteId, vote);
      if (!sameLines(draft.people, people)) setPeople(db, voteId, people);
      describeDraftEdit(db, draft, vote, people);
    },
  }),

  /**
   * A draft's ballot put in the order Vietnamese ballots list people: by given name in the
   * Vietnamese alphabet, then middle and family names ("xếp theo vần ABC của tên"), so the papers,
   * the count grid and the records read alike. Its own undo step; a list already in that order is
   * said to be so, and nothing changes.
   */
  'personnel.sortByName': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['personnel'],
    undo: PERSONNEL_DRAFT_UNDO_SCOPE,
    run({ db }, { id: voteId }) {
      const draft = requireVote(db, voteId, 'draft');
      const sorted = [...draft.people].sort((a, b) => compareNames(a.fullName, b.fullName));
      if (sorted.every((p, i) => p === draft.people[i])) throw new EngineError('personnel-sorted', { title: draft.title });
      setPeople(db, voteId, sorted);
      describeUndoOf(db, voteId, 'sort', draft.title);
    },
  }),

  'personnel.remove': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['personnel'],
    run({ db }, { id: voteId }) {
      requireVote(db, voteId, 'draft');
      deletePersonnelVote(db, voteId);
    },
  }),

  /** The counting committee (ban kiểm phiếu): its head first. Named until the result is announced. */
  'personnel.committee': defineCommand({
    schema: z.strictObject({ id, head: id, members: z.array(id).max(20).default([]) }),
    slices: ['personnel'],
    run({ db }, { id: voteId, head, members }) {
      const vote = requireVote(db, voteId);
      if (vote.announcedAt !== null) throw new EngineError('personnel-announced');
      setCommittee(db, voteId, committeeOf(db, head, members));
    },
  }),

  /**
   * Undoable while nothing is recorded in it (scope `personnel`, see ./undo.ts), as a resolution
   * vote's opening is: Alt+O pressed on the wrong ballot is one Ctrl+Z, the vote a draft again.
   */
  'personnel.open': defineCommand({
    schema: z.strictObject({ id, present: count.optional() }),
    slices: ['personnel'],
    undo: PERSONNEL_UNDO_SCOPE,
    run({ db, now }, { id: voteId, present }) {
      const vote = requireVote(db, voteId, 'draft');
      const open = getOpenPersonnelVote(db);
      if (open) throw new EngineError('personnel-already-open', { title: open.title });
      if (vote.committee.length === 0) throw new EngineError('personnel-no-committee');
      const seats = getCouncil(db)?.totalSeats;
      if (seats === undefined) throw new EngineError('no-council');
      // The roll call's count, or the number the secretary counted; with no roll call taken there
      // is nothing to say who is here, and every seat is not a count (the record would claim all 35 present).
      if (present === undefined && presence(db, vote.sessionId).rollCallId === null) throw new EngineError('personnel-present-needed');
      const n = present ?? votersHere(db, vote.sessionId).length;
      if (n > seats) throw new EngineError('present-over-seats', { present: n, seats });
      const presentSource = present === undefined ? 'roll-call' : 'typed';
      markPersonnelOpened(db, voteId, { seats, vacant: vacantAtOpeningIn(db, vote.sessionId, { seats, openedAt: now }), present: n, presentSource, at: now });
      describeUndo(db, OPEN_ACTION, voteStepSubject(voteId, vote.title));
    },
  }),

  /** Ballots issued, returned, valid and invalid, as the counting committee has them so far. Undoable while open. */
  'personnel.ballots': defineCommand({
    schema: z.strictObject({ id, ...ballotFields }),
    slices: ['personnel'],
    undo: PERSONNEL_UNDO_SCOPE,
    run({ db }, { id: voteId, ...ballots }) {
      const vote = requireVote(db, voteId, 'open');
      checkBallots(vote.present, ballots, false);
      const next = { ...vote, ballots };
      // Lines already counted must still fit the ballots now entered.
      for (const p of next.people) if (!p.exemptReason) checkLine(next, p, p.counts, KIND_LEVELS[vote.kind]);
      checkAgreeTotal(next, new Map());
      saveBallots(db, voteId, ballots);
      describeBallots(db, ballots);
    },
  }),

  /** Counts of one or more lines (only the levels given change), as the tally sheets have them. Undoable while open. */
  'personnel.count': defineCommand({
    schema: z.strictObject({ id, lines: z.array(lineItem).min(1).max(200) }),
    slices: ['personnel'],
    undo: PERSONNEL_UNDO_SCOPE,
    run({ db }, { id: voteId, lines }) {
      const vote = requireVote(db, voteId, 'open');
      applyLines(db, vote, lines);
      describeLines(db, [...new Set(lines.map((l) => l.personId))].map((pid) => findPerson(vote, pid).fullName));
    },
  }),

  'personnel.close': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['personnel'],
    run({ db, now, actor }, { id: voteId }) {
      checkFinal(requireVote(db, voteId, 'open'));
      markPersonnelClosed(db, voteId, now);
      appendPersonnelVersion(db, voteId, '', now, actor);
    },
  }),

  /**
   * The result read out and put on the hall. Announced again only once corrected since (as a
   * resolution's is): the corrected figures then go up on the hall and the caption as the latest
   * news. The journal keeps which version was read out, and the title as it stood.
   */
  'personnel.announce': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['personnel'],
    run({ db, now, about }, { id: voteId }) {
      const vote = requireVote(db, voteId, 'closed');
      const versions = listPersonnelVersions(db, voteId);
      if (vote.announcedAt !== null && !correctedSinceAnnounced({ announcedAt: vote.announcedAt, versions })) {
        throw new EngineError('personnel-announced-unchanged', { title: vote.title });
      }
      markPersonnelAnnounced(db, voteId, now);
      about({ title: vote.title, version: versions.at(-1)?.version ?? 1 });
    },
  }),

  /** A closed vote's counts corrected with the reason; earlier versions stay. */
  'personnel.correct': defineCommand({
    schema: z.strictObject({
      id,
      reason: text(500),
      ballots: z.strictObject(ballotFields).optional(),
      lines: z.array(lineItem).max(200).default([]),
    }),
    slices: ['personnel'],
    run({ db, now, actor }, { id: voteId, reason, ballots, lines }) {
      requireVote(db, voteId, 'closed');
      if (ballots) saveBallots(db, voteId, ballots);
      applyLines(db, getPersonnelVote(db, voteId)!, lines);
      checkFinal(getPersonnelVote(db, voteId)!);
      return { version: appendPersonnelVersion(db, voteId, reason, now, actor) };
    },
  }),

  /**
   * Shows a closed vote's results on the hall (its "vote result" mode), as a resolution vote
   * is chosen there; choosing a resolution vote again replaces it.
   */
  'personnel.show': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['hall', 'personnelHall'],
    run({ db }, { id: voteId }) {
      requireVote(db, voteId, 'closed');
      setHallPersonnel(db, voteId);
      saveHall(db, { ...getHall(db), mode: 'vote', voteId: null });
    },
  }),

  /**
   * Holds a closed election again as the next round (only where a post is left unfilled: see
   * `newRoundReason`): the same post, rules and committee, with the
   * people named (by default those tied, else everyone on the ballot not elected). An election's new round
   * fills only the posts this one left unfilled: two posts, one elected and two level for the
   * other, is a round of two for one post.
   */
  'personnel.revote': defineCommand({
    schema: z.strictObject({ id, personIds: z.array(id).max(200).optional() }),
    slices: ['personnel'],
    run({ db, now }, { id: voteId, personIds }) {
      const vote = requireVote(db, voteId, 'closed');
      for (const pid of personIds ?? []) findPerson(vote, pid);
      const results = resultsOf(vote, vote.people);
      const outcome = (p: PersonnelPerson) => results.get(p.id)?.outcome;
      // Only an election with a post left unfilled is held again (the console offers no other).
      if (newRoundReason(vote.kind, vote.posts, vote.people.map(outcome)) === null) {
        throw localized(vote.kind === 'election' ? 'personnel-revote-filled' : 'personnel-revote-kind', (lang) => ({ title: vote.title, kind: KIND_NAMES[lang][vote.kind].toLocaleLowerCase(lang) }));
      }
      const tied = vote.people.filter((p) => outcome(p) === 'tie').map((p) => p.id);
      const ids = personIds ?? tied;
      // Whoever this round elected is not on the next round's ballot, unless named.
      const onBallot = vote.people.filter((p) => !p.exemptReason);
      const named = onBallot.filter((p) => (ids.length === 0 ? outcome(p) !== 'elected' : ids.includes(p.id)));
      const keep = named.length ? named : onBallot;
      const elected = vote.people.filter((p) => outcome(p) === 'elected').length;
      const posts = vote.kind === 'election' ? Math.max(1, vote.posts - elected) : vote.posts;
      const newId = insertPersonnelVote(db, vote.sessionId, { ...vote, posts }, now, vote.round + 1, vote.id);
      setPeople(db, newId, keep);
      setCommittee(db, newId, vote.committee);
      return { id: newId };
    },
  }),
};
