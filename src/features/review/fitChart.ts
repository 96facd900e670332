/**
 * The review's charts are drawn from the same option as the report's (common/review/charts.ts),
 * laid out for a page or a laptop. In a narrow box (a phone) their titles and the names at the
 * end of a horizontal axis ran past the box's edges and were cut: here the title wraps within the
 * box (the plot moves down a line for it) and such an axis name moves under the axis.
 */
import type { EChartsOption } from 'echarts';

/** Below this width (px) a title of the review may not fit on one line. */
export const NARROW_PX = 520;

type Obj = Record<string, unknown>;
const one = (x: unknown): Obj | undefined => (Array.isArray(x) ? x[0] : x) as Obj | undefined;

export function fitChart(option: EChartsOption, width: number): EChartsOption {
  if (width <= 0 || width >= NARROW_PX) return option;
  const title = one(option.title);
  const grid = one(option.grid);
  const xAxis = one(option.xAxis);
  const fitted: Obj = { ...option };
  if (title) fitted.title = { ...title, textStyle: { ...(title.textStyle as Obj), width: width - 24, overflow: 'break', lineHeight: 21 } };
  const moved = xAxis && typeof xAxis.name === 'string' && xAxis.nameLocation === undefined;
  if (moved) fitted.xAxis = { ...xAxis, nameLocation: 'middle', nameGap: 28 };
  if (grid) fitted.grid = { ...grid, top: Number(grid.top ?? 56) + 22, ...(moved ? { bottom: Math.max(Number(grid.bottom ?? 0), 52) } : {}) };
  return fitted as EChartsOption;
}
