import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { fitChart } from '../../../src/features/review/fitChart';

const groups: EChartsOption = {
  title: { text: 'Speaking time by delegate group (minutes)', left: 'center', top: 6, textStyle: { fontSize: 17 } },
  grid: { left: 24, right: 56, top: 56, bottom: 24 },
  xAxis: { type: 'value', name: 'Minutes' },
  yAxis: { type: 'category', data: ['Tổ 1'] },
};

describe('a review chart in a phone’s box', () => {
  it('wraps its title within the box and moves an axis name from past the end to under the axis', () => {
    const fitted = fitChart(groups, 366) as Record<string, Record<string, unknown>>;
    expect(fitted.title.textStyle).toMatchObject({ fontSize: 17, width: 342, overflow: 'break' });
    expect(fitted.xAxis).toMatchObject({ name: 'Minutes', nameLocation: 'middle' });
    expect(fitted.grid).toMatchObject({ top: 78, bottom: 52, left: 24, right: 56 });
  });

  it('leaves a laptop’s and the report’s layout as drawn', () => {
    expect(fitChart(groups, 640)).toBe(groups);
    expect(fitChart(groups, 0)).toBe(groups);
  });
});

describe('names under the bars too wide for their slots', () => {
  const sittings = (names: string[]): EChartsOption => ({
    grid: { left: 56, right: 24, top: 56, bottom: 108 },
    xAxis: { type: 'category', data: names, axisLabel: { fontSize: 13, interval: 0, formatter: (v: string) => v.replace(' ', '\n') } },
  });
  const six = ['Morning 8', 'Afternoon 8', 'Morning 9', 'Afternoon 9', 'Morning 10', 'Afternoon 10'];
  it('are turned, the grid’s foot lowered for them, in a half-width card at 1024 px (six sittings)', () => {
    const fitted = fitChart(sittings(six), 364) as Record<string, Record<string, unknown>>;
    expect(fitted.xAxis.axisLabel).toMatchObject({ rotate: 40, interval: 0, fontSize: 13 });
    expect(fitted.grid).toMatchObject({ bottom: 136 });
  });
  it('are left level where they fit: four sittings in the same card, six in the report’s width', () => {
    const four = sittings(six.slice(0, 4).map((n) => n.replace('Afternoon', 'Chiều')));
    expect((fitChart(four, 364) as Record<string, Record<string, unknown>>).xAxis).toEqual(four.xAxis);
    const wide = sittings(six);
    expect(fitChart(wide, 800)).toBe(wide);
  });
});
