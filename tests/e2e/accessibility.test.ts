/**
 * Every screen, checked by axe-core (Deque's accessibility engine, the rules behind most
 * auditing tools) in real Chromium, in both languages: every control has a name that contains
 * what it shows, labels, headings, landmarks, ARIA used as specified, contrast. A view added
 * or changed without a name on a button fails here, not in front of a delegate using a reader.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { VIEWS } from '../../src/lib/views';
import { failOnPageErrors, seed, showView } from './harness';
import { onSeededMorning } from './sitting';

// Evaluated through the DevTools protocol: the console's Content-Security-Policy (script-src
// 'self') rightly refuses an injected <script>.
const AXE = fs.readFileSync(path.resolve(__dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** axe's violations on the page as it stands, one line per element, readable in a failed test. */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })) }));
  });
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}): ${n.target.join(' ')} ${n.html.slice(0, 160)}`));
}

const live = onSeededMorning();
// On air, so the overlay shows the speaker's caption rather than nothing.
beforeAll(() => seed(live.server.url, [{ type: 'overlay.set', visible: true }]));

describe.each(['vi', 'en'] as const)('accessibility in %s', (lang) => {
  it('has no axe violation in any console view, the keyboard sheet or an announced vote', async () => {
    const page = await live.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: lang });
    failOnPageErrors(page);
    await page.goto(live.server.url);
    await page.locator('nav').waitFor();
    const found: string[] = [];
    for (const view of VIEWS) {
      await showView(page, view);
      found.push(...(await violations(page)).map((v) => `${view.id}: ${v}`));
    }
    // The announced resolution, with its announcement and copy buttons.
    await showView(page, VIEWS.find((v) => v.id === 'votes')!);
    await page.getByRole('button', { name: /dự toán ngân sách năm 2027/ }).click();
    await page.locator('[data-announcement]').first().waitFor();
    found.push(...(await violations(page)).map((v) => `announced vote: ${v}`));
    await page.keyboard.press('?');
    await page.getByRole('dialog').waitFor();
    found.push(...(await violations(page)).map((v) => `keyboard sheet: ${v}`));
    await page.close();
    expect(found).toEqual([]);
  }, 120_000);

  it('has no axe violation on the hall screen or the broadcast overlay', async () => {
    const found: string[] = [];
    for (const screen of ['hall', 'overlay']) {
      const page = await live.browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: lang });
      failOnPageErrors(page);
      await page.goto(live.server.url + screen);
      await page.locator(screen === 'hall' ? '.screen' : '[data-testid=overlay-caption]').first().waitFor();
      found.push(...(await violations(page)).map((v) => `${screen}: ${v}`));
      if (screen === 'hall') {
        // The light theme, for a bright hall: its contrast is checked too.
        await seed(live.server.url, [{ type: 'hall.setTheme', theme: 'light' }]);
        await page.locator('.screen.light').waitFor();
        found.push(...(await violations(page)).map((v) => `hall, light: ${v}`));
        await seed(live.server.url, [{ type: 'hall.setTheme', theme: 'dark' }]);
      }
      await page.close();
    }
    expect(found).toEqual([]);
  }, 60_000);
});
