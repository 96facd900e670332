/**
 * The chair's and the secretary's keyboard during a sitting, round 20's trial, in Chromium against
 * `npm run serve` at 1366×768: one test per rough edge that showed in the browser.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { answerAsk, alerts, handled, openPage, seed, seeder, serve, showView, tempDataDir, view, type Served, twoFrames } from './harness';
import { onSeededMorning } from './sitting';

const live = onSeededMorning();

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);
const queueNames = (page: Page) => page.locator('.queue li .name').allTextContents();

async function openAt1366(lang: 'vi' | 'en' = 'en'): Promise<Page> {
  const page = await openPage(live.browser, live.server.url, lang);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
}

describe('the speaker queue by keyboard', () => {
  it('Enter on a name adds the request at once; with several matches, the arrows choose whom Enter adds', async () => {
    const page = await openAt1366();
    await showView(page, view('speakers'));
    const before = await queueNames(page);
    const box = page.getByRole('combobox', { name: 'Person' });
    // One clear match (a seat number): one Enter, and the request is in the queue.
    await box.fill('30');
    await box.press('Enter');
    await expect.poll(() => queueNames(page)).toEqual([...before, 'Trần Thị Hằng']);
    await page.getByText('Trần Thị Hằng added to the queue.').waitFor();
    expect(await box.inputValue()).toBe('');
    // Several: the list shows them, ↓ moves to the second, Enter adds that one, not the first.
    await box.fill('tran thi');
    const options = page.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(2);
    const first = await page.locator('[role=option][aria-selected=true] .name').textContent();
    await box.press('ArrowDown');
    const second = (await page.locator('[role=option][aria-selected=true] .name').textContent())!;
    expect(second).not.toBe(first);
    await box.press('Enter');
    await expect.poll(() => queueNames(page)).toEqual([...before, 'Trần Thị Hằng', second]);
    expect(await alerts(page).count()).toBe(0);
    // The focus stays in the box for the next name.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('speaker-person');
    await page.context().close();
  });

  it('"Next speaker" is greyed, and says why, when the queue it calls from has nobody to call; n says so and sends nothing', async () => {
    const { run, close } = await seeder(live.server.url);
    const discussion = live.seeded.itemIds[6];
    // The discussion's queue comes forward: nobody waits on it; the report's speaker is at the rostrum.
    await run('speaker.focus', { agendaItemId: discussion });
    const page = await openAt1366();
    await showView(page, view('speakers'));
    const nextButton = page.getByRole('button', { name: /^Next speaker/ });
    const floor = await page.getByTestId('floor-name').textContent();
    await expect.poll(() => nextButton.isDisabled()).toBe(true);
    const why = 'Nobody is waiting to speak on item 7. Thảo luận tại hội trường về các báo cáo, tờ trình: there is no next speaker to call.';
    expect(await page.getByTestId('next-none').textContent()).toBe(why);
    expect(await nextButton.getAttribute('aria-describedby')).toBe('next-none');
    // `n` from the page: the same sentence, and the speaker at the rostrum stays there.
    await page.locator('#spk-heading').focus();
    await page.keyboard.press('n');
    await expect.poll(() => alerts(page).first().textContent()).toBe(why);
    await handled(page);
    expect(await page.getByTestId('floor-name').textContent()).toBe(floor);

    // Someone absent asks to speak: still nobody to call, and it says that instead.
    await run('speaker.request', { agendaItemId: discussion, delegateId: live.seeded.delegateIds[5] });
    await expect.poll(() => page.getByTestId('next-none').textContent()).toBe(
      'Everyone waiting to speak on item 7. Thảo luận tại hội trường về các báo cáo, tờ trình is absent: withdraw them or put them back at the end.',
    );
    expect(await nextButton.isDisabled()).toBe(true);
    // Someone present asks: the button is live again, and n calls them (passing the absent one).
    await run('speaker.request', { agendaItemId: discussion, delegateId: live.seeded.delegateIds[6] });
    await expect.poll(() => nextButton.isDisabled()).toBe(false);
    expect(await page.getByTestId('next-none').count()).toBe(0);
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('floor-name').textContent()).toBe('Đặng Văn An');
    close();
    await page.context().close();
  });
});

describe('the roster', () => {
  it('the "removed on another console" notice takes the keyboard without scrolling the page under the header', async () => {
    const chair = await openAt1366();
    const secretary = await openPage(live.browser, live.server.url, 'vi');
    await showView(chair, view('roster'));
    await showView(secretary, view('roster'));
    await chair.getByRole('button', { name: 'Edit Đinh Thị Thu Hương' }).click();
    // The officials are at the end of the list: the chair has scrolled down to him.
    expect(await chair.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await secretary.getByRole('button', { name: 'Xóa Đinh Thị Thu Hương' }).click();
    await answerAsk(secretary, true);
    const gone = chair.getByTestId('edit-gone');
    await gone.waitFor();
    await expect.poll(() => focusedText(chair)).toBe('Close');
    await twoFrames(chair);
    // The notice is in sight, and the header above it whole, not cut by a few pixels.
    const box = (await gone.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y + box.height).toBeLessThan(768);
    expect(await chair.locator('header.top').evaluate((h) => h.getBoundingClientRect().top)).toBe(0);
    await secretary.context().close();
    await chair.context().close();
  });
});

/** Tabs forward until the focused element's text is `text` (at most 60 presses). */
async function tabTo(page: Page, text: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if ((await focusedText(page)) === text) return;
  }
  throw new Error(`Tab never reached “${text}”`);
}

describe('a vote, then the sitting closed, by keyboard', () => {
  it('a new vote is offered for the next vote item without one, not the first one already adopted', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const page = await openAt1366(lang);
      await showView(page, view('votes'));
      // Items 8, 18 and 19 have their votes; the next vote item of the agenda is 20.
      await expect.poll(() => page.locator('select[name=agendaItem]').inputValue()).toBe(String(live.seeded.itemIds[19]));
      await page.context().close();
    }
  });

  it('suspending, resuming and closing a sitting keep the keyboard on that sitting', async () => {
    const page = await openAt1366();
    await showView(page, view('live'));
    // The report under way ends (f), then the morning is suspended, resumed and closed, each by Enter.
    await page.keyboard.press('f');
    await expect.poll(() => page.locator('.sitting-head').first().locator('.sstatus').textContent()).toBe('In progress');
    await tabTo(page, 'Suspend');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Resume sitting');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedText(page)).toBe('Suspend');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Close sitting');
    // Items not taken up are left: the console asks first, in the page (Enter accepts), then the sitting closes.
    await page.keyboard.press('Enter');
    await page.getByRole('alertdialog').waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.sitting-head').first().locator('.sstatus').textContent()).toBe('Closed');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-sitting]')?.querySelector('h3')?.textContent)).toContain('Morning, 8 Dec 2026');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    expect(await alerts(page).count()).toBe(0);
    await page.context().close();
  });
});

describe('a roll call not yet taken', () => {
  let server: Served | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('Alt+4 puts the keyboard on Start; Enter starts it and the seat box has the keyboard for the first mark', async () => {
    server = await serve(tempDataDir());
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 15 },
      { type: 'session.create', number: 1, term: 1, kind: 'regular', title: 'Kỳ họp thứ nhất', startDate: '2026-12-08', endDate: '2026-12-08' },
      ...['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
    ]);
    for (const lang of ['en', 'vi'] as const) {
      const page = await openPage(live.browser, server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('attendance'));
      await expect.poll(() => focusedText(page)).toBe(lang === 'vi' ? 'Bắt đầu điểm danh' : 'Start roll call');
      if (lang === 'vi') {
        await page.keyboard.press('Enter');
        await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('seat-box'))).toBe(true);
        await page.keyboard.type('2');
        await page.keyboard.press('a');
        await expect.poll(() => page.getByLabel('Điểm danh Trần Thị Bình').inputValue()).toBe('absent');
      }
      await page.context().close();
    }
    // Once started, Alt+4 lands in the seat box.
    const page = await openPage(live.browser, server.url, 'en');
    await page.keyboard.press('Alt+1');
    await showView(page, view('attendance'));
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('seat-box'))).toBe(true);
    await page.context().close();
  });
});

describe('the day’s last sitting, its items done', () => {
  let server: Served | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('is closed from the controls at the top of Live, a few Tabs away, without a question', async () => {
    server = await serve(tempDataDir());
    const [, , , sitting, first, second] = await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 15 },
      { type: 'session.create', number: 1, term: 1, kind: 'regular', title: 'Kỳ họp thứ nhất', startDate: '2026-12-08', endDate: '2026-12-08' },
      { type: 'delegate.add', fullName: 'Nguyễn Văn An', seatNumber: 1 },
      { type: 'sitting.add', date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' },
      { type: 'agenda.add', title: 'Bế mạc kỳ họp', kind: 'closing', plannedMinutes: 15 },
      { type: 'agenda.add', title: 'Chào cờ bế mạc', kind: 'closing', plannedMinutes: 5 },
    ] as const);
    await seed(server.url, [
      { type: 'agenda.assign', id: first.id, sittingId: sitting.id },
      { type: 'agenda.assign', id: second.id, sittingId: sitting.id },
      { type: 'item.start', id: first.id },
      { type: 'item.start', id: second.id, current: 'finish' },
      { type: 'item.finish', id: second.id },
    ]);
    for (const lang of ['en', 'vi'] as const) {
      const page = await openPage(live.browser, server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('live'));
      const close = lang === 'en' ? 'Close the sitting: Afternoon, 8 Dec 2026' : 'Kết thúc phiên họp: Buổi chiều 08/12/2026';
      // The button shows its key, Alt+S, after the name.
      const focusedButton = async () => (await focusedText(page))?.replace(/\s*Alt\+S$/, '');
      let tabs = 0;
      while ((await focusedButton()) !== close && tabs < 10) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      expect(await focusedButton()).toBe(close);
      expect(await focusedText(page)).toMatch(/Alt\+S$/);
      if (lang === 'vi') {
        await page.keyboard.press('Enter');
        await expect.poll(() => page.locator('.sitting-head .sstatus').first().textContent()).toBe('Đã kết thúc');
        expect(await page.getByTestId('close-done-sitting').count()).toBe(0);
        expect(await alerts(page).count()).toBe(0);
      }
      await page.context().close();
    }
  });
});
