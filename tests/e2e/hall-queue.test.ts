/**
 * The hall's queue as a column: whatever a row's number ("1." or "10."), its name starts where
 * every other row's does, on each shape of screen (landscape in two columns, 4:3, square in one,
 * upright in one).
 */
import { describe, expect, it } from 'vitest';
import { failOnPageErrors, seeder } from './harness';
import { onSeededMorning } from './sitting';

const morning = onSeededMorning();

describe('the hall’s queue', () => {
  it('starts every name at one edge of its column, after one- and two-digit numbers alike, in every layout', { timeout: 120_000 }, async () => {
    const { run, close } = await seeder(morning.server.url);
    try {
      for (const i of [1, 2, 4, 6, 8, 10, 12]) await run('speaker.request', { agendaItemId: morning.seeded.itemIds[2], delegateId: morning.seeded.delegateIds[i] });
      await run('hall.setMode', { mode: 'speakers' });
    } finally {
      close();
    }
    for (const [width, height] of [[1920, 1080], [1024, 768], [1080, 1080], [1080, 1920]]) {
      const context = await morning.browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      failOnPageErrors(page);
      await page.goto(`${morning.server.url}hall`);
      await page.locator('[data-testid=hall-queue] li').first().waitFor();
      await page.evaluate(() => document.fonts.ready);
      // The queue as shown, then the same rows numbered from 8 (as a longer list would be): 8. to 14.
      for (const from of [0, 7]) {
        await page.evaluate((from) => document.querySelector<HTMLElement>('[data-testid=hall-queue]')!.style.setProperty('counter-reset', `queue ${from}`), from);
        const edges = await page.evaluate(() => {
          const columns = new Map<number, number[]>();
          for (const li of document.querySelectorAll('[data-testid=hall-queue] li')) {
            const column = Math.round(li.getBoundingClientRect().left);
            columns.set(column, [...(columns.get(column) ?? []), Math.round(li.querySelector('.next-name')!.getBoundingClientRect().left * 10) / 10]);
          }
          return [...columns.values()];
        });
        expect(edges.length, `${width}×${height}`).toBeGreaterThan(0);
        for (const column of edges) expect(new Set(column).size, `${width}×${height} from ${from + 1}: ${column.join(', ')}`).toBe(1);
      }
      await context.close();
    }
  });
});
