/**
 * Live's question before starting an item of another sitting, left unanswered when the chair goes
 * to another view by its key: it is cancelled, nothing changes, and the view the chair went to
 * says so; back in Live no question hangs, and `n` asks again. The same for the question a row's
 * ▶ asks. In Chromium, with the console's real view keys.
 */
import { expect, it } from 'vitest';
import { handled, openPage, seed, showView, view } from './harness';
import { onSeededMorning } from './sitting';

const morning = onSeededMorning();
const shots = process.env.SHOTS;

it('is cancelled by Alt+8, changing nothing, said on the Votes view; back in Live, n asks again', async () => {
  const { itemIds, sittingIds } = morning.seeded;
  // The morning's last item under way: `n` goes to the afternoon's first.
  await seed(morning.server.url, [3, 4, 5, 6, 7].map((i) => ({ type: 'item.start', id: itemIds[i], current: 'finish' }) as const));
  for (const [lang, said] of [
    ['vi', 'Chưa bắt đầu «Báo cáo kết quả giải quyết ý kiến, kiến nghị của cử tri năm 2026»: câu hỏi đã được hủy khi rời màn hình Điều hành, không có gì thay đổi.'],
    ['en', '“Báo cáo kết quả giải quyết ý kiến, kiến nghị của cử tri năm 2026” was not started: the question was cancelled when you left Live, and nothing changed.'],
  ] as const) {
    const page = await openPage(morning.browser, morning.server.url, lang);
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('live'));
    const ask = page.getByRole('alertdialog');
    await page.keyboard.press('n');
    await ask.waitFor();
    if (shots) await page.screenshot({ path: `${shots}/live-ask-${lang}.png` });
    await showView(page, view('votes'));
    await page.getByRole('status').getByText(said).waitFor();
    if (shots) await page.screenshot({ path: `${shots}/live-left-${lang}.png` });
    await showView(page, view('live'));
    expect(await ask.count()).toBe(0);
    // Nothing changed: the vote item still runs in the morning, still open.
    await handled(page);
    expect(await page.getByTestId('current-title').textContent()).toBe('Biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2027');
    expect(await page.getByTestId('current-status').textContent()).toBe(lang === 'vi' ? 'Đang chạy' : 'Running');
    expect(await page.locator(`[data-sitting="${sittingIds[0]}"] .sstatus`).textContent()).toBe(lang === 'vi' ? 'Đang họp' : 'In progress');
    // `n` asks again, on the state as it is now.
    await page.keyboard.press('n');
    await ask.waitFor();
    // The ▶ of another afternoon item asks too; Alt+6 cancels it the same way.
    await page.keyboard.press('Escape');
    await ask.waitFor({ state: 'detached' });
    await page.locator(`tr[data-item="${itemIds[10]}"] .row-actions button`).first().click();
    await ask.waitFor();
    await showView(page, view('speakers'));
    await page.getByRole('status').getByText(lang === 'vi' ? 'Chưa bắt đầu «Báo cáo công tác bảo đảm an ninh' : '“Báo cáo công tác bảo đảm an ninh').waitFor();
    await page.context().close();
  }
});
