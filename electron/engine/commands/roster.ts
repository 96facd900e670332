import { z } from 'zod';
import { EngineError, notFound } from '../errors';
import { id, optionalText, text } from '../validation';
import { getCouncil } from '../../store/council';
import {
  deleteDelegate,
  findDelegateBySeat,
  getDelegate,
  insertDelegate,
  updateDelegate,
  type DelegateInput,
} from '../../store/delegates';
import type { Db } from '../../store/db';
import { defineCommand } from './define';
import { delegateInQuestions } from '../../store/questions';

const delegateFields = {
  fullName: text(120),
  title: optionalText(200),
  group: optionalText(120),
  seatNumber: z.int().min(1).max(9999).nullable().default(null),
  voting: z.boolean().default(true),
};

function checkSeat(db: Db, d: DelegateInput, selfId?: number): void {
  if (d.seatNumber === null) return;
  const holder = findDelegateBySeat(db, d.seatNumber);
  if (holder && holder.id !== selfId) throw new EngineError('duplicate-seat', { seat: d.seatNumber, name: holder.fullName });
}

export const rosterCommands = {
  'delegate.add': defineCommand({
    schema: z.strictObject(delegateFields),
    slices: ['delegates'],
    run({ db }, d) {
      if (!getCouncil(db)) throw new EngineError('no-council');
      checkSeat(db, d);
      return { id: insertDelegate(db, d) };
    },
  }),

  'delegate.update': defineCommand({
    schema: z.strictObject({ id, ...delegateFields }),
    slices: ['delegates'],
    run({ db }, d) {
      if (!getDelegate(db, d.id)) throw notFound('delegate', d.id);
      checkSeat(db, d, d.id);
      updateDelegate(db, d);
    },
  }),

  'delegate.remove': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['delegates', 'respondents'],
    run({ db }, { id: delegateId }) {
      const person = getDelegate(db, delegateId);
      if (!person) throw notFound('delegate', delegateId);
      // The questioning log must keep who asked and who answered.
      if (delegateInQuestions(db, delegateId)) throw new EngineError('delegate-in-questions', { name: person.fullName });
      deleteDelegate(db, delegateId);
    },
  }),
};
