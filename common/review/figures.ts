/**
 * The figures of the post-session review (rút kinh nghiệm kỳ họp): pure functions of one
 * session's rows (input.ts) and a clock reading, every duration an integer of milliseconds.
 * Time by kind of work reuses the agenda's own grouping and totals (agendaStats.ts); vote
 * margins reuse the votes module's result. Shares are left as part/whole pairs: the tables
 * format them with the votes' percentage formatter.
 */
import { groupOf, partIds, totalsByGroup, TIME_GROUPS, type Row, type TimeGroup } from '../timing/stats';
import { elapsedMs } from '../timing/timer';
import { computeResult } from '../votes/result';
import { presentVoters } from '../votes/present';
import type { AgendaKind } from '../agenda/model';
import { outlineNumbers } from '../agenda/outline';
import type { ItemStatus, Sitting, SittingPart, SittingStatus } from '../timing/model';
import { rollCallGroups, type Mark } from '../attendance/model';
import { arrivedLate, awayKind, type AwayKind } from '../attendance/report';
import type { Council, Session } from '../council/model';
import type { Delegate } from '../roster/model';
import { countQuestions, isCalled, isFollowUp, itemsOver, outcomeHolder, wasAsked, type Answer, type Question, type QuestionStatus, type Respondent } from '../questions/model';
import { SPEECH_KINDS, type FloorSpeech, type SpeechKind } from '../speakers/model';
import type { RuleKind, Vote, VoteMethod } from '../votes/model';
import type { ElectionWay, PersonnelView } from '../personnel/model';
import type { LineCounts, Outcome, PersonnelKind } from '../personnel/result';

/**
 * The kinds of work a council's review weighs: reading reports, discussing them, questioning
 * (chất vấn và trả lời chất vấn, which a council's own review reports apart from discussion), and
 * procedure. Computed from each item's kind, and from the questions asked and answers given in
 * it, every time the review is read, never stored: a database written before questioning was
 * counted apart reads the same way.
 */
export const WORK_KINDS = ['reading', 'discussion', 'questioning', 'procedure'] as const;
export type WorkKind = (typeof WORK_KINDS)[number];
export type ByWork = Record<WorkKind, number>;

/** Reports, submissions and verification reports are read; discussion and questioning are their own; the rest is procedure. */
export const workOfGroup = (g: TimeGroup): WorkKind =>
  g === 'reports' || g === 'verification' ? 'reading' : g === 'discussion' || g === 'questioning' ? g : 'procedure';
export const workOf = (kind: AgendaKind): WorkKind => workOfGroup(groupOf(kind));

const MIN = 60_000;
const TOP = 5;

export interface TimeBlock {
  byWork: ByWork;
  /** Time the items ran. */
  actualMs: number;
  /** Plan of every item in the block. */
  plannedMs: number;
  /** Plan of the items that have run (compare with actualMs). */
  plannedRunMs: number;
  items: number;
}

export interface SittingBlock extends TimeBlock {
  /** null: items not placed in any sitting. */
  sittingId: number | null;
  date: string | null;
  part: SittingPart | null;
  status: SittingStatus | null;
  /** The sitting's own clock (open to close, suspensions left out). */
  clockMs: number;
}

export interface DayBlock extends TimeBlock {
  date: string | null;
}

export interface ItemFigure {
  id: number;
  position: number;
  /** Its number in the programme ("2", "2.1": outlineNumbers), as the minutes, the Agenda and Live name it. */
  number: string;
  title: string;
  kind: AgendaKind;
  work: WorkKind;
  status: ItemStatus;
  sittingId: number | null;
  plannedMs: number;
  /** Minutes the chair added, in ms. */
  extraMs: number;
  actualMs: number;
  /** actual − planned: positive overran, negative cut short (only meaningful once run). */
  diffMs: number;
  /** Times the item was paused and resumed (run segments − 1). */
  pauses: number;
  /**
   * A part of the programme (partIds: "II. Thảo luận" over its discussions), never run itself:
   * its plannedMs is its budget (the minutes the office wrote beside it, else its items' plans),
   * its actualMs the time its items ran, its status 'pending' as the timer keeps it. The tables
   * show it as a part, never as an item not started; the highlights and the plan chart leave it out.
   */
  part: boolean;
  /** Whether a part's items have run and none is still to run or running: its difference means something. */
  partRun: boolean;
}

export interface Tally2 {
  count: number;
  ms: number;
}

export interface SpeakerFigure extends Tally2 {
  delegateId: number;
  name: string;
  group: string;
  committee: string;
  voting: boolean;
  /** Count by kind: first speeches, second speeches, debate replies, the rest. */
  first: number;
  second: number;
  debate: number;
  other: number;
}

export interface OverrunFigure {
  speechId: number;
  delegateId: number;
  name: string;
  itemId: number;
  itemTitle: string;
  /** The sitting its item ran in, as a questioning overrun's; null for an item outside any sitting. */
  sitting: Pick<Sitting, 'date' | 'part'> | null;
  kind: SpeechKind;
  limitMs: number;
  extraMs: number;
  spokenMs: number;
  /** spoken − limit: how far past the limit, extra time included in the spoken time. */
  overMs: number;
}

export interface RespondentFigure {
  respondentId: number;
  name: string;
  agency: string;
  /** Questions asked of them, follow-ups not counted (countQuestions: the one rule). */
  questions: number;
  /** Follow-ups asked of them: each usually has an answer of its own, so answers may outnumber questions. */
  followUps: number;
  askMs: number;
  /** Answers given (one answer may take up several questions; a follow-up gets its own). */
  answers: number;
  answerMs: number;
  /** Extra time the chair gave their answers. */
  extraMs: number;
  /** Answers that ran past the council's limit, and by how long in all. */
  answersOver: number;
  overMs: number;
}

/**
 * A question asked or an answer given past the limit it ran under (the council's limit for
 * asking or answering when it began, kept with it), as a speech's overrun: the extra time the
 * chair gave is shown apart, and counted in the time used.
 */
export interface QuestioningOverrun {
  turn: 'question' | 'answer';
  /** The question's or the answer's id. */
  id: number;
  /** Who asked, or who answered. */
  name: string;
  /** For a question, the respondent it was put to; for an answer, who asked the questions it took up. */
  counterpart: string;
  /**
   * The sitting it happened in (its item's): an official answering the same delegate on both days
   * gives two rows that read alike but for it. Null for an item outside any sitting.
   */
  sitting: Pick<Sitting, 'date' | 'part'> | null;
  limitMs: number;
  extraMs: number;
  usedMs: number;
  /** used − limit. */
  overMs: number;
}

export interface WrittenAnswer {
  questionId: number;
  asker: string;
  respondent: string;
  text: string;
  dueDate: string;
  overdue: boolean;
}

/**
 * A closed personnel vote as the review reports it (an election, a dismissal, a removal or a
 * confidence vote): each person rated, with the counts, their shares of the base the law takes
 * (the total seats, as the counting record and the announcement give them) and the outcome.
 */
export interface PersonnelFigure {
  id: number;
  kind: PersonnelKind;
  title: string;
  way: ElectionWay | null;
  round: number;
  people: {
    fullName: string;
    title: string;
    counts: LineCounts;
    base: number;
    /** Each level's share of `base`, as the announcement prints it in each language ("74,29", "74.29"). */
    percent: Record<'vi' | 'en', Record<keyof LineCounts, string>>;
    outcome: Outcome;
  }[];
  /**
   * Those on the vote not rated (a confidence vote's exemptions: elected this year, retirement
   * announced), with their post and the reason, as the console's count grid and the counting
   * record list them. Empty for a vote with none. Optional: a review saved before it was kept.
   */
  exempt?: { fullName: string; title: string; reason: string }[];
}

export interface VoteFigure {
  id: number;
  resolutionNumber: string;
  title: string;
  method: VoteMethod;
  ruleKind: RuleKind;
  round: number;
  seats: number;
  present: number;
  for: number;
  against: number;
  abstain: number;
  /** Present and not counted (show of hands, named vote); 0 for a secret ballot. */
  notVoting: number;
  base: number;
  needed: number;
  /** for − needed: 0 or more passed, by that many votes to spare. */
  margin: number;
  passed: boolean;
}

export interface AttendanceFigure {
  label: string;
  /** Voting delegates on the roster. */
  voting: number;
  /** In the hall at the sitting's end as the marks stand (a delegate who left early is not): `confirmed + unmarked`. */
  present: number;
  /** Seen in the hall: marked present, or late with the time they came in (rollCallGroups' "confirmed"). */
  confirmed: number;
  /** Not marked by anyone: counted as present by the rule, not seen. */
  unmarked: number;
  absent: number;
  excused: number;
  /** Marked not arrived yet (a late mark without an arrival time): away, as the minutes name them. */
  notArrived: number;
  /** Arrived late, with the time they came in: present. */
  late: number;
  left: number;
}

export interface Review {
  session: Session;
  council: { name: string; totalSeats: number } | null;
  now: number;
  time: { session: TimeBlock; sittings: SittingBlock[]; days: DayBlock[] };
  items: ItemFigure[];
  plan: { overran: number[]; cutShort: number[]; skipped: number[] };
  speaking: {
    speeches: number;
    ms: number;
    speakers: number;
    votingSpeakers: number;
    votingDelegates: number;
    byKind: Record<SpeechKind, Tally2>;
    byDelegate: SpeakerFigure[];
    byGroup: ({ group: string; speakers: number } & Tally2)[];
    byCommittee: ({ committee: string; speakers: number } & Tally2)[];
    overruns: OverrunFigure[];
  };
  questioning: {
    /** Slips registered, follow-ups not counted (countQuestions: the one rule). */
    registered: number;
    /** Questions asked, follow-ups not counted: they are `followUps`. */
    asked: number;
    askers: number;
    respondentsQuestioned: number;
    /** Follow-ups asked. */
    followUps: number;
    /** Each question's outcome, follow-ups not counted: theirs are `followUpsByStatus`. */
    byStatus: Record<QuestionStatus, number>;
    /** Questions still waiting when their item ended (`neverAsked`): in no `byStatus`. */
    notAsked: number;
    followUpsByStatus: Record<QuestionStatus, number>;
    askMs: number;
    answerMs: number;
    byRespondent: RespondentFigure[];
    written: WrittenAnswer[];
    overdue: number;
    /**
     * The limits the questions were asked and the answers given under, each distinct one once,
     * shortest first: several when the council changed them during the session; the council's
     * limit now when nothing was asked (or answered).
     */
    limits: { questionMs: number[]; answerMs: number[] };
    /** Questions and answers past their limit, and the extra time the chair gave each kind. */
    questionsOver: number;
    answersOver: number;
    askExtraMs: number;
    answerExtraMs: number;
    /** The longest overruns, questions and answers together, longest first. */
    overruns: QuestioningOverrun[];
  };
  votes: { list: VoteFigure[]; passed: number; failed: number };
  /** Closed personnel votes, in the order they were held; a person exempt from the ballot is in `exempt`, not `people`. */
  personnel: PersonnelFigure[];
  attendance: AttendanceFigure[];
}

const emptyByWork = (): ByWork => ({ reading: 0, discussion: 0, questioning: 0, procedure: 0 });

/**
 * A block of items: time by kind of work through the agenda's own group totals. `questioningMs`
 * (item id → time questions were asked and answered in it, questionTimeByItem) moves that time of
 * an item of another kind to questioning, as a council's review counts it wherever it happened: a
 * question put during a discussion item is questioning, not discussion. Never more than the item
 * ran, so the kinds still add up to the time run. `parts`: the programme's parts (partIds of the
 * whole agenda), whose minutes are a budget and not planned beside their sub-items' plans, even
 * when the block (a sitting, a day) holds a part but not its sub-items.
 */
export function timeBlock(rows: Row[], now: number, questioningMs: ReadonlyMap<number, number> = new Map(), parts: ReadonlySet<number> = partIds(rows)): TimeBlock {
  const groups = totalsByGroup(rows, now, parts);
  const out: TimeBlock = { byWork: emptyByWork(), actualMs: 0, plannedMs: 0, plannedRunMs: 0, items: rows.length };
  for (const g of TIME_GROUPS) {
    out.byWork[workOfGroup(g)] += groups[g].actualMs;
    out.actualMs += groups[g].actualMs;
    out.plannedMs += groups[g].plannedMs;
    out.plannedRunMs += groups[g].plannedRunMs;
  }
  for (const r of rows) {
    const work = workOf(r.item.kind);
    if (work === 'questioning') continue;
    const moved = Math.min(questioningMs.get(r.item.id) ?? 0, elapsedMs(r.timing, now));
    out.byWork[work] -= moved;
    out.byWork.questioning += moved;
  }
  return out;
}

/**
 * The time questions were asked and answered in each item (item id → ms), by when it happened:
 * the item running when the question was called (or its answer begun), as a question put during
 * a discussion item, slipped with no item, was put in that item's time. A turn at no item's run
 * (asked between items) falls to the question's own item, if it has one. Slips only called, and
 * answers only called, took no time yet.
 */
export function questionTimeByItem(rows: readonly Row[], questions: readonly Question[], answers: readonly Answer[], now: number): Map<number, number> {
  const runningAt = (at: number | null): number | null =>
    at === null ? null : (rows.find((r) => r.timing.segments.some((g) => g.startedAt <= at && at < (g.endedAt ?? Infinity)))?.item.id ?? null);
  const out = new Map<number, number>();
  const add = (itemId: number | null, ms: number) => {
    if (itemId !== null && ms > 0) out.set(itemId, (out.get(itemId) ?? 0) + ms);
  };
  for (const q of questions) if (wasAsked(q)) add(runningAt(q.askedAt) ?? q.agendaItemId, elapsedMs(q, now));
  const firstQuestion = new Map<number, Question>();
  for (const q of questions) if (q.answerId !== null && !firstQuestion.has(q.answerId)) firstQuestion.set(q.answerId, q);
  for (const a of answers) if (!isCalled(a)) add(runningAt(a.begunAt) ?? firstQuestion.get(a.id)?.agendaItemId ?? null, elapsedMs(a, now));
  return out;
}

/**
 * The shares of reading, discussion, questioning and procedure in a block's time, as part/whole pairs in
 * hundredths of a percent that add up to 100,00%: each share rounded down, and the hundredths so
 * lost given one each to the shares that lost most (as the tables apportion seconds). Rounded
 * each on its own, a sitting of 1:13:00 read, 48:00 discussed and 52:00 of procedure read
 * 42,20% + 27,75% + 30,06% = 100,01%. No time run: no share (0/0).
 */
export function workShares(b: TimeBlock): Record<WorkKind, { part: number; whole: number }> {
  const shares = sharesOf(WORK_KINDS.map((w) => b.byWork[w]), b.actualMs);
  return Object.fromEntries(WORK_KINDS.map((w, k) => [w, shares[k]])) as Record<WorkKind, { part: number; whole: number }>;
}

/**
 * Each value's share of a total they add up to, as part/whole pairs in hundredths of a percent
 * that add up to 100,00% (largestRemainder): the work shares, and the speaking time's shares by
 * group and by committee. No total: no share (0/0).
 */
export function sharesOf(values: readonly number[], total: number): { part: number; whole: number }[] {
  const HUNDREDTHS = 10_000;
  if (total <= 0) return values.map(() => ({ part: 0, whole: 0 }));
  return largestRemainder(values.map((v) => (v * HUNDREDTHS) / total), 1, HUNDREDTHS).map((part) => ({ part, whole: HUNDREDTHS }));
}

/**
 * Parts rounded down to whole `unit`s, then the units so lost (`total` less their sum) given one
 * each to the parts that lost most: shown rounded, they still add up to the total. The tables'
 * seconds (unit 1,000 ms) and the work shares' hundredths of a percent (unit 1) alike.
 */
export function largestRemainder(parts: readonly number[], unit: number, total: number): number[] {
  const floors = parts.map((p) => Math.floor(p / unit) * unit);
  let left = (total - floors.reduce((a, x) => a + x, 0)) / unit;
  const byLoss = parts.map((_, k) => k).sort((a, b) => parts[b] - floors[b] - (parts[a] - floors[a]));
  for (const k of byLoss) if (left-- > 0) floors[k] += unit;
  return floors;
}

function groupBy<K, T>(list: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const t of list) {
    const k = key(t);
    const bucket = out.get(k);
    if (bucket) bucket.push(t);
    else out.set(k, [t]);
  }
  return out;
}

function timeFigures(input: ReviewInput): Review['time'] {
  const { rows, sittings, now } = input;
  const qa = questionTimeByItem(rows, input.questions, input.answers, now);
  const parts = partIds(rows);
  const bySitting = groupBy(rows, (r) => r.timing.sittingId);
  const blocks: SittingBlock[] = sittings.map((s) => ({
    ...timeBlock(bySitting.get(s.id) ?? [], now, qa, parts),
    sittingId: s.id,
    date: s.date,
    part: s.part,
    status: s.status,
    clockMs: elapsedMs(s, now),
  }));
  const loose = bySitting.get(null) ?? [];
  if (loose.length > 0) blocks.push({ ...timeBlock(loose, now, qa, parts), sittingId: null, date: null, part: null, status: null, clockMs: 0 });
  const dateOf = new Map<number | null, string | null>(blocks.map((b) => [b.sittingId, b.date]));
  const days = [...groupBy(rows, (r) => dateOf.get(r.timing.sittingId) ?? null)].map(([date, list]) => ({ date, ...timeBlock(list, now, qa, parts) }));
  // Days in calendar order, the items outside any sitting last.
  days.sort((a, b) => (a.date === null ? 1 : b.date === null ? -1 : a.date.localeCompare(b.date)));
  return { session: timeBlock(rows, now, qa, parts), sittings: blocks, days };
}

function itemFigures(input: ReviewInput): { items: ItemFigure[]; plan: Review['plan'] } {
  const numbers = outlineNumbers(input.rows.map(({ item, timing }) => ({ id: item.id, parentId: timing.parentId })));
  const parts = partIds(input.rows);
  const under = groupBy(
    input.rows.filter((r) => r.timing.parentId !== null && parts.has(r.timing.parentId)),
    (r) => r.timing.parentId!,
  );
  const items = input.rows.map(({ item, timing }): ItemFigure => {
    const part = parts.has(item.id);
    const subs = under.get(item.id) ?? [];
    // A part's time is its items' (and its own, had a database from before parts ran it).
    const actualMs = elapsedMs(timing, input.now) + subs.reduce((a, r) => a + elapsedMs(r.timing, input.now), 0);
    const plannedMs = part && item.plannedMinutes === 0 ? subs.reduce((a, r) => a + r.item.plannedMinutes * MIN, 0) : item.plannedMinutes * MIN;
    return {
      id: item.id,
      position: item.position,
      number: numbers.get(item.id) ?? '',
      title: item.title,
      kind: item.kind,
      work: workOf(item.kind),
      status: timing.status,
      sittingId: timing.sittingId,
      plannedMs,
      extraMs: timing.extraMinutes * MIN,
      actualMs,
      diffMs: actualMs - plannedMs,
      pauses: Math.max(0, timing.segments.length - 1),
      part,
      // A part's difference only once none of its items is still to run or running: half-way through,
      // its budget against one item's time would read as hours saved.
      partRun:
        part &&
        subs.some((r) => r.timing.status !== 'pending' && r.timing.status !== 'skipped') &&
        subs.every((r) => r.timing.status !== 'pending' && r.timing.status !== 'running'),
    };
  });
  // A part's overrun is its items': listed once, by the item that overran.
  const run = items.filter((i) => !i.part && i.status !== 'pending' && i.status !== 'skipped');
  const overran = run.filter((i) => i.diffMs > 0).sort((a, b) => b.diffMs - a.diffMs);
  const cutShort = run.filter((i) => i.status === 'finished' && i.plannedMs > 0 && i.diffMs < 0).sort((a, b) => a.diffMs - b.diffMs);
  return {
    items,
    plan: {
      overran: overran.slice(0, TOP).map((i) => i.id),
      cutShort: cutShort.slice(0, TOP).map((i) => i.id),
      skipped: items.filter((i) => !i.part && i.status === 'skipped').map((i) => i.id),
    },
  };
}

function tallyBy<K>(list: readonly SpeakerFigure[], key: (s: SpeakerFigure) => K): Map<K, { speakers: number } & Tally2> {
  const out = new Map<K, { speakers: number } & Tally2>();
  for (const s of list) {
    const t = out.get(key(s)) ?? { speakers: 0, count: 0, ms: 0 };
    t.speakers += 1;
    t.count += s.count;
    t.ms += s.ms;
    out.set(key(s), t);
  }
  return out;
}

/** The ten longest overruns, longest first: what the review's overrun tables list (speeches, and questioning). */
function longest<T extends { overMs: number }>(overruns: T[]): T[] {
  return overruns.sort((a, b) => b.overMs - a.overMs).slice(0, 10);
}

/** The sitting an item ran in (its timer's), as an overrun names it; null for an item outside any sitting. */
function sittingOfItems(input: ReviewInput): (itemId: number | null) => Pick<Sitting, 'date' | 'part'> | null {
  const sittingById = new Map(input.sittings.map((s) => [s.id, { date: s.date, part: s.part }]));
  const sittingOfItem = new Map(input.rows.map((r) => [r.item.id, r.timing.sittingId]));
  return (itemId) => sittingById.get(sittingOfItem.get(itemId ?? -1) ?? -1) ?? null;
}

function speakingFigures(input: ReviewInput, people: Map<number, Delegate>): Review['speaking'] {
  const titles = new Map(input.rows.map((r) => [r.item.id, r.item.title]));
  const sittingOf = sittingOfItems(input);
  // Only speeches that used the floor are read (listFloorSpeeches), as the speech totals count them.
  const floor = input.speeches;
  const byKind = Object.fromEntries(SPEECH_KINDS.map((k) => [k, { count: 0, ms: 0 }])) as Record<SpeechKind, Tally2>;
  const byDelegate = new Map<number, SpeakerFigure>();
  const overruns: OverrunFigure[] = [];
  let total = 0;
  for (const s of floor) {
    const ms = elapsedMs(s, input.now);
    total += ms;
    byKind[s.kind].count += 1;
    byKind[s.kind].ms += ms;
    const d = people.get(s.delegateId);
    const f = byDelegate.get(s.delegateId) ?? {
      delegateId: s.delegateId,
      name: d?.fullName ?? `#${s.delegateId}`,
      group: d?.group ?? '',
      committee: d?.committee ?? '',
      voting: d?.voting ?? false,
      count: 0,
      ms: 0,
      first: 0,
      second: 0,
      debate: 0,
      other: 0,
    };
    f.count += 1;
    f.ms += ms;
    if (s.kind === 'speech') f.first += 1;
    else if (s.kind === 'secondSpeech') f.second += 1;
    else if (s.kind === 'debateReply') f.debate += 1;
    else f.other += 1;
    byDelegate.set(s.delegateId, f);
    if (s.limitMs > 0 && ms > s.limitMs) {
      overruns.push({
        speechId: s.id,
        delegateId: s.delegateId,
        name: f.name,
        itemId: s.agendaItemId,
        itemTitle: titles.get(s.agendaItemId) ?? '',
        sitting: sittingOf(s.agendaItemId),
        kind: s.kind,
        limitMs: s.limitMs,
        extraMs: s.extraMs,
        spokenMs: ms,
        overMs: ms - s.limitMs,
      });
    }
  }
  const speakers = [...byDelegate.values()].sort((a, b) => b.ms - a.ms || a.name.localeCompare(b.name));
  const byName = <K extends string>(m: Map<string, { speakers: number } & Tally2>, k: K) =>
    [...m].map(([key, t]) => ({ [k]: key, ...t }) as { [P in K]: string } & { speakers: number } & Tally2).sort((a, b) => b.ms - a.ms);
  return {
    speeches: floor.length,
    ms: total,
    speakers: speakers.length,
    votingSpeakers: speakers.filter((s) => s.voting).length,
    votingDelegates: input.delegates.filter((d) => d.voting).length,
    byKind,
    byDelegate: speakers,
    byGroup: byName(tallyBy(speakers, (s) => s.group), 'group'),
    byCommittee: byName(tallyBy(speakers, (s) => s.committee), 'committee'),
    overruns: longest(overruns),
  };
}

/** The distinct limits the turns ran under, shortest first; `now` when none ran. */
function limitsRun(turns: { limitMs: number }[], now: number): number[] {
  return turns.length === 0 ? [now] : [...new Set(turns.map((x) => x.limitMs))].sort((a, b) => a - b);
}

function questioningFigures(input: ReviewInput, people: Map<number, Delegate>): Review['questioning'] {
  const { questions, answers, now, limits } = input;
  const nameOf = (id: number) => people.get(id)?.fullName ?? `#${id}`;
  // Asked once its clock ran: a slip only called (waiting for Space) is not asked yet.
  const asked = questions.filter(wasAsked);
  // A slip still waiting when its item ended was not asked: counted as such, not as pending.
  const counts = countQuestions(questions, itemsOver(input.rows.map((r) => r.item), input.rows.map((r) => r.timing)));
  // The agency typed for the respondent, else the office on the roster, as the questioning screen names them.
  const respondentName = new Map(input.respondents.map((r) => [r.id, { name: people.get(r.delegateId)?.fullName ?? `#${r.id}`, agency: r.agency || people.get(r.delegateId)?.agency || '' }]));
  const byRespondent = new Map<number, RespondentFigure>();
  const figure = (id: number) => {
    const f = byRespondent.get(id) ?? {
      respondentId: id,
      name: respondentName.get(id)?.name ?? `#${id}`,
      agency: respondentName.get(id)?.agency ?? '',
      questions: 0,
      followUps: 0,
      askMs: 0,
      answers: 0,
      answerMs: 0,
      extraMs: 0,
      answersOver: 0,
      overMs: 0,
    };
    byRespondent.set(id, f);
    return f;
  };
  // The sitting of a question's item, where its asking and its answer ran.
  const sittingOfItem = sittingOfItems(input);
  const sittingOf = (q: Question | undefined) => sittingOfItem(q?.agendaItemId ?? null);
  const overruns: QuestioningOverrun[] = [];
  const over = (turn: QuestioningOverrun['turn'], id: number, name: string, counterpart: string, sitting: QuestioningOverrun['sitting'], limitMs: number, extraMs: number, usedMs: number) => {
    if (limitMs <= 0 || usedMs <= limitMs) return 0;
    overruns.push({ turn, id, name, counterpart, sitting, limitMs, extraMs, usedMs, overMs: usedMs - limitMs });
    return usedMs - limitMs;
  };
  let askMs = 0;
  let askExtraMs = 0;
  let questionsOver = 0;
  for (const q of asked) {
    const f = figure(q.respondentId);
    const ms = elapsedMs(q, now);
    if (isFollowUp(q)) f.followUps += 1;
    else f.questions += 1;
    f.askMs += ms;
    askMs += ms;
    askExtraMs += q.extraMs;
    if (over('question', q.id, nameOf(q.askerId), f.name, sittingOf(q), q.limitMs, q.extraMs, ms) > 0) questionsOver += 1;
  }
  // Who asked what each answer took up: the questions that name it.
  const askersOf = groupBy(
    questions.filter((q) => q.answerId !== null),
    (q) => q.answerId,
  );
  let answerMs = 0;
  let answerExtraMs = 0;
  let answersOver = 0;
  // An answer only called (the respondent invited, the clock not started) has not been given yet.
  for (const a of answers.filter((x) => !isCalled(x))) {
    const f = figure(a.respondentId);
    const ms = elapsedMs(a, now);
    f.answers += 1;
    f.answerMs += ms;
    f.extraMs += a.extraMs;
    answerMs += ms;
    answerExtraMs += a.extraMs;
    const askers = [...new Set((askersOf.get(a.id) ?? []).map((q) => nameOf(q.askerId)))].join(', ');
    const overMs = over('answer', a.id, f.name, askers, sittingOf(askersOf.get(a.id)?.[0]), a.limitMs, a.extraMs, ms);
    if (overMs > 0) {
      f.answersOver += 1;
      f.overMs += overMs;
      answersOver += 1;
    }
  }
  // An unmarked follow-up goes to its question's written answer, with its due date (outcomeHolder).
  const byId = new Map(questions.map((q) => [q.id, q]));
  const written = questions
    .map((q) => ({ q, holder: outcomeHolder(q, byId) }))
    .filter(({ holder }) => holder.status === 'written' && holder.dueDate !== null)
    .map(({ q, holder }) => ({
      questionId: q.id,
      asker: people.get(q.askerId)?.fullName ?? `#${q.askerId}`,
      respondent: respondentName.get(q.respondentId)?.name ?? `#${q.respondentId}`,
      text: q.text,
      dueDate: holder.dueDate!,
      overdue: holder.dueDate! < input.today,
    }))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.questionId - b.questionId);
  return {
    registered: counts.registered,
    asked: counts.asked,
    askers: new Set(asked.map((q) => q.askerId)).size,
    respondentsQuestioned: new Set(asked.map((q) => q.respondentId)).size,
    followUps: counts.followUps,
    byStatus: counts.byStatus,
    notAsked: counts.notAsked,
    followUpsByStatus: counts.followUpsByStatus,
    askMs,
    answerMs,
    byRespondent: [...byRespondent.values()].sort((a, b) => b.answerMs + b.askMs - (a.answerMs + a.askMs)),
    written,
    overdue: written.filter((w) => w.overdue).length,
    limits: { questionMs: limitsRun(asked, limits.questionMs), answerMs: limitsRun(answers, limits.answerMs) },
    questionsOver,
    answersOver,
    askExtraMs,
    answerExtraMs,
    overruns: longest(overruns),
  };
}

function voteFigures(input: ReviewInput): Review['votes'] {
  const list = input.votes
    .filter((v) => v.status === 'closed')
    .map((v): VoteFigure => {
      const r = computeResult(v, v.tally);
      return {
        id: v.id,
        resolutionNumber: v.resolutionNumber,
        title: v.resolutionTitle,
        method: v.method,
        ruleKind: v.ruleKind,
        round: v.round,
        seats: v.seats,
        present: v.present,
        for: v.tally.for,
        against: v.tally.against,
        abstain: v.tally.abstain,
        notVoting: r.notVoting,
        base: r.base,
        needed: r.needed,
        margin: v.tally.for - r.needed,
        passed: r.passed,
      };
    });
  const passed = list.filter((v) => v.passed).length;
  return { list, passed, failed: list.length - passed };
}

function personnelFigures(input: ReviewInput): PersonnelFigure[] {
  return input.personnel
    .filter((v) => v.status === 'closed')
    .map((v) => ({
      id: v.id,
      kind: v.kind,
      title: v.title,
      way: v.way,
      round: v.round,
      people: v.people.flatMap((p) => (p.result ? [{ fullName: p.fullName, title: p.title, counts: p.counts, base: p.result.base, percent: p.result.percent, outcome: p.result.outcome }] : [])),
      // Not rated: on the ballot's list, with no result (the counting record's "không lấy phiếu").
      exempt: v.people.filter((p) => !p.result).map((p) => ({ fullName: p.fullName, title: p.title, reason: p.exemptReason })),
    }))
    .filter((v) => v.people.length > 0);
}

function attendanceFigures(input: ReviewInput): AttendanceFigure[] {
  return input.rollCalls.map((rc) => {
    // The voting delegates the roll call was taken against, whatever the roster is today.
    const voters = rc.memberIds.map((id) => ({ id, voting: true }));
    const members = new Set(rc.memberIds);
    const marks = rc.marks.filter((m) => members.has(m.delegateId));
    // Each mark by the console's one rule (awayKind): a late mark with no arrival time is one not
    // arrived yet, away like the absent, as the minutes list them; "late" is one who came in.
    const count = (kind: AwayKind | 'late') => marks.filter((m) => (kind === 'late' ? arrivedLate(m) : awayKind(m) === kind)).length;
    const present = presentVoters(voters, marks).length;
    const unmarked = rc.memberIds.length - marks.length;
    // The two groups of "present", by the console's own rule.
    const { confirmed } = rollCallGroups({ present, marked: marks.length, assumed: unmarked })!;
    return {
      label: rc.label,
      voting: voters.length,
      present,
      confirmed,
      unmarked,
      absent: count('absent'),
      excused: count('excused'),
      notArrived: count('notArrived'),
      late: count('late'),
      left: count('left'),
    };
  });
}

/** The whole review of one session. */
export function computeReview(input: ReviewInput): Review {
  const people = new Map(input.delegates.map((d) => [d.id, d]));
  const { items, plan } = itemFigures(input);
  return {
    session: input.session,
    council: input.council ? { name: input.council.name, totalSeats: input.council.totalSeats } : null,
    now: input.now,
    time: timeFigures(input),
    items,
    plan,
    speaking: speakingFigures(input, people),
    questioning: questioningFigures(input, people),
    votes: voteFigures(input),
    personnel: personnelFigures(input),
    attendance: attendanceFigures(input),
  };
}

export interface ReviewInput {
  council: Council | null;
  session: Session;
  sittings: Sitting[];
  /** Agenda items with their timing, in agenda order. */
  rows: Row[];
  delegates: Delegate[];
  /** Speeches that used the floor (started at least once). */
  speeches: FloorSpeech[];
  questions: Question[];
  answers: Answer[];
  respondents: Respondent[];
  /**
   * The council's limits for asking a question and for answering now, ms: named only when
   * nothing was asked (or answered), as each question and answer keeps the limit it ran under.
   */
  limits: { questionMs: number; answerMs: number };
  votes: Vote[];
  /** The session's personnel votes with their results (the engine's view of each). */
  personnel: PersonnelView[];
  /** Each roll call with its marks and the voting delegates it was taken against. */
  rollCalls: { label: string; openedAt: number; marks: Mark[]; memberIds: number[] }[];
  /** Engine clock, epoch ms: running timers are counted up to it. */
  now: number;
  /**
   * The report's date (YYYY-MM-DD): the session's last day, as the DOCX is dated (the hall's date
   * at `now` only when the session has none). Written answers due before it are overdue.
   */
  today: string;
}
