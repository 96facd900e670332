import { applyPatch, rowChange, rowIndex, setOrder, type PatchOp, type Row } from '../../common/patch';
import { parseImage } from '../store/changes';
import type { Db } from '../store/db';
import type { Key, Touched } from '../store/changes';
import { getAgendaItem, itemPositions, itemSessionId } from '../features/agenda/store';
import { getLiveTiming } from '../features/timing/store';
import { getAnswer, getQuestion } from '../features/questions/store';
import { getCurrentSessionId } from '../features/council/sessions';
import { getVote } from '../features/votes/store';
import { getCurrentSpeech, getSpeech, type SpeechTotal } from '../features/speakers/store';
import { AT_ROSTRUM, type Speech } from '../../common/speakers/model';
import { focusItemId } from '../features/speakers/slices';
import { isPresent } from '../../common/attendance/model';
import { hasQuorum } from '../../common/attendance/quorum';
import { countedIn } from '../features/attendance/store';
import { readRules } from '../features/council/rules';
import { voteView } from '../features/votes/slices';
import { questionLive, questionQueue } from '../features/questions/slices';
import { liveItemOf } from '../../common/timing/liveItem';
import { latestUndoStepInfo, undoStepInfo } from '../store/undo';
import { offerOf, undoPlaces, type UndoWhere } from './undo-slice';
import { savedImages, savedStep } from './undo';
import { depTest } from './deps';
import type { SliceName, State } from './state';

/**
 * Row patchers: after a command, a slice's ops from the rows it touched, read back by key,
 * instead of rebuilding the slice (cost in proportion to what the command did, not to the
 * size of the session). A patcher returns null when the change is not one it follows
 * row by row (another session selected, rows deleted under a join): the slice is then
 * rebuilt and compared. tests/unit/engine/patches.property.test.ts checks, over random command
 * sequences, that patched state equals state rebuilt from scratch.
 */
export type Patcher<K extends SliceName> = (db: Db, prev: State[K], touched: Touched) => PatchOp[] | null;

const CURRENT_SESSION = 'current_session_id';

/**
 * The current session, read once per publication (every patcher asks; the publication's
 * reads are inside the command's transaction, so it cannot change in between).
 */
const sessions = new WeakMap<Touched, number | null>();
function sessionOf(db: Db, touched: Touched): number | null {
  if (!sessions.has(touched)) sessions.set(touched, getCurrentSessionId(db));
  return sessions.get(touched)!;
}
const sessionChanged = (t: Touched) => t.keys('setting').includes(CURRENT_SESSION);

/** `fn` remembering its answer per argument (for lookups a patcher repeats within one publication). */
function memo<A, R>(fn: (arg: A) => R): (arg: A) => R {
  const known = new Map<A, R>();
  return (arg) => {
    if (!known.has(arg)) known.set(arg, fn(arg));
    return known.get(arg)!;
  };
}

/** Parent ids a child table's touched rows point to, before and after the command. */
function refs(db: Db, touched: Touched, table: string, column: string, keyColumn = 'id'): Set<number> {
  const out = new Set<number>();
  for (const t of touched.rows(table)) {
    const before = parseImage(t.before) as Record<string, number> | null;
    if (before) out.add(before[column]);
    const now = db.prepare(`SELECT "${column}" FROM "${table}" WHERE "${keyColumn}" = ?`).pluck().get(t.key) as number | undefined;
    if (now !== undefined) out.add(now);
  }
  return out;
}

/**
 * One `rows` op: the ids' current rows (or their removal), and the new order when it changed.
 * With `renumber`, that field is each row's index after the order is applied: rows whose only
 * change is that field need not be read or sent. `find` looks a held row up where the list's
 * order allows better than a walk from its end (a list kept in id order: findById).
 */
function rowsOp<R extends { id: number }>(
  path: string[],
  prev: readonly R[],
  ids: Iterable<Key>,
  read: (id: number) => R | undefined,
  how: { order?: (applied: readonly R[]) => number[] | null; renumber?: string; find?: (id: number) => R | undefined } = {},
): PatchOp[] {
  const { order, renumber } = how;
  const op: Extract<PatchOp, { op: 'rows' }> = { op: 'rows', path, upsert: [], remove: [] };
  // A command usually touches a row or two, most often recent ones: find those from the end of
  // the list rather than index it whole.
  const keys = [...ids];
  const rows = prev as unknown as readonly Row[];
  const index = keys.length > 8 ? new Map(rows.map((r) => [r.id, r])) : null;
  const held = (id: number): Row | undefined => {
    if (index) return index.get(id);
    if (how.find) return how.find(id) as unknown as Row | undefined;
    return rows[rowIndex(rows, id)];
  };
  for (const key of keys) {
    const id = Number(key);
    const row = read(id);
    if (row) {
      const change = rowChange(held(id), row as unknown as Row);
      if (change.upsert) op.upsert.push(change.upsert);
      if (change.merge) (op.merge ??= []).push(change.merge);
    } else if (held(id)) op.remove.push(id);
  }
  // The op as applied to `prev` itself (its path points into the slice, `prev` is the list there).
  const applied = order || renumber ? applyPatch(prev as unknown as Row[], [{ ...op, path: [] }]) : [];
  const wanted = order?.(applied as unknown as R[]) ?? null;
  if (wanted) setOrder(op, applied, wanted);
  if (renumber) {
    // The rows in their final order (without applying the op a second time).
    const byId = new Map(applied.map((r) => [r.id, r]));
    const ids = wanted ?? applied.map((r) => r.id);
    if (ids.some((id, i) => byId.get(id)?.[renumber] !== i)) op.renumber = renumber;
  }
  return op.upsert.length || op.remove.length || op.merge || op.move || op.order || op.renumber ? [op] : [];
}

/** The row with this id in a list kept in id order, found by halving the list. */
function findById<R extends { id: number }>(list: readonly R[], id: number): R | undefined {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = list[mid].id;
    if (at === id) return list[mid];
    if (at < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * rowsOp for a list the slice keeps in id order (questions, answers): held rows are found by
 * halving the list, and new rows are appended, so only a row put back in the middle (undo of a
 * removal) needs the order, and only then is the op applied to find it.
 */
function idOrderedRowsOp<R extends { id: number }>(path: string[], prev: readonly R[], ids: Iterable<Key>, read: (id: number) => R | undefined): PatchOp[] {
  const ops = rowsOp(path, prev, ids, read, { find: (id) => findById(prev, id) });
  const op = ops[0];
  if (op?.op !== 'rows') return ops;
  let last = prev.at(-1)?.id ?? -Infinity;
  const inOrder = op.upsert.every((r) => {
    const id = r.id as number;
    if (id <= last) return findById(prev, id) !== undefined;
    last = id;
    return true;
  });
  if (!inOrder) {
    const applied = applyPatch(prev as unknown as Row[], [{ ...op, path: [] }]);
    setOrder(op, applied, applied.map((r) => r.id as number).sort((a, b) => a - b));
  }
  return ops;
}

/** Did the command insert, delete or move an agenda item (so the order may have changed)? */
const agendaReordered = (touched: Touched) => touched.changed('agenda_item', 'position') || touched.changed('agenda_item', 'session_id');

/** The session's items as (id, position) in agenda order, read once per publication (agenda and timing both ask). */
const orders = new WeakMap<Touched, [number, number][]>();
function agendaPositions(db: Db, touched: Touched, sessionId: number): [number, number][] {
  let order = orders.get(touched);
  if (!order) {
    order = itemPositions(db, sessionId);
    orders.set(touched, order);
  }
  return order;
}

const agendaOrder = (db: Db, touched: Touched, sessionId: number) => () => agendaPositions(db, touched, sessionId).map(([id]) => id);

/**
 * The touched keys of a table a slice must read again: inserted and deleted rows, and rows
 * where a column the slice shows changed (an item's timer does not change the agenda list;
 * a renumbered item does not change its timing). A row the slice does not hold is read too.
 */
function keysShowing(touched: Touched, table: string, shown: ReadonlySet<string>, held: ReadonlySet<number>): Key[] {
  return touched
    .rows(table)
    .filter((t) => !t.cols || !held.has(Number(t.key)) || [...t.cols].some((c) => shown.has(c)))
    .map((t) => t.key);
}

/** Columns of agenda_item the `agenda` slice shows, besides `position` (renumbered, see below). */
const AGENDA_SHOWN = new Set(['id', 'session_id', 'title', 'kind', 'presenter', 'planned_minutes']);
/** Columns of agenda_item the `timing` slice shows (store/agendaLive.ts TIMING_COLUMNS). */
const TIMING_SHOWN = new Set(['id', 'sitting_id', 'parent_id', 'status', 'started_at', 'accumulated_ms', 'extra_minutes', 'finished_at']);

/** Same JSON, same value: derived values are sent only when they changed. */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

interface SpeechImage {
  agenda_item_id: number;
  delegate_id: number;
  first_started_at: number | null;
  accumulated_ms: number;
}

/**
 * Speech totals kept up to date by difference: each touched speech takes back what its
 * before-image counted and adds what it counts now. Removing an item or a person, changing
 * a group or switching sessions rebuilds instead.
 */
function speechTotalsOps(db: Db, prev: State['speechTotals'], touched: Touched): PatchOp[] | null {
  const sessionId = sessionOf(db, touched);
  if (sessionChanged(touched) || sessionId === null) return null;
  // A deleted row, or one whose column changed (an insert takes nothing away: not structural).
  const structural = (table: string, column: string) => touched.rows(table).some((t) => t.op === 'delete' || (t.before !== null && (!t.cols || t.cols.has(column))));
  if (structural('agenda_item', 'session_id') || structural('delegate', 'delegate_group')) return null;
  // A speech is counted before and after the command: its item and delegate are looked up once.
  const inSession = memo((itemId: number) => itemSessionId(db, itemId) === sessionId);
  const groupOf = memo((delegateId: number) => db.prepare('SELECT delegate_group FROM delegate WHERE id = ?').pluck().get(delegateId) as string | undefined);
  // Only the totals a touched speech counts in are copied and moved (not the whole maps).
  const moved = { byDelegate: new Map<string, SpeechTotal>(), byGroup: new Map<string, SpeechTotal>(), byItem: new Map<string, SpeechTotal>() };
  const add = (s: SpeechImage | null, sign: 1 | -1) => {
    if (!s || s.first_started_at === null || !inSession(s.agenda_item_id)) return;
    const group = groupOf(s.delegate_id);
    for (const [part, key] of [['byDelegate', s.delegate_id], ['byItem', s.agenda_item_id], ['byGroup', group]] as const) {
      if (key === undefined) continue;
      const k = String(key);
      const was = moved[part].get(k) ?? (prev[part] as Record<string, SpeechTotal>)[k] ?? { count: 0, ms: 0 };
      moved[part].set(k, { count: was.count + sign, ms: was.ms + sign * s.accumulated_ms });
    }
  };
  for (const t of touched.rows('speech')) {
    add(parseImage(t.before) as SpeechImage | null, -1);
    const now = db.prepare('SELECT agenda_item_id, delegate_id, first_started_at, accumulated_ms FROM speech WHERE id = ?').get(t.key) as SpeechImage | undefined;
    add(now ?? null, 1);
  }
  const ops: PatchOp[] = [];
  for (const part of ['byDelegate', 'byGroup', 'byItem'] as const) {
    for (const [key, total] of moved[part]) {
      const was = (prev[part] as Record<string, SpeechTotal>)[key];
      if (total.count === 0) {
        if (was) ops.push({ op: 'set', path: [part, key] });
      } else if (!was || was.count !== total.count || was.ms !== total.ms) ops.push({ op: 'set', path: [part, key], value: total });
    }
  }
  return ops;
}

/** The undo offers of the scopes whose steps the command added or removed, or whose place it changed. */
function undoOps(db: Db, prev: State['undo'], touched: Touched): PatchOp[] | null {
  if (sessionChanged(touched)) return null;
  const current = sessionOf(db, touched);
  // Per scope touched, its latest step. A step the command saved is the latest of its scope
  // (its id is the largest), so it is known as saved (or read by id when redone); a dropped or
  // undone step's scope is looked up.
  const latest = new Map<string, ReturnType<typeof latestUndoStepInfo>>();
  // The place of a step the command saved (or redid) in a scope taken in one place, known without
  // reading the step back: a redo and a mark are taken where the console is; a queue step's place
  // is found from the images the command just recorded (savedImages). Unless the command also
  // moved the console: then it is read as for any step.
  let saved: Map<string, UndoWhere> | undefined;
  for (const t of touched.rows('undo_step')) {
    if (t.before !== null) continue;
    const step = savedStep(touched, Number(t.key)) ?? undoStepInfo(db, Number(t.key));
    if (!step) continue;
    latest.set(step.scope, step);
    if (!Object.hasOwn(undoPlaces, step.scope)) continue;
    const { place, savedHere } = undoPlaces[step.scope];
    const images = savedHere ? undefined : savedImages(touched, step.id);
    (saved ??= new Map()).set(step.scope, images ? place(db, images) : {});
  }
  for (const t of touched.rows('undo_step')) {
    const scope = (parseImage(t.before) as { scope: string } | null)?.scope;
    if (scope !== undefined && !latest.has(scope)) latest.set(scope, latestUndoStepInfo(db, scope));
  }
  // A scope taken back in one place only (a roll call's marks, an item's speaker queue): moving to
  // another place (the secretary selects another roll call, the chair another item) changes where
  // its offer says the step is taken.
  const moved = movedPlaces(touched);
  for (const scope of moved) if (!latest.has(scope)) latest.set(scope, latestUndoStepInfo(db, scope));
  const ops: PatchOp[] = [];
  for (const [scope, step] of latest) {
    const offer = step ? offerOf(db, step, current, 'undo_step', moved.includes(scope) ? undefined : saved?.get(scope)) : null;
    if (!offer) {
      if (prev[scope]) ops.push({ op: 'set', path: [scope] });
    } else if (!same(offer, prev[scope])) ops.push({ op: 'set', path: [scope], value: offer });
  }
  return ops;
}

/**
 * The subjects' own offers (`undoOf`, a personnel draft's): a command that only saved a step of no
 * subject (nearly every undoable one: a timer, a registration, a count) changes none of them, and
 * nothing is read; a subject's step saved, any step undone, redone, merged or trimmed, or another
 * session rebuilds the slice.
 */
function undoOfOps(_db: Db, _prev: State['undoOf'], touched: Touched): PatchOp[] | null {
  const rows = touched.rows('undo_step');
  if (sessionChanged(touched) || rows.length === 0) return null;
  const unowned = (key: Key) => {
    const step = savedStep(touched, Number(key));
    return step !== undefined && step.subjectId === undefined;
  };
  return rows.every((t) => t.before === null && unowned(t.key)) ? [] : null;
}

const PLACES = Object.entries(undoPlaces).map(([scope, { follows }]) => ({ scope, tests: follows.map((d) => depTest(d)) }));

/** The scopes taken in one place whose place the command may have changed (what says where the console is). */
function movedPlaces(touched: Touched): string[] {
  return PLACES.filter(({ tests }) => tests.some((moves) => moves(touched))).map(({ scope }) => scope);
}

/** Statuses of a request that waits in the queue, and of one that is over (store/speeches.ts, roster.ts). */
const HISTORY = new Set(['done', 'withdrawn']);

/**
 * The speaker panel of the focus item: when the focus stays on the same item, only the
 * touched speeches are read back (each goes to the queue, the history or neither), and the
 * speech at the rostrum is read again only when a speech or an item's session changed.
 */
function speakersOps(db: Db, prev: State['speakers'], touched: Touched): PatchOp[] | null {
  const sessionId = sessionOf(db, touched);
  if (sessionChanged(touched) || sessionId === null) return null;
  // The focus follows its setting and the agenda's items (the slice's declared tables, state.ts):
  // a command that touched neither leaves it where it was, unread.
  const focusMayMove = touched.has('agenda_item') || touched.keys('setting').some((k) => String(k).startsWith('speakers.item.'));
  const itemId = focusMayMove ? focusItemId(db, sessionId) : prev.itemId;
  if (itemId !== prev.itemId || itemId === null) return null;
  if (!touched.has('speech') && !touched.changed('agenda_item', 'session_id')) return [];
  const ops: PatchOp[] = [];
  const speeches = new Map(touched.keys('speech').map((k) => [Number(k), getSpeech(db, Number(k))]));
  // The speech at the rostrum can change only if a touched speech was or is there (or an item
  // moved between sessions); a request queued or moved leaves it as it was, unread.
  const rostrum =
    touched.changed('agenda_item', 'session_id') ||
    [...speeches.values()].some((s) => s !== undefined && AT_ROSTRUM.has(s.status)) ||
    touched.rows('speech').some((t) => AT_ROSTRUM.has((parseImage(t.before) as { status: string } | null)?.status ?? ''));
  const current = rostrum ? (getCurrentSpeech(db, sessionId) ?? null) : prev.current;
  if (!same(current, prev.current)) ops.push({ op: 'set', path: ['current'], value: current });
  const of = (test: (s: Speech) => boolean) => (id: number) => {
    const s = speeches.get(id);
    return s && s.agendaItemId === itemId && test(s) ? s : undefined;
  };
  // The orders the slice builder gives (store listQueue; roster.ts history).
  const sortedBy = (by: (a: Speech, b: Speech) => number) => (list: readonly Speech[]) => [...list].sort(by).map((s) => s.id);
  ops.push(...rowsOp(['queue'], prev.queue, speeches.keys(), of((s) => s.status === 'queued'), { order: sortedBy((a, b) => a.position - b.position || a.id - b.id) }));
  ops.push(
    ...rowsOp(['history'], prev.history, speeches.keys(), of((s) => HISTORY.has(s.status)), {
      order: sortedBy((a, b) => (a.finishedAt ?? 0) - (b.finishedAt ?? 0) || a.id - b.id),
    }),
  );
  return ops;
}

/**
 * A roll-call mark: when nothing but marks changed (no roll call opened, no roster, council,
 * rules, session or sitting's date change), the touched marks of the current roll call are read back by id
 * and the count of voting delegates present moves by the difference.
 */
function attendanceOps(db: Db, prev: State['attendance'], touched: Touched): PatchOp[] | null {
  const other =
    sessionChanged(touched) ||
    touched.has('roll_call') ||
    touched.has('roll_call_member') ||
    touched.changed('sitting', 'date') ||
    touched.changed('sitting', 'part') ||
    touched.has('council') ||
    touched.changed('delegate', 'voting') ||
    touched.keys('setting').some((k) => k === 'rules' || String(k).startsWith('attendance.current.'));
  if (other || prev.currentId === null) return null;
  const rollCallId = prev.currentId;
  // Marks are rows identified by their delegate (one mark per delegate and roll call).
  const delegates = new Set<number>();
  for (const t of touched.rows('attendance')) {
    const before = parseImage(t.before) as { roll_call_id: number; delegate_id: number } | null;
    if (before?.roll_call_id === rollCallId) delegates.add(before.delegate_id);
    const now = db.prepare('SELECT roll_call_id, delegate_id FROM attendance WHERE id = ?').get(t.key) as { roll_call_id: number; delegate_id: number } | undefined;
    if (now?.roll_call_id === rollCallId) delegates.add(now.delegate_id);
  }
  const held = new Map(prev.marks.map((m) => [m.delegateId, m as unknown as Row]));
  const op: Extract<PatchOp, { op: 'rows' }> = { op: 'rows', path: ['marks'], key: 'delegateId', upsert: [], remove: [] };
  for (const delegateId of delegates) {
    const mark = db.prepare('SELECT delegate_id AS delegateId, status, at_time AS time FROM attendance WHERE roll_call_id = ? AND delegate_id = ?').get(rollCallId, delegateId) as
      | Row
      | undefined;
    if (!mark) {
      if (held.has(delegateId)) op.remove.push(delegateId);
      continue;
    }
    const change = rowChange(held.get(delegateId), mark, 'delegateId');
    if (change.upsert) op.upsert.push(change.upsert);
    if (change.merge) (op.merge ??= []).push(change.merge);
  }
  if (!op.upsert.length && !op.remove.length && !op.merge) return [];
  const applied = applyPatch(prev.marks as unknown as Row[], [{ ...op, path: [] }]);
  setOrder(op, applied, applied.map((m) => m.delegateId as number).sort((a, b) => a - b));
  const ops: PatchOp[] = [op];
  const marks = (applyPatch(prev, ops) as State['attendance']).marks;
  // Present moves only for the counted delegates whose mark changed.
  const before = new Map(prev.marks.map((m) => [m.delegateId, m]));
  const after = new Map(marks.map((m) => [m.delegateId, m]));
  let present = prev.present;
  // A counted delegate marked for the first time leaves the unmarked ("assumed present"); cleared, returns to it.
  let marked = prev.marked ?? 0;
  for (const delegateId of new Set([...before.keys(), ...after.keys()])) {
    const was = isPresent(before.get(delegateId));
    const is = isPresent(after.get(delegateId));
    const markMoved = before.has(delegateId) !== after.has(delegateId);
    if (was === is && !markMoved) continue;
    if (!countedIn(db, rollCallId, delegateId)) continue;
    if (was !== is) present += is ? 1 : -1;
    if (markMoved) marked += after.has(delegateId) ? 1 : -1;
  }
  if (marked !== (prev.marked ?? 0)) {
    ops.push({ op: 'set', path: ['marked'], value: marked });
    ops.push({ op: 'set', path: ['assumed'], value: prev.assumed - (marked - (prev.marked ?? 0)) });
  }
  if (present !== prev.present) {
    ops.push({ op: 'set', path: ['present'], value: present });
    const quorum = prev.totalSeats > 0 && hasQuorum(present, prev.totalSeats, readRules(db).quorum);
    if (quorum !== prev.quorum) ops.push({ op: 'set', path: ['quorum'], value: quorum });
  }
  return ops;
}

export const slicePatchers: { [K in SliceName]?: Patcher<K> } = {
  speakers: speakersOps,
  attendance: attendanceOps,
  agenda(db, prev, touched) {
    const sessionId = sessionOf(db, touched);
    if (sessionChanged(touched) || sessionId === null) return null;
    const read = (id: number) => {
      const item = getAgendaItem(db, id);
      return item?.sessionId === sessionId ? item : undefined;
    };
    const held = new Set(prev.map((r) => r.id));
    if (!agendaReordered(touched)) return rowsOp([], prev, keysShowing(touched, 'agenda_item', AGENDA_SHOWN, held), read);
    // Positions are 0..n-1 in order (store/agenda.ts renumber): then `renumber` carries every
    // renumbered item's position, and only items with another change are read and sent.
    const order = agendaPositions(db, touched, sessionId);
    const contiguous = order.every(([, position], i) => position === i);
    const ids = contiguous ? keysShowing(touched, 'agenda_item', AGENDA_SHOWN, held) : touched.keys('agenda_item');
    return rowsOp([], prev, ids, read, { order: () => order.map(([id]) => id), renumber: contiguous ? 'position' : undefined });
  },

  timing(db, prev, touched) {
    const sessionId = sessionOf(db, touched);
    if (sessionChanged(touched) || sessionId === null) return null;
    const held = new Set(prev.items.map((r) => r.id));
    const ids = new Set<Key>([...keysShowing(touched, 'agenda_item', TIMING_SHOWN, held), ...refs(db, touched, 'item_segment', 'item_id')]);
    const read = (id: number) => (itemSessionId(db, id) === sessionId ? getLiveTiming(db, id) : undefined);
    const ops = rowsOp(['items'], prev.items, ids, read, { order: agendaReordered(touched) ? agendaOrder(db, touched, sessionId) : undefined });
    const liveItemId = liveItemOf(applyPatch(prev, ops).items);
    if (liveItemId !== prev.liveItemId) ops.push({ op: 'set', path: ['liveItemId'], value: liveItemId });
    return ops;
  },

  questions(db, prev, touched) {
    const sessionId = sessionOf(db, touched);
    if (sessionChanged(touched) || sessionId === null) return null;
    // The touched rows, and the derived values read by index: nothing here walks the session's
    // lists, however long the questioning day (applying the patch still copies them, patch.ts).
    const ops = [
      ...idOrderedRowsOp(['list'], prev.list, touched.keys('question'), (id) => {
        const q = getQuestion(db, id);
        return q?.sessionId === sessionId ? q : undefined;
      }),
      ...idOrderedRowsOp(['answers'], prev.answers, touched.keys('answer'), (id) => {
        const a = getAnswer(db, id);
        return a?.sessionId === sessionId ? a : undefined;
      }),
    ];
    // The queue holds questions only: a command that touched answers alone leaves it unread.
    const queue = touched.has('question') ? questionQueue(db, sessionId) : prev.queue;
    if (queue.length !== prev.queue.length || queue.some((id, i) => id !== prev.queue[i])) ops.push({ op: 'set', path: ['queue'], value: queue });
    const live = questionLive(db, sessionId);
    if (!same(live, prev.live)) ops.push({ op: 'set', path: ['live'], value: live });
    return ops;
  },

  speechTotals: speechTotalsOps,
  undo: undoOps,
  undoOf: undoOfOps,

  votes(db, prev, touched) {
    // The current session's votes only: another session selected rebuilds the slice.
    const sessionId = sessionOf(db, touched);
    if (sessionChanged(touched) || sessionId === null) return null;
    const ids = new Set<Key>([...touched.keys('vote'), ...refs(db, touched, 'vote_version', 'vote_id'), ...refs(db, touched, 'vote_mark', 'vote_id', 'rowid')]);
    const ops = rowsOp([], prev, ids, (id) => {
      const v = getVote(db, id);
      return v?.sessionId === sessionId ? voteView(db, v) : undefined;
    });
    const next = applyPatch(prev, ops);
    const sorted = next.map((v) => v.id).sort((a, b) => a - b);
    if (ops[0]?.op === 'rows') setOrder(ops[0], next as unknown as Row[], sorted);
    return ops;
  },
};
