/**
 * The parts of ECharts the review draws with, registered once: bar and pie charts, titles,
 * legends, grids, tooltips, aria, the SVG renderer. Importing `echarts/core` with only these
 * keeps the console's chunk small; the view loads this module on demand (import()), so the
 * console's first load does not carry ECharts at all.
 */
import * as echarts from 'echarts/core';
import { BarChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';

echarts.use([BarChart, PieChart, AriaComponent, GridComponent, LegendComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export { echarts };

/** A chart as an SVG string, without a browser (ECharts' server-side rendering). */
export function chartSvg(option: EChartsOption, width = 960, height = 480): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
