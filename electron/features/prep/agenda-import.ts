/**
 * Importing the office's programme file: rows checked one by one and appended in one
 * transaction (a bad row refuses everything, naming it), and the row appender that templates
 * and copying a session use too.
 */
import { z } from 'zod';
import { filePlace, hhmm, id, isoDate, validationError } from '../../engine/validation';
import { defineCommand } from '../../engine/define';
import { EngineError } from '../../engine/errors';
import { importProblems, outsideSession } from '../../../common/agenda/import';
import { fill } from '../../../common/strings';
import { clockOfMinutes, minutesOfDay } from '../../../common/timing/clock';
import { formatDate } from '../../../common/dates';
import { getSession } from '../council/sessions';
import { requireSession } from '../council/commands';
import { readRules } from '../council/rules';
import { requireSitting } from '../timing/sittings';
import { agendaOutline, insertAgendaItem, listAgenda } from '../agenda/store';
import { alreadyInProgramme, programmeItems, sittingKey } from '../../../common/agenda/already';
import { AGENDA_KINDS, type AgendaItem } from '../../../common/agenda/model';
import { findSitting, getSitting, insertSitting, listSittings, setItemParent, setItemSitting, updateSittingPlan } from '../timing/store';
import { SITTING_PARTS, type SittingPart } from '../../../common/timing/model';
import type { Db } from '../../store/db';
import { MAX_PLANNED_MINUTES } from '../agenda/commands';
import { AGENDA_LIMITS } from '../../../common/limits';
import { describeUndo } from '../../engine/undo';
import { PREP_UNDO_SCOPE } from './slices';
import { rowRefusal } from './import-row';
import { clearAgenda } from './replace';

/** Default hours of a sitting created by an import, local time. */
export const DEFAULT_HOURS: Record<SittingPart, [string, string]> = { morning: ['07:30', '11:30'], afternoon: ['13:30', '17:00'] };

const importRow = z.strictObject({
  /** The row's line in the source file (a spreadsheet's row number), and its place in a Word document: what a refusal names. */
  line: z.int().min(1).optional(),
  place: filePlace.optional(),
  title: z.string().trim().min(1).max(AGENDA_LIMITS.title),
  kind: z.enum(AGENDA_KINDS),
  presenter: z.string().trim().max(AGENDA_LIMITS.presenter).default(''),
  plannedMinutes: z.int().min(0).max(MAX_PLANNED_MINUTES).optional(),
  sub: z.boolean().default(false),
  sitting: z.strictObject({ date: isoDate, part: z.enum(SITTING_PARTS) }).optional(),
  /** Its time of day in the file's timetable ("7h30 - 9h00"): see sittingHours. */
  slot: z.strictObject({ start: hhmm, end: hhmm.optional() }).optional(),
  /** The file's lines the preview joined to this row ("- Báo cáo thẩm tra …" under its item, common/agenda/import.ts joinToItem): shown there, not stored. */
  joined: z.array(z.int().min(1)).max(1000).optional(),
});

export type AgendaRowInput = z.output<typeof importRow>;

/**
 * Appends one row to the session's agenda (import, template, copy), or puts it at `index`: under
 * `parent` when it is a sub-item, in its sitting (found or created with the usual hours) or else in `sittingId`.
 */
export function appendAgendaRow(
  db: Db,
  sessionId: number,
  r: Omit<AgendaRowInput, 'line' | 'place'>,
  parent: number | null,
  sittingId: number | null,
  defaults: Record<AgendaItem['kind'], number>,
  index?: number,
): number {
  let sitting = sittingId;
  if (r.sitting) {
    const [plannedStart, plannedEnd] = DEFAULT_HOURS[r.sitting.part];
    sitting = findSitting(db, sessionId, r.sitting.date, r.sitting.part)?.id ?? insertSitting(db, sessionId, { ...r.sitting, plannedStart, plannedEnd });
  }
  const itemId = insertAgendaItem(db, sessionId, { title: r.title, kind: r.kind, presenter: r.presenter, plannedMinutes: r.plannedMinutes ?? defaults[r.kind] }, index);
  setItemSitting(db, itemId, sitting);
  if (parent !== null) setItemParent(db, itemId, parent);
  return itemId;
}

/**
 * The hours a sitting's rows give in the file's timetable: from its first slot's start to the
 * last one's end (a start alone ends after the row's minutes). Null without slots, or when
 * they run backwards: the sitting keeps the usual hours.
 */
export function sittingHours(rows: { slot?: { start: string; end?: string }; minutes: number }[]): [string, string] | null {
  const timed = rows.filter((r) => r.slot);
  if (timed.length === 0) return null;
  const start = Math.min(...timed.map((r) => minutesOfDay(r.slot!.start)));
  const end = Math.min(Math.max(...timed.map((r) => (r.slot!.end ? minutesOfDay(r.slot!.end) : minutesOfDay(r.slot!.start) + r.minutes))), 23 * 60 + 59);
  return end > start ? [clockOfMinutes(start), clockOfMinutes(end)] : null;
}

/** Just after a main item's last sub-item (or the item itself): where another sub-item of it goes. */
function endOfBlock(db: Db, sessionId: number, parentId: number): number {
  return agendaOutline(db, sessionId).findLastIndex((r) => r.id === parentId || r.parentId === parentId) + 1;
}

export const agendaImportCommands = {
  /**
   * The whole import in one transaction: a bad row refuses everything, naming the row (and,
   * with `replace`, leaves the programme it would have replaced as it was).
   */
  'agenda.import': defineCommand({
    // `pasted`: the rows are lines pasted into the console, not a file; its Undo button and Activity line say so.
    schema: z.strictObject({ rows: z.array(z.unknown()).max(1000), sittingId: id.optional(), replace: z.boolean().default(false), pasted: z.boolean().default(false) }),
    slices: ['agenda', 'timing', 'sittings'],
    undo: PREP_UNDO_SCOPE,
    run({ db }, { rows, sittingId, replace, pasted }) {
      const sessionId = requireSession(db);
      const session = getSession(db, sessionId)!;
      if (rows.length === 0) throw new EngineError('import-empty');
      if (sittingId !== undefined) requireSitting(db, sittingId);
      const defaults = readRules(db).defaultMinutes;
      if (replace) clearAgenda(db, sessionId);
      const sittingsBefore = new Set(listSittings(db, sessionId).map((s) => s.id));
      // Every row checked before any is written: a bad one refuses the whole import, naming it.
      const parsed = rows.map((raw, i) => {
        const row = importRow.safeParse(raw);
        const refuse = rowRefusal(raw, i);
        if (!row.success) throw refuse((l) => validationError(row.error).messageIn(l));
        const r = row.data;
        // A sub-item first has no main item above it to go under.
        if (r.sub && i === 0) throw refuse((l) => importProblems[l].orphanSubItem);
        // No sitting after the session closes (or before it opens), as the preview says.
        if (r.sitting && outsideSession(r.sitting.date, session.startDate, session.endDate)) {
          const { date } = r.sitting;
          throw refuse((l) => fill(importProblems[l].dayOutside, { date: formatDate(date, l), start: formatDate(session.startDate, l), end: formatDate(session.endDate, l) }));
        }
        return r;
      });
      // The file chosen twice, or a corrected one, or imported meanwhile by another console: the
      // rows already in the programme are skipped, by the preview's rule (common/agenda/already.ts).
      const chosen = sittingId === undefined ? null : sittingKey(getSitting(db, sittingId));
      const present = alreadyInProgramme(
        parsed.map((r) => ({ title: r.title, sub: r.sub, sitting: r.sitting ? sittingKey(r.sitting) : chosen })),
        programmeItems(listAgenda(db, sessionId), agendaOutline(db, sessionId), listSittings(db, sessionId)),
      );
      const skipped = present.filter((id) => id !== null).length;
      if (skipped === rows.length) throw new EngineError('import-all-present', { n: skipped });
      const timed: (AgendaRowInput & { minutes: number })[] = [];
      let parent: number | null = null;
      // The main item above was already there: a new sub-item of it goes after its sub-items, not
      // at the programme's end, as the screens show an item's sub-items after it (common/agenda/outline.ts).
      let parentThere = false;
      const ids: number[] = [];
      parsed.forEach((r, i) => {
        const already = present[i];
        if (!r.sub) parentThere = already !== null;
        if (already !== null) {
          if (!r.sub) parent = already;
          return;
        }
        const at = r.sub && parentThere ? endOfBlock(db, sessionId, parent!) : undefined;
        const itemId = appendAgendaRow(db, sessionId, r, r.sub ? parent : null, sittingId ?? null, defaults, at);
        if (!r.sub) parent = itemId;
        ids.push(itemId);
        timed.push({ ...r, minutes: r.plannedMinutes ?? defaults[r.kind] });
      });
      // A sitting this import created starts and ends when the file's timetable says, not at
      // the usual hours; a sitting that was there keeps the hours the chair gave it.
      for (const s of listSittings(db, sessionId)) {
        if (sittingsBefore.has(s.id)) continue;
        const hours = sittingHours(timed.filter((r) => r.sitting?.date === s.date && r.sitting.part === s.part));
        if (hours) updateSittingPlan(db, s.id, { date: s.date, part: s.part, plannedStart: hours[0], plannedEnd: hours[1] });
      }
      describeUndo(db, `${pasted ? 'paste' : 'import'}${replace ? '-replace' : ''}`, '', ids.length);
      return { ids, added: ids.length, skipped };
    },
  }),
};
