/**
 * The review's charts are drawn from the same option as the report's (common/review/charts.ts),
 * laid out for a page or a laptop. In a narrow box (a phone) their titles and the names at the
 * end of a horizontal axis ran past the box's edges and were cut: here the title wraps within the
 * box (the plot moves down a line for it) and such an axis name moves under the axis. In any box,
 * names under the bars too wide for their slots are turned rather than run into each other.
 */
import type { EChartsOption } from 'echarts';

/** Below this width (px) a title of the review may not fit on one line. */
export const NARROW_PX = 520;

type Obj = Record<string, unknown>;
const one = (x: unknown): Obj | undefined => (Array.isArray(x) ? x[0] : x) as Obj | undefined;

/** How wide a line of text is drawn at a size (px), by the chart's sans-serif. */
export type Measure = (text: string, fontSize: number) => number;

/** An estimate where no canvas measures: a letter of a sans-serif is about 0.6 em wide on average. */
const estimate: Measure = (text, fontSize) => text.length * fontSize * 0.6;

/** Turned this far, names wider than their slot pass each other. */
const ROTATE_DEG = 40;

/**
 * Whether a category axis that names every category (`interval: 0`) has names wider than their
 * slots, as laid out in a box `width` wide: neighbours would run into each other.
 */
function crowded(xAxis: Obj, grid: Obj | undefined, width: number, measure: Measure): boolean {
  const label = (xAxis.axisLabel ?? {}) as Obj;
  if (!Array.isArray(xAxis.data) || xAxis.data.length === 0 || label.interval !== 0 || label.rotate !== undefined) return false;
  const format = typeof label.formatter === 'function' ? (label.formatter as (v: unknown, i: number) => string) : (v: unknown) => String(v);
  const size = Number(label.fontSize ?? 12);
  const widest = Math.max(...xAxis.data.map((v, i) => Math.max(...format(v, i).split('\n').map((line) => measure(line, size)))));
  const slot = (width - Number(grid?.left ?? 0) - Number(grid?.right ?? 0)) / xAxis.data.length;
  // At least a few pixels between neighbours.
  return widest > slot - 4;
}

export function fitChart(option: EChartsOption, width: number, measure: Measure = estimate): EChartsOption {
  if (width <= 0) return option;
  const title = one(option.title);
  const grid = one(option.grid);
  const xAxis = one(option.xAxis);
  // Names under the bars wider than their slots (a session of six sittings in a half-width card at
  // 1024 px, English): turned, the grid's foot lowered for them.
  const turn = xAxis !== undefined && crowded(xAxis, grid, width, measure);
  if (width >= NARROW_PX && !turn) return option;
  const fitted: Obj = { ...option };
  let top = Number(grid?.top ?? 56);
  let bottom = Number(grid?.bottom ?? 0);
  if (turn) {
    fitted.xAxis = { ...xAxis, axisLabel: { ...(xAxis.axisLabel as Obj), rotate: ROTATE_DEG } };
    bottom += 28;
  }
  if (width < NARROW_PX) {
    if (title) fitted.title = { ...title, textStyle: { ...(title.textStyle as Obj), width: width - 24, overflow: 'break', lineHeight: 21 } };
    const moved = xAxis && typeof xAxis.name === 'string' && xAxis.nameLocation === undefined;
    if (moved) fitted.xAxis = { ...(fitted.xAxis as Obj | undefined ?? xAxis), nameLocation: 'middle', nameGap: 28 };
    top += 22;
    if (moved) bottom = Math.max(bottom, 52);
  }
  if (grid) fitted.grid = { ...grid, top, ...(grid.bottom !== undefined || bottom !== 0 ? { bottom } : {}) };
  return fitted as EChartsOption;
}

/** What of a chart's layout depends on its box: redrawn when this changes (a resize past a width). */
export function fitKey(option: EChartsOption, width: number, measure: Measure = estimate): string {
  const x = one(fitChart(option, width, measure).xAxis);
  return `${width < NARROW_PX}|${(x?.axisLabel as Obj | undefined)?.rotate ?? ''}`;
}
