/**
 * The `?` sheet in front of a hall: at 1366×768 the whole of it reads at once on every view, in
 * both languages, without scrolling (before, the thirteen view keys and the shared grammar ran
 * it past the screen's foot). At 1024×768 it may scroll, but stays within the screen's width.
 */
import { describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/lib/views';
import { failOnPageErrors, showView } from './harness';
import { onSeededMorning } from './sitting';

const live = onSeededMorning();

describe.each(['vi', 'en'] as const)('the keyboard sheet in %s', (lang) => {
  it('shows all its keys at once at 1366×768 on every view, and fits the width at 1024×768', async () => {
    const overflow: string[] = [];
    for (const [width, mustFit] of [[1366, true], [1024, false]] as const) {
      const page = await live.browser.newPage({ viewport: { width, height: 768 }, locale: lang });
      failOnPageErrors(page);
      await page.goto(live.server.url);
      await page.locator('nav').waitFor();
      for (const view of VIEWS) {
        await showView(page, view);
        // A view may put the keyboard in a box, where ? is text: the chair presses it from the page.
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
        await page.keyboard.press('?');
        const sheet = page.getByRole('dialog');
        await sheet.waitFor();
        const box = await sheet.evaluate((el) => ({ scroll: el.scrollHeight, client: el.clientHeight, scrollW: el.scrollWidth, clientW: el.clientWidth, bottom: el.getBoundingClientRect().bottom }));
        if (box.scrollW > box.clientW) overflow.push(`${view.id} ${width}: ${box.scrollW} px wide in ${box.clientW}`);
        if (mustFit && (box.scroll > box.client || box.bottom > 768)) overflow.push(`${view.id} ${width}: ${box.scroll} px tall in ${box.client}`);
        await page.keyboard.press('Escape');
        await sheet.waitFor({ state: 'detached' });
      }
      await page.close();
    }
    expect(overflow).toEqual([]);
  }, 120_000);
});
