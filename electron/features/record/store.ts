import type { Db } from '../../store/db';
import type { NoteSubject } from '../../../common/record/model';
export type OfficerRole = 'chair' | 'secretary';

export interface SessionRecord {
  /** Where the session sits: "Hội trường Huyện ủy Đầm Hà". */
  place: string;
  /** The place written before the date: "Đầm Hà, ngày …". */
  locality: string;
  /** The minutes' number, "01" in "Số: 01/BB-HĐND"; empty to fill in by hand. */
  minutesNumber: string;
}

export interface ItemDocument {
  number: string;
  /** YYYY-MM-DD or null. */
  date: string | null;
}

export function getSessionRecord(db: Db, sessionId: number): SessionRecord {
  const row = db.prepare('SELECT place, locality, minutes_number FROM session_record WHERE session_id = ?').get(sessionId) as
    | { place: string; locality: string; minutes_number: string }
    | undefined;
  return { place: row?.place ?? '', locality: row?.locality ?? '', minutesNumber: row?.minutes_number ?? '' };
}

export function saveSessionRecord(db: Db, sessionId: number, r: SessionRecord): void {
  db.prepare(
    `INSERT INTO session_record (session_id, place, locality, minutes_number) VALUES (?, ?, ?, ?)
     ON CONFLICT (session_id) DO UPDATE SET place = excluded.place, locality = excluded.locality, minutes_number = excluded.minutes_number`,
  ).run(sessionId, r.place, r.locality, r.minutesNumber);
}

/** Officers of one role in their order (the first chair presides by default). */
export function listOfficers(db: Db, sessionId: number, role: OfficerRole): number[] {
  return (
    db.prepare('SELECT delegate_id FROM session_officer WHERE session_id = ? AND role = ? ORDER BY position').all(sessionId, role) as {
      delegate_id: number;
    }[]
  ).map((r) => r.delegate_id);
}

export function replaceOfficers(db: Db, sessionId: number, role: OfficerRole, delegateIds: number[]): void {
  db.prepare('DELETE FROM session_officer WHERE session_id = ? AND role = ?').run(sessionId, role);
  const insert = db.prepare('INSERT INTO session_officer (session_id, delegate_id, role, position) VALUES (?, ?, ?, ?)');
  delegateIds.forEach((id, i) => insert.run(sessionId, id, role, i + 1));
}

/** Who presides each sitting of a session, by sitting id (only sittings where one was chosen). */
export function presidingBySitting(db: Db, sessionId: number): Record<number, number> {
  const rows = db.prepare('SELECT id, presiding_id FROM sitting WHERE session_id = ? AND presiding_id IS NOT NULL').all(sessionId) as {
    id: number;
    presiding_id: number;
  }[];
  return Object.fromEntries(rows.map((r) => [r.id, r.presiding_id]));
}

export function setPresiding(db: Db, sittingId: number, delegateId: number | null): void {
  db.prepare('UPDATE sitting SET presiding_id = ? WHERE id = ?').run(delegateId, sittingId);
}

/** Whether the minutes of any session name this person as presiding, taking the minutes, presiding a sitting or counting a ballot. */
export function delegateIsOfficer(db: Db, delegateId: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM session_officer WHERE delegate_id = @id
         UNION ALL SELECT 1 FROM sitting WHERE presiding_id = @id
         UNION ALL SELECT 1 FROM vote_counter WHERE delegate_id = @id LIMIT 1`,
      )
      .get({ id: delegateId }) !== undefined
  );
}

/** Clears the presiding chair of sittings whose chair left the presiding board. */
export function clearPresidingNotIn(db: Db, sessionId: number, chairs: number[]): void {
  const rows = db.prepare('SELECT id, presiding_id FROM sitting WHERE session_id = ? AND presiding_id IS NOT NULL').all(sessionId) as {
    id: number;
    presiding_id: number;
  }[];
  for (const r of rows) if (!chairs.includes(r.presiding_id)) setPresiding(db, r.id, null);
}

export function documentsOfSession(db: Db, sessionId: number): Record<number, ItemDocument> {
  const rows = db
    .prepare(
      `SELECT d.agenda_item_id, d.number, d.date FROM item_document d JOIN agenda_item a ON a.id = d.agenda_item_id WHERE a.session_id = ?`,
    )
    .all(sessionId) as { agenda_item_id: number; number: string; date: string | null }[];
  return Object.fromEntries(rows.map((r) => [r.agenda_item_id, { number: r.number, date: r.date }]));
}

/** One item's document as stored; empty when it has none. */
export function documentOf(db: Db, itemId: number): ItemDocument {
  const row = db.prepare('SELECT number, date FROM item_document WHERE agenda_item_id = ?').get(itemId) as ItemDocument | undefined;
  return row ?? { number: '', date: null };
}

export function saveDocument(db: Db, itemId: number, d: ItemDocument): void {
  if (d.number === '' && d.date === null) {
    db.prepare('DELETE FROM item_document WHERE agenda_item_id = ?').run(itemId);
    return;
  }
  db.prepare(
    `INSERT INTO item_document (agenda_item_id, number, date) VALUES (?, ?, ?)
     ON CONFLICT (agenda_item_id) DO UPDATE SET number = excluded.number, date = excluded.date`,
  ).run(itemId, d.number, d.date);
}

/** The session a note's subject belongs to, or undefined if there is no such subject. */
export function subjectSession(db: Db, subject: NoteSubject, id: number): number | undefined {
  const sql = {
    item: 'SELECT session_id FROM agenda_item WHERE id = ?',
    speech: 'SELECT a.session_id FROM speech s JOIN agenda_item a ON a.id = s.agenda_item_id WHERE s.id = ?',
    question: 'SELECT session_id FROM question WHERE id = ?',
    answer: 'SELECT session_id FROM answer WHERE id = ?',
  }[subject];
  return (db.prepare(sql).get(id) as { session_id: number } | undefined)?.session_id;
}

/** A note's item ("Thảo luận tại hội trường") and person (who spoke, asked or answered); null where there is none or it is gone. */
export interface NoteSubjectNames {
  item: string | null;
  name: string | null;
}

/** A note's item and person, by what the note is on; an answer's item is its question's. */
const NOTE_SUBJECT_SQL: Record<NoteSubject, string> = {
  item: 'SELECT title AS item, NULL AS name FROM agenda_item WHERE id = ?',
  speech: 'SELECT a.title AS item, d.full_name AS name FROM speech s JOIN agenda_item a ON a.id = s.agenda_item_id JOIN delegate d ON d.id = s.delegate_id WHERE s.id = ?',
  question: 'SELECT a.title AS item, d.full_name AS name FROM question q JOIN delegate d ON d.id = q.asker_id LEFT JOIN agenda_item a ON a.id = q.agenda_item_id WHERE q.id = ?',
  answer: `SELECT a.title AS item, d.full_name AS name FROM answer x JOIN respondent r ON r.id = x.respondent_id JOIN delegate d ON d.id = r.delegate_id
           LEFT JOIN question q ON q.answer_id = x.id LEFT JOIN agenda_item a ON a.id = q.agenda_item_id WHERE x.id = ? ORDER BY q.id LIMIT 1`,
};

/** What a note is on, by name, as it stands now: the journal keeps it when the note is saved, Activity reads it for a note's undo. */
export function noteSubjectNames(db: Db, subject: NoteSubject, id: number): NoteSubjectNames | undefined {
  return db.prepare(NOTE_SUBJECT_SQL[subject]).get(id) as NoteSubjectNames | undefined;
}

/** One note's text ('' when there is none). */
export function noteText(db: Db, subject: NoteSubject, id: number): string {
  return (db.prepare('SELECT text FROM record_note WHERE subject = ? AND subject_id = ?').pluck().get(subject, id) as string | undefined) ?? '';
}

/** Writes a note; an empty one is removed. */
export function saveNote(db: Db, subject: NoteSubject, id: number, text: string, now: number): void {
  if (text === '') {
    db.prepare('DELETE FROM record_note WHERE subject = ? AND subject_id = ?').run(subject, id);
    return;
  }
  db.prepare(
    `INSERT INTO record_note (subject, subject_id, text, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (subject, subject_id) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at`,
  ).run(subject, id, text, now);
}

export type NotesBySubject = Record<NoteSubject, Record<number, string>>;

/** Every note on the session's items, speeches, questions and answers. */
export function notesOfSession(db: Db, sessionId: number): NotesBySubject {
  const rows = db
    .prepare(
      `SELECT n.subject, n.subject_id, n.text FROM record_note n
       WHERE (n.subject = 'item' AND n.subject_id IN (SELECT id FROM agenda_item WHERE session_id = @s))
          OR (n.subject = 'speech' AND n.subject_id IN (SELECT s.id FROM speech s JOIN agenda_item a ON a.id = s.agenda_item_id WHERE a.session_id = @s))
          OR (n.subject = 'question' AND n.subject_id IN (SELECT id FROM question WHERE session_id = @s))
          OR (n.subject = 'answer' AND n.subject_id IN (SELECT id FROM answer WHERE session_id = @s))`,
    )
    .all({ s: sessionId }) as { subject: NoteSubject; subject_id: number; text: string }[];
  const out: NotesBySubject = { item: {}, speech: {}, question: {}, answer: {} };
  for (const r of rows) out[r.subject][r.subject_id] = r.text;
  return out;
}

export function countersOfSession(db: Db, sessionId: number): Record<number, number[]> {
  const rows = db
    .prepare('SELECT c.vote_id, c.delegate_id FROM vote_counter c JOIN vote v ON v.id = c.vote_id WHERE v.session_id = ? ORDER BY c.vote_id, c.position')
    .all(sessionId) as { vote_id: number; delegate_id: number }[];
  const out: Record<number, number[]> = {};
  for (const r of rows) (out[r.vote_id] ??= []).push(r.delegate_id);
  return out;
}

export function replaceCounters(db: Db, voteId: number, delegateIds: number[]): void {
  db.prepare('DELETE FROM vote_counter WHERE vote_id = ?').run(voteId);
  const insert = db.prepare('INSERT INTO vote_counter (vote_id, delegate_id, position) VALUES (?, ?, ?)');
  delegateIds.forEach((id, i) => insert.run(voteId, id, i + 1));
}

/** What carryRecordBasics brought: the place or its locality (either), and how many chairs and secretaries. */
export interface CarriedRecord {
  place: boolean;
  chairs: number;
  secretaries: number;
}

/**
 * An earlier session's place, locality, presiding board and secretaries, in their order, brought
 * to a session being prepared where it has none of its own: a term's sessions sit in one hall
 * under one standing committee. What this session already has stays; the minutes' number, the
 * documents, notes, who presided each sitting and counted each ballot are the earlier session's.
 */
export function carryRecordBasics(db: Db, fromId: number, toId: number): CarriedRecord {
  const from = getSessionRecord(db, fromId);
  const here = getSessionRecord(db, toId);
  const filled = { ...here, place: here.place || from.place, locality: here.locality || from.locality };
  const place = filled.place !== here.place || filled.locality !== here.locality;
  if (place) saveSessionRecord(db, toId, filled);
  const carried = (role: OfficerRole): number => {
    const officers = listOfficers(db, fromId, role);
    if (officers.length === 0 || listOfficers(db, toId, role).length > 0) return 0;
    replaceOfficers(db, toId, role, officers);
    return officers.length;
  };
  return { place, chairs: carried('chair'), secretaries: carried('secretary') };
}

/** Whether a session has a place or officers that a copy could bring. */
export function hasRecordBasics(db: Db, sessionId: number): boolean {
  return getSessionRecord(db, sessionId).place !== '' || db.prepare('SELECT 1 FROM session_officer WHERE session_id = ? LIMIT 1').get(sessionId) !== undefined;
}
