/**
 * The review's charts as the DOCX report draws them (ECharts in Node, 800×420, as docx.ts does):
 * what the chart names is there whole. The data table below each chart gives the figures.
 */
import { describe, expect, it } from 'vitest';
import { chartSvg } from '../../../common/review/echarts';
import { reviewChart } from '../../../common/review/charts';
import { computeReview } from '../../../common/review/figures';
import { readReviewInput } from '../../../electron/features/review/input';
import { newEngine, ok, seedBasics } from '../helpers';

const MIN = 60_000;

describe('the speaking time by delegate group chart', () => {
  it('names each group whole, on two lines where the name is long, never cut short with "…"', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    // A commune's groups, named by their area as the e2e seed's are.
    const groups = ['Tổ đại biểu số 1 - khu phố Lương Sơn', 'Tổ đại biểu số 2 - thôn Hòa Sơn', 'Tổ đại biểu số 3 - thôn Cư Yên'];
    const { id: item } = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 });
    ok(engine, 'item.start', { id: item });
    ok(engine, 'speaker.focus', { agendaItemId: item });
    groups.forEach((group, k) => {
      const delegateId = ok(engine, 'delegate.add', { fullName: `Nguyễn Văn ${k + 1}`, group }).id;
      ok(engine, 'speaker.request', { delegateId });
      ok(engine, 'speaker.next');
      ok(engine, 'speaker.start');
      clock.advance((5 + k) * MIN);
      ok(engine, 'speaker.finish');
    });
    const review = computeReview(readReviewInput(db, sessionId, clock())!);
    for (const lang of ['vi', 'en'] as const) {
      const svg = chartSvg(reviewChart('groups', review, lang), 800, 420);
      const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      // Before, "Tổ đại biểu số 1 - khu phố L…" in the report's chart.
      expect(texts.filter((x) => x.includes('…') || x.includes('...')), lang).toEqual([]);
      for (const name of groups) expect(texts.join(' ').replace(/\s+/g, ' '), `${lang}: ${name}`).toContain(name.split(' - ')[1]);
    }
  });
});
