/**
 * The chair ends an item in Live (n; or f, then starts the next) while the secretary, on her paired laptop, is in Speakers
 * registering people on it: her view went to the next item's empty queue without a word (only the
 * chair was told). Now it says once, in a live region, which item ended, where the queue went and
 * who is still waiting there (Alt+T carries them over), and what she was typing in the person box
 * stays. Chromium at 1366×768, both languages.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { alerts, freePort, openPage, pairSecretary, showView, view } from './harness';
import { ITEMS, onSeededMorning } from './sitting';
import { keepDash } from '../../common/strings';

let lanPort = 0;
const morning = onSeededMorning(async () => {
  lanPort = await freePort();
  return ['--lan-host', '127.0.0.1', '--lan-port', String(lanPort)];
});

const moved = (page: Page) => page.getByTestId('queue-moved');
const title = (page: Page) => page.getByTestId('current-title').textContent();

it('tells the secretary where the queue went when the chair ends the item, and keeps what she typed', async () => {
  const { browser, server } = morning;
  const chair = await openPage(browser, server.url, 'vi');
  await chair.setViewportSize({ width: 1366, height: 768 });
  await showView(chair, view('live'));
  const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
  await showView(secretary, view('speakers'));
  // Seeded: item 3 (the report) runs, Phạm Thị An speaking, four waiting. She starts a fifth name.
  const box = secretary.getByRole('combobox', { name: 'Người phát biểu' });
  await box.pressSequentially('Hoàng Văn');
  expect(await moved(secretary).textContent()).toBe('');
  await chair.keyboard.press('n');
  await expect.poll(() => title(chair)).toBe(keepDash(ITEMS[3].title));
  await expect.poll(() => moved(secretary).textContent()).toBe('Mục 3 đã kết thúc; hàng chờ chuyển sang mục 4. Còn 4 người chờ ở mục 3: Alt+T để chuyển tiếp.');
  expect(await moved(secretary).getAttribute('role')).toBe('status');
  expect(await box.inputValue()).toBe('Hoàng Văn');
  if (process.env.SHOTS) await secretary.screenshot({ path: `${process.env.SHOTS}/speakers-moved-on-vi.png` });
  // Alt+T carries the four over (to the discussion, item 7, as suggested): the sentence keeps only where the queue went.
  await secretary.keyboard.press('Alt+t');
  await expect.poll(() => moved(secretary).textContent()).toBe('Mục 3 đã kết thúc; hàng chờ chuyển sang mục 4.');
  expect(await box.inputValue()).toBe('Hoàng Văn');
  // Enter sends the name she was typing (its first match) where it was begun: item 3, over, refuses it
  // and says so, keeping it; added again, it goes to the queue she sees, and the sentence has been said.
  await box.press('Enter');
  await expect.poll(() => alerts(secretary).allTextContents()).toContain(
    `Mục «${ITEMS[2].title}» đã kết thúc, không nhận thêm đăng ký phát biểu. Hàng chờ đang hiển thị là của mục khác: nếu đăng ký dành cho mục đó, hãy thêm lại.`,
  );
  await secretary.getByRole('button', { name: 'Thêm vào hàng chờ' }).click();
  await expect.poll(() => secretary.locator('.queue li').count()).toBe(1);
  expect(await secretary.locator('.queue li').first().getAttribute('aria-label')).toBe('Hoàng Văn An');
  expect(await moved(secretary).textContent()).toBe('');
  await chair.context().close();
  await context.close();

  // English, by `f` then Space: the item finished with one still waiting, and the next one started.
  const en = await openPage(browser, server.url, 'en');
  await en.setViewportSize({ width: 1366, height: 768 });
  await showView(en, view('live'));
  const paired = await pairSecretary(browser, server.url, lanPort, 'en');
  await showView(paired.secretary, view('speakers'));
  const enBox = paired.secretary.getByRole('combobox', { name: 'Person' });
  await enBox.pressSequentially('Vũ');
  await en.keyboard.press('f');
  // Finished, the item stays on her screen (its carry-over offer says it is over); the queue moves when the next one starts.
  await expect.poll(() => paired.secretary.getByTestId('carry-offer').count()).toBe(1);
  expect(await moved(paired.secretary).textContent()).toBe('');
  await en.keyboard.press('Space');
  await expect.poll(() => moved(paired.secretary).textContent()).toBe('Item 4 is over; the queue moved on to item 5. One person is still waiting on item 4: Alt+T carries them over.');
  expect(await enBox.inputValue()).toBe('Vũ');
  if (process.env.SHOTS) await paired.secretary.screenshot({ path: `${process.env.SHOTS}/speakers-moved-on-en.png` });
  await en.context().close();
  await paired.context.close();
}, 120_000);
