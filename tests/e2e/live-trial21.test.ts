/**
 * The chair's keyboard during a sitting, round 21, in Chromium against `npm run serve` at
 * 1366×768 on the seeded morning (the report running, a speaker on the floor, votes held): one
 * test per rough edge. The tests share one server and run in order; the last closes the morning.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { alerts, handled, openPage, seeder, showView, view } from './harness';
import { onSeededMorning } from './sitting';

const live = onSeededMorning();

const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? null);

async function openAt1366(lang: 'vi' | 'en' = 'en'): Promise<Page> {
  const page = await openPage(live.browser, live.server.url, lang);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
}

/** Whether the element is wholly inside the 1366×768 window as it is scrolled now. */
const inSight = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });

describe('n with nobody to call', () => {
  it('says why once: the line under the greyed button becomes the alert, with no second copy of it', async () => {
    const { run, close } = await seeder(live.server.url);
    // The discussion's queue comes forward: nobody waits on it.
    await run('speaker.focus', { agendaItemId: live.seeded.itemIds[6] });
    close();
    for (const lang of ['en', 'vi'] as const) {
      const page = await openAt1366(lang);
      await showView(page, view('speakers'));
      const why = (await page.getByTestId('next-none').textContent())!;
      expect(why).toContain(lang === 'en' ? 'there is no next speaker to call' : 'Thảo luận tại hội trường');
      await page.locator('#spk-heading').focus();
      await page.keyboard.press('n');
      await expect.poll(() => alerts(page).count()).toBe(1);
      expect(await alerts(page).textContent()).toBe(why);
      // The sentence is on the screen once, not twice.
      expect(await page.getByText(why, { exact: true }).count()).toBe(1);
      // A second n: still once.
      await page.keyboard.press('n');
      await handled(page);
      expect(await page.getByText(why, { exact: true }).count()).toBe(1);
      await page.context().close();
    }
  });
});

describe('a new vote', () => {
  it('once created, its Open button is in sight at 1366×768 and has the keyboard, so Enter opens it', async () => {
    for (const lang of ['en', 'vi'] as const) {
      const page = await openAt1366(lang);
      await showView(page, view('votes'));
      const title = lang === 'en' ? 'Procedural vote: extending the sitting by 30 minutes' : 'Biểu quyết kéo dài phiên họp thêm 30 phút';
      const box = page.locator('input[name=resolutionTitle]');
      await box.fill(title);
      await box.press('Enter');
      const open = lang === 'en' ? 'Open the vote' : 'Bắt đầu biểu quyết';
      await expect.poll(() => focusedText(page)).toContain(open);
      expect(await inSight(page, '[data-vote-action=open]')).toBe(true);
      // Not under the "created" toast either: the button's middle is what a click there reaches.
      const hit = await page.locator('[data-vote-action=open]').evaluate((el) => {
        const r = el.getBoundingClientRect();
        return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
      });
      expect(hit).toBe(true);
      if (lang === 'en') {
        await page.keyboard.press('Enter');
        // Prepared for another item than the one under way, it is opened once the chair says so, in the page.
        const question = page.getByRole('alertdialog');
        await page.locator('.badge').getByText('Voting').or(question).first().waitFor();
        if (await question.count()) await question.locator('button.primary').click();
        await page.locator('.badge').getByText('Voting').waitFor();
        // Take it back off the floor for the tests after this one: closed and announced.
        const { run, close } = await seeder(live.server.url);
        const id = (await page.evaluate(() => (window as unknown as { __gavelState(): { votes: { id: number; status: string }[] } }).__gavelState().votes.find((v) => v.status === 'open')!.id));
        await run('vote.close', { id });
        await run('vote.announce', { id });
        close();
      }
      await page.context().close();
    }
  });
});

describe('closing a sitting while its item is still on', () => {
  it('says at once to finish the item first, asks nothing, and puts the keyboard on Finish; once finished, the sitting closes', async () => {
    const page = await openAt1366('en');
    const asked: string[] = [];
    page.removeAllListeners('dialog'); // openPage accepts every dialog; this test answers its own
    page.on('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await showView(page, view('live'));
    const morning = page.getByRole('region', { name: 'Morning, 8 Dec 2026' });
    await morning.getByRole('button', { name: 'Close sitting' }).focus();
    await page.keyboard.press('Enter');
    const report = 'Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026 và phương hướng, nhiệm vụ năm 2027';
    await expect.poll(() => alerts(page).first().textContent()).toBe(`“${report}” is still running or paused: finish it first (f), then close the sitting.`);
    expect(asked).toEqual([]);
    await expect.poll(() => focusedText(page)).toMatch(/^Finish/);
    expect(await inSight(page, '.now .controls')).toBe(true);
    await handled(page);
    expect(await morning.locator('.sstatus').textContent()).toBe('In progress');
    // Vietnamese says the same.
    const vi = await openAt1366('vi');
    await showView(vi, view('live'));
    await vi.getByRole('region', { name: 'Buổi sáng 08/12/2026' }).getByRole('button', { name: 'Kết thúc phiên họp' }).click();
    await expect.poll(() => alerts(vi).first().textContent()).toBe(`Nội dung «${report}» vẫn đang chạy hoặc tạm dừng: hãy kết thúc nội dung đó trước (phím f), rồi mới kết thúc phiên họp.`);
    await vi.context().close();
    // f, from where the keyboard is, finishes the item; Close now asks about the items left, then closes.
    await page.keyboard.press('f');
    await expect.poll(() => page.locator('[data-testid=current-status]').textContent()).not.toBe('Running');
    await morning.getByRole('button', { name: 'Close sitting' }).click();
    // Asked in the page (the browser's own dialog is never used), then Enter closes.
    await page.getByRole('alertdialog').getByText(/not taken up/).waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => morning.locator('.sstatus').textContent()).toBe('Closed');
    expect(asked).toEqual([]);
    await page.context().close();
  });
});
