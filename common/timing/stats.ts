/**
 * Planned against actual, and the forecast of a sitting's end. Pure functions of the
 * published state and one clock reading, shared by the console and the tests.
 */
import type { AgendaItem, AgendaKind } from '../agenda/model';
import { sittingUnderway, type ItemTiming, type Sitting } from './model';
import { elapsedMs } from './timer';
import { sentToStudy } from '../agenda/study';

/** How the review groups time (DESIGN §1: report reading against discussion). */
export const TIME_GROUPS = ['reports', 'verification', 'discussion', 'questioning', 'votes', 'other'] as const;
export type TimeGroup = (typeof TIME_GROUPS)[number];

export const groupOf = (kind: AgendaKind): TimeGroup =>
  kind === 'report' || kind === 'submission'
    ? 'reports'
    : kind === 'vote' || kind === 'election'
      ? 'votes'
      : kind === 'verification' || kind === 'discussion' || kind === 'questioning'
        ? kind
        : 'other';

const MIN = 60_000;

export interface Row {
  item: AgendaItem;
  timing: ItemTiming;
}

/**
 * Joins the agenda with its timing; an item added since the timing slice was built counts as pending.
 * A parent item (a report grouping its verification and discussion) is itself the presentation:
 * its plan and time are its own, never the sum of its sub-items'.
 */
export function joinRows(agenda: AgendaItem[], timings: ItemTiming[]): Row[] {
  const byId = new Map(timings.map((t) => [t.id, t]));
  return agenda.map((item) => ({
    item,
    timing: byId.get(item.id) ?? { id: item.id, sittingId: null, parentId: null, status: 'pending', startedAt: null, accumulatedMs: 0, extraMinutes: 0, finishedAt: null, segments: [] },
  }));
}

/** The kinds of the items under each main item (item id → kinds), as the timing slice nests them. */
export function subKindsOf(rows: readonly Row[]): Map<number, AgendaKind[]> {
  const out = new Map<number, AgendaKind[]>();
  for (const r of rows) {
    if (r.timing.parentId === null) continue;
    const list = out.get(r.timing.parentId) ?? [];
    list.push(r.item.kind);
    out.set(r.timing.parentId, list);
  }
  return out;
}

/**
 * subKindsOf, built once per programme: the console asks of every row whether it is taken up
 * (`notTakenUp(r, rows)` in a filter over `rows`), and filtering the whole programme for each row's
 * sub-items was quadratic (a 300-item programme, 90 000 looks a redraw). Keyed by the array, which
 * callers never change (a published state is replaced, never edited in place); its length is checked
 * too, so a list grown since is mapped again.
 */
const subKindsCache = new WeakMap<readonly Row[], { length: number; map: Map<number, AgendaKind[]> }>();
function subKinds(r: Row, rows: readonly Row[]): AgendaKind[] {
  let cached = subKindsCache.get(rows);
  if (!cached || cached.length !== rows.length) {
    cached = { length: rows.length, map: subKindsOf(rows) };
    subKindsCache.set(rows, cached);
  }
  return cached.map.get(r.item.id) ?? [];
}

/**
 * A part of the programme: a main item with sub-items that heads them rather than being taken up
 * itself ("II. Thảo luận …" over its discussions, "Trình bày các báo cáo:" over its reports,
 * "Phần thứ nhất: …" over whatever it holds), whatever its own minutes. Its sub-items carry the
 * time; the minutes the office wrote beside it (the part's total, "8h25 - 9h45") are its budget:
 * never run on its own (`n` and Space pass it, the engine does not start it), nor counted beside
 * its sub-items' plans. A main item is such a part when it has no kind of its own ('other'), has 0
 * minutes, or holds a sub-item of its own group (reports under a report, discussions under a
 * discussion, votes under a vote). A report or submission over its verification and discussion
 * is the presentation itself (Luật Hoạt động giám sát, art. 59): taken up, its plan its own.
 */
export function isPart(r: Row, rows: readonly Row[]): boolean {
  return partOf(itemShape(r), subKinds(r, rows));
}

/** isPart, from an item's own fields and the kinds of the items under it: what the engine reads from the database. */
export function partOf(i: ItemShape, subs: readonly AgendaKind[]): boolean {
  return i.parentId === null && subs.length > 0 && (i.plannedMinutes === 0 || i.kind === 'other' || subs.some((k) => groupOf(k) === groupOf(i.kind)));
}

/**
 * A heading of the programme, not an item taken up: a part over its sub-items (isPart), or a
 * 0-minute main item of no kind of its own with nothing under it ("Buổi sáng", "Phần thứ nhất: …"
 * before its items were nested). `n` and Space pass it for the next item that can be taken; the
 * engine refuses to start a part, and a lone heading's ▶ still starts it.
 */
export function isHeading(r: Row, rows: readonly Row[]): boolean {
  return headingOf(itemShape(r), subKinds(r, rows));
}

/** What decides whether the sitting takes an item up: its own fields, and whether items sit under it. */
export interface ItemShape {
  plannedMinutes: number;
  kind: AgendaKind;
  title: string;
  presenter: string;
  parentId: number | null;
}

const itemShape = (r: Row): ItemShape => ({ plannedMinutes: r.item.plannedMinutes, kind: r.item.kind, title: r.item.title, presenter: r.item.presenter, parentId: r.timing.parentId });

/** isHeading, from an item's own fields and its sub-items' kinds: what the engine reads from the database. */
export const headingOf = (i: ItemShape, subs: readonly AgendaKind[]): boolean => partOf(i, subs) || (i.plannedMinutes === 0 && i.parentId === null && i.kind === 'other');

/**
 * An item the sitting does not take up: a heading (isHeading), or a 0-minute item sent to the
 * delegates to study ("Báo cáo … (gửi đại biểu nghiên cứu, không trình bày)", as the import keeps
 * it: its title or presenter says so). `n` and Space pass it, and closing a sitting does not count
 * it among the items left (nor does the engine, when it closes or suspends a sitting: passedOver).
 */
export function notTakenUp(r: Row, rows: readonly Row[]): boolean {
  return passedOver(itemShape(r), subKinds(r, rows));
}

/** notTakenUp, from an item's own fields and its sub-items' kinds: what the engine reads from the database. */
export function passedOver(i: ItemShape, subs: readonly AgendaKind[]): boolean {
  return headingOf(i, subs) || (i.plannedMinutes === 0 && sentToStudy(`${i.title} ${i.presenter}`));
}

/** The plan the timer runs against: the planned minutes plus what the chair added. */
export const limitMs = (r: Row): number => (r.item.plannedMinutes + r.timing.extraMinutes) * MIN;

/**
 * The row of the live item: screens pass the id the engine publishes (`timing.liveItemId`),
 * so no screen decides again which item is on (the rule is engine/liveItem.ts).
 */
export function currentRow(rows: Row[], liveItemId: number | null): Row | null {
  return liveItemId === null ? null : (rows.find((r) => r.item.id === liveItemId) ?? null);
}

export interface Totals {
  /** Original plan of every item counted. */
  plannedMs: number;
  /** Original plan of the items that have run or are running: compare with actualMs. */
  plannedRunMs: number;
  actualMs: number;
}

const empty = (): Totals => ({ plannedMs: 0, plannedRunMs: 0, actualMs: 0 });

/** The parts of the programme (isPart) among the rows: their minutes are a budget, their sub-items' plans the plan. */
export function partIds(rows: readonly Row[]): Set<number> {
  return new Set(rows.filter((r) => partOf(itemShape(r), subKinds(r, rows))).map((r) => r.item.id));
}

/**
 * The plan an item adds to a total: its own minutes, none for a part (partIds), whose sub-items'
 * plans are its time ("II. Trình bày các báo cáo" 8h25-9h45 over four reports of 20 minutes:
 * counted, its 80 minutes would be the reports' counted twice, and the sitting overbooked).
 */
export const countedMinutes = (r: Row, parts: ReadonlySet<number>): number => (parts.has(r.item.id) ? 0 : r.item.plannedMinutes);

function add(t: Totals, r: Row, now: number, parts: ReadonlySet<number>): void {
  const planned = countedMinutes(r, parts) * MIN;
  const actual = elapsedMs(r.timing, now);
  t.plannedMs += planned;
  t.actualMs += actual;
  // A finished item has used its whole plan; a running or paused one only what it has run,
  // up to its plan (else two seconds into a 20-minute report reads "19:58 early").
  if (r.timing.status === 'finished') t.plannedRunMs += planned;
  else if (r.timing.status === 'running' || r.timing.status === 'paused') t.plannedRunMs += Math.min(planned, actual);
}

/**
 * Planned and actual time by group. `parts`: the programme's parts (partIds), given when `rows`
 * are a slice of the programme (one sitting's) whose parts and sub-items may lie apart.
 */
export function totalsByGroup(rows: Row[], now: number, parts: ReadonlySet<number> = partIds(rows)): Record<TimeGroup, Totals> {
  const out = Object.fromEntries(TIME_GROUPS.map((g) => [g, empty()])) as Record<TimeGroup, Totals>;
  for (const r of rows) add(out[groupOf(r.item.kind)], r, now, parts);
  return out;
}

export function totalsBySitting(rows: Row[], now: number): Map<number | null, Totals> {
  const out = new Map<number | null, Totals>();
  const parts = partIds(rows);
  for (const r of rows) {
    const t = out.get(r.timing.sittingId) ?? empty();
    add(t, r, now, parts);
    out.set(r.timing.sittingId, t);
  }
  return out;
}

/** Bounds of the pace, so that one odd item (a 20-minute opening over in 3) does not swing the forecast. */
export const PACE_MIN = 0.5;
export const PACE_MAX = 2;

/** Planned time of finished items after which the pace is taken as measured, not blended with 1. */
export const PACE_SETTLED_MS = 60 * MIN;

/** A break lasts what was announced, whatever the pace of the debates. */
const paced = (r: Row) => r.item.kind !== 'break';

/** Planned and actual time of the finished items that had a plan: what the pace is measured on. */
function measuredOn(rows: Row[]): { planned: number; actual: number } {
  let planned = 0;
  let actual = 0;
  const parts = partIds(rows);
  for (const r of rows) {
    if (r.timing.status !== 'finished' || countedMinutes(r, parts) === 0 || !paced(r)) continue;
    planned += r.item.plannedMinutes * MIN;
    actual += r.timing.accumulatedMs;
  }
  return { planned, actual };
}

/**
 * Pace so far: actual over planned time of the finished items that had a plan, weighted by
 * their plan and kept within PACE_MIN..PACE_MAX; blended with 1 until PACE_SETTLED_MS of plan
 * has run, so one 5-second opening does not halve the rest of the morning. 1.2 means items
 * take 20% longer than planned.
 */
export function pace(rows: Row[]): number {
  const { planned, actual } = measuredOn(rows);
  if (planned === 0) return 1;
  const measured = Math.min(PACE_MAX, Math.max(PACE_MIN, actual / planned));
  const weight = Math.min(1, planned / PACE_SETTLED_MS);
  return 1 + weight * (measured - 1);
}

/** What an item still needs: the rest of its plan if it has started, its plan at the current pace if not. */
export function remainingMs(r: Row, now: number, p: number): number {
  switch (r.timing.status) {
    case 'finished':
    case 'skipped':
      return 0;
    case 'running':
    case 'paused':
      return Math.max(0, limitMs(r) - elapsedMs(r.timing, now));
    case 'pending':
      return Math.round(limitMs(r) * (paced(r) ? p : 1));
  }
}

export interface Forecast {
  sittingId: number;
  pace: number;
  /** False until an item with a plan has finished: the pace is then only assumed (1), not measured. */
  paceMeasured: boolean;
  remainingMs: number;
  /** Expected end, engine epoch ms. */
  endMs: number;
  plannedEndMs: number;
  /** Positive: the sitting runs over its planned end by this much. */
  overrunMs: number;
  /** The remaining items that hold the most time, largest first. */
  heaviest: { id: number; remainingMs: number }[];
}

/**
 * When a sitting will end: from now (or its planned start, if it has not opened) plus what
 * its unfinished items still need. `epochOf` turns the sitting's date and "HH:MM" into epoch ms
 * in the hall's local time.
 */
export function forecast(rows: Row[], sitting: Sitting, now: number, epochOf: (date: string, time: string) => number, top = 3): Forecast {
  const p = pace(rows);
  const parts = partIds(rows);
  const mine = rows.filter((r) => r.timing.sittingId === sitting.id);
  // A part is never run: what its sub-items still need is its time, its budget is not added to it.
  const rests = mine.map((r) => ({ id: r.item.id, remainingMs: parts.has(r.item.id) ? 0 : remainingMs(r, now, p) }));
  const remaining = rests.reduce((s, r) => s + r.remainingMs, 0);
  const plannedEndMs = epochOf(sitting.date, sitting.plannedEnd);
  const from = sitting.status === 'closed' ? (sitting.closedAt ?? now) : sitting.status === 'planned' ? Math.max(now, epochOf(sitting.date, sitting.plannedStart)) : now;
  const endMs = sitting.status === 'closed' ? from : from + remaining;
  return {
    sittingId: sitting.id,
    pace: p,
    paceMeasured: measuredOn(rows).planned > 0,
    remainingMs: sitting.status === 'closed' ? 0 : remaining,
    endMs,
    plannedEndMs,
    overrunMs: endMs - plannedEndMs,
    heaviest: rests
      .filter((r) => r.remainingMs > 0)
      .sort((a, b) => b.remainingMs - a.remainingMs)
      .slice(0, top),
  };
}

/** The sitting to forecast: the live item's (as published), else the one in progress (sittingUnderway), else the first planned. */
export function focusSitting(rows: Row[], sittings: Sitting[], liveItemId: number | null): Sitting | null {
  const cur = currentRow(rows, liveItemId);
  const own = cur && sittings.find((s) => s.id === cur.timing.sittingId);
  return own ?? sittingUnderway(sittings) ?? sittings.find((s) => s.status === 'planned') ?? null;
}

/** "2026-12-08" + "07:30" in this machine's local time, epoch ms. */
export function localEpoch(date: string, time: string): number {
  const [y, m, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return new Date(y, m - 1, d, h, mi).getTime();
}
