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
  /** Watched columns and the word naming each in a sentence. */
  columns: Record<string, Word>;
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
const PERSON_COLS = ['delegate_id', 'full_name', 'title', 'body', 'honorific', 'exempt_reason', 'position'];

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
      kind: (_db, v, l) => (l === 'vi' ? kindsVi : kindsEn)[`agenda.kind.${String(v)}` as keyof typeof kindsEn] ?? String(v),
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
    columns: { resolution_title: 'resolutionTitle', resolution_number: 'resolutionNumber', presented_by: 'presentedBy', method: 'voteMethod', rule_kind: 'ruleKind', agenda_item_id: 'agendaItem' },
    name: (_db, row, l) => w(l, 'vote', { name: String(row.resolution_title) }),
    show: {
      method: (_db, v, l) => (l === 'vi' ? votesVi : votesEn)[`votes.method.${v as 'hands'}`] ?? String(v),
      rule_kind: (_db, v, l) => (l === 'vi' ? votesVi : votesEn)[`votes.ruleKind.${v as 'ordinary'}`] ?? String(v),
      agenda_item_id: orNone(agendaTitle),
    },
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
      const parts = crossed.map(({ col }) => w(l, 'now', { field: w(l, spec.columns[col]), value: value(l, col) }));
      return parts.length === 1 ? parts[0] : w(l, 'and', { first: parts.slice(0, -1).join(', '), last: parts[parts.length - 1] });
    };
    throw localized('edit-crossed', (l) => ({ actor: who(l), fields: fields(l), name: spec.name(db, e.before, l) }));
  }
}
