/**
 * Undo of the secretary's own work in Chromium, by keyboard: a person removed from the roster
 * comes back with Ctrl+Z, while Ctrl+Z typed in a box of the roster's form undoes the typing
 * only; a mis-typed roll-call mark is taken back by Ctrl+Z in the emptied seat box, and only in
 * its own roll call (in another, the view says where it is taken back).
 */
import { describe, expect, it } from 'vitest';
import { answerAsk, alerts, handled, openPage, seed, showView } from './harness';
import { onSeededMorning, SEATS } from './sitting';

const live = onSeededMorning();

describe('undo of the roster and the roll call in Chromium', () => {
  it('brings back a person removed by mistake; Ctrl+Z in the name box undoes only the typing', async () => {
    const page = await openPage(live.browser, live.server.url, 'vi');
    await showView(page, { id: 'roster', keys: 'Alt+2' });
    // An official with no questions: one a secretary may remove, once the question in the page is answered.
    await page.getByRole('button', { name: 'Xóa Quách Văn Toản' }).click();
    expect(await answerAsk(page, true)).toBe('Xóa Quách Văn Toản khỏi danh sách?');
    const undo = page.getByRole('button', { name: /^Hoàn tác: xóa đại biểu Quách Văn Toản/ });
    await undo.waitFor();
    await expect(page.locator('td.name', { hasText: 'Quách Văn Toản' }).count()).resolves.toBe(0);

    const name = page.getByRole('textbox', { name: 'Họ và tên' });
    await name.click();
    await page.keyboard.type('Trần Văn Tú');
    await page.keyboard.press('Control+z');
    // The browser's own undo of the typing (by its own steps), not the roster's.
    const left = await name.inputValue();
    expect(left).not.toBe('Trần Văn Tú');
    expect('Trần Văn Tú'.startsWith(left)).toBe(true);
    await handled(page);
    await expect(page.locator('td.name', { hasText: 'Quách Văn Toản' }).count()).resolves.toBe(0);

    // Out of the box, the console's undo.
    await page.keyboard.press('Escape');
    await page.locator('h2#roster-heading').click();
    await page.keyboard.press('Control+z');
    await page.locator('td.name', { hasText: 'Quách Văn Toản' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Đã hoàn tác: xóa đại biểu Quách Văn Toản' }).waitFor();
    await page.context().close();
  });

  it('takes back a mark typed in the seat box with Ctrl+Z there, naming the person and the mark', async () => {
    const page = await openPage(live.browser, live.server.url, 'en');
    await showView(page, { id: 'attendance', keys: 'Alt+4' });
    const box = page.getByRole('textbox', { name: 'Seat number, then a key' });
    await box.click();
    await page.keyboard.type('22');
    await page.keyboard.press('a');
    const person = page.getByTestId('att-person').filter({ hasText: 'Nguyễn Văn Dung' });
    await expect(person.getAttribute('aria-label')).resolves.not.toBeNull();
    await page.getByRole('button', { name: /^Undo: Nguyễn Văn Dung marked absent/ }).waitFor();
    await expect(person.getAttribute('class')).resolves.toMatch(/absent/);
    await page.keyboard.press('Control+z');
    // Her own card, polled: the first absent card on the page is someone else's (the seeding's absences).
    await expect.poll(() => person.getAttribute('class')).toMatch(/unmarked/);
    // The previous mark of the seeding is offered next: the late arrival of seat 14.
    await page.getByRole('button', { name: /^Undo: Đặng Văn Bình marked late/ }).waitFor();
    expect(live.seeded.delegateIds).toHaveLength(SEATS);
    await page.context().close();
  });

  it('in the afternoon’s roll call, does not offer to undo a morning mark but says where; back in the morning, undoes it', async () => {
    const page = await openPage(live.browser, live.server.url, 'en');
    await showView(page, { id: 'attendance', keys: 'Alt+4' });
    await page.getByRole('textbox', { name: 'Seat number, then a key' }).click();
    await page.keyboard.type('22');
    await page.keyboard.press('a');
    const undoDung = page.getByRole('button', { name: /^Undo: Nguyễn Văn Dung marked absent/ });
    await undoDung.waitFor();
    // The secretary moves on to the afternoon sitting's roll call.
    await page.getByRole('combobox', { name: 'Sitting of the agenda' }).selectOption({ label: 'Afternoon, 8 Dec 2026 (13:30–17:00)' });
    await page.getByRole('button', { name: 'Start roll call' }).click();
    const there = 'To undo “Nguyễn Văn Dung marked absent without leave”, return to the roll call of Morning, 8 Dec 2026.';
    await page.getByText(there).waitFor();
    expect(await undoDung.count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Undo:/ }).count()).toBe(0);
    // Ctrl+Z says the same; nothing is refused, nothing changes.
    await page.keyboard.press('Control+z');
    await page.getByRole('status').filter({ hasText: there }).waitFor();
    await handled(page);
    expect(await alerts(page).count()).toBe(0);
    // Back in the morning's roll call: offered again, and pressing it takes the mark back.
    await page.getByRole('combobox', { name: 'Sitting', exact: true }).selectOption({ label: 'Morning, 8 Dec 2026' });
    await undoDung.click();
    // Her own card, polled: the first absent card on the page is someone else's (the seeding's absences).
    const person = page.getByTestId('att-person').filter({ hasText: 'Nguyễn Văn Dung' });
    await expect.poll(() => person.getAttribute('class')).toMatch(/unmarked/);
    expect(await page.getByText(there).count()).toBe(0);
    await page.context().close();
  });

  it('sets aside, from the refusal’s toast, an addition that can no longer be undone, so the one before it undoes', async () => {
    const [tu, sau] = await seed(live.server.url, [
      { type: 'delegate.add', fullName: 'Trần Văn Tú', title: 'Giám đốc Sở Xây dựng', voting: false },
      { type: 'delegate.add', fullName: 'Lò Thị Sáu', title: 'Giám đốc Sở Y tế', voting: false },
    ] as const);
    // She has since asked to speak: her addition can no longer be taken back.
    await seed(live.server.url, [{ type: 'speaker.request', delegateId: sau.id }]);
    const page = await openPage(live.browser, live.server.url, 'en');
    await showView(page, { id: 'roster', keys: 'Alt+2' });
    await page.getByRole('button', { name: /^Undo: adding Lò Thị Sáu/ }).waitFor();
    await page.locator('h2#roster-heading').click();
    await page.keyboard.press('Control+z');
    await alerts(page).filter({ hasText: 'This can no longer be undone' }).waitFor();
    await page.getByRole('status').filter({ hasText: '“adding Lò Thị Sáu” can no longer be undone; set it aside, and the steps before it can be.' }).waitFor();
    await page.getByRole('button', { name: 'Set it aside' }).click();
    await page.getByRole('status').filter({ hasText: 'Set aside “adding Lò Thị Sáu”: the step before it can now be undone.' }).waitFor();
    // She stays, with her request; the step before hers is offered, and undoes.
    await page.getByRole('button', { name: /^Undo: adding Trần Văn Tú/ }).waitFor();
    expect(await alerts(page).count()).toBe(0);
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('td.name', { hasText: 'Trần Văn Tú' }).count()).toBe(0);
    expect(await page.locator('td.name', { hasText: 'Lò Thị Sáu' }).count()).toBe(1);
    expect(tu.id).toBeLessThan(sau.id);
    await page.context().close();
  });
});

describe('an edit form open while another console removes the person', () => {
  it('says the person was removed, saves nothing, and closes by keyboard', async () => {
    const chair = await openPage(live.browser, live.server.url, 'en');
    const secretary = await openPage(live.browser, live.server.url, 'vi');
    await showView(chair, { id: 'roster', keys: 'Alt+2' });
    await showView(secretary, { id: 'roster', keys: 'Alt+2' });
    await chair.getByRole('button', { name: 'Edit Quách Văn Toản' }).click();
    const title = chair.locator('tr.editing').getByRole('textbox', { name: 'Title' });
    await title.fill('Phó Trưởng ban Pháp chế');
    // The second console removes him (its question answered), while the chair's form is open.
    await secretary.getByRole('button', { name: 'Xóa Quách Văn Toản' }).click();
    await answerAsk(secretary, true);
    const gone = chair.getByRole('alert').filter({ hasText: 'Quách Văn Toản was removed from the roster (on another console) while you were editing: the changes cannot be saved.' });
    await gone.waitFor();
    // The keyboard is on the notice's Close, not lost with the form.
    await expect(chair.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Close');
    await chair.keyboard.press('Enter');
    await gone.waitFor({ state: 'detached' });
    await expect(chair.locator('td.name', { hasText: 'Quách Văn Toản' }).count()).resolves.toBe(0);
    await expect(chair.locator('tr.editing').count()).resolves.toBe(0);
    await secretary.context().close();
    await chair.context().close();
  });
});
