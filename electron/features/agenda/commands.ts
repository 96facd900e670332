import { z } from 'zod';
import { EngineError, notFound } from '../../engine/errors';
import { id, optionalText, text } from '../../engine/validation';
import { AGENDA_KINDS, type AgendaItem } from '../../../common/agenda/model';
import { agendaOutline, deleteAgendaItem, getAgendaItem, insertAgendaItem, reorderAgenda, updateAgendaItem } from './store';
import type { Db } from '../../store/db';
import { itemHasSpeeches } from '../speakers/store';
import { getLiveTiming, listSittings, setItemSitting } from '../timing/store';
import { requireSitting } from '../timing/sittings';
import { moveInOutline, type OutlineRow } from '../../../common/agenda/outline';
import { defineCommand } from '../../engine/define';
import { requireSession } from '../council/commands';
import { readRules } from '../council/rules';
import { AGENDA_LIMITS } from '../../../common/limits';
import { agendaItemFields } from '../../engine/foundation-strings';
import { describeUndo } from '../../engine/undo';
import { PREP_UNDO_SCOPE } from '../prep/slices';

export const MAX_PLANNED_MINUTES = AGENDA_LIMITS.plannedMinutes;

const itemFields = {
  title: text(AGENDA_LIMITS.title),
  kind: z.enum(AGENDA_KINDS),
  presenter: optionalText(AGENDA_LIMITS.presenter),
  plannedMinutes: z.int().min(0).max(MAX_PLANNED_MINUTES),
};
const index = z.int().min(0).max(10_000);

/**
 * Whether an item is part of the session's record and may not be removed: its run segments and
 * speeches would go with the row. An item that never started and has only waiting requests can go.
 */
export function itemHasHistory(db: Db, itemId: number): boolean {
  return getLiveTiming(db, itemId)?.status !== 'pending' || itemHasSpeeches(db, itemId);
}

/** The agenda item of the current session with this id; anything else is not found. */
export function requireItem(db: Db, itemId: number): AgendaItem {
  const item = getAgendaItem(db, itemId);
  if (!item || item.sessionId !== requireSession(db)) throw notFound('agendaItem', itemId);
  return item;
}

/**
 * A sub-item sent out of its main item's sub-items (↑ on the first one, a drop onto another
 * item) stays where it is; the chair is told why rather than seeing nothing happen.
 */
function refuseLeavingParent(db: Db, outline: OutlineRow[], itemId: number, to: number): void {
  const from = outline.findIndex((r) => r.id === itemId);
  const parentId = outline[from].parentId;
  if (parentId === null || Math.min(to, outline.length - 1) === from) return;
  throw new EngineError('sub-item-stays', { title: requireItem(db, itemId).title, parent: requireItem(db, parentId).title });
}

/**
 * Where an item added to a sitting goes: after the sitting's last item with its sub-items, or,
 * while the sitting has none, after every item of the sittings before it (at the top if none).
 */
function endOfSitting(db: Db, sessionId: number, sittingId: number): number {
  const outline = agendaOutline(db, sessionId);
  const order = listSittings(db, sessionId).map((s) => s.id);
  const rank = (id: number | null) => (id === null ? Infinity : order.indexOf(id));
  const own = outline.findLastIndex((r) => r.sittingId === sittingId);
  let at = own >= 0 ? own : outline.findLastIndex((r) => rank(r.sittingId) < rank(sittingId));
  // Never between a main item and its sub-items.
  while (at + 1 < outline.length && outline[at + 1].parentId !== null) at++;
  return at + 1;
}

export const agendaCommands = {
  /**
   * With a sitting, the item goes into it: after its last item (or, while it has none, after the
   * items of the sittings before it), unless `index` says where. Without one it goes at the end,
   * under no sitting.
   */
  'agenda.add': defineCommand({
    schema: z.strictObject({ ...itemFields, plannedMinutes: itemFields.plannedMinutes.optional(), index: index.optional(), sittingId: id.optional() }),
    fields: agendaItemFields,
    slices: ['agenda', 'timing', 'speakers'],
    undo: PREP_UNDO_SCOPE,
    run({ db }, { index: at, sittingId, plannedMinutes, ...item }) {
      const sessionId = requireSession(db);
      describeUndo(db, 'add', item.title);
      const minutes = plannedMinutes ?? readRules(db).defaultMinutes[item.kind];
      const sitting = sittingId === undefined ? null : requireSitting(db, sittingId);
      const itemId = insertAgendaItem(db, sessionId, { ...item, plannedMinutes: minutes }, sitting ? (at ?? endOfSitting(db, sessionId, sitting.id)) : at);
      if (sitting) setItemSitting(db, itemId, sitting.id);
      return { id: itemId };
    },
  }),

  'agenda.update': defineCommand({
    // Only what the form's user changed (each optional), so another window's change of another
    // field of the item meanwhile is kept, and one of the same field refused (engine/edits.ts).
    schema: z.strictObject({
      id,
      title: itemFields.title.optional(),
      kind: itemFields.kind.optional(),
      presenter: z.string().trim().max(AGENDA_LIMITS.presenter).optional(),
      plannedMinutes: itemFields.plannedMinutes.optional(),
    }),
    fields: agendaItemFields,
    slices: ['agenda', 'timing', 'speakers'],
    undo: PREP_UNDO_SCOPE,
    run({ db }, { id: itemId, ...changed }) {
      const before = requireItem(db, itemId);
      // Named by the title it had: that is the item the secretary remembers editing.
      describeUndo(db, 'edit', before.title);
      const kept = { title: before.title, kind: before.kind, presenter: before.presenter, plannedMinutes: before.plannedMinutes };
      updateAgendaItem(db, itemId, { ...kept, ...Object.fromEntries(Object.entries(changed).filter(([, v]) => v !== undefined)) });
    },
  }),

  'agenda.move': defineCommand({
    schema: z.strictObject({ id, index }),
    slices: ['agenda', 'timing', 'speakers'],
    // Reordering the programme is preparing it, like adding, editing and removing items: Ctrl+Z
    // in the Agenda view takes the last of them back (a move's sitting included), before the
    // template or file the items came from.
    undo: PREP_UNDO_SCOPE,
    run({ db }, { id: itemId, index: to }) {
      const item = requireItem(db, itemId);
      describeUndo(db, 'move', item.title);
      const outline = agendaOutline(db, item.sessionId);
      const move = moveInOutline(outline, itemId, to);
      if (!move) return refuseLeavingParent(db, outline, itemId, to);
      reorderAgenda(db, move.order);
      // An item that has run keeps the sitting it ran in: the record says where it was taken.
      if (getLiveTiming(db, itemId)!.status !== 'pending') return;
      for (const row of outline) if (move.block.includes(row.id) && row.sittingId !== move.sittingId) setItemSitting(db, row.id, move.sittingId);
    },
  }),

  'agenda.remove': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['agenda', 'timing', 'speakers', 'speechTotals'],
    // A removal takes the item's waiting requests with it; the undo brings both back.
    undo: PREP_UNDO_SCOPE,
    run({ db }, { id: itemId }) {
      const item = requireItem(db, itemId);
      if (itemHasHistory(db, itemId)) throw new EngineError('item-has-history', { title: item.title });
      describeUndo(db, 'remove', item.title);
      deleteAgendaItem(db, itemId);
    },
  }),
};
