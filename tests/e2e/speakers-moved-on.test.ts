/**
 * The chair ends an item in Live (n; or f, then starts the next) while the secretary, on her paired laptop, is in Speakers
 * registering people on it: her view goes to the next item's queue. What she was typing stays, and the
 * form says, in one note, that the item is over and the request goes to the queue shown (it used to go
 * to the item over, be refused, and be added again, under a second note saying it would go there). With
 * nothing typed, the carry-over offer opens with which item ended and where the queue went, then says who
 * is still waiting there (Alt+T carries them over): each fact once. Chromium at 1366×768, both languages.
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
const requestFor = (page: Page) => page.getByTestId('request-for');

it('tells the secretary where the queue went when the chair ends the item, and keeps what she typed for the queue shown', async () => {
  const { browser, server } = morning;
  const chair = await openPage(browser, server.url, 'vi');
  await chair.setViewportSize({ width: 1366, height: 768 });
  await showView(chair, view('live'));
  const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
  await secretary.setViewportSize({ width: 1366, height: 768 });
  await showView(secretary, view('speakers'));
  // Seeded: item 3 (the report) runs, Phạm Thị An speaking, four waiting. She starts a fifth name.
  const box = secretary.getByRole('combobox', { name: 'Người phát biểu' });
  await box.pressSequentially('Hoàng Văn');
  expect(await moved(secretary).textContent()).toBe('');
  expect(await requestFor(secretary).count()).toBe(0);
  await chair.keyboard.press('n');
  await expect.poll(() => title(chair)).toBe(keepDash(ITEMS[3].title));
  // One note, in the form, above the list of names: the item over takes no more requests, this one goes to the queue shown.
  // Item 4 is a report too, read at the rostrum: the queue shown is the discussion after it, item 7 (speakers/slices.ts).
  await expect.poll(() => requestFor(secretary).textContent()).toBe(
    `Mục 3 đã kết thúc, không nhận thêm đăng ký: đăng ký này sẽ được ghi vào hàng chờ đang hiển thị, của mục 7. ${ITEMS[6].title}.`,
  );
  expect(await requestFor(secretary).getAttribute('role')).toBe('status');
  expect(await moved(secretary).textContent()).toBe('');
  // Item 3 is over: there is no keeping it there, so no choice is offered.
  expect(await secretary.getByRole('button', { name: /^Ghi đăng ký đang nhập/ }).count()).toBe(0);
  expect(await box.inputValue()).toBe('Hoàng Văn');
  if (process.env.SHOTS) await secretary.screenshot({ path: `${process.env.SHOTS}/speakers-moved-on-vi.png` });
  // Alt+T carries the four over (to the discussion, item 7, the queue shown); what she typed stays.
  await secretary.keyboard.press('Alt+t');
  await expect.poll(() => secretary.getByTestId('carry-offer').count()).toBe(0);
  await expect.poll(() => secretary.locator('.queue li').count()).toBe(4);
  expect(await box.inputValue()).toBe('Hoàng Văn');
  // Enter sends the name she was typing (its first match) where the note said: item 7, at once, after the four, nothing refused.
  await box.press('Enter');
  await expect.poll(() => secretary.locator('.queue li').count()).toBe(5);
  expect(await secretary.locator('.queue li').last().getAttribute('aria-label')).toBe('Hoàng Văn An');
  expect(await alerts(secretary).count()).toBe(0);
  expect(await requestFor(secretary).count()).toBe(0);
  expect(await moved(secretary).textContent()).toBe('');
  await chair.context().close();
  await context.close();

  // English, by `f` then Space: the item finished with one still waiting, and the next one started.
  const en = await openPage(browser, server.url, 'en');
  await en.setViewportSize({ width: 1366, height: 768 });
  await showView(en, view('live'));
  const paired = await pairSecretary(browser, server.url, lanPort, 'en');
  await paired.secretary.setViewportSize({ width: 1366, height: 768 });
  await showView(paired.secretary, view('speakers'));
  // She keeps the queue of item 4, the report under way, and one asks to speak on it (its floor, item 7, is the
  // queue that came forward): so that one is still waiting when it finishes.
  await paired.secretary.getByRole('combobox', { name: /^Agenda item/ }).selectOption(String(morning.seeded.itemIds[3]));
  const enBox = paired.secretary.getByRole('combobox', { name: 'Person' });
  await enBox.pressSequentially('9');
  await enBox.press('Enter');
  await expect.poll(() => paired.secretary.locator('.queue li').count()).toBe(1);
  await enBox.pressSequentially('Vũ');
  await en.keyboard.press('f');
  // Finished, the item stays on her screen (its carry-over offer says it is over) and the request stays on it:
  // an item over still takes requests while it is the one shown.
  await expect.poll(() => paired.secretary.getByTestId('carry-offer').count()).toBe(1);
  expect(await moved(paired.secretary).textContent()).toBe('');
  expect(await requestFor(paired.secretary).count()).toBe(0);
  await en.keyboard.press('Space');
  await expect.poll(() => requestFor(paired.secretary).textContent()).toBe(
    `Item 4 is over and takes no more requests: this request goes to the queue shown, of item 7. ${ITEMS[6].title}.`,
  );
  expect(await moved(paired.secretary).textContent()).toBe('');
  expect(await enBox.inputValue()).toBe('Vũ');
  if (process.env.SHOTS) await paired.secretary.screenshot({ path: `${process.env.SHOTS}/speakers-moved-on-en.png` });
  // She empties the box: no request in hand. Where the queue went and who still waits is said once, in the
  // carry-over offer's box, which opens with the move; the line above is for screen readers only (its live region).
  await enBox.fill('');
  await expect.poll(() => moved(paired.secretary).textContent()).toBe('Item 4 is over; the queue moved on to item 7. One person is still waiting on item 4: Alt+T carries them over.');
  expect(await moved(paired.secretary).evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
  const what = paired.secretary.getByTestId('carry-what');
  await expect.poll(() => what.textContent()).toBe(`Item 4 is over; the queue moved on to item 7. One registered delegate on item 4 not yet heard: carry them over to item 7. ${ITEMS[6].title}?`);
  expect(await what.isVisible()).toBe(true);
  expect(await paired.secretary.getByTestId('carry-offer').getByRole('button', { name: /^Carry over/ }).textContent()).toContain('Alt+T');
  if (process.env.SHOTS) await paired.secretary.screenshot({ path: `${process.env.SHOTS}/speakers-moved-on-merged-en.png` });
  expect(await requestFor(paired.secretary).count()).toBe(0);
  await en.context().close();
  await paired.context.close();
}, 120_000);
