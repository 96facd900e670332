import { z } from 'zod';
import { EngineError, localized } from '../../engine/errors';
import { hhmm, id, isoDate } from '../../engine/validation';
import { elapsedMs } from '../../../common/timing/timer';
import { getAgendaItem } from '../agenda/store';
import type { AgendaItem } from '../../../common/agenda/model';
import { childCount, closeSegment, isPartItem, deleteSitting, findSitting, getSitting, getLiveTiming, insertSitting, listSittings, listTimings, openSegment, openSegmentId, runningItemId, setExtraMinutes, sittingDone, setItemParent, setItemSitting, setItemTimer, setSittingClock, sittingLastEnd, updateSittingPlan } from './store';
import { SITTING_PARTS, holdsSittingOpen, type Sitting } from '../../../common/timing/model';
import type { Db } from '../../store/db';
import { describeUndo } from '../../engine/undo';
import { PREP_UNDO_SCOPE } from '../prep/slices';
import { sittingParts } from '../../../common/timing/labels';
import { sittingLabel } from '../../../common/attendance/sittingLabel';
import { requireSession } from '../council/commands';
import { defineCommand } from '../../engine/define';
import { requireItem } from '../agenda/commands';
import { requireSitting } from './sittings';
import { followLiveItem } from '../speakers/slices';
import { finishCurrent, pauseCurrent, resumeCurrent } from '../speakers/commands';
import { pauseLiveQuestion } from '../questions/commands';

/** Every timing action can be taken back with Ctrl+Z; this is its undo scope. */
export const TIMING_SCOPE = 'timing';
/** The most extra time the chair can add to one item, in minutes. */
export const MAX_EXTRA_MINUTES = 600;

const sittingFields = { date: isoDate, part: z.enum(SITTING_PARTS), plannedStart: hhmm, plannedEnd: hhmm };

function checkPlan(db: Db, sessionId: number, s: z.output<z.ZodObject<typeof sittingFields>>, self?: number): void {
  if (s.plannedEnd <= s.plannedStart) throw new EngineError('times-reversed', { start: s.plannedStart, end: s.plannedEnd });
  const other = findSitting(db, sessionId, s.date, s.part);
  if (other && other.id !== self) throw localized('duplicate-sitting', (l) => ({ date: s.date, part: sittingParts[l][s.part] }));
}

/**
 * Closes the running segment of an item and leaves it paused or finished. A finished item's
 * speech at the rostrum ends with it: the floor moves on, and the hall must not keep counting it.
 * A paused item's speech pauses with it (a pause, a break that suspends the sitting): the
 * delegate's time must not run on through it; it resumes when the item does (runItem).
 */
export function stopItem(db: Db, itemId: number, now: number, status: 'paused' | 'finished'): void {
  const t = getLiveTiming(db, itemId)!;
  const seg = openSegmentId(db, itemId);
  if (seg !== null) {
    closeSegment(db, seg, now);
  }
  setItemTimer(db, itemId, { status, startedAt: null, accumulatedMs: elapsedMs(t, now), ...(status === 'finished' ? { finishedAt: now } : {}) });
  if (status === 'finished') finishCurrent(db, now, itemId);
  else pauseCurrent(db, now, itemId);
}

/** Sets an item running; another running item is finished or paused as the chair chose. */
function runItem(db: Db, item: AgendaItem, now: number, current: 'finish' | 'pause' | undefined): void {
  const other = runningItemId(db, item.sessionId);
  if (other !== null && other !== item.id) {
    if (!current) throw new EngineError('another-item-live', { title: getAgendaItem(db, other)!.title });
    stopItem(db, other, now, current === 'finish' ? 'finished' : 'paused');
  }
  const t = getLiveTiming(db, item.id)!;
  if (t.sittingId !== null) {
    const s = getSitting(db, t.sittingId)!;
    if (s.status === 'closed') throw new EngineError('sitting-closed');
    // Starting an item opens its sitting: the chair does not need a second action.
    if (s.status !== 'open') openSittingClock(db, s, now);
  }
  openSegment(db, item.id, now);
  setItemTimer(db, item.id, { status: 'running', startedAt: now, accumulatedMs: t.accumulatedMs });
  resumeCurrent(db, now, item.id);
}

/**
 * Opens (or resumes) a sitting; one sitting is in progress at a time, so another open one is
 * suspended, or closed when its programme is done (the chair went on from its last item to the
 * next sitting's first: the morning is over, and the minutes must not say the session is still on).
 */
function openSittingClock(db: Db, s: Sitting, now: number): void {
  for (const other of listSittings(db, s.sessionId)) {
    if (other.id === s.id) continue;
    if (other.status === 'open') {
      if (sittingDone(db, other.id)) stopSittingClock(db, other, now, 'closed');
      else suspendSitting(db, other, now);
    } else if (other.status === 'suspended' && sittingDone(db, other.id)) {
      // Day one's afternoon, suspended for the night, its last item finished by day two's first
      // `n`: it is over too, closed when its last item stopped (not now, a day later), so the
      // minutes date it on its own day and can say when the session ended.
      setSittingClock(db, other.id, { status: 'closed', startedAt: null, accumulatedMs: other.accumulatedMs, openedAt: other.openedAt, closedAt: sittingLastEnd(db, other.id) ?? now });
    }
  }
  setSittingClock(db, s.id, { status: 'open', startedAt: now, accumulatedMs: s.accumulatedMs, openedAt: s.openedAt ?? now, closedAt: null });
}

function stopSittingClock(db: Db, s: Sitting, now: number, status: 'suspended' | 'closed'): void {
  setSittingClock(db, s.id, {
    status,
    startedAt: null,
    accumulatedMs: elapsedMs(s, now),
    openedAt: s.openedAt,
    closedAt: status === 'closed' ? now : null,
  });
}

/**
 * A suspended sitting stops its clock, the item that was running in it (and its speech), and
 * the question or answer under way, which may run outside any timed item.
 */
function suspendSitting(db: Db, s: Sitting, now: number): void {
  const running = runningItemId(db, s.sessionId);
  if (running !== null && getLiveTiming(db, running)!.sittingId === s.id) stopItem(db, running, now, 'paused');
  pauseLiveQuestion(db, s.sessionId, now);
  stopSittingClock(db, s, now, 'suspended');
}

/**
 * Runs a timing action and names its undo step: the action (the console translates it) and the
 * item, or the sitting as the roll call names it ("2026-12-08 sáng"), so that the morning's step
 * and the afternoon's are told apart.
 */
function undoable(db: Db, action: string, title: string, fn: () => void): void {
  fn();
  describeUndo(db, action, title);
}

const current = z.enum(['finish', 'pause']).optional();
const TIMING_SLICES = ['timing', 'sittings'] as const;

export const agendaLiveCommands = {
  'sitting.add': defineCommand({
    schema: z.strictObject(sittingFields),
    slices: ['sittings'],
    run({ db }, s) {
      const sessionId = requireSession(db);
      checkPlan(db, sessionId, s);
      return { id: insertSitting(db, sessionId, s) };
    },
  }),

  'sitting.update': defineCommand({
    schema: z.strictObject({ id, ...sittingFields }),
    slices: ['sittings'],
    run({ db }, { id: sittingId, ...s }) {
      requireSitting(db, sittingId);
      checkPlan(db, requireSession(db), s, sittingId);
      updateSittingPlan(db, sittingId, s);
    },
  }),

  'sitting.remove': defineCommand({
    schema: z.strictObject({ id }),
    slices: ['sittings', 'timing'],
    run({ db }, { id: sittingId }) {
      if (requireSitting(db, sittingId).status !== 'planned') throw new EngineError('sitting-has-history');
      deleteSitting(db, sittingId); // its items stay, without a sitting
    },
  }),

  'sitting.open': defineCommand({
    schema: z.strictObject({ id }),
    slices: TIMING_SLICES,
    undo: TIMING_SCOPE,
    run({ db, now }, { id: sittingId }) {
      const s = requireSitting(db, sittingId);
      if (s.status === 'closed') throw new EngineError('sitting-closed');
      if (s.status === 'open') throw new EngineError('sitting-already-open');
      undoable(db, s.status === 'planned' ? 'sittingOpen' : 'sittingResume', sittingLabel(s), () => openSittingClock(db, s, now));
    },
  }),

  'sitting.suspend': defineCommand({
    schema: z.strictObject({ id }),
    slices: TIMING_SLICES,
    undo: TIMING_SCOPE,
    run({ db, now }, { id: sittingId }) {
      const s = requireSitting(db, sittingId);
      if (s.status !== 'open') throw new EngineError('sitting-not-open');
      undoable(db, 'sittingSuspend', sittingLabel(s), () => suspendSitting(db, s, now));
    },
  }),

  'sitting.close': defineCommand({
    schema: z.strictObject({ id }),
    slices: TIMING_SLICES,
    undo: TIMING_SCOPE,
    run({ db, now }, { id: sittingId }) {
      const s = requireSitting(db, sittingId);
      if (s.status === 'closed') throw new EngineError('sitting-closed');
      if (s.status === 'planned') throw new EngineError('sitting-not-started');
      const live = listTimings(db, s.sessionId).find((t) => t.sittingId === s.id && holdsSittingOpen(t));
      if (live) throw new EngineError('sitting-item-live', { title: getAgendaItem(db, live.id)!.title });
      undoable(db, 'sittingClose', sittingLabel(s), () => stopSittingClock(db, s, now, 'closed'));
    },
  }),

  'agenda.assign': defineCommand({
    schema: z.strictObject({ id, sittingId: id.nullable() }),
    slices: ['timing'],
    undo: PREP_UNDO_SCOPE,
    run({ db }, { id: itemId, sittingId }) {
      describeUndo(db, 'assign', requireItem(db, itemId).title);
      if (sittingId !== null) requireSitting(db, sittingId);
      setItemSitting(db, itemId, sittingId);
    },
  }),

  'agenda.setParent': defineCommand({
    schema: z.strictObject({ id, parentId: id.nullable() }),
    slices: ['timing'],
    undo: PREP_UNDO_SCOPE,
    run({ db }, { id: itemId, parentId }) {
      const item = requireItem(db, itemId);
      describeUndo(db, parentId === null ? 'unnest' : 'nest', item.title);
      if (parentId !== null) {
        const parent = requireItem(db, parentId);
        if (parent.id === item.id || getLiveTiming(db, parent.id)!.parentId !== null) throw new EngineError('bad-parent', { title: item.title });
        if (childCount(db, item.id) > 0) throw new EngineError('has-sub-items', { title: item.title });
      }
      setItemParent(db, itemId, parentId);
    },
  }),

  'item.start': defineCommand({
    schema: z.strictObject({ id, current }),
    slices: [...TIMING_SLICES, 'speakers'],
    undo: TIMING_SCOPE,
    run({ db, now }, { id: itemId, current: choice }) {
      const item = requireItem(db, itemId);
      const t = getLiveTiming(db, itemId)!;
      if (t.status === 'running') throw new EngineError('item-already-running', { title: item.title });
      if (t.status === 'paused') throw new EngineError('item-paused-use-resume', { title: item.title });
      if (t.status !== 'pending') throw new EngineError('item-done', { title: item.title });
      // A part's minutes are its budget: its sub-items run, the part never does on its own (partOf).
      if (isPartItem(db, itemId)) throw new EngineError('item-is-part', { title: item.title });
      undoable(db, 'start', item.title, () => runItem(db, item, now, choice));
      followLiveItem(db, item.sessionId, item.id);
    },
  }),

  'item.resume': defineCommand({
    schema: z.strictObject({ id, current }),
    slices: [...TIMING_SLICES, 'speakers'],
    undo: TIMING_SCOPE,
    run({ db, now }, { id: itemId, current: choice }) {
      const item = requireItem(db, itemId);
      if (getLiveTiming(db, itemId)!.status !== 'paused') throw new EngineError('item-not-paused', { title: item.title });
      undoable(db, 'resume', item.title, () => runItem(db, item, now, choice));
      followLiveItem(db, item.sessionId, item.id);
    },
  }),

  'item.pause': defineCommand({
    schema: z.strictObject({ id }),
    slices: TIMING_SLICES,
    undo: TIMING_SCOPE,
    run({ db, now }, { id: itemId }) {
      const item = requireItem(db, itemId);
      if (getLiveTiming(db, itemId)!.status !== 'running') throw new EngineError('item-not-running', { title: item.title });
      undoable(db, 'pause', item.title, () => stopItem(db, itemId, now, 'paused'));
    },
  }),

  'item.finish': defineCommand({
    schema: z.strictObject({ id }),
    slices: TIMING_SLICES,
    undo: TIMING_SCOPE,
    run({ db, now }, { id: itemId }) {
      const item = requireItem(db, itemId);
      const status = getLiveTiming(db, itemId)!.status;
      if (status === 'pending') throw new EngineError('item-not-started', { title: item.title });
      if (status === 'finished' || status === 'skipped') throw new EngineError('item-done', { title: item.title });
      undoable(db, 'finish', item.title, () => stopItem(db, itemId, now, 'finished'));
    },
  }),

  'item.skip': defineCommand({
    schema: z.strictObject({ id }),
    slices: TIMING_SLICES,
    undo: TIMING_SCOPE,
    run({ db }, { id: itemId }) {
      const item = requireItem(db, itemId);
      const status = getLiveTiming(db, itemId)!.status;
      if (status === 'finished' || status === 'skipped') throw new EngineError('item-done', { title: item.title });
      if (status !== 'pending') throw new EngineError('item-not-pending', { title: item.title });
      undoable(db, 'skip', item.title, () => {
        setItemTimer(db, itemId, { status: 'skipped', startedAt: null, accumulatedMs: 0 });
      });
    },
  }),

  'item.reopen': defineCommand({
    schema: z.strictObject({ id }),
    slices: TIMING_SLICES,
    undo: TIMING_SCOPE,
    run({ db }, { id: itemId }) {
      const item = requireItem(db, itemId);
      const t = getLiveTiming(db, itemId)!;
      if (t.status !== 'finished' && t.status !== 'skipped') throw new EngineError('item-not-done', { title: item.title });
      if (t.sittingId !== null && getSitting(db, t.sittingId)!.status === 'closed') throw new EngineError('sitting-closed');
      undoable(db, 'reopen', item.title, () => {
        // Time already run is kept: a reopened item resumes from it.
        setItemTimer(db, itemId, { status: t.accumulatedMs > 0 ? 'paused' : 'pending', startedAt: null, accumulatedMs: t.accumulatedMs });
      });
    },
  }),

  'item.extend': defineCommand({
    schema: z.strictObject({ id, minutes: z.int().min(1).max(60).default(1) }),
    slices: ['timing'],
    undo: TIMING_SCOPE,
    run({ db }, { id: itemId, minutes }) {
      const item = requireItem(db, itemId);
      const t = getLiveTiming(db, itemId)!;
      if (t.extraMinutes + minutes > MAX_EXTRA_MINUTES) throw new EngineError('extra-too-long', { max: MAX_EXTRA_MINUTES });
      undoable(db, 'extend', item.title, () => {
        setExtraMinutes(db, itemId, t.extraMinutes + minutes);
      });
    },
  }),

};
