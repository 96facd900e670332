/**
 * Round 19's trial, second part: what a new chair and secretary met with two consoles (the
 * secretary's laptop paired over the LAN), the roll call, the votes and the minutes, in Chromium
 * against `npm run serve` at 1366×768, on a council seeded as a real one (sitting.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerAsk, freePort, handled, openPage, pairSecretary, seeder, showView, view, twoFrames } from './harness';
import { onSeededMorning } from './sitting';

let lanPort: number;
const live = onSeededMorning(async () => {
  lanPort = await freePort();
  return ['--port', String(await freePort()), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)];
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName ?? null);

describe('two consoles, a roll call, the votes and the minutes', () => {
  it('the secretary’s console opens with the keyboard in the speaker queue’s name box, so her first request is typed at once', async () => {
    const { context, secretary } = await pairSecretary(live.browser, live.server.url, lanPort, 'vi');
    await secretary.getByRole('heading', { name: 'Đăng ký phát biểu' }).waitFor();
    await expect.poll(() => focusedId(secretary)).toBe('speaker-person');
    await context.close();
  });

  it('the chair’s Undo says that the last queue step is the secretary’s and asks before taking it back; Activity says whose it was', async () => {
    const { context, secretary } = await pairSecretary(live.browser, live.server.url, lanPort, 'en');
    await expect.poll(() => focusedId(secretary)).toBe('speaker-person');
    await secretary.keyboard.type('Trần Thị Dung');
    await secretary.keyboard.press('Enter');
    await expect.poll(() => secretary.locator('.queue li .name').allTextContents()).toContain('Trần Thị Dung');

    const chair = await openPage(live.browser, live.server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('speakers'));
    await chair.getByRole('button', { name: /^Undo: registration \(secretary\)/ }).waitFor();
    // Ctrl+Z asks first, naming whose step it is; cancelled, the registration stays.
    await chair.keyboard.press('Control+z');
    expect(await answerAsk(chair, false)).toBe('The last step here, registration (Trần Thị Dung), was taken by the secretary on “Secretary - laptop 2”. Undo it?');
    await handled(chair);
    expect(await chair.locator('.queue li .name').allTextContents()).toContain('Trần Thị Dung');
    // Confirmed, it is taken back.
    await chair.keyboard.press('Control+z');
    await answerAsk(chair, true);
    await expect.poll(() => chair.locator('.queue li .name').allTextContents()).not.toContain('Trần Thị Dung');
    await showView(chair, view('activity'));
    await expect
      .poll(() => chair.locator('.journal tbody tr').first().textContent())
      .toContain('Undid in the speaker queue: registration (Trần Thị Dung) (the secretary’s step, on “Secretary - laptop 2”)');

    // A question slip she registers is named hers on the chair's Questions view too.
    await showView(secretary, view('questions'));
    await secretary.getByRole('combobox', { name: 'Asking delegate' }).fill('Trần Thị Dung');
    await secretary.getByRole('combobox', { name: 'Asking delegate' }).press('Enter');
    await secretary.getByLabel('Respondent', { exact: true }).first().selectOption({ index: 1 });
    await secretary.getByLabel('Question', { exact: true }).fill('Tiến độ giải phóng mặt bằng dự án đường tránh?');
    await secretary.getByRole('button', { name: 'Register question' }).click();
    await showView(chair, view('questions'));
    await chair.getByRole('button', { name: /^Undo: registration of a slip \(secretary\)/ }).waitFor();
    await chair.context().close();
    await context.close();
  });

  it('the roll call under way offers neither starting it again nor its own marks as a last roll call; another sitting offers both', async () => {
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('attendance'));
    await page.getByLabel('Seat number').waitFor();
    expect(await page.getByRole('button', { name: 'Start roll call' }).count()).toBe(0);
    expect(await page.getByTestId('roll-call-carry').count()).toBe(0);
    // The afternoon has no roll call yet: it may start, from the morning's marks.
    await page.getByLabel('Sitting of the agenda').selectOption(String(live.seeded.sittingIds[1]));
    await page.getByRole('button', { name: 'Start roll call' }).waitFor();
    const carry = page.getByTestId('roll-call-carry');
    expect(await carry.textContent()).toContain('Start from the marks of the last roll call (Morning, 8 Dec 2026)');
    expect(await carry.locator('input').isChecked()).toBe(true);
    await page.context().close();
  });

  it('the Minutes preview shows the restored record after a backup is restored, though it carries the revision it replaced', async () => {
    const minutes = await openPage(live.browser, live.server.url, 'en');
    await minutes.setViewportSize({ width: 1366, height: 768 });
    await showView(minutes, view('minutes'));
    const preview = () => minutes.locator('main').textContent();
    await expect.poll(preview).toContain('SOCIALIST REPUBLIC OF VIET NAM');

    const chair = await openPage(live.browser, live.server.url, 'en');
    await showView(chair, view('activity'));
    const backups = chair.locator('[aria-labelledby="backups-heading"] tbody tr');
    const taken = await backups.count();
    await chair.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => backups.count()).toBe(taken + 1);
    // One command after the backup: the restored state carries the same revision (the backup's, plus its restore line).
    const { run, close } = await seeder(live.server.url);
    await run('record.setSession', { place: 'Hội trường Chi Nê', locality: 'Chi Nê' });
    close();
    await expect.poll(preview).toContain('Chi Nê');

    await backups.filter({ hasText: 'Taken by hand' }).first().getByRole('button', { name: /Restore the backup of/ }).click();
    await answerAsk(chair, true);
    // A restore sets the database it replaces aside, then backs up what it put in place.
    await backups.first().getByText('After a restore').waitFor();
    await backups.nth(1).getByText('Before a restore').waitFor();
    await expect.poll(preview).not.toContain('Chi Nê');
    await minutes.context().close();
    await chair.context().close();
  });

  it('with no vote for the item under way none is selected and the view says so; a vote of a later item warns before it opens', async () => {
    const page = await openPage(live.browser, live.server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('votes'));
    await page.getByTestId('no-vote-for-item').getByText('No vote is prepared for the item under way (3. Báo cáo tình hình').waitFor();
    expect(await page.locator('[data-vote-card][aria-current="true"]').count()).toBe(0);
    expect(await page.locator('#vote-title').count()).toBe(0);

    await page.locator('[data-vote-card]').filter({ hasText: 'biên chế công chức' }).click();
    await page.getByTestId('vote-item').getByText('for item 19. Biểu quyết thông qua Nghị quyết về biên chế công chức năm 2027').waitFor();
    await page.getByTestId('vote-other-item').getByText('This vote is prepared for item 19.').waitFor();
    // Warned, not refused, and asked in the page (the browser's own dialog is never used): Esc
    // cancels and it stays a draft; confirmed it opens.
    const dialogs: string[] = [];
    page.removeAllListeners('dialog').on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const question = page.getByRole('alertdialog');
    await page.getByRole('button', { name: /^Open the vote/ }).click();
    expect(await question.locator('p').textContent()).toMatch(/^“Nghị quyết về biên chế công chức năm 2027” is prepared for item 19\. .*, but the item under way is 3\. .*\. Open this vote now\? Item 19\. .*, not started, is then marked as held \(its time runs on in 3\. .*\)\.$/);
    expect(await page.evaluate(() => document.activeElement?.closest('[role=alertdialog]') !== null && document.activeElement?.textContent?.startsWith('Cancel'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    await handled(page);
    expect(await page.evaluate(() => window.__gavelState!()!.votes.find((v) => v.resolutionNumber === '47/NQ-HĐND')!.status)).toBe('draft');
    await page.getByRole('button', { name: /^Open the vote/ }).click();
    await question.getByRole('button', { name: 'Open the vote' }).click();
    expect(dialogs).toEqual([]);
    await expect.poll(() => page.evaluate(() => window.__gavelState!()!.votes.find((v) => v.resolutionNumber === '47/NQ-HĐND')!.status)).toBe('open');
    await page.context().close();
  });
});

describe('a paired console on a phone (390×844)', () => {
  it('reads the roster, the votes (each one chosen) and the review without scrolling the page sideways, in either language', async () => {
    const wider: string[] = [];
    for (const lang of ['vi', 'en'] as const) {
      const { context, secretary } = await pairSecretary(live.browser, live.server.url, lanPort, lang);
      await secretary.setViewportSize({ width: 390, height: 844 });
      const check = async (where: string) => {
        // Two frames: the view's layout is done before it is measured.
        await twoFrames(secretary);
        const width = await secretary.evaluate(() => document.documentElement.scrollWidth);
        if (width > 390) wider.push(`${where} ${lang}: ${width}px`);
      };
      for (const id of ['roster', 'votes', 'review']) {
        await secretary.goto(`http://127.0.0.1:${lanPort}/#${id}`);
        await secretary.reload();
        await secretary.locator('main h2').first().waitFor();
        if (id === 'review') await secretary.locator('.panel .review-table').first().waitFor();
        await check(id);
      }
      // The roster's row being edited, and each vote chosen (a named vote's grid, a count's fields).
      await secretary.goto(`http://127.0.0.1:${lanPort}/#roster`);
      await secretary.reload();
      await secretary.locator('tr[data-delegate] button').first().click();
      await secretary.locator('tr.editing').waitFor();
      await check('roster, a row edited');
      await secretary.goto(`http://127.0.0.1:${lanPort}/#votes`);
      await secretary.reload();
      const votes = secretary.locator('.list li button');
      await votes.first().waitFor();
      for (let k = 0; k < (await votes.count()); k++) {
        await votes.nth(k).click();
        await check(`votes, vote ${k + 1} chosen`);
      }
      await context.close();
    }
    expect(wider).toEqual([]);
  });
});

describe('the hall held upright (1080×1920)', () => {
  it('lists the next speakers in one column, each with its number, inside the screen', async () => {
    const { run, close } = await seeder(live.server.url);
    await run('hall.setMode', { mode: 'speakers' });
    const context = await live.browser.newContext({ locale: 'vi', viewport: { width: 1080, height: 1920 } });
    const hall = await context.newPage();
    await hall.goto(`${live.server.url}hall`);
    await hall.locator('.screen .next li').first().waitFor();
    // Before, in two columns, the second column's numbers ("3.") ran into the first column's text;
    // upright, the queue is one column whose lines start with their numbers (drawn inside the line,
    // before the name, as its ::before: the line ends in "…" at the screen's edge).
    const items = await hall.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.screen .next li')].map((li) => ({ ...li.getBoundingClientRect().toJSON(), number: getComputedStyle(li, '::before').content, marker: getComputedStyle(li).listStyleType })),
    );
    expect(items.length).toBeGreaterThan(1);
    expect(new Set(items.map((r) => Math.round(r.left))).size).toBe(1);
    for (const r of items) {
      expect(r.marker).toBe('none');
      expect(r.number).toContain('counter(queue)');
      expect(r.left).toBeGreaterThanOrEqual(0);
      expect(r.right).toBeLessThanOrEqual(1080);
    }
    await run('hall.setMode', { mode: 'auto' });
    close();
    await context.close();
  });
});
