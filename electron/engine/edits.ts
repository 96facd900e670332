/**
 * Edits that cross. A form (a delegate's row, an agenda item, a question slip, an official) is
 * opened on one console while another console may change the same record. The form sends only
 * the fields its user changed, with `seen` (the revision its record was read at); the engine
 * keeps, per field, who changed it last and at which revision (table `field_change`, written
 * after every command). A command sent with `seen` that changes a field someone else changed
 * after `seen` is refused, naming who and what the field is now: nothing is lost and nothing
 * is overwritten unseen. Changing another field of the same record goes through, so the chair's
 * new seat and the secretary's new spelling of the name are both kept.
 *
 * Only the fields below are watched, and only where a command changed them: a field sent with
 * the value it already has changes nothing and crosses nothing (two people fixing the same typo
 * the same way agree).
 */
import type { Db } from '../store/db';
import type { Touched } from '../store/changes';
import { localized } from './errors';
import { editedWords, roleNames } from '../features/operators/strings';
import { en as kindsEn, vi as kindsVi } from '../../common/agenda/labels';
import { en as votesEn, vi as votesVi } from '../../common/votes/labels';
import { KIND_NAMES } from '../../common/personnel/words';
import { noteSubjectNames } from '../features/record/store';
import type { NoteSubject } from '../../common/record/model';
import { fill, quoted, sentenceStart, type Lang } from '../../common/strings';
import { en as councilEn, vi as councilVi } from '../../common/council/labels';
import { en as speakersEn, vi as speakersVi } from '../../common/speakers/labels';
import { signerRoleNames } from '../../common/review/signer';
import { formatDate } from '../../common/dates';
import { romanNumeral } from '../../common/term';
import { readRules, rulesSchema } from '../features/council/rules';

type Row = Record<string, unknown>;
type Word = keyof (typeof editedWords)['en'];

/** One record whose watched fields a command changed: where its changes are kept (`tbl`, `key`), the fields, and the record before. */
interface Edited {
  tbl: string;
  key: number;
  cols: string[];
  before: Row;
}

interface EditedTable {
  /** Watched columns and the word naming each in a sentence (or the words, where a column is one of many alike). */
  columns: Record<string, Word | ((l: Lang) => string)>;
  /** The record, as a sentence names it ("the agenda item “Khai mạc”"), from its row before the command. */
  name(db: Db, row: Row, l: Lang): string;
  /** How a column's value reads; text by default. */
  show?: Partial<Record<string, (db: Db, value: unknown, l: Lang) => string>>;
  /**
   * The records a command edited, where they are not the table's rows one for one (a note's row
   * is deleted when it is cleared and inserted when it is written again; a vote's people are rows
   * of their own). By default, each row of the table updated, by its key.
   */
  edited?(db: Db, touched: Touched): Edited[];
}

const w = (l: Lang, word: Word, params: Record<string, string | number> = {}) => fill(editedWords[l][word], params);
const fieldWord = (l: Lang, word: Word | ((l: Lang) => string)) => (typeof word === 'function' ? word(l) : w(l, word));
/** An agenda item's kind as the console names it ("Tờ trình"), the code itself when unknown. */
const agendaKindLabel = (l: Lang, kind: string) => (l === 'vi' ? kindsVi : kindsEn)[`agenda.kind.${kind}` as keyof typeof kindsEn] ?? kind;
/** A list of people as a refusal quotes it, or "nobody". */
const listOrNobody = (_db: Db, v: unknown, l: Lang) => (v === '' ? w(l, 'nobody') : String(v));
const termNumeral = (_db: Db, v: unknown) => romanNumeral(Number(v));
const delegateName = (db: Db, delegateId: unknown): string =>
  (db.prepare('SELECT full_name FROM delegate WHERE id = ?').pluck().get(delegateId) as string | undefined) ?? '—';
const respondentName = (db: Db, respondentId: unknown): string =>
  delegateName(db, db.prepare('SELECT delegate_id FROM respondent WHERE id = ?').pluck().get(respondentId));
const orNone = (read: (db: Db, value: unknown) => string | undefined) => (db: Db, value: unknown, l: Lang) =>
  value === null ? w(l, 'none') : quoted(read(db, value) ?? '—', l);
const agendaTitle = (db: Db, v: unknown) => db.prepare('SELECT title FROM agenda_item WHERE id = ?').pluck().get(v) as string | undefined;
/** A note's text is a paragraph or two: a refusal quotes its beginning, the field shows it whole. */
const NOTE_QUOTED = 80;
const clip = (text: string) => (text.length > NOTE_QUOTED ? `${text.slice(0, NOTE_QUOTED + 1).replace(/\s+\S*$/, '')}…` : text);
const image = (json: string | null): Row | null => (json === null ? null : (JSON.parse(json) as Row));

/** The watched columns an update of a row changed, or every one for an insert or a delete. */
const changedCols = (cols: ReadonlySet<string> | null | undefined, watched: readonly string[]) => (cols ? watched.filter((c) => cols.has(c)) : [...watched]);

const NOTE_ON: Record<NoteSubject, Word> = { item: 'noteOnItem', speech: 'noteOnSpeech', question: 'noteOnQuestion', answer: 'noteOnAnswer' };

/**
 * A note by what it is on (`record_note:speech`, the speech's id): clearing a note deletes its
 * row and writing it again inserts one, and either is a change of its text.
 */
function editedNotes(db: Db, touched: Touched): Edited[] {
  if (!touched.has('record_note')) return [];
  const inserted = db.prepare('SELECT subject, subject_id FROM record_note WHERE id = ?');
  return touched.rows('record_note').flatMap((t) => {
    if (changedCols(t.cols, ['text']).length === 0) return [];
    const row = image(t.before) ?? { ...(inserted.get(t.key) as Row | undefined), text: '' };
    return row.subject === undefined ? [] : [{ tbl: `record_note:${String(row.subject)}`, key: Number(row.subject_id), cols: ['text'], before: row }];
  });
}

/** The people on a ballot, as a refusal names them. */
const peopleNames = (rows: Row[]) =>
  rows
    .sort((a, b) => Number(a.position) - Number(b.position))
    .map((p) => String(p.full_name))
    .join(', ');
const PERSON_COLS = ['delegate_id', 'full_name', 'title', 'body', 'honorific', 'honorific_guessed', 'exempt_reason', 'position'];

/**
 * A personnel vote's fields, and who is on its ballot as one more (`people`): a draft's edit
 * replaces its lines whole, so any line added, taken off or changed is a change of the list.
 */
function editedPersonnel(db: Db, touched: Touched): Edited[] {
  if (!touched.has('personnel_vote') && !touched.has('personnel_person')) return [];
  const votes = new Map<number, Edited>();
  const watched = ['agenda_item_id', 'kind', 'title', 'posts'];
  for (const t of touched.rows('personnel_vote')) {
    const before = image(t.before);
    const cols = changedCols(t.cols, watched);
    if (t.op === 'update' && before && cols.length > 0) votes.set(Number(t.key), { tbl: 'personnel_vote', key: Number(t.key), cols, before });
  }
  const lines = touched.rows('personnel_person').filter((t) => changedCols(t.cols, PERSON_COLS).length > 0);
  const voteOf = db.prepare('SELECT vote_id FROM personnel_person WHERE id = ?').pluck();
  const voteRow = db.prepare('SELECT * FROM personnel_vote WHERE id = ?');
  const current = db.prepare('SELECT full_name, position FROM personnel_person WHERE vote_id = ?');
  for (const voteId of new Set(lines.map((t) => Number(image(t.before)?.vote_id ?? voteOf.get(t.key))))) {
    const row = votes.get(voteId)?.before ?? (voteRow.get(voteId) as Row | undefined);
    // A vote prepared or removed by this command is no one's edit.
    if (row === undefined || touched.rows('personnel_vote').some((t) => t.key === voteId && t.op !== 'update')) continue;
    const gone = lines.flatMap((t) => (t.op === 'delete' && image(t.before)?.vote_id === voteId ? [image(t.before)!] : []));
    // The list before the command: the lines it took off, or (it took none off) the lines there are.
    const people = peopleNames(gone.length > 0 ? gone : (current.all(voteId) as Row[]));
    votes.set(voteId, { tbl: 'personnel_vote', key: voteId, cols: [...(votes.get(voteId)?.cols ?? []), 'people'], before: { ...row, people } });
  }
  return [...votes.values()];
}

/**
 * Records kept one row per key (a session's minutes details, an item's document number, a
 * session's review signer), written by an upsert and sometimes deleted when emptied: an
 * inserted row is a change from `blank`, a deleted one a change back to it. Compared before
 * and after, so a field saved with the value it had changes nothing.
 */
function editedByKey(table: string, keyCol: string, watched: readonly string[], blank: Row) {
  return (db: Db, touched: Touched): Edited[] => {
    if (!touched.has(table)) return [];
    const now = db.prepare(`SELECT * FROM ${table} WHERE rowid = ?`);
    return touched.rows(table).flatMap((t) => {
      const after = now.get(t.key) as Row | undefined;
      const before = image(t.before) ?? { ...blank, [keyCol]: after?.[keyCol] };
      const cols = watched.filter((c) => before[c] !== (after ?? blank)[c]);
      return cols.length === 0 ? [] : [{ tbl: table, key: Number(before[keyCol]), cols, before }];
    });
  };
}

/**
 * Lists replaced whole (the presiding board, the secretaries, a counting committee): their rows
 * are deleted and written again, so the list is one field, compared before and after by who is
 * on it and in which order. `group` says which list a row is on (its owner's key and the field).
 */
function editedLists(table: string, group: (row: Row) => { key: number; col: string }, listNow: (db: Db, key: number, col: string) => number[]) {
  return (db: Db, touched: Touched): { key: number; col: string; before: string; changed: boolean }[] => {
    if (!touched.has(table)) return [];
    const inserted = db.prepare(`SELECT * FROM ${table} WHERE rowid = ?`);
    const lists = new Map<string, { key: number; col: string; rows: Row[] }>();
    for (const t of touched.rows(table)) {
      const before = image(t.before);
      const row = before ?? (inserted.get(t.key) as Row | undefined);
      if (!row) continue;
      const g = group(row);
      const id = `${g.key}:${g.col}`;
      if (!lists.has(id)) lists.set(id, { ...g, rows: [] });
      if (before) lists.get(id)!.rows.push(before);
    }
    return [...lists.values()].map(({ key, col, rows }) => {
      // The rows taken off are the whole list before (each replacement deletes every row of it).
      const was = rows.sort((a, b) => Number(a.position) - Number(b.position)).map((r) => Number(r.delegate_id));
      const now = listNow(db, key, col);
      return { key, col, before: was.map((id) => delegateName(db, id)).join(', '), changed: was.join() !== now.join() };
    });
  };
}

const officersNow = (db: Db, sessionId: number, col: string) =>
  db.prepare('SELECT delegate_id FROM session_officer WHERE session_id = ? AND role = ? ORDER BY position').pluck().all(sessionId, col === 'chairs' ? 'chair' : 'secretary') as number[];
const editedOfficers = editedLists('session_officer', (r) => ({ key: Number(r.session_id), col: r.role === 'chair' ? 'chairs' : 'secretaries' }), officersNow);
const editedSessionDetails = editedByKey('session_record', 'session_id', ['place', 'locality', 'minutes_number'], { place: '', locality: '', minutes_number: '' });

/** The minutes' details of a session: its place, locality and number, and its two lists of officers, as one record. */
function editedMinutes(db: Db, touched: Touched): Edited[] {
  const bySession = new Map<number, Edited>();
  for (const e of editedSessionDetails(db, touched)) bySession.set(e.key, e);
  for (const list of editedOfficers(db, touched)) {
    // A session removed takes its officers with it: no one's edit.
    if (!list.changed || !db.prepare('SELECT 1 FROM session WHERE id = ?').get(list.key)) continue;
    const e = bySession.get(list.key) ?? { tbl: 'session_record', key: list.key, cols: [], before: {} };
    bySession.set(list.key, { ...e, cols: [...e.cols, list.col], before: { ...e.before, [list.col]: list.before } });
  }
  return [...bySession.values()];
}

/** A secret ballot's counting committee, as one field of the vote. */
const countersNow = (db: Db, voteId: number) => db.prepare('SELECT delegate_id FROM vote_counter WHERE vote_id = ? ORDER BY position').pluck().all(voteId) as number[];
const editedCounterLists = editedLists('vote_counter', (r) => ({ key: Number(r.vote_id), col: 'counters' }), countersNow);
function editedCounters(db: Db, touched: Touched): Edited[] {
  const vote = db.prepare('SELECT * FROM vote WHERE id = ?');
  return editedCounterLists(db, touched).flatMap((list) => {
    const row = vote.get(list.key) as Row | undefined;
    return list.changed && row ? [{ tbl: 'vote_counter', key: list.key, cols: ['counters'], before: { ...row, counters: list.before } }] : [];
  });
}

/** The rules a form edits, one field each (the quorum is one): `limits.speech`, `defaultMinutes.report`… */
const RULE_LIMITS = ['speech', 'secondSpeech', 'debateReply', 'pointOfOrder', 'explanation', 'question', 'answer'] as const;
const limitName = (l: Lang, k: (typeof RULE_LIMITS)[number]) =>
  k === 'question' || k === 'answer' ? w(l, k === 'question' ? 'limitQuestion' : 'limitAnswer') : (l === 'vi' ? speakersVi : speakersEn)[`spk.kind.${k}`].toLocaleLowerCase(l);
const kindName = (l: Lang, kind: string) => agendaKindLabel(l, kind).toLocaleLowerCase(l);
const RULE_KINDS_PLANNED = Object.keys(kindsEn).flatMap((k) => (k.startsWith('agenda.kind.') ? [k.slice('agenda.kind.'.length)] : []));
const ruleColumns: EditedTable['columns'] = {
  ...Object.fromEntries(RULE_LIMITS.map((k) => [`limits.${k}`, (l: Lang) => w(l, 'limitOf', { what: limitName(l, k) })])),
  ...Object.fromEntries(RULE_KINDS_PLANNED.map((k) => [`defaultMinutes.${k}`, (l: Lang) => w(l, 'plannedOf', { what: kindName(l, k) })])),
  warnBeforeSeconds: 'warnBefore',
  chime: 'chime',
  quorum: 'quorum',
};
/** A duration in seconds as minutes, as the rules form shows it ("2,5 phút"). */
const minutesOf = (seconds: number, l: Lang) => w(l, 'minutes', { n: (Math.round((seconds / 60) * 100) / 100).toLocaleString(l === 'vi' ? 'vi-VN' : 'en-GB') });
const flatRules = (rules: ReturnType<typeof readRules>): Row => ({
  ...Object.fromEntries(RULE_LIMITS.map((k) => [`limits.${k}`, rules.limits[k]])),
  ...Object.fromEntries(Object.entries(rules.defaultMinutes).map(([k, v]) => [`defaultMinutes.${k}`, v])),
  warnBeforeSeconds: rules.warnBeforeSeconds,
  chime: rules.chime ? 1 : 0,
  quorum: `${rules.quorum.numerator}/${rules.quorum.denominator}`,
});
/** The rules are one setting (JSON): each rule a form edits is a field of one record, the rules. */
function editedRules(db: Db, touched: Touched): Edited[] {
  const t = touched.rows('setting').find((r) => r.key === 'rules');
  if (!t) return [];
  const text = image(t.before)?.value;
  // Parsed apart from readRules' cache, which holds the rules as they are now.
  const before = flatRules(rulesSchema.parse(typeof text === 'string' ? JSON.parse(text) : {}));
  const after = flatRules(readRules(db));
  const cols = Object.keys(ruleColumns).filter((c) => before[c] !== after[c]);
  return cols.length === 0 ? [] : [{ tbl: 'rules', key: 0, cols, before }];
}

/** A vote's majority rule is four columns, watched as one field (`rule`): the kind is a field of its own. */
const RULE_COLS = ['rule_base', 'rule_comparison', 'rule_numerator', 'rule_denominator'];
function editedVotes(_db: Db, touched: Touched): Edited[] {
  const watched = Object.keys(EDITED_TABLES.vote.columns);
  return touched.rows('vote').flatMap((t) => {
    const before = image(t.before);
    if (t.op !== 'update' || !t.cols || !before) return [];
    const cols = watched.filter((c) => (c === 'rule' ? RULE_COLS.some((r) => t.cols!.has(r)) : t.cols!.has(c)));
    return cols.length === 0 ? [] : [{ tbl: 'vote', key: Number(t.key), cols, before: { ...before, rule: RULE_COLS.map((c) => before[c]) } }];
  });
}
/** A rule as a refusal quotes it: "more than 1/2 of total seats", "quá 1/2 tổng số đại biểu". */
const ruleShare = (v: unknown, l: Lang) => {
  const [base, comparison, numerator, denominator] = v as [string, string, number, number];
  const labels = l === 'vi' ? votesVi : votesEn;
  return w(l, 'ruleShare', { comparison: labels[`votes.comparison.${comparison as 'moreThan'}`], share: `${numerator}/${denominator}`, base: labels[`votes.base.${base as 'seats'}`] });
};

export const EDITED_TABLES: Record<string, EditedTable> = {
  delegate: {
    columns: { full_name: 'fullName', title: 'title', delegate_group: 'group', agency: 'agency', committee: 'committee', seat_number: 'seatNumber', voting: 'voting' },
    name: (_db, row) => String(row.full_name),
    show: {
      seat_number: (_db, v, l) => (v === null ? w(l, 'none') : String(v)),
      voting: (_db, v, l) => w(l, v === 1 ? 'votingDelegate' : 'guest'),
    },
  },
  agenda_item: {
    columns: { title: 'itemTitle', kind: 'kind', presenter: 'presenter', planned_minutes: 'plannedMinutes' },
    name: (_db, row, l) => w(l, 'item', { name: String(row.title) }),
    show: {
      kind: (_db, v, l) => agendaKindLabel(l, String(v)),
      planned_minutes: (_db, v, l) => w(l, 'minutes', { n: Number(v) }),
    },
  },
  question: {
    columns: { asker_id: 'asker', respondent_id: 'respondent', topic_id: 'topic', text: 'question', agenda_item_id: 'agendaItem' },
    name: (db, row, l) => w(l, 'slip', { name: delegateName(db, row.asker_id) }),
    show: {
      asker_id: orNone(delegateName),
      respondent_id: orNone(respondentName),
      topic_id: orNone((db, v) => db.prepare('SELECT title FROM question_topic WHERE id = ?').pluck().get(v) as string | undefined),
      agenda_item_id: orNone(agendaTitle),
    },
  },
  respondent: {
    columns: { agency: 'respondentAgency' },
    name: (db, row, l) => w(l, 'official', { name: delegateName(db, row.delegate_id) }),
  },
  record_note: {
    columns: { text: 'note' },
    name: (db, row, l) => {
      const on = noteSubjectNames(db, row.subject as NoteSubject, Number(row.subject_id));
      return w(l, NOTE_ON[row.subject as NoteSubject], { item: on?.item ?? '—', name: on?.name ?? '—' });
    },
    show: { text: (_db, v, l) => (String(v).trim() === '' ? w(l, 'empty') : quoted(clip(String(v)), l)) },
    edited: editedNotes,
  },
  // A resolution's vote while a draft: its presenting body is the secretary's to put right too
  // (record.setPresentedBy), so the chair's form read before her correction does not undo it.
  vote: {
    columns: { resolution_title: 'resolutionTitle', resolution_number: 'resolutionNumber', presented_by: 'presentedBy', method: 'voteMethod', rule_kind: 'ruleKind', rule: 'ruleDetails', agenda_item_id: 'agendaItem' },
    name: (_db, row, l) => w(l, 'vote', { name: String(row.resolution_title) }),
    show: {
      method: (_db, v, l) => (l === 'vi' ? votesVi : votesEn)[`votes.method.${v as 'hands'}`] ?? String(v),
      rule_kind: (_db, v, l) => (l === 'vi' ? votesVi : votesEn)[`votes.ruleKind.${v as 'ordinary'}`] ?? String(v),
      rule: (_db, v, l) => ruleShare(v, l),
      agenda_item_id: orNone(agendaTitle),
    },
    edited: editedVotes,
  },
  personnel_vote: {
    columns: { title: 'voteTitle', kind: 'personnelKind', posts: 'posts', agenda_item_id: 'agendaItem', people: 'people' },
    name: (_db, row, l) => w(l, 'personnelVote', { name: String(row.title) }),
    show: {
      kind: (_db, v, l) => KIND_NAMES[l][v as keyof (typeof KIND_NAMES)['en']] ?? String(v),
      posts: (_db, v) => String(v),
      agenda_item_id: orNone(agendaTitle),
      people: (_db, v, l) => (v === '' ? w(l, 'nobody') : String(v)),
    },
    edited: editedPersonnel,
  },
  session_record: {
    columns: { place: 'place', locality: 'locality', minutes_number: 'minutesNumber', chairs: 'chairs', secretaries: 'secretaries' },
    name: (_db, _row, l) => w(l, 'theMinutes'),
    show: { chairs: listOrNobody, secretaries: listOrNobody },
    edited: editedMinutes,
  },
  item_document: {
    columns: { number: 'docNumber', date: 'docDate' },
    name: (db, row, l) => w(l, 'item', { name: agendaTitle(db, row.agenda_item_id) ?? '—' }),
    show: { date: (_db, v, l) => (v === null ? w(l, 'empty') : formatDate(String(v), l)) },
    edited: editedByKey('item_document', 'agenda_item_id', ['number', 'date'], { number: '', date: null }),
  },
  vote_counter: {
    columns: { counters: 'counters' },
    name: (_db, row, l) => w(l, 'vote', { name: String(row.resolution_title) }),
    show: { counters: listOrNobody },
    edited: editedCounters,
  },
  review_signer: {
    columns: { delegate_id: 'signer', role: 'signerRole' },
    name: (_db, _row, l) => w(l, 'theReview'),
    show: {
      delegate_id: (db, v, l) => (v === null ? w(l, 'guess') : delegateName(db, v)),
      role: (_db, v, l) => signerRoleNames[l][v as keyof (typeof signerRoleNames)['en']] ?? String(v),
    },
    edited: editedByKey('review_signer', 'session_id', ['delegate_id', 'role'], { delegate_id: null, role: 'chair' }),
  },
  council: {
    columns: { name: 'councilName', level: 'councilLevel', term: 'term', total_seats: 'totalSeats' },
    name: (_db, _row, l) => w(l, 'theCouncil'),
    show: {
      level: (_db, v, l) => (l === 'vi' ? councilVi : councilEn)[`council.level.${v as 'province'}`] ?? String(v),
      term: termNumeral,
      total_seats: (_db, v) => String(v),
    },
  },
  session: {
    columns: { number: 'sessionNumber', term: 'term', kind: 'sessionKind', title: 'sessionTitle', start_date: 'startDate', end_date: 'endDate', hall_lang: 'hallLang' },
    name: (_db, row, l) => w(l, 'session', { number: Number(row.number), term: romanNumeral(Number(row.term)) }),
    show: {
      number: (_db, v) => String(v),
      term: termNumeral,
      kind: (_db, v, l) => (l === 'vi' ? councilVi : councilEn)[`session.kind.${v as 'regular'}`] ?? String(v),
      start_date: (_db, v, l) => formatDate(String(v), l),
      end_date: (_db, v, l) => formatDate(String(v), l),
      hall_lang: (_db, v) => (v === 'vi' ? 'Tiếng Việt' : 'English'),
    },
  },
  rules: {
    columns: ruleColumns,
    name: (_db, _row, l) => w(l, 'theRules'),
    show: {
      ...Object.fromEntries(RULE_LIMITS.map((k) => [`limits.${k}`, (_db: Db, v: unknown, l: Lang) => minutesOf(Number(v), l)])),
      ...Object.fromEntries(RULE_KINDS_PLANNED.map((k) => [`defaultMinutes.${k}`, (_db: Db, v: unknown, l: Lang) => w(l, 'minutes', { n: Number(v) })])),
      warnBeforeSeconds: (_db, v, l) => w(l, 'seconds', { n: Number(v) }),
      chime: (_db, v, l) => w(l, v === 1 ? 'on' : 'off'),
      quorum: (_db, v) => String(v),
    },
    edited: editedRules,
  },
};

/** Who sent a command, as the journal tells senders apart (store/journal.ts changedSince). */
export interface Sender {
  actor: string;
  deviceId: number | null;
  consoleId: string | null;
}

/** A record a command edited, and the table of EDITED_TABLES that names it. */
export type EditedField = Edited & { table: string };

/**
 * The watched fields a command changed: each record edited, with the watched fields it changed and
 * the record before. Read once per command: the refusal and the record of who changed what share it.
 */
export function editedFields(db: Db, touched: Touched): EditedField[] {
  const out: EditedField[] = [];
  for (const [table, spec] of Object.entries(EDITED_TABLES)) {
    if (spec.edited) {
      for (const e of spec.edited(db, touched)) out.push({ ...e, table });
      continue;
    }
    for (const t of touched.rows(table)) {
      if (t.op !== 'update' || !t.cols || t.before === null || typeof t.key !== 'number') continue;
      const cols = [...t.cols].filter((c) => Object.hasOwn(spec.columns, c));
      if (cols.length > 0) out.push({ table, tbl: table, key: t.key, cols, before: JSON.parse(t.before) as Row });
    }
  }
  return out;
}

/** Keeps who changed each watched field, at `revision` (after every command, `seen` or not). */
export function recordFieldChanges(db: Db, edited: readonly EditedField[], revision: number, by: Sender): void {
  if (edited.length === 0) return;
  const upsert = db.prepare(
    `INSERT INTO field_change (tbl, row_key, col, revision, actor, device_id, console_id) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (tbl, row_key, col) DO UPDATE SET revision = excluded.revision, actor = excluded.actor, device_id = excluded.device_id, console_id = excluded.console_id`,
  );
  for (const e of edited) for (const col of e.cols) upsert.run(e.tbl, e.key, col, revision, by.actor, by.deviceId, by.consoleId);
}

/**
 * Refuses the command when it changed a watched field that someone else changed after `seen`
 * (the revision the sender's form was read at). Called inside the command's transaction, so the
 * refusal rolls the command back whole.
 */
export function refuseCrossedEdits(db: Db, edited: readonly EditedField[], seen: number, by: Sender): void {
  if (edited.length === 0) return;
  const later = db.prepare(
    `SELECT revision, actor, device_id AS deviceId FROM field_change
     WHERE tbl = ? AND row_key = ? AND col = ? AND revision > ? AND NOT (actor = ? AND device_id IS ? AND console_id IS ?)`,
  );
  for (const e of edited) {
    const crossed = e.cols
      .map((col) => ({ col, change: later.get(e.tbl, e.key, col, seen, by.actor, by.deviceId, by.consoleId) as { revision: number; actor: string; deviceId: number | null } | undefined }))
      .filter((c): c is { col: string; change: { revision: number; actor: string; deviceId: number | null } } => c.change !== undefined);
    if (crossed.length === 0) continue;
    const spec = EDITED_TABLES[e.table];
    const last = crossed.reduce((a, b) => (b.change.revision > a.change.revision ? b : a)).change;
    // A paired device is named by its name; anything else came from the chair's own console (engine.ts).
    const who = (l: Lang) => sentenceStart(last.deviceId !== null ? last.actor : roleNames[l].chair);
    const value = (l: Lang, col: string) => {
      const v = e.before[col];
      const show = spec.show?.[col];
      if (show) return show(db, v, l);
      return typeof v === 'string' && v.trim() === '' ? w(l, 'empty') : quoted(String(v), l);
    };
    const fields = (l: Lang) => {
      const parts = crossed.map(({ col }) => w(l, 'now', { field: fieldWord(l, spec.columns[col]), value: value(l, col) }));
      return parts.length === 1 ? parts[0] : w(l, 'and', { first: parts.slice(0, -1).join(', '), last: parts[parts.length - 1] });
    };
    throw localized('edit-crossed', (l) => ({ actor: who(l), fields: fields(l), name: spec.name(db, e.before, l) }));
  }
}
