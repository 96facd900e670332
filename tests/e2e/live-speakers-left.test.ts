/**
 * The chair moves on in Live (n, f) while speakers the secretary registered on the item are still
 * waiting, or one is at the rostrum: Live says so once the item is finished, where it said nothing
 * and the Speakers view of both consoles moved on to the next item's empty queue. The chair by
 * keyboard, the secretary registering on her paired laptop, in Chromium at 1366×768, both languages.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freePort, openPage, pairSecretary, seed, showView, view } from './harness';
import { ITEMS, onSeededMorning } from './sitting';
import { keepDash } from '../../common/strings';

let lanPort = 0;
const morning = onSeededMorning(async () => {
  lanPort = await freePort();
  return ['--lan-host', '127.0.0.1', '--lan-port', String(lanPort)];
});

const note = (page: Page) => page.getByTestId('speakers-left');
const title = (page: Page) => page.getByTestId('current-title').textContent();

it('says which speakers finishing the item left behind: the one speaking, those waiting, the one called', async () => {
  const { browser, server } = morning;
  const chair = await openPage(browser, server.url, 'vi');
  await chair.setViewportSize({ width: 1366, height: 768 });
  await showView(chair, view('live'));
  // Seeded: the report runs, Phạm Thị An speaking, four waiting. `n` goes on to the next report.
  await chair.keyboard.press('n');
  await expect.poll(() => title(chair)).toBe(keepDash(ITEMS[3].title));
  // Who still waits is the carry-over offer's to say (with Alt+T on its button): the note says only what it does not.
  await expect.poll(() => chair.getByTestId('carry-offer').textContent()).toContain(`còn 4 đại biểu đăng ký chưa phát biểu`);
  expect(await note(chair).textContent()).toBe(`«${ITEMS[2].title}» đã kết thúc khi Phạm Thị An đang phát biểu: lượt phát biểu kết thúc theo.`);

  // The secretary registers two requests on the item now running, on her laptop.
  const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'en');
  await showView(secretary, view('speakers'));
  // A report's requests go to the discussion after it (speakers/slices.ts): she chooses the report's own queue.
  const itemBox = secretary.getByRole('combobox', { name: /^Agenda item/ });
  await itemBox.selectOption(String(morning.seeded.itemIds[3]));
  const box = secretary.getByRole('combobox', { name: 'Person' });
  for (const seat of ['9', '11']) {
    await box.pressSequentially(seat);
    await box.press('Enter');
    await expect.poll(() => box.inputValue()).toBe('');
  }
  await expect.poll(() => secretary.locator('.queue li').count()).toBe(2);
  await chair.keyboard.press('n');
  await expect.poll(() => title(chair)).toBe(keepDash(ITEMS[4].title));
  // Only requests left: the offer, now for that item, says it all; no note repeats it.
  await expect.poll(() => chair.getByTestId('carry-offer').textContent()).toContain(`Mục 4. ${ITEMS[3].title} đã kết thúc, còn 2 đại biểu đăng ký chưa phát biểu`);
  expect(await note(chair).count()).toBe(0);
  if (process.env.SHOTS) await chair.screenshot({ path: `${process.env.SHOTS}/live-speakers-left-vi.png` });
  await chair.keyboard.press('Space');
  await expect.poll(() => note(chair).count()).toBe(0);
  await chair.keyboard.press('Space');
  await chair.context().close();

  // English: one request on the submission (its own queue chosen, as for the report), called by the chair's other console and not begun; `f` finishes the item.
  await itemBox.selectOption(String(morning.seeded.itemIds[4]));
  await expect.poll(() => secretary.locator('.queue li').count()).toBe(0);
  await box.pressSequentially('9');
  await box.press('Enter');
  await expect.poll(() => secretary.locator('.queue li').count()).toBe(1);
  await seed(server.url, [{ type: 'speaker.next' }]);
  const en = await openPage(browser, server.url, 'en');
  await en.setViewportSize({ width: 1366, height: 768 });
  await showView(en, view('live'));
  await en.keyboard.press('f');
  await expect.poll(() => note(en).textContent()).toBe(
    `“${ITEMS[4].title}” finished after Trần Thị Bình was called and before they began: Trần Thị Bình is back at the front of its queue.`,
  );
  // Three items over with requests waiting: Live offers the latest one and counts the others, which wait in Speakers.
  const offer = en.getByTestId('carry-offer');
  expect(await offer.getByRole('button', { name: /^Carry over/ }).count()).toBe(1);
  expect(await offer.textContent()).toContain(`Item 5. ${ITEMS[4].title}`);
  expect(await en.getByTestId('carry-more').textContent()).toBe('2 other items that are over also have requests left waiting: see Speakers (Alt+6).');
  if (process.env.SHOTS) await en.screenshot({ path: `${process.env.SHOTS}/live-speakers-left-en.png` });
  await en.context().close();
  await context.close();
}, 120_000);
