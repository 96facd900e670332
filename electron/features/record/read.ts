/**
 * The session's record read from the database in reading order: sittings in time order, each
 * with its roll call, items, speeches, questions and votes. A pure read (no writes): the
 * minutes, the counting records and the results notice are all written from this.
 */
import type { Db } from '../../store/db';
import { localDate } from '../../../common/dates';
import { getCouncil } from '../council/store';
import type { Council, Session } from '../../../common/council/model';
import { getSession } from '../council/sessions';
import { placeOfCouncil } from '../../../common/council/units';
import { listDelegates } from '../roster/store';
import type { Delegate } from '../../../common/roster/model';
import { agendaOutline, listAgenda } from '../agenda/store';
import { outlineNumbers } from '../../../common/agenda/outline';
import type { AgendaItem } from '../../../common/agenda/model';
import { listSittings, listTimings } from '../timing/store';
import type { ItemTiming, Sitting } from '../../../common/timing/model';
import { listMarks as listAttendance, listMemberIds, listRollCalls } from '../attendance/store';
import { arrivedLate, awayKind, type AwayKind } from '../../../common/attendance/report';
import { listSpeeches } from '../speakers/store';
import type { Speech } from '../../../common/speakers/model';
import { listAnswers, listQuestions, listRespondents } from '../questions/store';
import { isCalled, isFollowUp, itemsOver, neverAsked, wasAsked, type Answer, type Question } from '../../../common/questions/model';
import { listVotes } from '../votes/store';
import { voteView } from '../votes/slices';
import { votersAtOpening } from '../votes/voters';
import type { VoteView } from '../../../common/votes/result';
import { listPersonnelVotes } from '../personnel/store';
import { personnelView } from '../personnel/slices';
import type { PersonnelView } from '../../../common/personnel/model';
import { sittingLabel } from '../../../common/attendance/sittingLabel';
import { vacantSeats } from '../../../common/attendance/vacancy';
import { countersOfSession, documentsOfSession, getSessionRecord, listOfficers, notesOfSession, presidingBySitting, type ItemDocument, type NotesBySubject, type SessionRecord } from './store';

export interface RollCallSummary {
  /**
   * Voting delegates present at the sitting: late arrivals and those who left early count; absent,
   * excused and not arrived (a late mark without a time, awayKind) do not.
   */
  present: number;
  totalSeats: number;
  /** Seats no delegate held when the roll call was taken (`vacantSeats`). */
  vacant: number;
  absent: Delegate[];
  excused: Delegate[];
  /** Marked not arrived yet (chưa đến) and never given an arrival time. */
  notArrived: Delegate[];
  /** Arrived late, with the time they came in. */
  late: { person: Delegate; time: string | null }[];
  left: { person: Delegate; time: string | null }[];
}

export interface QuestionEntry {
  question: Question;
  asker: Delegate | undefined;
  respondent: Delegate | undefined;
  agency: string;
  /** The answer, given with the first question it answers (a grouped answer is written once). */
  answer: Answer | null;
}

export interface ItemEntry {
  item: AgendaItem;
  timing: ItemTiming | undefined;
  document: ItemDocument | null;
  speeches: Speech[];
  questions: QuestionEntry[];
  votes: VoteView[];
  /** Elections, dismissals and confidence votes held on the item. */
  personnel: PersonnelView[];
  /**
   * Questions registered for the item and never put, the item over (`neverAsked`), follow-ups left
   * out (one is asked at once or not at all): the minutes list them as sent for a written answer.
   */
  notAsked: QuestionEntry[];
}

export interface SittingEntry {
  /** null for the items that ran outside any planned sitting. */
  sitting: Sitting | null;
  presiding: Delegate | undefined;
  rollCall: RollCallSummary | null;
  items: ItemEntry[];
}

export interface SessionRecordData {
  council: Council;
  session: Session;
  record: SessionRecord;
  chairs: Delegate[];
  secretaries: Delegate[];
  sittings: SittingEntry[];
  /** Votes of the session tied to no agenda item, in the order they were created. */
  looseVotes: VoteView[];
  /** Personnel votes of the session tied to no agenda item, in the order they were created. */
  loosePersonnel: PersonnelView[];
  /** Every vote of the session that was opened, in order (for counting records and the notice). */
  votes: VoteView[];
  /** Every personnel vote of the session that was opened, in order (for the notice). */
  personnel: PersonnelView[];
  notes: NotesBySubject;
  counters: Record<number, Delegate[]>;
  people: Map<number, Delegate>;
  /** Every question of the session by id: an unmarked follow-up takes its question's outcome (`outcomeHolder`). */
  questionsById: Map<number, Question>;
  /** When the last sitting closed, if every sitting that opened is closed. */
  closedAt: number | null;
  openedAt: number | null;
  /**
   * The programme as its readers name it: each item's number in the outline ("2", "2.1":
   * outlineNumbers, as the Agenda, Live and Votes views number it), and every item by id, so a
   * sub-item can be placed under its main item's line when that one never ran itself.
   */
  programme: { numbers: Map<number, string>; items: Map<number, AgendaItem & { parentId: number | null }> };
}

/** Items that ran (or hold speeches, questions or votes) belong in the record; the rest did not happen. */
function happened(e: ItemEntry): boolean {
  return (e.timing?.segments.length ?? 0) > 0 || e.speeches.length > 0 || e.questions.length > 0 || e.votes.length > 0 || e.personnel.length > 0 || e.notAsked.length > 0;
}

const firstStart = (e: ItemEntry) => e.timing?.segments[0]?.startedAt ?? Number.MAX_SAFE_INTEGER;

/** When anything first happened on an item that never ran: a vote opened, a speech or a question begun. */
const firstActivity = (e: ItemEntry) =>
  Math.min(
    Number.MAX_SAFE_INTEGER,
    ...e.votes.map((v) => v.openedAt ?? Number.MAX_SAFE_INTEGER),
    ...e.personnel.map((v) => v.openedAt ?? Number.MAX_SAFE_INTEGER),
    ...e.speeches.map((x) => x.firstStartedAt ?? Number.MAX_SAFE_INTEGER),
    ...e.questions.map((q) => q.question.askedAt ?? Number.MAX_SAFE_INTEGER),
  );

export function readRecord(db: Db, sessionId: number, only?: { sittingId: number }): SessionRecordData | null {
  const council = getCouncil(db);
  const session = getSession(db, sessionId);
  if (!council || !session) return null;
  const people = new Map(listDelegates(db).map((d) => [d.id, d]));
  const person = (id: number) => people.get(id);
  const timingList = listTimings(db, sessionId);
  const timings = new Map(timingList.map((t) => [t.id, t]));
  const documents = documentsOfSession(db, sessionId);
  const respondents = new Map(listRespondents(db).map((r) => [r.id, r]));
  const answers = new Map(listAnswers(db, sessionId).map((a) => [a.id, a]));
  // A named vote closed before its voters were kept with it: read them now, as its close would have.
  const votes = listVotes(db, sessionId)
    .filter((v) => v.status !== 'draft')
    .map((v) => voteView(db, v))
    .map((v) => (v.status === 'closed' && v.voters === null ? { ...v, voters: votersAtOpening(db, v) } : v));
  // Personnel votes that were opened (a draft list is preparation, not the record).
  const personnel = listPersonnelVotes(db, sessionId)
    .filter((v) => v.status !== 'draft')
    .map((v) => personnelView(db, v));

  // Questions in the order they were put; each answer once, with the first question it answers.
  const answered = new Set<number>();
  const allQuestions = listQuestions(db, sessionId);
  const questions = allQuestions
    .filter((q) => wasAsked(q) || q.status !== 'pending')
    .sort((a, b) => (a.askedAt ?? Number.MAX_SAFE_INTEGER) - (b.askedAt ?? Number.MAX_SAFE_INTEGER) || a.position - b.position)
    .map((q): QuestionEntry => {
      const r = respondents.get(q.respondentId);
      let answer: Answer | null = null;
      if (q.answerId !== null && !answered.has(q.answerId)) {
        answered.add(q.answerId);
        answer = answers.get(q.answerId) ?? null;
        // Called to answer, the clock not started: no answer has been given yet.
        if (answer && isCalled(answer)) answer = null;
      }
      return { question: q, asker: person(q.askerId), respondent: r ? person(r.delegateId) : undefined, agency: r?.agency ?? '', answer };
    });

  const agenda = listAgenda(db, sessionId);
  // The whole session's outline, a sitting's minutes too: an item keeps the programme's number.
  const outline = agendaOutline(db, sessionId);
  const parentOf = new Map(outline.map((o) => [o.id, o.parentId]));
  const firstQuestioning = agenda.find((i) => i.kind === 'questioning')?.id;
  const over = itemsOver(agenda, timingList);
  const notAsked = allQuestions
    .filter((q) => !isFollowUp(q) && neverAsked(q, over))
    .sort((a, b) => a.position - b.position)
    .map((q): QuestionEntry => {
      const r = respondents.get(q.respondentId);
      return { question: q, asker: person(q.askerId), respondent: r ? person(r.delegateId) : undefined, agency: r?.agency ?? '', answer: null };
    });
  const entries: ItemEntry[] = agenda.map((item) => ({
    item,
    timing: timings.get(item.id),
    document: documents[item.id] ?? null,
    speeches: listSpeeches(db, item.id)
      .filter((s) => s.status === 'done' || s.status === 'speaking' || s.firstStartedAt !== null)
      .sort((a, b) => (a.firstStartedAt ?? 0) - (b.firstStartedAt ?? 0)),
    // Questions registered with no item go to the session's (first) questioning item.
    questions: questions.filter((q) => (q.question.agendaItemId ?? firstQuestioning) === item.id),
    votes: votes.filter((v) => v.agendaItemId === item.id),
    personnel: personnel.filter((v) => v.agendaItemId === item.id),
    notAsked: notAsked.filter((q) => (q.question.agendaItemId ?? firstQuestioning) === item.id),
  }));

  const rollCalls = listRollCalls(db, sessionId);
  const summary = (s: Sitting): RollCallSummary | null => {
    const call = rollCalls.find((r) => r.sittingLabel === sittingLabel(s));
    if (!call) return null;
    // Against the roster and seats the roll call was taken with, whatever the roster is today.
    const members = new Set(listMemberIds(db, call.id));
    const marks = listAttendance(db, call.id).filter((m) => members.has(m.delegateId));
    // By the console's one rule (awayKind): one marked late with no arrival time has not arrived
    // (chưa đến), away for the quorum and the votes, so neither present here nor a late arrival.
    const of = (kind: AwayKind) => marks.filter((m) => awayKind(m) === kind);
    const away = of('absent').length + of('excused').length + of('notArrived').length;
    return {
      // Present at the sitting: whoever was in the hall at some point, so one who left early counts.
      present: members.size - away,
      totalSeats: call.seats ?? council.totalSeats,
      vacant: vacantSeats(call.seats ?? council.totalSeats, members.size),
      absent: of('absent').map((m) => person(m.delegateId)!),
      excused: of('excused').map((m) => person(m.delegateId)!),
      notArrived: of('notArrived').map((m) => person(m.delegateId)!),
      late: marks.filter(arrivedLate).map((m) => ({ person: person(m.delegateId)!, time: m.time })),
      left: of('left').map((m) => ({ person: person(m.delegateId)!, time: m.time })),
    };
  };

  const presiding = presidingBySitting(db, sessionId);
  const chairIds = listOfficers(db, sessionId, 'chair');
  const sittings = listSittings(db, sessionId).sort((a, b) => a.date.localeCompare(b.date) || (a.part === b.part ? a.id - b.id : a.part === 'morning' ? -1 : 1));
  const ran = entries.filter(happened);
  // Where an item was held: the sitting its timer ran in. One never started but voted or spoken
  // on (a vote opened from the Votes view) was held in the sitting opened last before that, not
  // the one it was planned for, which may never have sat.
  const heldIn = (e: ItemEntry): number | null | undefined => {
    if ((e.timing?.segments.length ?? 0) > 0) return e.timing?.sittingId;
    const at = firstActivity(e);
    const open = sittings.filter((s) => s.openedAt !== null && s.openedAt <= at).sort((a, b) => b.openedAt! - a.openedAt!)[0];
    return at === Number.MAX_SAFE_INTEGER || !open ? e.timing?.sittingId : open.id;
  };
  const bySitting: SittingEntry[] = sittings
    .map((s) => ({
      sitting: s,
      presiding: person(presiding[s.id] ?? chairIds[0] ?? 0),
      rollCall: summary(s),
      items: ran.filter((e) => heldIn(e) === s.id).sort((a, b) => a.item.position - b.item.position),
    }))
    .filter((e) => e.sitting.status !== 'planned' || e.items.length > 0 || e.rollCall !== null);
  const unplaced = ran.filter((e) => !sittings.some((s) => s.id === heldIn(e))).sort((a, b) => firstStart(a) - firstStart(b));
  if (unplaced.length > 0) bySitting.push({ sitting: null, presiding: person(chairIds[0] ?? 0), rollCall: null, items: unplaced });

  const selected = only ? bySitting.filter((e) => e.sitting?.id === only.sittingId) : bySitting;
  const opened = sittings.filter((s) => s.openedAt !== null);
  const allClosed = opened.length > 0 && opened.every((s) => s.status === 'closed');
  const placedVoteItems = new Set(agenda.map((i) => i.id));
  const counterIds = countersOfSession(db, sessionId);
  return {
    council,
    session,
    record: documentRecord(getSessionRecord(db, sessionId), council),
    chairs: chairIds.map(person).filter((d): d is Delegate => !!d),
    secretaries: listOfficers(db, sessionId, 'secretary').map(person).filter((d): d is Delegate => !!d),
    sittings: selected,
    looseVotes: only ? [] : votes.filter((v) => v.agendaItemId === null || !placedVoteItems.has(v.agendaItemId)),
    loosePersonnel: only ? [] : personnel.filter((v) => v.agendaItemId === null || !placedVoteItems.has(v.agendaItemId)),
    votes,
    personnel,
    notes: notesOfSession(db, sessionId),
    counters: Object.fromEntries(Object.entries(counterIds).map(([k, ids]) => [k, ids.map(person).filter((d): d is Delegate => !!d)])),
    people,
    questionsById: new Map(allQuestions.map((q) => [q.id, q])),
    openedAt: opened.length ? Math.min(...opened.map((s) => s.openedAt!)) : null,
    closedAt: allClosed ? Math.max(...opened.map((s) => s.closedAt ?? 0)) : null,
    programme: { numbers: outlineNumbers(outline), items: new Map(agenda.map((i) => [i.id, { ...i, parentId: parentOf.get(i.id) ?? null }])) },
  };
}

/**
 * The session's record as its documents print it: the place before the date as the minutes'
 * setup has it, else the council's own place (placeOfCouncil), so no document is dated without
 * one when the field was left empty. The setup keeps showing what was typed.
 */
export function documentRecord(record: SessionRecord, council: Pick<Council, 'name' | 'level'> | null): SessionRecord {
  return record.locality.trim() !== '' || !council ? record : { ...record, locality: placeOfCouncil(council.name, council.level) };
}

/**
 * The start year of the council term (nhiệm kỳ) a date falls in: terms begin with the national
 * elections of 2011, 2016, 2021 (May) and 2026 (March), every five years.
 */
export function termStartYear(isoDate: string): number {
  const [y, m] = isoDate.split('-').map(Number);
  const electionMonth = (year: number) => (year >= 2026 ? 3 : 5);
  let start = 2011 + Math.floor((y - 2011) / 5) * 5;
  if (y === start && m < electionMonth(start)) start -= 5;
  return start;
}

/**
 * The dates the session's documents carry, from one rule: a document is dated by the sitting it
 * records. The minutes and the results notice: the last sitting held (for one sitting's minutes,
 * that sitting), so a session whose last sitting was never closed in Gavel is still dated, and a
 * sitting closed after midnight keeps its own day; before any sitting sat, the session's planned
 * closing day, as an office dates a draft.
 */
export function recordDay(r: SessionRecordData): string {
  return r.sittings.findLast((e) => e.sitting !== null)?.sitting?.date ?? r.session.endDate;
}

/**
 * A counting record: the day of the sitting during which the vote was taken (opened); a vote
 * taken outside any sitting, the day it was counted (closed), else opened.
 */
export function countingDay(r: SessionRecordData, v: { openedAt: number | null; closedAt: number | null }): string | null {
  const taken = v.openedAt;
  const during = taken === null ? undefined : r.sittings.find(({ sitting: s }) => s?.openedAt != null && s.openedAt <= taken && (s.closedAt === null || s.closedAt >= taken));
  if (during?.sitting) return during.sitting.date;
  const at = v.closedAt ?? v.openedAt;
  return at === null ? null : localDate(at);
}

/**
 * The seats no voting delegate held when a ballot opened, of the seats it opened with, as it kept
 * them then (vote.open, personnel.open: attendance/store.ts vacantAtOpeningIn): the roster of the
 * roll call it opened under, or the last taken before it, else the roster of that moment. A counting
 * record's "80 (1 ghế khuyết)" is the figure the ballot was counted against, whoever joined or left
 * the roster since. None for a ballot never opened (a record holds only closed ones).
 */
export function vacantAtBallot(ballot: { vacant: number | null }): number {
  return ballot.vacant ?? 0;
}

/** A sitting's roll call, and whether that sitting opened or closed the session. */
export interface SittingAttendance {
  sitting: Sitting;
  call: RollCallSummary;
  role: 'opening' | 'closing' | null;
}

/**
 * The attendance the session's documents report (the results notice, the minutes' part I): the
 * roll call of the opening sitting, on which the session's attendance report is made and its quorum
 * declared, and, when it differs, that of the closing sitting, in which the resolutions and
 * personnel votes are mostly adopted, so the notice's "x/N tán thành" is read against who was in the
 * hall. A council reports these two (the sittings between are in the minutes' part II, each with its
 * own); a session with one roll call reports that one. A sitting is called the opening only when it
 * was the first held, the closing only when it was the last and the session is closed; otherwise it
 * is named by its day. Empty before any roll call.
 */
export function sessionAttendance(r: SessionRecordData): SittingAttendance[] {
  const held = r.sittings.filter((e) => e.sitting !== null);
  const called = held.filter((e) => e.rollCall !== null);
  if (called.length === 0) return [];
  const of = (e: SittingEntry, role: SittingAttendance['role']): SittingAttendance => ({ sitting: e.sitting!, call: e.rollCall!, role });
  const first = of(called[0], called[0] === held[0] ? 'opening' : null);
  const lastEntry = called[called.length - 1];
  if (lastEntry === called[0]) return [first];
  const last = of(lastEntry, lastEntry === held[held.length - 1] && r.closedAt !== null ? 'closing' : null);
  const same = first.call.present === last.call.present && first.call.totalSeats === last.call.totalSeats && first.call.vacant === last.call.vacant;
  return same && first.role === 'opening' && last.role === 'closing' ? [first, last] : same ? [first] : [first, last];
}

