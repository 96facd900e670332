/**
 * A new chair's first sitting, round 23, in Chromium against `npm run serve` at 1366×768 on the
 * seeded morning: what tripped a commune council's day run end to end by keyboard, one test per
 * rough edge. The tests share one server and run in order; the last one ends the morning.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { alerts, openPage, seeder, showView, view } from './harness';
import { onSeededMorning, ITEMS } from './sitting';

const live = onSeededMorning();

async function openAt1366(lang: 'vi' | 'en'): Promise<Page> {
  const page = await openPage(live.browser, live.server.url, lang);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);

/** Whether the element is wholly inside the window as it is scrolled now. */
const inSight = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    // A pixel's fraction over the edge is in sight (scrollIntoView lands on subpixels).
    return r.top >= -1 && r.bottom <= window.innerHeight + 1;
  });

describe('adding a respondent with nobody chosen', () => {
  it('says whom to choose and puts the keyboard on the list, not "Respondent must be a number", and adds nobody', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const page = await openAt1366(lang);
      await showView(page, view('questions'));
      await page.getByRole('button', { name: lang === 'en' ? 'Respondents and topics' : 'Người trả lời và nhóm vấn đề' }).press('Enter');
      // The agency typed first, as a secretary does, then Enter with no person chosen.
      const agency = page.getByLabel(lang === 'en' ? 'Agency' : 'Cơ quan', { exact: true });
      await agency.fill('UBND xã');
      await agency.press('Enter');
      const sentence = lang === 'en' ? 'Choose the person who will answer from the roster list first, then add them.' : 'Hãy chọn người sẽ trả lời chất vấn trong danh sách trước, rồi mới thêm.';
      await expect.poll(() => alerts(page).allTextContents()).toEqual([sentence]);
      // In sight with the list, not under both panels below the window.
      await expect.poll(() => inSight(page, '.setup > .error')).toBe(true);
      expect(await inSight(page, '.setup select')).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(lang === 'en' ? 'Person from the roster' : 'Người trong danh sách');
      expect(await page.evaluate(() => (window as unknown as { __gavelState(): { respondents: unknown[] } }).__gavelState().respondents.length)).toBe(2);
      await page.context().close();
    }
  });
});

describe('a one-letter key pressed with the page scrolled down', () => {
  it('Questions: n brings the question’s panel and clock into sight', async () => {
    const page = await openAt1366('en');
    await showView(page, view('questions'));
    // The setup open below the queue makes the page long; the secretary was down there, and Esc leaves a box without scrolling.
    await page.getByRole('button', { name: 'Respondents and topics' }).press('Enter');
    // Opened, the setup has the keyboard in its first field (a list, whose letters are its own): back to the view's heading.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('#questions-setup') !== null)).toBe(true);
    await page.locator('h2', { hasText: 'Questioning' }).focus();
    await page.keyboard.press('/');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.keyboard.press('Escape');
    expect(await inSight(page, 'section.live')).toBe(false);
    await page.keyboard.press('n');
    await expect.poll(() => page.locator('#live-heading').textContent()).toBe('Question · called, not started');
    await expect.poll(() => inSight(page, 'section.live')).toBe(true);
    // Back to the queue, for the tests after this one: done before the page closes (a key's command
    // still on its way when the page went was lost, and the next test found the question called).
    const revision = () => page.evaluate(() => window.__gavelState!()!.revision);
    const before = await revision();
    await page.keyboard.press('n');
    await expect.poll(revision).toBeGreaterThan(before);
    await page.context().close();
  });

  it('Speakers: + gives the minute and shows the floor where it is counted', async () => {
    const page = await openPage(live.browser, live.server.url, 'en');
    // A short window, as a queue long enough to scroll the floor away would need.
    await page.setViewportSize({ width: 1366, height: 420 });
    await showView(page, view('speakers'));
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    expect(await inSight(page, '.floor .speaker')).toBe(false);
    await page.evaluate(() => document.getElementById('spk-heading')!.focus({ preventScroll: true }));
    await page.keyboard.press('+');
    await expect.poll(() => page.locator('.floor .speaker').textContent()).toContain('extra 1:00');
    expect(await inSight(page, '.floor .speaker')).toBe(true);
    await page.context().close();
  });
});

describe('editing the session', () => {
  it('puts the keyboard in the form’s first field, not on the row’s Edit beside its ✕; Cancel takes it back to the row', async () => {
    const page = await openAt1366('en');
    await showView(page, view('setup'));
    await page.getByRole('button', { name: /^Edit session: / }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('sessionNumber');
    await page.getByRole('button', { name: 'Cancel', exact: true }).press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-session'))).toBe('1');
    await page.context().close();
  });
});

describe('a programme file whose days are not the session’s', () => {
  it('says the session’s own dates may be what is wrong, and where to correct them, beside reading it as an earlier programme', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const page = await openAt1366(lang);
      await showView(page, view('agenda'));
      await page.locator('details > summary', { hasText: lang === 'en' ? 'Import a programme file' : 'Nhập chương trình từ tệp' }).press('Enter');
      // The office's programme for 15 and 16 December; the session was created for the 8th and 9th.
      await page.getByLabel(lang === 'en' ? 'Or paste lines (from Excel or Word)' : 'Hoặc dán các dòng (từ Excel hoặc Word)').fill('STT\tNgày\tBuổi\tNội dung\n1\t15/12/2026\tSáng\tKhai mạc kỳ họp\n2\t16/12/2026\tChiều\tBế mạc kỳ họp');
      await page.getByRole('button', { name: lang === 'en' ? 'Preview' : 'Xem trước', exact: true }).click();
      const hint = page.getByTestId('session-dates-hint');
      await expect.poll(() => hint.textContent()).toContain(lang === 'en' ? 'correct its opening and closing days in Council & session (Alt+1)' : 'hãy sửa ngày khai mạc, bế mạc ở mục Hội đồng, kỳ họp (Alt+1)');
      // Read as an earlier session's programme instead, the hint goes.
      await page.getByRole('checkbox', { name: lang === 'en' ? /^An earlier session’s programme/ : /^Đây là chương trình kỳ họp trước/ }).check();
      await expect.poll(() => hint.count()).toBe(0);
      await page.context().close();
    }
  });
});

describe('the counting committee', () => {
  it('its head chosen by Enter, the keyboard goes on to the members: the next name does not run into the head’s', async () => {
    const { run, close } = await seeder(live.server.url);
    await run('personnel.prepare', { kind: 'election', title: 'Ủy viên Ủy ban nhân dân xã', posts: 1, people: [{ delegateId: live.seeded.delegateIds[20] }] });
    close();
    const page = await openAt1366('vi');
    await showView(page, view('personnel'));
    await page.locator('#committee-head').focus();
    await page.keyboard.type('nguyen van binh');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('committee-member');
    await page.keyboard.type('tran thi binh');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.getByText('Đã lưu Ban kiểm phiếu.').waitFor();
    const committee = await page.evaluate(() => (window as unknown as { __gavelState(): { personnel: { committee: { fullName: string; role: string }[] }[] } }).__gavelState().personnel.at(-1)!.committee);
    expect(committee.map((c) => [c.fullName, c.role])).toEqual([['Nguyễn Văn Bình', 'head'], ['Trần Thị Bình', 'member']]);
    await page.context().close();
  });
});

describe('going on from the morning’s last item to the afternoon’s first', () => {
  it('closes the morning (as the minutes then have it), and says so before and after', async () => {
    const { run, close } = await seeder(live.server.url);
    // The rest of the morning taken up: items 4 to 7 skipped, the vote (item 8) under way.
    for (const i of [3, 4, 5, 6]) await run('item.skip', { id: live.seeded.itemIds[i] });
    await run('item.start', { id: live.seeded.itemIds[7], current: 'finish' });
    close();
    const page = await openAt1366('en');
    await showView(page, view('live'));
    await page.keyboard.press('n');
    const ask = page.getByRole('alertdialog');
    await ask.getByText(`“Morning, 8 Dec 2026” has no other item left: finishing this one closes that sitting (pausing it suspends it), since “${ITEMS[8].title}” belongs to another sitting.`).waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Morning, 8 Dec 2026 closed').waitFor();
    const statuses = () => page.evaluate(() => (window as unknown as { __gavelState(): { sittings: { status: string }[] } }).__gavelState().sittings.map((s) => s.status));
    await expect.poll(statuses).toEqual(['closed', 'open', 'planned', 'planned']);
    await page.context().close();
  });
});
