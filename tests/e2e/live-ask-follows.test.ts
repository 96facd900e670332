/**
 * Live's question (finish or pause the running item, suspend the sitting in progress) while
 * another console changes the items under it: it follows the published state. Withdrawn, saying
 * why in words, when its premise no longer holds (the item skipped, started, removed elsewhere,
 * the running item finished), re-worded when it still makes sense (the item moved into the
 * sitting in progress); Enter then never acts on what the chair no longer sees. Two chair
 * consoles (the laptop and a second window) in Chromium at 1366×768, in Vietnamese and English.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { alerts, handled, openPage, seed, showView, view } from './harness';
import { ITEMS, onSeededMorning } from './sitting';

const morning = onSeededMorning();

async function liveAt(lang: 'vi' | 'en'): Promise<Page> {
  const page = await openPage(morning.browser, morning.server.url, lang);
  await page.setViewportSize({ width: 1366, height: 768 });
  await showView(page, view('live'));
  return page;
}
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent || document.activeElement?.tagName);
const status = (page: Page, id: number) => page.locator(`tr[data-item="${id}"] .status`).textContent();

it('is withdrawn with the reason when the other console skips or starts the item, or ends the running one; Enter then does nothing', async () => {
  const { itemIds } = morning.seeded;
  // The report runs (seeded); each language asks for another item of the morning.
  const report = ITEMS[2].title;
  for (const [lang, x] of [
    ['vi', 4],
    ['en', 6],
  ] as const) {
    const title = ITEMS[x].title;
    const [skipped, started, noQuestion] =
      lang === 'vi'
        ? [
            `Đã rút lại câu hỏi: «${title}» vừa bị bỏ qua. Không có gì được bắt đầu.`,
            `Đã rút lại câu hỏi: «${title}» vừa được bắt đầu và đang chạy. Tại đây không thay đổi gì thêm.`,
            `Đã rút lại câu hỏi vì không còn cần hỏi: hiện không có mục nào khác đang chạy và không phiên họp nào phải tạm ngừng. Chưa bắt đầu «${report}»: nếu vẫn là mục đó, hãy bắt đầu lại.`,
          ]
        : [
            `Question withdrawn: “${title}” has just been skipped. Nothing was started.`,
            `Question withdrawn: “${title}” has just been started and is running. Nothing else was done here.`,
            `Question withdrawn: it no longer applies, as no other item is running now and no sitting would be suspended. “${report}” was not started: start it again if it is still the one.`,
          ];
    const chair = await liveAt(lang);
    const other = await liveAt(lang === 'vi' ? 'en' : 'vi');
    const ask = chair.getByRole('alertdialog');
    const play = (id: number) => chair.locator(`tr[data-item="${id}"] .row-actions button`).first();
    await play(itemIds[x]).click();
    await ask.waitFor();

    // The second console skips it: the question goes, the reason is said, the keyboard is on the heading.
    await other.locator(`tr[data-item="${itemIds[x]}"] .row-actions button`).nth(1).click();
    await ask.waitFor({ state: 'detached' });
    await alerts(chair).getByText(skipped).waitFor();
    expect(await focused(chair)).toBe('live-heading');
    if (process.env.SHOTS) await chair.screenshot({ path: `${process.env.SHOTS}/live-ask-withdrawn-${lang}.png` });
    // Enter on it starts nothing: the report still runs, the item stays skipped.
    await chair.keyboard.press('Enter');
    await handled(chair);
    expect(await status(chair, itemIds[2])).toBe(lang === 'vi' ? 'Đang chạy' : 'Running');
    expect(await status(chair, itemIds[x])).toBe(lang === 'vi' ? 'Bỏ qua' : 'Skipped');

    // Taken back, asked again; the other console starts it itself, pausing the report.
    await seed(morning.server.url, [{ type: 'item.reopen', id: itemIds[x] }]);
    await play(itemIds[x]).click();
    await ask.waitFor();
    await seed(morning.server.url, [{ type: 'item.start', id: itemIds[x], current: 'pause' }]);
    await alerts(chair).getByText(started).waitFor();
    expect(await ask.count()).toBe(0);

    // Asked to resume the report while the item runs; the other console ends the item: nothing to ask any more.
    await play(itemIds[2]).click();
    await ask.waitFor();
    await seed(morning.server.url, [{ type: 'item.finish', id: itemIds[x] }]);
    await alerts(chair).getByText(noQuestion).waitFor();
    expect(await ask.count()).toBe(0);
    await chair.keyboard.press('Enter');
    await handled(chair);
    expect(await status(chair, itemIds[2])).toBe(lang === 'vi' ? 'Tạm dừng' : 'Paused');
    // The next action clears the sentence: ▶ resumes the report at once.
    await play(itemIds[2]).click();
    await expect.poll(() => status(chair, itemIds[2])).toBe(lang === 'vi' ? 'Đang chạy' : 'Running');
    expect(await chair.getByTestId('ask-note').count()).toBe(0);
    await chair.context().close();
    await other.context().close();
  }
}, 120_000);

it('is re-worded when the item is moved into the sitting in progress, and withdrawn when it is removed', async () => {
  const { itemIds, sittingIds } = morning.seeded;
  const afternoonFirst = ITEMS[8].title;
  await seed(morning.server.url, [{ type: 'item.start', id: itemIds[3], current: 'finish' }]);
  const chair = await liveAt('en');
  const ask = chair.getByRole('alertdialog');
  // The afternoon's first item while the morning's runs: finish or pause it, and the morning is suspended.
  await chair.locator(`tr[data-item="${itemIds[8]}"] .row-actions button`).first().click();
  await ask.waitFor();
  // Two lines: what happens to the item running, and to the morning.
  const lines = async () => (await ask.locator('#ask-text').innerText()).split('\n').length;
  expect(await lines()).toBe(2);
  // Moved into the morning on the other console: the same choice, without the suspension, and said so.
  await seed(morning.server.url, [{ type: 'agenda.assign', id: itemIds[8], sittingId: sittingIds[0] }]);
  await expect.poll(lines).toBe(1);
  await ask.getByText('The question has changed, as the programme has just changed: read it again before answering.').waitFor();
  if (process.env.SHOTS) await chair.screenshot({ path: `${process.env.SHOTS}/live-ask-reworded-en.png` });
  expect(await ask.getByRole('button').first().textContent()).toBe(`Finish it and start “${afternoonFirst}”`);
  // Removed from the programme there: withdrawn, and Enter starts nothing.
  await seed(morning.server.url, [{ type: 'agenda.remove', id: itemIds[8] }]);
  await alerts(chair).getByText(`Question withdrawn: “${afternoonFirst}” has just been removed from the agenda. Nothing was started.`).waitFor();
  await chair.keyboard.press('Enter');
  await handled(chair);
  expect(await status(chair, itemIds[3])).toBe('Running');
  await chair.context().close();
}, 120_000);

it('closing a sitting with items left: the question in the page follows the other console and is withdrawn, saying why; Enter then closes nothing', async () => {
  const { itemIds, sittingIds } = morning.seeded;
  const sstatus = (page: Page) => page.locator(`[data-sitting="${sittingIds[0]}"] .sstatus`).textContent();
  // The morning with nothing on and two items not taken up (the break, the vote).
  await seed(morning.server.url, [{ type: 'item.finish', id: itemIds[3] }]);
  // Asked about two, in the page, the keyboard on the safe choice; the other console skips the break: one left, so nothing closes and the chair is told.
  const en = await liveAt('en');
  await en.keyboard.press('Alt+S');
  const ask = en.getByRole('alertdialog');
  await ask.getByText('Items of Morning, 8 Dec 2026 not taken up: 2. They stay unstarted and can be moved to another sitting. Close the sitting?').waitFor();
  await expect.poll(() => focused(en)).toBe('Keep it openEsc');
  if (process.env.SHOTS) await en.screenshot({ path: `${process.env.SHOTS}/live-close-ask-en.png` });
  await seed(morning.server.url, [{ type: 'item.skip', id: itemIds[5] }]);
  await alerts(en).getByText('Morning, 8 Dec 2026 was not closed: its programme changed while you were asked (items not taken up: 1, not 2). Press Alt+S to be asked again.').waitFor();
  expect(await ask.count()).toBe(0);
  if (process.env.SHOTS) await en.screenshot({ path: `${process.env.SHOTS}/live-close-withdrawn-en.png` });
  await expect.poll(() => focused(en)).toBe('live-heading');
  await en.keyboard.press('Enter');
  await handled(en);
  expect(await sstatus(en)).toBe('In progress');
  await en.context().close();
  // Asked about the vote left; meanwhile the other console starts it.
  const vi = await liveAt('vi');
  await vi.keyboard.press('Alt+S');
  await vi.getByRole('alertdialog').getByText('Còn 1 nội dung của phiên họp buổi sáng 08/12/2026 chưa thực hiện. Các nội dung này giữ nguyên là chưa bắt đầu và có thể chuyển sang phiên họp khác. Kết thúc phiên họp?').waitFor();
  if (process.env.SHOTS) await vi.screenshot({ path: `${process.env.SHOTS}/live-close-ask-vi.png` });
  await seed(morning.server.url, [{ type: 'item.start', id: itemIds[7] }]);
  await alerts(vi).getByText(`Chưa kết thúc phiên họp buổi sáng 08/12/2026: «${ITEMS[7].title}» vừa được bắt đầu trong phiên họp này trong lúc hỏi. Hãy kết thúc mục đó trước.`).waitFor();
  await vi.keyboard.press('Enter');
  await handled(vi);
  expect(await sstatus(vi)).toBe('Đang họp');
  await vi.context().close();
}, 120_000);
