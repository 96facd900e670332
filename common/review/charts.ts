/**
 * The review's charts as ECharts option objects: the view renders them in the browser and the
 * report renders the very same objects to SVG in Node (ECharts' SSR), so a chart is described
 * once. Each chart's numbers are also a table (tables.ts) for those who cannot see it.
 */
import type { EChartsOption } from 'echarts';
import type { Lang } from '../strings';
import { QUESTION_STATUSES } from '../questions/model';
import { groupLabel } from '../roster/groupName';
import { WORK_KINDS, type Review } from './figures';
import { sittingName, translator, workNames } from './tables';

export const CHART_IDS = ['kinds', 'plan', 'groups', 'outcomes'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** The table that holds each chart's numbers. */
export const CHART_TABLE = { kinds: 'kinds', plan: 'items', groups: 'groups', outcomes: 'questioning' } as const;

/**
 * Colours that stay apart on a washed-out projector and in greyscale print: in grey, the dark
 * green of questioning, the blue of reading, the orange of discussion and the light grey of
 * procedure read about 70, 100, 150 and 195 of 255, each well apart from its neighbour in the stack.
 */
const WORK_COLOURS = { reading: '#2f6db5', discussion: '#e08a1e', questioning: '#1b5e3b', procedure: '#b9c3cf' } as const;
const PLANNED = '#b9c3cf';
const ACTUAL = '#2f6db5';
const OUTCOME_COLOURS = ['#8a96a3', '#2e9a6a', '#2f6db5', '#e08a1e', '#c0392b'];
/** A question never asked: greyer than a pending one, as the log shows it. */
const NOT_ASKED_COLOUR = '#c3c9d0';
/** Items drawn at most in the planned-against-actual chart; the table holds every item. */
export const PLAN_CHART_ITEMS = 30;

const minutes = (ms: number) => Math.round(ms / 6000) / 10;
/** 24.6 → "24,6" in Vietnamese: numbers on charts follow the language's decimal mark. */
const decimal = (lang: Lang) => (v: unknown) => (lang === 'vi' ? String(v).replace('.', ',') : String(v));
/** The charts' sans-serif (the view measures its names with it). */
export const CHART_FONT = 'Be Vietnam Pro, Liberation Sans, Arial, sans-serif';

function base(title: string, lang: Lang): EChartsOption {
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: CHART_FONT, fontSize: 14, color: '#1d2733' },
    title: { text: title, left: 'center', top: 6, textStyle: { fontSize: 17, fontWeight: 'bold', fontFamily: CHART_FONT } },
    aria: { enabled: true, label: { description: title } },
    legend: { bottom: 4, textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis', valueFormatter: decimal(lang) },
  };
}

/** The items the plan chart shows: all when few, else those furthest from their plan, in agenda order. */
export function planChartItems(r: Review): Review['items'] {
  // A part is never run: its items' bars are its time.
  const run = r.items.filter((i) => !i.part && i.status !== 'pending' && i.status !== 'skipped');
  if (run.length <= PLAN_CHART_ITEMS) return run;
  const keep = new Set([...run].sort((a, b) => Math.abs(b.diffMs) - Math.abs(a.diffMs)).slice(0, PLAN_CHART_ITEMS).map((i) => i.id));
  return run.filter((i) => keep.has(i.id));
}

export function reviewChart(id: ChartId, r: Review, lang: Lang): EChartsOption {
  const t = translator(lang);
  switch (id) {
    case 'kinds': {
      const names = workNames(lang);
      // Each sitting named short under its bar ("Sáng" over "08/12"), the category keeping its full
      // name: in full, "Buổi chiều" over "08/12/2026", neighbours ran into each other in the
      // half-width card at 1024×768. The chart's data table and the report's title give the year.
      const short = r.time.sittings.map((s) => sittingName(s, lang, '\n', true));
      return {
        ...base(t('review.chart.kinds'), lang),
        // Room under the two-line sitting names for a legend of four kinds on two lines, as a
        // half-width card at 1366×768 sets it: on one line it ran over the names.
        grid: { left: 56, right: 24, top: 56, bottom: 108 },
        xAxis: {
          type: 'category',
          data: r.time.sittings.map((s) => sittingName(s, lang)),
          axisLabel: { fontSize: 13, interval: 0, lineHeight: 17, formatter: (_: string, i: number) => short[i] },
        },
        yAxis: { type: 'value', name: t('review.series.minutes'), axisLabel: { fontSize: 13, formatter: decimal(lang) } },
        series: WORK_KINDS.map((w, k) => ({
          type: 'bar' as const,
          name: names[k],
          stack: 'time',
          itemStyle: { color: WORK_COLOURS[w] },
          data: r.time.sittings.map((s) => minutes(s.byWork[w])),
        })),
      };
    }
    case 'plan': {
      const items = planChartItems(r);
      return {
        ...base(t('review.chart.plan'), lang),
        grid: { left: 56, right: 24, top: 56, bottom: 80 },
        xAxis: { type: 'category', name: t('review.col.no'), nameLocation: 'middle', nameGap: 26, data: items.map((i) => i.number), axisLabel: { fontSize: 13 } },
        yAxis: { type: 'value', name: t('review.series.minutes'), axisLabel: { fontSize: 13, formatter: decimal(lang) } },
        series: [
          { type: 'bar', name: t('review.series.planned'), itemStyle: { color: PLANNED }, data: items.map((i) => minutes(i.plannedMs)) },
          { type: 'bar', name: t('review.series.actual'), itemStyle: { color: ACTUAL }, data: items.map((i) => minutes(i.actualMs)) },
        ],
      };
    }
    case 'groups': {
      const groups = [...r.speaking.byGroup].reverse();
      return {
        ...base(t('review.chart.groups'), lang),
        legend: { show: false },
        grid: { left: 24, right: 56, top: 56, bottom: 24 },
        xAxis: { type: 'value', name: t('review.series.minutes'), axisLabel: { fontSize: 13, formatter: decimal(lang) } },
        // A long group name ('Tổ đại biểu số 1 - khu phố Lương Sơn') wraps onto a second line: cut
        // short at the width, the report's chart read 'Tổ đại biểu số 1 - khu phố L…'.
        yAxis: { type: 'category', data: groups.map((g) => groupLabel(g.group, lang) || t('review.noGroup')), axisLabel: { fontSize: 13, width: 220, overflow: 'break' } },
        series: [{ type: 'bar', name: t('review.series.minutes'), itemStyle: { color: ACTUAL }, label: { show: true, position: 'right', fontSize: 13, formatter: (p: { value?: unknown }) => decimal(lang)(p.value) }, data: groups.map((g) => minutes(g.ms)) }],
      };
    }
    case 'outcomes': {
      const q = r.questioning.byStatus;
      return {
        ...base(t('review.chart.outcomes'), lang),
        tooltip: { trigger: 'item' },
        series: [
          {
            type: 'pie',
            name: t('review.series.questions'),
            radius: ['32%', '56%'],
            center: ['50%', '52%'],
            // Wrapped, not cut at the chart's edge: "Đã trả lời tại p…" lost the count it was there to give.
            label: { fontSize: 14, lineHeight: 18, formatter: '{b}: {c}', overflow: 'break' },
            data: [
              ...QUESTION_STATUSES.map((s, k) => ({ name: t(`q.status.${s}`), value: q[s], itemStyle: { color: OUTCOME_COLOURS[k] } })),
              { name: t('q.status.not-asked'), value: r.questioning.notAsked, itemStyle: { color: NOT_ASKED_COLOUR } },
            ].filter((d) => d.value > 0),
          },
        ],
      };
    }
  }
}
