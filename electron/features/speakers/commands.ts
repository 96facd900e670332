import { z } from 'zod';
import { EngineError, notFound } from '../../engine/errors';
import { id, optionalText } from '../../engine/validation';
import { getAgendaItem, itemSessionId, listAgenda, numberedTitle } from '../agenda/store';
import type { Db } from '../../store/db';
import { getDelegate } from '../roster/store';
import { getSetting, setSetting } from '../../store/settings';
import { findOpenRequest, getCurrentSpeech, getSpeech, hasSpokenOnItem, insertSpeech, listQueue, moveSpeechToItem, renumberSpeeches, updateSpeech } from './store';
import { duplicateKinds, SPEECH_KINDS, type Speech, type SpeechKind } from '../../../common/speakers/model';
import { nextWaiting } from '../../../common/attendance/model';
import { describeUndo } from '../../engine/undo';
import { hereChecker, isHere } from '../attendance/presence';
import { limitMs } from '../council/rules';
import { focusItemId, focusKey, QUEUE_UNDO_SCOPE } from './slices';
import { elapsedMs, pauseTimer, startTimer } from '../../../common/timing/timer';
import { defineCommand, type CommandContext } from '../../engine/define';
import { requireSession } from '../council/commands';
import { requireItem } from '../agenda/commands';
import { getLiveTiming, listTimings } from '../timing/store';
import { carryBar, ITEM_OVER } from '../../../common/speakers/carry';
import { joinRows } from '../../../common/timing/stats';

const SLICES = ['speakers', 'speechTotals'] as const;

function requireSpeech(db: Db, speechId: number): Speech {
  const s = getSpeech(db, speechId);
  if (!s || itemSessionId(db, s.agendaItemId) !== requireSession(db)) throw notFound('speech', speechId);
  return s;
}

/** A request still waiting for the floor: queued or called, never spoken to. */
function requireWaiting(db: Db, speechId: number): Speech {
  const s = requireSpeech(db, speechId);
  if (s.status !== 'queued' && s.status !== 'called') throw new EngineError('not-waiting');
  if (s.firstStartedAt !== null) throw new EngineError('already-spoken');
  return s;
}

function requireCurrent(db: Db): Speech {
  const s = getCurrentSpeech(db, requireSession(db));
  if (!s) throw new EngineError('no-current-speaker');
  return s;
}

/** A second "speech" by someone who already had the floor on the item is a second speech. */
function effectiveKind(db: Db, s: Pick<Speech, 'id' | 'agendaItemId' | 'delegateId' | 'kind'>): SpeechKind {
  return s.kind === 'speech' && hasSpokenOnItem(db, s.agendaItemId, s.delegateId, s.id) ? 'secondSpeech' : s.kind;
}

/** Closes the current speech, if any (and only if it is on `itemId`, when given), as done. */
export function finishCurrent(db: Db, now: number, itemId?: number): void {
  const cur = getCurrentSpeech(db, requireSession(db));
  if (!cur || (itemId !== undefined && cur.agendaItemId !== itemId)) return;
  const { startedAt, accumulatedMs } = pauseTimer(cur, now);
  // Called but never started: nobody spoke, so it goes back to waiting at the front.
  if (cur.firstStartedAt === null) updateSpeech(db, cur.id, { status: 'queued', position: -1 });
  else updateSpeech(db, cur.id, { status: 'done', startedAt, accumulatedMs, finishedAt: now });
}

/** The speech the item's last pause paused, so that resuming the item resumes it and no other. */
const pausedWithItemKey = (sessionId: number) => `speakers.pausedWithItem.${sessionId}`;

/** Pauses the speech at the rostrum when it is under way on `itemId`: the item or its sitting stopped. */
export function pauseCurrent(db: Db, now: number, itemId: number): void {
  const sessionId = requireSession(db);
  const cur = getCurrentSpeech(db, sessionId);
  const pausing = cur !== undefined && cur !== null && cur.agendaItemId === itemId && cur.startedAt !== null;
  setSetting(db, pausedWithItemKey(sessionId), pausing ? cur.id : null);
  if (!pausing) return;
  const { startedAt, accumulatedMs } = pauseTimer(cur, now);
  updateSpeech(db, cur.id, { startedAt, accumulatedMs, pauses: cur.pauses + 1 });
}

/** Resumes the speech that pausing `itemId` paused, if it is still at the rostrum and paused; a speech the chair paused stays paused. */
export function resumeCurrent(db: Db, now: number, itemId: number): void {
  const sessionId = requireSession(db);
  const pausedId = getSetting<number | null>(db, pausedWithItemKey(sessionId)) ?? null;
  if (pausedId === null) return;
  setSetting(db, pausedWithItemKey(sessionId), null);
  const cur = getCurrentSpeech(db, sessionId);
  if (!cur || cur.id !== pausedId || cur.agendaItemId !== itemId || cur.startedAt !== null) return;
  const { startedAt, accumulatedMs } = startTimer(cur, now);
  updateSpeech(db, cur.id, { startedAt, accumulatedMs });
}

function call(db: Db, now: number, s: Speech): void {
  const sessionId = requireSession(db);
  if (!isHere(db, sessionId, s.delegateId)) {
    throw new EngineError('speaker-absent', { name: getDelegate(db, s.delegateId)?.fullName ?? String(s.delegateId) });
  }
  finishCurrent(db, now);
  const kind = effectiveKind(db, s);
  updateSpeech(db, s.id, { status: 'called', kind, limitMs: limitMs(db, kind), calledAt: now });
}

/**
 * Runs a queue action and records it as one undo step, named by the person it was about: a
 * chair about to press Ctrl+Z reads "extra time (Nguyễn Thị Hằng)", not just "extra time".
 * The journal row keeps that person too (`about`: the speech, the delegate and the name as they
 * were), so the Activity view names who was given the floor, timed or given extra time, also
 * after the request was undone or the delegate renamed or removed.
 */
function undoable<T>(ctx: CommandContext, label: string, speech: { id?: number; delegateId: number }, fn: () => T): T {
  const value = fn();
  const who = getDelegate(ctx.db, speech.delegateId)?.fullName ?? '';
  describeUndo(ctx.db, label, who);
  ctx.about({ ...(speech.id === undefined ? {} : { speechId: speech.id }), delegateId: speech.delegateId, who });
  return value;
}

/**
 * A point of order is about how the sitting is run, so it is heard before the speeches waiting:
 * after the points of order already at the front of the queue, ahead of everyone else. At the end
 * of the queue it waited behind a dozen speeches, and the chair moved it up key by key.
 */
function aheadOfSpeeches(db: Db, itemId: number, speechId: number): void {
  const waiting = listQueue(db, itemId).filter((s) => s.id !== speechId);
  const front = waiting.findIndex((s) => s.kind !== 'pointOfOrder');
  const ids = waiting.map((s) => s.id);
  ids.splice(front === -1 ? ids.length : front, 0, speechId);
  renumberSpeeches(db, ids);
}

export const speakerCommands = {
  /** Which agenda item's queue the console and the hall show. */
  'speaker.focus': defineCommand({
    schema: z.strictObject({ agendaItemId: id }),
    slices: SLICES,
    run({ db }, { agendaItemId }) {
      setSetting(db, focusKey(requireSession(db)), requireItem(db, agendaItemId).id);
    },
  }),

  'speaker.request': defineCommand({
    schema: z.strictObject({
      agendaItemId: id.optional(),
      delegateId: id,
      kind: z.enum(SPEECH_KINDS).default('speech'),
      note: optionalText(200),
    }),
    slices: SLICES,
    undo: QUEUE_UNDO_SCOPE,
    run(ctx, p) {
      const { db, now } = ctx;
      const sessionId = requireSession(db);
      const focus = focusItemId(db, sessionId);
      const itemId = p.agendaItemId === undefined ? focus : requireItem(db, p.agendaItemId).id;
      if (itemId === null) throw new EngineError('no-agenda-item');
      // A console names the item whose queue was on its screen when the request was typed: the
      // chair may have moved the Speakers view on meanwhile. Still open, that item gets it (the
      // console says where it went); over, it takes none, and the sender is told so rather than
      // see it queued for an item already closed, or slipped into the queue shown now.
      if (itemId !== focus && ITEM_OVER.has(getLiveTiming(db, itemId)?.status ?? 'pending')) {
        throw new EngineError('request-item-over', { item: requireItem(db, itemId).title });
      }
      const person = getDelegate(db, p.delegateId);
      if (!person) throw notFound('delegate', p.delegateId);
      if (findOpenRequest(db, itemId, p.delegateId, duplicateKinds(p.kind))) throw new EngineError('duplicate-request', { name: person.fullName });
      const kind = effectiveKind(db, { id: 0, agendaItemId: itemId, delegateId: p.delegateId, kind: p.kind });
      return undoable(ctx, 'request', { delegateId: p.delegateId }, () => {
        const speechId = insertSpeech(db, { agendaItemId: itemId, delegateId: p.delegateId, kind, note: p.note, limitMs: limitMs(db, kind), requestedAt: now });
        if (kind === 'pointOfOrder') aheadOfSpeeches(db, itemId, speechId);
        return { id: speechId, kind, agendaItemId: itemId };
      });
    },
  }),

  /** Moves a waiting request to `index` (0-based) among the waiting ones of its item. */
  'speaker.move': defineCommand({
    schema: z.strictObject({ id, index: z.int().min(0).max(10_000) }),
    slices: SLICES,
    undo: QUEUE_UNDO_SCOPE,
    run(ctx, { id: speechId, index }) {
      const s = requireSpeech(ctx.db, speechId);
      if (s.status !== 'queued') throw new EngineError('not-waiting');
      undoable(ctx, 'move', s, () => {
        const ids = listQueue(ctx.db, s.agendaItemId).map((q) => q.id);
        const rest = ids.filter((x) => x !== speechId);
        rest.splice(Math.min(index, rest.length), 0, speechId);
        renumberSpeeches(ctx.db, rest);
      });
    },
  }),

  /** Closes the current speech and calls the first waiting person who is present. */
  'speaker.next': defineCommand({
    schema: z.strictObject({}),
    slices: SLICES,
    undo: QUEUE_UNDO_SCOPE,
    run(ctx) {
      const { db, now } = ctx;
      const sessionId = requireSession(db);
      const itemId = focusItemId(db, sessionId);
      // Waiting requests are 'queued'; the current speech ('called' or 'speaking') is never among them.
      const waiting = itemId === null ? [] : listQueue(db, itemId);
      // Point reads of the marks, front of the queue first, instead of the whole roll call.
      const found = nextWaiting(waiting, (s) => s.delegateId, hereChecker(db, sessionId));
      if ('none' in found) throw new EngineError(found.none);
      const next = found.next;
      return undoable(ctx, 'next', next, () => {
        call(db, now, next);
        return { id: next.id };
      });
    },
  }),

  /** Calls one waiting person out of turn. */
  'speaker.call': defineCommand({
    schema: z.strictObject({ id }),
    slices: SLICES,
    undo: QUEUE_UNDO_SCOPE,
    run(ctx, { id: speechId }) {
      const s = requireSpeech(ctx.db, speechId);
      if (s.status !== 'queued') throw new EngineError('not-waiting');
      undoable(ctx, 'call', s, () => call(ctx.db, ctx.now, s));
    },
  }),

  /** Starts or resumes the current speaker's time. */
  'speaker.start': defineCommand({
    schema: z.strictObject({}),
    slices: SLICES,
    undo: QUEUE_UNDO_SCOPE,
    run(ctx) {
      const s = requireCurrent(ctx.db);
      if (s.startedAt !== null) return;
      undoable(ctx, 'start', s, () => {
        const { startedAt, accumulatedMs } = startTimer(s, ctx.now);
        updateSpeech(ctx.db, s.id, { status: 'speaking', startedAt, accumulatedMs, firstStartedAt: s.firstStartedAt ?? ctx.now });
      });
    },
  }),

  /** Pauses the time, e.g. for an interjection by the chair. */
  'speaker.pause': defineCommand({
    schema: z.strictObject({}),
    slices: SLICES,
    undo: QUEUE_UNDO_SCOPE,
    run(ctx) {
      const s = requireCurrent(ctx.db);
      if (s.startedAt === null) return;
      undoable(ctx, 'pause', s, () => {
        const { startedAt, accumulatedMs } = pauseTimer(s, ctx.now);
        updateSpeech(ctx.db, s.id, { startedAt, accumulatedMs, pauses: s.pauses + 1 });
      });
    },
  }),

  'speaker.finish': defineCommand({
    schema: z.strictObject({}),
    slices: SLICES,
    undo: QUEUE_UNDO_SCOPE,
    run(ctx) {
      const s = requireCurrent(ctx.db);
      undoable(ctx, 'finish', s, () => finishCurrent(ctx.db, ctx.now));
      return { spokenMs: elapsedMs(s, ctx.now) };
    },
  }),

  /** Gives the current speaker extra time (+30 s, +1 min…). */
  'speaker.extend': defineCommand({
    schema: z.strictObject({ seconds: z.int().min(1).max(3600) }),
    slices: SLICES,
    undo: QUEUE_UNDO_SCOPE,
    run(ctx, { seconds }) {
      const s = requireCurrent(ctx.db);
      undoable(ctx, 'extend', s, () => {
        updateSpeech(ctx.db, s.id, { extraMs: s.extraMs + seconds * 1000 });
      });
    },
  }),

  /** Takes back a request that has not been spoken to. */
  'speaker.withdraw': defineCommand({
    schema: z.strictObject({ id }),
    slices: SLICES,
    undo: QUEUE_UNDO_SCOPE,
    run(ctx, { id: speechId }) {
      const s = requireWaiting(ctx.db, speechId);
      undoable(ctx, 'withdraw', s, () => {
        updateSpeech(ctx.db, s.id, { status: 'withdrawn', finishedAt: ctx.now });
      });
    },
  }),

  /** Puts a waiting or called request back at the end of the queue. */
  'speaker.requeue': defineCommand({
    schema: z.strictObject({ id }),
    slices: SLICES,
    undo: QUEUE_UNDO_SCOPE,
    run(ctx, { id: speechId }) {
      const s = requireWaiting(ctx.db, speechId);
      undoable(ctx, 'requeue', s, () => {
        const ids = listQueue(ctx.db, s.agendaItemId).map((q) => q.id);
        updateSpeech(ctx.db, s.id, { status: 'queued' });
        renumberSpeeches(ctx.db, [...ids.filter((x) => x !== s.id), s.id]);
      });
    },
  }),

  /**
   * Carries every request still waiting on one item (not those who spoke, were called or
   * withdrew) over to another item of the session, its continuation ("… (tiếp)"): in front of
   * those already waiting there, in their order, each with its kind, note and time of
   * registration. One step: one undo puts them all back.
   */
  'speaker.carryOver': defineCommand({
    schema: z.strictObject({ fromItemId: id, toItemId: id }),
    slices: SLICES,
    undo: QUEUE_UNDO_SCOPE,
    run(ctx, { fromItemId, toItemId }) {
      const { db } = ctx;
      const sessionId = requireSession(db);
      const from = getAgendaItem(db, fromItemId);
      if (!from) throw notFound('agendaItem', fromItemId);
      if (from.sessionId !== sessionId) throw new EngineError('carry-other-session', { item: from.title });
      if (fromItemId === toItemId) throw new EngineError('carry-same-item', { item: numberedTitle(db, from) });
      const target = getAgendaItem(db, toItemId);
      if (!target) throw notFound('agendaItem', toItemId);
      if (target.sessionId !== sessionId) throw new EngineError('carry-other-session', { item: target.title });
      const moving = listQueue(db, fromItemId);
      if (moving.length === 0) throw new EngineError('carry-nothing', { item: numberedTitle(db, from) });
      const rows = joinRows(listAgenda(db, sessionId), listTimings(db, sessionId));
      const to = rows.find((r) => r.item.id === toItemId)!;
      const bar = carryBar(rows, fromItemId, to);
      if (bar === 'heading') throw new EngineError('carry-to-heading', { item: numberedTitle(db, target) });
      if (bar === 'over') throw new EngineError('carry-to-over', { item: numberedTitle(db, target) });
      const already = moving.filter((s) => findOpenRequest(db, toItemId, s.delegateId, duplicateKinds(s.kind)));
      if (already.length > 0) {
        const names = already.map((s) => getDelegate(db, s.delegateId)?.fullName ?? String(s.delegateId)).join(', ');
        throw new EngineError('carry-duplicate', { names, item: numberedTitle(db, target) });
      }
      const waiting = listQueue(db, toItemId);
      for (const s of moving) moveSpeechToItem(db, s.id, toItemId);
      // Registered before anyone on the continuation, they keep their turn ahead of them.
      renumberSpeeches(db, [...moving, ...waiting].map((s) => s.id));
      const [fromTitle, toTitle] = [numberedTitle(db, from), numberedTitle(db, target)];
      describeUndo(db, 'carryOver', toTitle, moving.length);
      ctx.about({ count: moving.length, from: fromTitle, to: toTitle });
      return { moved: moving.length, toItemId };
    },
  }),
};
