import { z } from 'zod';
import type { Db } from '../../store/db';
import { getDelegate } from '../roster/store';
import { getAgendaItem } from '../agenda/store';
import { getSitting } from '../timing/store';
import { getVote, setPresentedBy } from '../votes/store';
import { clearPresidingNotIn, documentOf, getSessionRecord, listOfficers, noteSubjectNames, noteText, replaceCounters, replaceOfficers, saveDocument, saveNote, saveSessionRecord, setPresiding, subjectSession } from './store';
import { NOTE_SUBJECTS, type NoteSubject } from '../../../common/record/model';
import { EngineError, notFound } from '../../engine/errors';
import type { ThingName } from '../../engine/messages';
import { id, isoDate, optionalText } from '../../engine/validation';
import { defineCommand } from '../../engine/define';
import { requireSession } from '../council/commands';
import { describeUndo, mergeUndoWithin } from '../../engine/undo';

/**
 * A saved note overwritten or cleared by mistake is taken back in this scope. The field saves
 * a moment after typing stops, so a save that only adds to the end of the note, less than
 * NOTE_EDIT_MS after the last, joins that save's step: writing a note is one step. A save that
 * deletes or replaces text is always a step of its own, so one undo gives the text back.
 */
export const NOTES_UNDO_SCOPE = 'notes';
const NOTE_EDIT_MS = 60_000;

/** A secretary's gist of a speech or an answer: a paragraph or two of the minutes. */
export const NOTE_MAX = 4000;

const SLICES = ['record'] as const;

/** Everyone named must be on the roster, once. */
function requireRoster(db: Db, ids: number[]): void {
  const seen = new Set<number>();
  for (const delegateId of ids) {
    const person = getDelegate(db, delegateId);
    if (!person) throw new EngineError('officer-not-on-roster', { id: delegateId });
    if (seen.has(delegateId)) throw new EngineError('officer-twice', { name: person.fullName });
    seen.add(delegateId);
  }
}

/** The thing a note is on, as the refusals name it. */
const SUBJECT_THING: Record<NoteSubject, ThingName> = { item: 'agendaItem', speech: 'speech', question: 'question', answer: 'answer' };

export const recordCommands = {
  /** Place, the locality written before the date, and the minutes' number, for the current session. */
  'record.setSession': defineCommand({
    schema: z.strictObject({
      place: z.string().trim().max(200).optional(),
      locality: z.string().trim().max(100).optional(),
      minutesNumber: z.string().trim().max(20).optional(),
    }),
    slices: SLICES,
    run({ db }, p) {
      const sessionId = requireSession(db);
      // Empty is "not numbered yet"; otherwise the office's running number, written "Số: 05/BB-HĐND".
      if (p.minutesNumber && !(/^\d+$/.test(p.minutesNumber) && Number(p.minutesNumber) > 0)) throw new EngineError('minutes-number-not-positive', { number: p.minutesNumber });
      const current = getSessionRecord(db, sessionId);
      saveSessionRecord(db, sessionId, {
        place: (p.place ?? current.place).normalize('NFC'),
        locality: (p.locality ?? current.locality).normalize('NFC'),
        minutesNumber: p.minutesNumber ?? current.minutesNumber,
      });
    },
  }),

  /**
   * The presiding board (chủ tọa) and the secretaries (thư ký) of the current session, from the
   * roster, in order. A chair taken off the board no longer presides any sitting.
   */
  'record.setOfficers': defineCommand({
    schema: z.strictObject({
      chairs: z.array(id).max(15).optional(),
      secretaries: z.array(id).max(10).optional(),
    }),
    slices: SLICES,
    run({ db }, { chairs, secretaries }) {
      const sessionId = requireSession(db);
      if (chairs) {
        requireRoster(db, chairs);
        replaceOfficers(db, sessionId, 'chair', chairs);
        clearPresidingNotIn(db, sessionId, chairs);
      }
      if (secretaries) {
        requireRoster(db, secretaries);
        replaceOfficers(db, sessionId, 'secretary', secretaries);
      }
    },
  }),

  /** Which member of the presiding board presides a sitting (null: not said). */
  'record.setPresiding': defineCommand({
    schema: z.strictObject({ sittingId: id, delegateId: id.nullable() }),
    slices: SLICES,
    run({ db }, { sittingId, delegateId }) {
      const sessionId = requireSession(db);
      const sitting = getSitting(db, sittingId);
      if (!sitting) throw notFound('sitting', sittingId);
      if (sitting.sessionId !== sessionId) throw new EngineError('record-other-session');
      if (delegateId !== null) {
        const person = getDelegate(db, delegateId);
        if (!person) throw new EngineError('officer-not-on-roster', { id: delegateId });
        if (!listOfficers(db, sessionId, 'chair').includes(delegateId)) throw new EngineError('presiding-not-chair', { name: person.fullName });
      }
      setPresiding(db, sittingId, delegateId);
    },
  }),

  /**
   * The number and date of a report or submission ("152/TTr-UBND", 2019-12-05); both empty clears them.
   * A box left out keeps what is stored: a console saves only the box just entered, so a date entered
   * before the number's save has come back cannot put the number back to what that console last saw.
   */
  'record.setDocument': defineCommand({
    schema: z.strictObject({
      agendaItemId: id,
      docNumber: z.string().trim().max(60).optional(),
      docDate: isoDate.nullable().optional(),
    }),
    slices: SLICES,
    run({ db }, { agendaItemId, docNumber, docDate }) {
      const item = getAgendaItem(db, agendaItemId);
      if (!item) throw notFound('agendaItem', agendaItemId);
      if (item.sessionId !== requireSession(db)) throw new EngineError('record-other-session');
      const stored = documentOf(db, agendaItemId);
      saveDocument(db, agendaItemId, { number: docNumber?.normalize('NFC') ?? stored.number, date: docDate === undefined ? stored.date : docDate });
    },
  }),

  /** The secretary's note (tóm tắt nội dung) on an item, a speech, a question or an answer; empty removes it. */
  'note.set': defineCommand({
    schema: z.strictObject({
      subject: z.enum(NOTE_SUBJECTS),
      id,
      note: z.string().trim().max(NOTE_MAX),
    }),
    slices: SLICES,
    undo: NOTES_UNDO_SCOPE,
    run({ db, now, about }, { subject, id: subjectId, note }) {
      const sessionId = subjectSession(db, subject, subjectId);
      if (sessionId === undefined) throw notFound(SUBJECT_THING[subject], subjectId);
      if (sessionId !== requireSession(db)) throw new EngineError('record-other-session');
      const text = note.normalize('NFC');
      const typedOn = text !== '' && text.startsWith(noteText(db, subject, subjectId));
      saveNote(db, subject, subjectId, text, now);
      // The subject names the note ("speech:12"): the field it belongs to offers its undo.
      describeUndo(db, 'note', `${subject}:${subjectId}`);
      // What the note is on, by name as it stands now, so Activity says whose speech it was even after a rename.
      const on = noteSubjectNames(db, subject, subjectId);
      if (on) about({ item: on.item, name: on.name });
      if (typedOn) mergeUndoWithin(db, NOTE_EDIT_MS);
    },
  }),

  /**
   * A vote's presenting body ("Cơ quan trình: UBND tỉnh") put right in any state, a typo found
   * after the vote was closed included: it is not part of the count, so no new version of the
   * result is made (as vote.correct makes for a count). Undone in the record's scope, by the
   * secretary, as a note is; the step's subject names the vote ("vote:12").
   */
  'record.setPresentedBy': defineCommand({
    schema: z.strictObject({ voteId: id, presentedBy: optionalText(200) }),
    slices: ['votes'],
    undo: NOTES_UNDO_SCOPE,
    run({ db }, { voteId, presentedBy }) {
      const vote = getVote(db, voteId);
      if (!vote) throw notFound('vote', voteId);
      if (vote.sessionId !== requireSession(db)) throw new EngineError('record-other-session');
      setPresentedBy(db, voteId, presentedBy.normalize('NFC'));
      describeUndo(db, 'presentedBy', `vote:${voteId}`);
    },
  }),

  /** The counting committee (Ban kiểm phiếu) of a secret ballot, from the roster; the first is its head. */
  'record.setCounters': defineCommand({
    schema: z.strictObject({ voteId: id, counters: z.array(id).max(15) }),
    slices: SLICES,
    run({ db }, { voteId, counters }) {
      const vote = getVote(db, voteId);
      if (!vote) throw notFound('vote', voteId);
      if (vote.sessionId !== requireSession(db)) throw new EngineError('record-other-session');
      if (vote.method !== 'secret') throw new EngineError('counters-secret-only');
      requireRoster(db, counters);
      replaceCounters(db, voteId, counters);
    },
  }),
};
