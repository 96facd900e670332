import { z } from 'zod';
import { EngineError, localized, notFound } from '../../engine/errors';
import { changedLineText, filePlace, id, lineText, optionalLineText, validationError } from '../../engine/validation';
import { placePhrase } from '../../../common/filePlace';
import type { Lang } from '../../../common/strings';
import { getCouncil } from '../council/store';
import {
  deleteDelegate,
  findDelegateBySeat,
  listDelegates,
  getDelegate,
  insertDelegate,
  lastListPosition,
  updateDelegate,
  type DelegateInput,
} from './store';
import type { Db } from '../../store/db';
import { delegateInRecord } from '../speakers/store';
import { defineCommand } from '../../engine/define';
import { delegateInQuestions } from '../questions/store';
import { delegateIsOfficer } from '../record/store';
import { ROSTER_LIMITS } from '../../../common/limits';
import { textKey } from '../../../common/fold';
import { currentRollCallId, joinRollCall, leaveRollCall, rollCallsOf } from '../attendance/store';
import { describeUndo } from '../../engine/undo';
import { orderSeatMoves } from '../../../common/roster/seatMoves';
import type { Delegate } from '../../../common/roster/model';

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

/** What an import may change of a person on the roster: only what the file gives, so each is optional. */
const updateSchema = z.strictObject({
  line: z.int(),
  place: filePlace.optional(),
  id,
  fullName: lineText(ROSTER_LIMITS.fullName).optional(),
  title: lineText(200).optional(),
  group: lineText(120).optional(),
  agency: lineText(200).optional(),
  committee: lineText(120).optional(),
  seatNumber: z.int().min(1).max(ROSTER_LIMITS.seatNumber).optional(),
  voting: z.boolean().optional(),
});

export const delegateFields = {
  fullName: lineText(ROSTER_LIMITS.fullName),
  title: optionalLineText(200),
  group: optionalLineText(120),
  agency: optionalLineText(200),
  committee: optionalLineText(120),
  seatNumber: z.int().min(1).max(ROSTER_LIMITS.seatNumber).nullable().default(null),
  voting: z.boolean().default(true),
};

/**
 * What an edit of a person sends: only the fields its user changed, each optional, so a field
 * another console changed meanwhile is left as that console made it (engine/edits.ts refuses an
 * edit of the same field, sent with `seen`). A form that sends every field still works.
 */
const changedDelegateFields = {
  fullName: lineText(ROSTER_LIMITS.fullName).optional(),
  title: changedLineText(200),
  group: changedLineText(120),
  agency: changedLineText(200),
  committee: changedLineText(120),
  seatNumber: z.int().min(1).max(ROSTER_LIMITS.seatNumber).nullable().optional(),
  voting: z.boolean().optional(),
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
    schema: z.strictObject({ id, ...changedDelegateFields }),
    slices: ['delegates', 'attendance', 'speakers'],
    undo: ROSTER_UNDO_SCOPE,
    run({ db }, changed) {
      const before = getDelegate(db, changed.id);
      if (!before) throw notFound('delegate', changed.id);
      const d: Delegate = { ...before, ...Object.fromEntries(Object.entries(changed).filter(([, v]) => v !== undefined)) };
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
      // And the minutes who presided, took them down and counted the ballots.
      if (delegateIsOfficer(db, delegateId)) throw new EngineError('delegate-is-officer', { name: person.fullName });
      // And every sitting's roll call its figures (only the one under way may lose someone unmarked, entered by mistake).
      const underWay = currentRollCallId(db);
      if (rollCallsOf(db, delegateId, underWay) > 0) throw new EngineError('delegate-in-roll-call', { name: person.fullName });
      if (underWay !== null) leaveRollCall(db, underWay, delegateId);
      deleteDelegate(db, delegateId);
      describeUndo(db, 'remove', person.fullName);
    },
  }),

  /**
   * Adds many people at once from a spreadsheet, and updates those already on the roster whom
   * the file says something else of (`updates`: the person and the new values only, as the
   * preview showed them). Every row is checked, and one bad row refuses the whole import (naming
   * its line), so a roster is never half imported; nobody is removed.
   */
  'roster.import': defineCommand({
    schema: z.strictObject({
      rows: z.array(z.looseObject({ line: z.int().min(1) })).max(2000),
      updates: z.array(z.looseObject({ line: z.int().min(1) })).max(2000).default([]),
      /**
       * The file numbers its people (an STT column): the new ones are listed in the file's order,
       * after anyone listed before, instead of by given name. Rows come in the file's order.
       */
      keepOrder: z.boolean().default(false),
      /** The rows are lines pasted into the console, not a file: its Undo button and Activity line say so. */
      pasted: z.boolean().default(false),
    }),
    // A name or a seat corrected shows wherever the person does, the speaker queue included.
    slices: ['delegates', 'attendance', 'speakers'],
    undo: ROSTER_UNDO_SCOPE,
    run({ db }, { rows, updates, keepOrder, pasted }) {
      const council = getCouncil(db);
      if (!council) throw new EngineError('no-council');
      if (rows.length + updates.length === 0) throw new EngineError('import-nothing');
      const rowSchema = z.strictObject({ line: z.int(), place: filePlace.optional(), ...delegateFields });
      const roster = listDelegates(db);
      const byId = new Map(roster.map((d) => [d.id, d]));
      // Where each name is first in the file, said as the office finds it there.
      const seenNames = new Map<string, (l: Lang) => string>();
      const seatsInFile = new Map<number, string>();
      const refuseAt = (raw: { line: number; place?: unknown }) => {
        // Named as the office finds it: its row in the spreadsheet, its table's row in Word.
        const given = filePlace.safeParse(raw.place);
        const where = (l: Lang, capital = false) => placePhrase(raw.line, given.success ? given.data : undefined, l, capital);
        const refuse = (why: EngineError) => localized('roster-import-row', (l) => ({ at: where(l, true), detail: why.messageIn(l) }));
        return { where, refuse };
      };
      /** A name once in the file, and a seat once: a person listed twice would be two people. */
      const once = (fullName: string, seat: number | null | undefined, at: ReturnType<typeof refuseAt>) => {
        const key = textKey(fullName);
        const first = seenNames.get(key);
        if (first) throw at.refuse(localized('name-twice', (l) => ({ name: fullName, first: first(l) })));
        seenNames.set(key, at.where);
        if (seat === null || seat === undefined) return;
        const holder = seatsInFile.get(seat);
        if (holder) throw at.refuse(new EngineError('duplicate-seat', { seat, name: holder }));
        seatsInFile.set(seat, fullName);
      };

      // The people updated: each once, with what the file gives of them.
      const changed = new Map<number, Delegate>();
      const updatedAt = new Map<number, (l: Lang) => string>();
      const changedAt = new Map<number, ReturnType<typeof refuseAt>>();
      for (const raw of updates) {
        const at = refuseAt(raw);
        const parsed = updateSchema.safeParse(raw);
        if (!parsed.success) throw at.refuse(validationError(parsed.error));
        const { line: _line, place: _place, id: personId, ...fields } = parsed.data;
        const before = byId.get(personId);
        if (!before) throw at.refuse(notFound('delegate', personId));
        const first = updatedAt.get(personId);
        if (first) throw at.refuse(localized('name-twice', (l) => ({ name: before.fullName, first: first(l) })));
        updatedAt.set(personId, at.where);
        const after = { ...before, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) } as Delegate;
        // A name may be corrected, never turned into another person's on the roster.
        const other = roster.find((d) => d.id !== personId && textKey(d.fullName) === textKey(after.fullName));
        if (other) throw at.refuse(new EngineError('name-on-roster', { name: after.fullName }));
        once(after.fullName, fields.seatNumber, at);
        changed.set(personId, after);
        changedAt.set(personId, at);
      }
      const onRoster = new Set(roster.map((d) => textKey((changed.get(d.id) ?? d).fullName)));
      const added: { d: DelegateInput; at: ReturnType<typeof refuseAt> }[] = [];
      for (const raw of rows) {
        const at = refuseAt(raw);
        const parsed = rowSchema.safeParse(raw);
        if (!parsed.success) throw at.refuse(validationError(parsed.error));
        const { line: _line, place: _place, ...d } = parsed.data;
        // The same list imported twice, or a person listed twice, would be two people.
        if (onRoster.has(textKey(d.fullName))) throw at.refuse(new EngineError('name-on-roster', { name: d.fullName }));
        once(d.fullName, d.seatNumber, at);
        added.push({ d, at });
      }

      // Seats: a person moved takes a seat free at that moment (orderSeatMoves); one added, a seat
      // nobody keeps. Two people trading seats are refused: no order would keep every seat unique.
      const holders = new Map(roster.filter((d) => d.seatNumber !== null).map((d) => [d.seatNumber!, d.id]));
      const moves = [...changed.values()].filter((d) => d.seatNumber !== null && d.seatNumber !== byId.get(d.id)!.seatNumber).map((d) => ({ id: d.id, to: d.seatNumber! }));
      const moving = new Set(moves.map((m) => m.id));
      for (const m of moves) {
        const holder = holders.get(m.to);
        if (holder !== undefined && !moving.has(holder)) throw changedAt.get(m.id)!.refuse(new EngineError('duplicate-seat', { seat: m.to, name: byId.get(holder)!.fullName }));
      }
      const { order, blocked, held } = orderSeatMoves(holders, moves);
      if (blocked.length > 0) throw new EngineError('import-seat-swap', { seats: blocked.map((m) => m.to).sort((a, b) => a - b).join(', ') });
      for (const { d, at } of added) {
        const holder = d.seatNumber === null ? undefined : held.get(d.seatNumber);
        if (holder !== undefined) throw at.refuse(new EngineError('duplicate-seat', { seat: d.seatNumber!, name: (changed.get(holder) ?? byId.get(holder)!).fullName }));
      }
      const voting = roster.filter((d) => (changed.get(d.id) ?? d).voting).length + added.filter((a) => a.d.voting).length;
      if (voting > council.totalSeats) throw new EngineError('import-over-seats', { voting, seats: council.totalSeats });

      // Applied: the seated moves in their order, then everyone else updated, then the new people.
      const moved = new Set(order.map((m) => m.id));
      for (const id of [...order.map((m) => m.id), ...[...changed.keys()].filter((id) => !moved.has(id))]) {
        const after = changed.get(id)!;
        updateDelegate(db, after);
        if (!byId.get(id)!.voting) joinCurrentRollCall(db, id, after.voting);
      }
      const listedBefore = keepOrder ? lastListPosition(db) : 0;
      added.forEach(({ d }, k) => joinCurrentRollCall(db, insertDelegate(db, d, keepOrder ? listedBefore + k + 1 : null), d.voting));
      // The two counts apart, "1/2", so the Undo button says "1 added, 2 updated" (undoStep.ts).
      describeUndo(db, pasted ? 'paste' : 'import', `${added.length}/${changed.size}`, added.length + changed.size);
      return { added: added.length, updated: changed.size };
    },
  }),
};

