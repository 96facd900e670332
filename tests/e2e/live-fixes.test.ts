/**
 * The live sitting tried as a new user would (issue 15), in Chromium against `npm run serve`:
 * one test per bug that shows in the console.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { handled, launch, openPage, seeder, serve, showView, tempDataDir, type Served } from './harness';
import { ITEMS, seedSitting, type Sitting } from './sitting';
import { VIEWS } from '../../src/lib/views';

let browser: Browser;
const servers: Served[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  for (const s of servers) await s.stop();
});

async function fresh(): Promise<Served> {
  const s = await serve(tempDataDir());
  servers.push(s);
  return s;
}

describe('council and sessions', () => {
  it('a first session takes the term just saved, and a session can be edited in place', async () => {
    const server = await fresh();
    const page = await openPage(browser, server.url, 'en');
    await page.getByLabel('Name of the council').fill('HĐND tỉnh Phú Thọ');
    await page.getByLabel('Term', { exact: true }).first().fill('4');
    await page.getByLabel('Total council seats').fill('80');
    await page.getByRole('button', { name: 'Save council' }).click();
    await page.getByText('Council saved').first().waitFor();
    expect(await page.locator('input[name=sessionTerm]').inputValue()).toBe('IV');
    await page.locator('input[name=sessionTitle]').fill('Kỳ họp thường lệ');
    await page.getByRole('button', { name: 'Create session' }).click();
    await page.getByRole('cell', { name: /^Session 1, term IV$/ }).waitFor();
    await page.getByRole('button', { name: /^Edit session/ }).click();
    await page.locator('input[name=sessionTitle]').fill('Kỳ họp chuyên đề về đất đai');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('cell', { name: 'Kỳ họp chuyên đề về đất đai' }).waitFor();
    expect(await page.getByRole('row').count()).toBe(2);
  });
});

describe('the console frame', () => {
  it('a view shorter than the window makes no page scroll at 1366×768', async () => {
    const server = await fresh();
    const page = await openPage(browser, server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    for (const id of ['setup', 'activity']) {
      await showView(page, VIEWS.find((v) => v.id === id)!);
      expect(await page.evaluate(() => document.documentElement.scrollHeight - innerHeight)).toBe(0);
    }
  });
});

describe('a seeded first morning', () => {
  let server: Served;
  let seeded: Sitting;
  beforeAll(async () => {
    server = await fresh();
    seeded = await seedSitting(server.url);
  });

  it("a view's keys do nothing once the chair has gone to another view", async () => {
    const page = await openPage(browser, server.url, 'en');
    const byId = (id: string) => VIEWS.find((v) => v.id === id)!;
    await showView(page, byId('speakers'));
    const speaking = await page.getByTestId('floor-name').textContent();
    await page.getByRole('button', { name: /^Pause/ }).waitFor();
    await showView(page, byId('votes'));
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Speakers' next, finish, pause and one more minute, pressed in Votes.
    for (const key of ['n', 'f', 'Space', '+']) await page.keyboard.press(key);
    // Whatever they sent has been handled before the speaker is looked at.
    await handled(page);
    await showView(page, byId('speakers'));
    expect(await page.getByTestId('floor-name').textContent()).toBe(speaking);
    await page.getByRole('button', { name: /^Pause/ }).waitFor();
    expect(await page.locator('.floor').innerText()).not.toContain('extra');
  });

  it('closing a named vote while present delegates have no mark asks first', async () => {
    // A sitting of its own: closing the seeded named vote would change what later tests see.
    const own = await fresh();
    await seedSitting(own.url);
    const page = await openPage(browser, own.url, 'en');
    await showView(page, VIEWS.find((v) => v.id === 'votes')!);
    await page.getByRole('button', { name: 'Nghị quyết về biên chế công chức năm 2027' }).click();
    // Asked in the page, never by the browser (the vote is prepared for a later item; then the marks).
    const dialogs: string[] = [];
    page.removeAllListeners('dialog').on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const question = page.getByRole('alertdialog');
    await page.getByRole('button', { name: /^Open the vote/ }).click();
    await question.getByRole('button', { name: 'Open the vote' }).click();
    const close = page.getByRole('button', { name: /^Close the vote/ });
    await close.waitFor();
    await close.click();
    expect(await question.locator('p').textContent()).toMatch(/^\d+ of the \d+ delegates present have no mark and will count as not voting\. Close the vote\?$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => question.count()).toBe(0);
    await handled(page);
    expect(await close.isVisible()).toBe(true); // still open
    await close.click();
    await question.getByRole('button', { name: 'Close the vote' }).click();
    await page.getByRole('button', { name: /^Announce/ }).waitFor();
    expect(dialogs).toEqual([]);
  });

  it('changing the vote chosen for the hall shows it at once in mode 4', async () => {
    const page = await openPage(browser, server.url, 'en');
    await page.keyboard.press('Alt+9');
    const select = page.getByLabel('Vote result to show');
    await select.selectOption({ label: '45/NQ-HĐND · Nghị quyết về dự toán ngân sách năm 2027' });
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 700 } });
    await page.keyboard.press('4');
    const preview = page.getByTestId('hall-preview');
    await preview.getByText('Nghị quyết về dự toán ngân sách năm 2027').waitFor();
    await select.selectOption({ label: '46/NQ-HĐND · Nghị quyết về kế hoạch đầu tư công năm 2027' });
    await preview.getByText('Nghị quyết về kế hoạch đầu tư công năm 2027').waitFor();
    expect(seeded.voteIds.length).toBe(3);
  });

  it('a resolution not adopted is never shown in green in the votes list', async () => {
    const { run, close } = await seeder(server.url);
    await run('vote.announce', { id: seeded.voteIds[1] });
    close();
    const page = await openPage(browser, server.url, 'en');
    await page.keyboard.press('Alt+8');
    const failed = page.locator('.list .status', { hasText: 'Not adopted' });
    const adopted = page.locator('.list .status', { hasText: 'Adopted' }).first();
    await failed.waitFor();
    const colour = (l: typeof failed) => l.evaluate((el) => getComputedStyle(el).color);
    const green = await colour(adopted);
    expect(await colour(failed)).not.toBe(green);
    // Red-ish: more red than green.
    const [r, g] = (await colour(failed)).match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(g);
  });

  it('starting an item of another sitting asks before suspending the open one, and says so', async () => {
    const { run, close } = await seeder(server.url);
    await run('item.pause', { id: seeded.itemIds[2] });
    close();
    const page = await openPage(browser, server.url, 'en');
    await page.keyboard.press('Alt+5');
    const afternoonItem = ITEMS[8].title;
    await page.getByRole('button', { name: `Start ${afternoonItem}` }).click();
    const ask = page.getByRole('alertdialog');
    await ask.getByText(/Morning, 8 Dec 2026.*will be suspended/).waitFor();
    // Nothing has changed while the console asks.
    await handled(page);
    expect(await page.locator('.sitting-head .sstatus').first().textContent()).toBe('In progress');
    await ask.getByRole('button', { name: /^Suspend it and start/ }).click();
    await page.getByRole('status').getByText('Morning, 8 Dec 2026 suspended').waitFor();
    await expect.poll(() => page.locator('.sitting-head .sstatus').first().textContent()).toBe('Suspended');
  });

  it('no view scrolls sideways or cuts a button at 1366×768 and 1280×720, in either language', async () => {
    const problems: string[] = [];
    for (const lang of ['vi', 'en'] as const) {
      for (const [width, height] of [[1366, 768], [1280, 720]]) {
        const context = await browser.newContext({ locale: lang, viewport: { width, height } });
        const page = await context.newPage();
        await page.goto(server.url);
        await page.locator('nav').waitFor();
        for (const view of VIEWS) {
          await showView(page, view);
          const found = await page.evaluate(() => {
            const out: string[] = [];
            const doc = document.documentElement;
            if (doc.scrollWidth > innerWidth) out.push(`page is ${doc.scrollWidth}px wide`);
            for (const b of document.querySelectorAll<HTMLElement>('button, a.button, select')) {
              const r = b.getBoundingClientRect();
              if (r.width === 0 || getComputedStyle(b).visibility === 'hidden') continue;
              const name = (b.getAttribute('aria-label') || b.textContent || '').trim().slice(0, 40);
              if (r.right > innerWidth + 0.5 || r.left < -0.5) out.push(`“${name}” is outside the window (${Math.round(r.left)}–${Math.round(r.right)})`);
              else if (b.tagName === 'BUTTON' && b.scrollWidth > b.clientWidth + 1) out.push(`“${name}” has its text cut`);
              else {
                // Nor may it spill out of its card (the Live table's row buttons did).
                const card = b.parentElement?.closest('.panel')?.getBoundingClientRect();
                if (card && r.right > card.right + 0.5) out.push(`“${name}” spills out of its card`);
              }
            }
            return out;
          });
          problems.push(...found.map((f) => `${view.id} ${lang} ${width}×${height}: ${f}`));
        }
        await context.close();
      }
    }
    expect(problems).toEqual([]);
  });

  it('questions: the asker is picked like a speaker, and the form is empty after a slip', async () => {
    const page = await openPage(browser, server.url, 'en');
    await page.keyboard.press('Alt+7');
    const live = page.getByTestId('live-headline');
    const slip = page.getByRole('heading', { name: 'Register a question' });
    // What is live comes before the slips.
    expect((await live.boundingBox())!.y).toBeLessThan((await slip.boundingBox())!.y);
    await page.getByRole('combobox', { name: 'Asking delegate' }).fill('12');
    await page.getByRole('combobox', { name: 'Asking delegate' }).press('Enter');
    await page.getByLabel('Topic', { exact: true }).first().selectOption({ index: 1 });
    await page.getByLabel('Respondent', { exact: true }).first().selectOption({ index: 1 });
    await page.getByLabel('Question', { exact: true }).fill('Tiến độ giải phóng mặt bằng dự án đường tránh?');
    await page.getByRole('button', { name: 'Register question' }).click();
    await page.getByText('Tiến độ giải phóng mặt bằng dự án đường tránh?').first().waitFor();
    expect(await page.getByLabel('Respondent', { exact: true }).first().inputValue()).toBe('');
    expect(await page.getByLabel('Topic', { exact: true }).first().inputValue()).toBe('');
    expect(await page.getByRole('combobox', { name: 'Asking delegate' }).inputValue()).toBe('');
  });

  it('the roll call shows a late delegate’s whole name and time at 1366×768', async () => {
    const context = await browser.newContext({ locale: 'en', viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('nav').waitFor();
    await page.keyboard.press('Alt+4');
    const late = page.locator('.person', { has: page.locator('input.time') }).first();
    await late.waitFor();
    const cut = await late.evaluate((card) => {
      const name = card.querySelector<HTMLElement>('.name')!;
      const time = card.querySelector<HTMLInputElement>('input.time')!;
      const box = card.getBoundingClientRect();
      const t = time.getBoundingClientRect();
      return { nameCut: name.scrollWidth > name.clientWidth + 1, timeOutside: t.right > box.right + 0.5, timeCut: time.scrollWidth > time.clientWidth + 1, time: time.value };
    });
    // On the 24-hour clock in an English browser too ("08:10", never "08:10 AM"), and whole.
    expect(cut).toEqual({ nameCut: false, timeOutside: false, timeCut: false, time: expect.stringMatching(/^\d\d:\d\d$/) });
    await context.close();
  });
  it('a sitting that opens without its roll call is offered one, from the last marks, and votes say which roll call they count on', async () => {
    const { run, close } = await seeder(server.url);
    await run('sitting.open', { id: seeded.sittingIds[3] }).catch(() => undefined);
    close();
    const page = await openPage(browser, server.url, 'en');
    await page.keyboard.press('Alt+5');
    const offer = page.getByTestId('roll-call-offer');
    await offer.getByText('Afternoon, 9 Dec 2026 is in progress and has no roll call yet.').waitFor();
    await offer.getByText('Its roll call starts from the marks of the last one taken, Morning, 8 Dec 2026.').waitFor();
    await offer.getByRole('button', { name: 'Take its roll call, starting from the last marks' }).click();
    await expect.poll(() => offer.count()).toBe(0);
    await page.keyboard.press('Alt+4');
    // Absent and excused carried over; the late arrival is present again.
    await expect.poll(() => page.getByTestId('present-count').textContent()).toBe('Present: 28 of 30 delegates');
    await page.keyboard.press('Alt+8');
    await page.getByTestId('votes-present').getByText(/Afternoon, 9 Dec 2026/).waitFor();
  });
});

describe('the hall in automatic mode', () => {
  it('shows an announced result while its item runs, until the chair moves on', async () => {
    const server = await fresh();
    const { run, close } = await seeder(server.url);
    await run('council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
    await run('session.create', { number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
    const item = (await run('agenda.add', { title: 'Biểu quyết thông qua Nghị quyết về dự toán', kind: 'vote', plannedMinutes: 10 })).id;
    const after = (await run('agenda.add', { title: 'Bế mạc kỳ họp', kind: 'closing', plannedMinutes: 10 })).id;
    await run('item.start', { id: item });
    // A LAN display in a fresh English browser: the hall speaks the session's language (vi).
    const hall = await browser.newPage({ locale: 'en', viewport: { width: 1280, height: 720 } });
    await hall.goto(`${server.url}hall`);
    const screen = hall.locator('.page .screen');
    await expect.poll(() => screen.getAttribute('data-content')).toBe('auto:item');
    await expect.poll(() => hall.evaluate(() => document.documentElement.lang)).toBe('vi');
    const vote = (await run('vote.create', { agendaItemId: item, resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' })).id;
    await run('vote.open', { id: vote, present: 28 });
    await expect.poll(() => screen.getAttribute('data-content')).toBe('auto:vote');
    await run('vote.tally', { id: vote, for: 27, against: 1, abstain: 0 });
    await run('vote.close', { id: vote });
    await run('vote.announce', { id: vote });
    await expect.poll(() => screen.getAttribute('data-content')).toBe('auto:result');
    await hall.getByText('Nghị quyết về dự toán ngân sách năm 2027').waitFor();
    await run('item.start', { id: after, current: 'finish' });
    await expect.poll(() => screen.getAttribute('data-content')).toBe('auto:item');
    close();
  });
});
