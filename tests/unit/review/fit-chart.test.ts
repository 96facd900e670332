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
