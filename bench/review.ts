/**
 * The post-session review on the stress session (issue 12's targets): figures computed from the
 * database in ≤ 50 ms, the view's tables and chart options in ≤ 100 ms, the workbook and the
 * DOCX report in ≤ 2 s each. Measured on the file the large-state section generated.
 */
import { closeStore, openStore } from '../electron/store/db';
import { getCurrentSessionId } from '../electron/features/council/sessions';
import { computeReview } from '../common/review/figures';
import { readReviewInput } from '../electron/features/review/input';
import { reviewTables } from '../common/review/tables';
import { CHART_IDS, reviewChart } from '../common/review/charts';
import { exportReview } from '../electron/features/review/export';
import { figure, now, type Figure } from './stats';

const SECTION = 'e. Review';

async function timed(runs: number, fn: () => unknown): Promise<number[]> {
  await fn(); // warm: module loading and statement compilation are not the figure
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    await fn();
    out.push(now() - t);
  }
  return out;
}

export async function benchReview(file: string, runs: number): Promise<Figure[]> {
  const db = openStore(file);
  try {
    const sessionId = getCurrentSessionId(db)!;
    const at = Date.now();
    const input = readReviewInput(db, sessionId, at)!;
    const review = computeReview(input);
    const req = { sessionId, lang: 'vi' as const, now: at };
    return [
      figure(SECTION, 'figures from the database (read + compute)', 'ms', await timed(runs, () => computeReview(readReviewInput(db, sessionId, at)!)), { value: 50, better: 'lower' }),
      figure(SECTION, 'figures: compute only', 'ms', await timed(runs, () => computeReview(input))),
      figure(
        SECTION,
        "view's tables and chart options",
        'ms',
        await timed(runs, () => {
          reviewTables(review, 'vi');
          for (const id of CHART_IDS) reviewChart(id, review, 'vi');
        }),
        { value: 100, better: 'lower' },
        'the data the view renders; drawing in the browser is not measured here',
      ),
      figure(SECTION, 'XLSX workbook export', 'ms', await timed(runs, () => exportReview(db, 'review-xlsx', req)), { value: 2000, better: 'lower' }),
      figure(SECTION, 'DOCX report export (4 charts as PNG)', 'ms', await timed(runs, () => exportReview(db, 'review-docx', req)), { value: 2000, better: 'lower' }),
      figure(SECTION, 'speaking CSV export', 'ms', await timed(runs, () => exportReview(db, 'speaking', req))),
    ];
  } finally {
    closeStore(db);
  }
}
