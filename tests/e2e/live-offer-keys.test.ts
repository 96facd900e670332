/**
 * Live's roll-call offer (a sitting opened without its roll call) takes the keyboard when it comes
 * up, onto its first action, and gives it back to the live heading once it is taken (Enter),
 * dismissed (Esc) or gone because the secretary took the roll call on her console: the chair's
 * keys work on at once. The secretary's own offer (Attendance), taken by the chair, leaves her
 * keyboard in the seat box, not on the page. In Chromium at 1366×768, the chair by keyboard only, in both languages.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freePort, openPage, pairSecretary, seed, showView, view } from './harness';
import { onSeededMorning } from './sitting';

let lanPort = 0;
const morning = onSeededMorning(async () => {
  lanPort = await freePort();
  return ['--lan-host', '127.0.0.1', '--lan-port', String(lanPort)];
});

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || document.activeElement?.tagName);
const status = (page: Page, id: number) => page.locator(`tr[data-item="${id}"] .status`).textContent();

it('is on the offer when n opens a sitting without its roll call; Esc, Enter or the secretary’s roll call give it back to the heading', async () => {
  const { itemIds, browser } = { ...morning.seeded, browser: morning.browser };
  // The morning's last item under way: `n` goes into the afternoon, which has no roll call yet.
  await seed(morning.server.url, [3, 4, 5, 6, 7].map((i) => ({ type: 'item.start', id: itemIds[i], current: 'finish' }) as const));
  const chair = await openPage(browser, morning.server.url, 'vi');
  await chair.setViewportSize({ width: 1366, height: 768 });
  await showView(chair, view('live'));
  const ask = chair.getByRole('alertdialog');
  const take = chair.getByRole('button', { name: 'Điểm danh phiên này, bắt đầu từ kết quả phiên trước' });
  await chair.keyboard.press('n');
  await ask.waitFor();
  await chair.keyboard.press('Enter');
  await take.waitFor();
  await expect.poll(() => focused(chair)).toBe('Điểm danh phiên này, bắt đầu từ kết quả phiên trước');
  // Esc sets it aside: the keyboard is back on the heading, and Space pauses the item at once.
  await chair.keyboard.press('Escape');
  await take.waitFor({ state: 'detached' });
  expect(await focused(chair)).toBe('live-heading');
  await chair.keyboard.press('Space');
  await expect.poll(() => status(chair, itemIds[8])).toBe('Tạm dừng');
  await chair.keyboard.press('Space');
  await expect.poll(() => status(chair, itemIds[8])).toBe('Đang chạy');

  // Back in Live the offer is there again, with the keyboard; the secretary takes the roll call on her laptop.
  await showView(chair, view('speakers'));
  await showView(chair, view('live'));
  await expect.poll(() => focused(chair)).toBe('Điểm danh phiên này, bắt đầu từ kết quả phiên trước');
  const { context, secretary } = await pairSecretary(browser, morning.server.url, lanPort, 'en');
  await showView(secretary, view('attendance'));
  await secretary.getByRole('button', { name: 'Take its roll call, starting from the last marks' }).click();
  await take.waitFor({ state: 'detached' });
  await expect.poll(() => focused(chair)).toBe('live-heading');
  await context.close();
  await chair.context().close();

  // English, the next day's morning: Enter takes the roll call, and the keyboard is back on the heading.
  await seed(morning.server.url, [9, 10, 11, 12, 13].map((i) => ({ type: 'item.start', id: itemIds[i], current: 'finish' }) as const));
  const en = await openPage(browser, morning.server.url, 'en');
  await en.setViewportSize({ width: 1366, height: 768 });
  await showView(en, view('live'));
  await en.keyboard.press('n');
  await en.getByRole('alertdialog').waitFor();
  await en.keyboard.press('Enter');
  await expect.poll(() => focused(en)).toBe('Take its roll call, starting from the last marks');
  // The secretary has Attendance open, the keyboard on her own offer's button.
  const paired = await pairSecretary(browser, morning.server.url, lanPort, 'vi');
  await showView(paired.secretary, view('attendance'));
  await expect.poll(() => focused(paired.secretary)).toBe('Điểm danh phiên này, bắt đầu từ kết quả phiên trước');
  await en.keyboard.press('Enter');
  await en.getByRole('button', { name: 'Take its roll call, starting from the last marks' }).waitFor({ state: 'detached' });
  await expect.poll(() => focused(en)).toBe('live-heading');
  // Hers went with it: the keyboard is in the seat box, where her own start would have put it, not on the page.
  await expect.poll(() => paired.secretary.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  await paired.context.close();
  await en.keyboard.press('Space');
  await expect.poll(() => status(en, itemIds[14])).toBe('Paused');
  await en.context().close();
}, 120_000);
