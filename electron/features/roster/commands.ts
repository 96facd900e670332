import { z } from 'zod';
import { EngineError, localized, notFound } from '../../engine/errors';
import { filePlace, id, lineText, optionalLineText, validationError } from '../../engine/validation';
import { placePhrase } from '../../../common/filePlace';
import type { Lang } from '../../../common/strings';
import { getCouncil } from '../council/store';
import {
  deleteDelegate,
  findDelegateBySeat,
  listDelegates,
  getDelegate,
  insertDelegate,
  updateDelegate,
  type DelegateInput,
} from './store';
import type { Db } from '../../store/db';
import { delegateInRecord } from '../speakers/store';
import { defineCommand } from '../../engine/define';
import { delegateInQuestions } from '../questions/store';
import { ROSTER_LIMITS } from '../../../common/limits';
import { textKey } from '../../../common/fold';
import { currentRollCallId, joinRollCall, leaveRollCall, rollCallsOf } from '../attendance/store';
import { describeUndo } from '../../engine/undo';

/**
 * The roster's edits share one undo scope: a person added, edited or removed by mistake, or a
 * wrong file imported, is taken back whole (a removal with the requests to speak it removed).
 */
export const ROSTER_UNDO_SCOPE = 'roster';

/** A voting delegate entered while a roll call is under way counts in it from now on. */
function joinCurrentRollCall(db: Db, delegateId: number, voting: boolean): void {
  const rollCallId = voting ? currentRollCallId(db) : null;
  if (rollCallId !== null) joinRollCall(db, rollCallId, delegateId);
}

export const delegateFields = {
  fullName: lineText(ROSTER_LIMITS.fullName),
  title: optionalLineText(200),
  group: optionalLineText(120),
  agency: optionalLineText(200),
  committee: optionalLineText(120),
  seatNumber: z.int().min(1).max(ROSTER_LIMITS.seatNumber).nullable().default(null),
  voting: z.boolean().default(true),
};

function checkSeat(db: Db, d: DelegateInput, selfId?: number): void {
  if (d.seatNumber === null) return;
  const holder = findDelegateBySeat(db, d.seatNumber);
  if (holder && holder.id !== selfId) throw new EngineError('duplicate-seat', { seat: d.seatNumber, name: holder.fullName });
}

/**
 * A voting delegate more than the council's seats is refused, as council.save and roster.import
 * refuse it. Only a person becoming a voting delegate is counted, so a roster already over its
 * seats (entered before this check) can still be corrected.
 */
function checkSeatsLeft(db: Db, d: DelegateInput, wasVoting = false): void {
  const council = getCouncil(db);
  if (!council || !d.voting || wasVoting) return;
  const voting = listDelegates(db).filter((p) => p.voting).length + 1;
  if (voting > council.totalSeats) throw new EngineError('over-seats', { voting, seats: council.totalSeats });
}

export const rosterCommands = {
  'delegate.add': defineCommand({
    schema: z.strictObject(delegateFields),
    slices: ['delegates', 'attendance'],
    undo: ROSTER_UNDO_SCOPE,
    run({ db }, d) {
      if (!getCouncil(db)) throw new EngineError('no-council');
      checkSeat(db, d);
      checkSeatsLeft(db, d);
      const delegateId = insertDelegate(db, d);
      joinCurrentRollCall(db, delegateId, d.voting);
      describeUndo(db, 'add', d.fullName);
      return { id: delegateId };
    },
  }),

  'delegate.update': defineCommand({
    schema: z.strictObject({ id, ...delegateFields }),
    slices: ['delegates', 'attendance', 'speakers'],
    undo: ROSTER_UNDO_SCOPE,
    run({ db }, d) {
      const before = getDelegate(db, d.id);
      if (!before) throw notFound('delegate', d.id);
      checkSeat(db, d, d.id);
      checkSeatsLeft(db, d, before.voting);
      updateDelegate(db, d);
      joinCurrentRollCall(db, d.id, d.voting);
      // Named as the roster showed them before the edit (a misspelt name is what was clicked).
      describeUndo(db, 'update', before.fullName);
    },
  }),

  'delegate.remove': defineCommand({
    schema: z.strictObject({ id }),
    // Removing a person removes their requests to speak (never a sitting's attendance: refused).
    slices: ['delegates', 'respondents', 'attendance', 'speakers', 'speechTotals', 'personnel'],
    undo: ROSTER_UNDO_SCOPE,
    run({ db }, { id: delegateId }) {
      const person = getDelegate(db, delegateId);
      if (!person) throw notFound('delegate', delegateId);
      // The questioning log must keep who asked and who answered.
      if (delegateInQuestions(db, delegateId)) throw new EngineError('delegate-in-questions', { name: person.fullName });
      // So must the speeches they gave and their named votes.
      if (delegateInRecord(db, delegateId)) throw new EngineError('delegate-has-record', { name: person.fullName });
      // And every sitting's roll call its figures (only the one under way may lose someone unmarked, entered by mistake).
      const underWay = currentRollCallId(db);
      if (rollCallsOf(db, delegateId, underWay) > 0) throw new EngineError('delegate-in-roll-call', { name: person.fullName });
      if (underWay !== null) leaveRollCall(db, underWay, delegateId);
      deleteDelegate(db, delegateId);
      describeUndo(db, 'remove', person.fullName);
    },
  }),

  /**
   * Adds many people at once from a spreadsheet: every row is checked, and one bad row
   * refuses the whole import (naming its line), so a roster is never half imported.
   */
  'roster.import': defineCommand({
    schema: z.strictObject({ rows: z.array(z.looseObject({ line: z.int().min(1) })).min(1).max(2000) }),
    slices: ['delegates', 'attendance'],
    undo: ROSTER_UNDO_SCOPE,
    run({ db }, { rows }) {
      const council = getCouncil(db);
      if (!council) throw new EngineError('no-council');
      const rowSchema = z.strictObject({ line: z.int(), place: filePlace.optional(), ...delegateFields });
      const seen = new Map<number, string>();
      const roster = listDelegates(db);
      const onRoster = new Set(roster.map((d) => textKey(d.fullName)));
      // Where each name is first in the file, said as the office finds it there.
      const seenNames = new Map<string, (l: Lang) => string>();
      let voting = roster.filter((d) => d.voting).length;
      for (const raw of rows) {
        // Named as the office finds it: its row in the spreadsheet, its table's row in Word.
        const given = filePlace.safeParse(raw.place);
        const where = (l: Lang, capital = false) => placePhrase(raw.line, given.success ? given.data : undefined, l, capital);
        const refuse = (detail: (l: Lang) => string) => localized('roster-import-row', (l) => ({ at: where(l, true), detail: detail(l) }));
        const parsed = rowSchema.safeParse(raw);
        if (!parsed.success) {
          const why = validationError(parsed.error);
          throw refuse((l) => why.messageIn(l));
        }
        const { line: _line, place: _place, ...d } = parsed.data;
        // The same list imported twice, or a person listed twice, would be two people.
        const key = textKey(d.fullName);
        if (onRoster.has(key)) throw refuse((l) => new EngineError('name-on-roster', { name: d.fullName }).messageIn(l));
        const first = seenNames.get(key);
        if (first) throw refuse((l) => new EngineError('name-twice', { name: d.fullName, first: first(l) }).messageIn(l));
        seenNames.set(key, where);
        if (d.seatNumber !== null) {
          const holder = findDelegateBySeat(db, d.seatNumber)?.fullName ?? seen.get(d.seatNumber);
          if (holder) {
            const why = new EngineError('duplicate-seat', { seat: d.seatNumber, name: holder });
            throw refuse((l) => why.messageIn(l));
          }
          seen.set(d.seatNumber, d.fullName);
        }
        if (d.voting) voting += 1;
        joinCurrentRollCall(db, insertDelegate(db, d), d.voting);
      }
      if (voting > council.totalSeats) throw new EngineError('import-over-seats', { voting, seats: council.totalSeats });
      describeUndo(db, 'import', '', rows.length);
      return { added: rows.length };
    },
  }),
};

