/**
 * The chair's console (English) and the paired secretary's (Vietnamese), both at 1366×768,
 * editing the same delegate's row at once (electron/engine/edits.ts): different fields are both
 * kept; the same field is refused on the console that saved second, in its language, naming who
 * changed it and what it is now, with what was typed kept in the form to save again. The same for
 * a personnel vote's draft, a vote's draft (its presenting body put right on another console), and for
 * a note, whose field shows the other note whole and offers it. Forms left open (a vote's draft, the council and its rules, the
 * Minutes setup) follow the other console in the fields not typed in, after a save too; a document
 * box or a signer list keeps what is typed or chosen there while the other console saves it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import WebSocket from 'ws';
import { freePort, onBrowser, openPage, pairSecretary, seed, seeder, serve, showView, tempDataDir, view, type Served } from './harness';

const chromium = onBrowser();
let server: Served;
let lanPort: number;
beforeEach(async () => {
  lanPort = await freePort();
  server = await serve(tempDataDir(), ['--port', String(await freePort()), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
});
afterEach(async () => {
  await server?.stop();
});

const SHOTS = process.env.GAVEL_SHOTS;
const shot = async (page: Page, name: string) => {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
};

/** The row's edit form, as each console labels its boxes. */
const form = (page: Page, lang: 'vi' | 'en') => {
  const row = page.locator('tr.editing');
  const l = lang === 'vi' ? { seat: 'Ghế', name: 'Họ và tên', title: 'Chức vụ', save: 'Lưu' } : { seat: 'Seat', name: 'Full name', title: 'Title / position', save: 'Save' };
  return {
    row,
    seat: row.getByLabel(l.seat, { exact: true }),
    name: row.getByLabel(l.name, { exact: true }),
    title: row.getByLabel(l.title, { exact: true }),
    save: () => row.getByRole('button', { name: l.save, exact: true }).click(),
    alert: row.getByRole('alert'),
  };
};
const edit = (page: Page, lang: 'vi' | 'en', name: string) => page.getByRole('button', { name: `${lang === 'vi' ? 'Sửa' : 'Edit'} ${name}`, exact: true }).click();
const rowOf = (page: Page, seat: number) => page.locator('tr[data-delegate]').filter({ has: page.locator('td.num', { hasText: new RegExp(`^${seat}$`) }) });

describe('two consoles editing the same delegate', () => {
  it('keeps both fields changed from the same view, and refuses the same field in words on the second console', async () => {
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 8, totalSeats: 50 },
      { type: 'session.create', number: 4, term: 8, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
      { type: 'delegate.add', fullName: 'Nguyễn Văn An', seatNumber: 5, group: 'Tổ đại biểu số 1', title: 'Phó Chủ tịch' },
      { type: 'delegate.add', fullName: 'Trần Thị Bình', seatNumber: 6, group: 'Tổ đại biểu số 1' },
    ] as const);
    const chair = await openPage(chromium.browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('roster'));
    const { secretary } = await pairSecretary(chromium.browser, server.url, lanPort, 'vi');
    await showView(secretary, view('roster'));

    // Both open Nguyễn Văn An's row; the chair moves him to seat 12, the secretary, her form still
    // showing seat 5, corrects his name. Both are kept, on both consoles.
    await edit(chair, 'en', 'Nguyễn Văn An');
    await edit(secretary, 'vi', 'Nguyễn Văn An');
    const c = form(chair, 'en');
    const s = form(secretary, 'vi');
    await c.seat.fill('12');
    await c.save();
    await expect.poll(() => rowOf(chair, 12).locator('.name').textContent()).toBe('Nguyễn Văn An');
    await expect.poll(() => s.seat.inputValue()).toBe('5');
    await s.name.fill('Nguyễn Văn Ân');
    await s.save();
    await expect.poll(() => s.row.count()).toBe(0);
    for (const page of [chair, secretary]) {
      await expect.poll(() => rowOf(page, 12).locator('.name').textContent()).toBe('Nguyễn Văn Ân');
      await expect.poll(() => rowOf(page, 5).count()).toBe(0);
    }

    // The same field: both change his title; the chair saves first, the secretary's is refused,
    // in Vietnamese, naming the chair and the title he has now, and her words stay in the form.
    await edit(chair, 'en', 'Nguyễn Văn Ân');
    await edit(secretary, 'vi', 'Nguyễn Văn Ân');
    await c.title.fill('Chủ tịch');
    await c.save();
    await expect.poll(() => rowOf(chair, 12).locator('td').nth(2).textContent()).toBe('Chủ tịch');
    await s.title.fill('Ủy viên Thường trực');
    await s.save();
    await expect.poll(() => s.alert.textContent()).toBe(
      'Chủ tọa vừa sửa chức vụ (nay là «Chủ tịch») của Nguyễn Văn Ân trong lúc anh/chị đang sửa, nên chưa lưu gì của anh/chị. Những gì anh/chị nhập vẫn còn trong biểu mẫu: hãy xem lại, rồi lưu lại nếu muốn thay.',
    );
    await expect.poll(() => s.title.inputValue()).toBe('Ủy viên Thường trực');
    // The fields she left show the person as he is now.
    await expect.poll(() => s.seat.inputValue()).toBe('12');
    await expect.poll(() => s.name.inputValue()).toBe('Nguyễn Văn Ân');
    await shot(secretary, 'crossing-refused-vi');
    await expect.poll(() => rowOf(chair, 12).locator('td').nth(2).textContent()).toBe('Chủ tịch');

    // Told, she saves again: hers replaces the chair's, and the chair's console shows it.
    await s.save();
    await expect.poll(() => s.row.count()).toBe(0);
    await expect.poll(() => rowOf(chair, 12).locator('td').nth(2).textContent()).toBe('Ủy viên Thường trực');

    // The other way round: the secretary's seat first, the chair's refused in English, naming her console.
    await edit(chair, 'en', 'Trần Thị Bình');
    await edit(secretary, 'vi', 'Trần Thị Bình');
    await s.seat.fill('20');
    await s.save();
    await expect.poll(() => rowOf(secretary, 20).locator('.name').textContent()).toBe('Trần Thị Bình');
    await c.seat.fill('21');
    await c.save();
    await expect.poll(() => c.alert.textContent()).toBe(
      'Thư ký - laptop 2 changed the seat number (now 20) of Trần Thị Bình while you were editing it, so nothing of yours was saved. What you typed is still in the form: check it, and save again to replace it.',
    );
    await expect.poll(() => c.seat.inputValue()).toBe('21');
    await shot(chair, 'crossing-refused-en');
    await expect.poll(() => rowOf(secretary, 21).count()).toBe(0);
  });
});

const COUNCIL = [
  { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 8, totalSeats: 50 },
  { type: 'session.create', number: 4, term: 8, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
] as const;

describe('two consoles editing the same personnel vote before it opens', () => {
  it('keeps the chair’s title and the secretary’s new candidate, and refuses a second title in words, her typing kept', async () => {
    await seed(server.url, [
      ...COUNCIL,
      { type: 'delegate.add', fullName: 'Nguyễn Văn An', seatNumber: 5 },
      { type: 'delegate.add', fullName: 'Trần Thị Bình', seatNumber: 6 },
      { type: 'personnel.prepare', kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', people: [{ delegateId: 1 }] },
    ] as const);
    const chair = await openPage(chromium.browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('personnel'));
    const { secretary } = await pairSecretary(chromium.browser, server.url, lanPort, 'vi');
    await showView(secretary, view('personnel'));
    const form = (page: Page) => page.locator('form.prepare');
    const title = (page: Page) => form(page).locator('textarea[name=title]');
    const people = (page: Page) => form(page).locator('table.people td.name strong').allTextContents();
    const heading = (page: Page) => page.locator('#personnel-title').textContent();
    const editBoth = async () => {
      for (const page of [chair, secretary]) {
        await page.locator('.badge').first().waitFor();
        await page.keyboard.press('Alt+e');
        await title(page).waitFor();
      }
    };

    // Both open the draft; the chair shortens the post, the secretary, her form still showing the
    // long one, adds a candidate. Both are kept.
    await editBoth();
    await title(chair).fill('Phó Chủ tịch UBND tỉnh');
    await chair.getByRole('button', { name: 'Save changes' }).click();
    await form(chair).waitFor({ state: 'detached' });
    await expect.poll(() => title(secretary).inputValue()).toBe('Phó Chủ tịch Ủy ban nhân dân tỉnh');
    const box = form(secretary).getByRole('combobox', { name: 'Thêm từ danh sách đại biểu', exact: true });
    await box.fill('Tran Thi Binh');
    await secretary.getByRole('listbox', { name: 'Thêm từ danh sách đại biểu', exact: true }).getByRole('option').first().waitFor();
    await box.press('Enter');
    await secretary.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await form(secretary).waitFor({ state: 'detached' });
    for (const page of [chair, secretary]) {
      await expect.poll(() => heading(page)).toMatch(/Phó Chủ tịch UBND tỉnh$/);
      await expect.poll(() => page.getByTestId('personnel-grid').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-person')))).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    }

    // The same field: the chair saves his title first; hers is refused in Vietnamese, naming the
    // chair and the title now, her title kept in the box and the list shown as it is.
    await editBoth();
    await title(chair).fill('Phó Chủ tịch Ủy ban nhân dân tỉnh khóa VIII');
    await chair.getByRole('button', { name: 'Save changes' }).click();
    await form(chair).waitFor({ state: 'detached' });
    await title(secretary).fill('Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026');
    await secretary.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await expect.poll(() => form(secretary).getByRole('alert').textContent()).toBe(
      'Chủ tọa vừa sửa tên cuộc bỏ phiếu (nay là «Phó Chủ tịch Ủy ban nhân dân tỉnh khóa VIII») của cuộc bỏ phiếu nhân sự «Phó Chủ tịch Ủy ban nhân dân tỉnh khóa VIII» trong lúc anh/chị đang sửa, nên chưa lưu gì của anh/chị. Những gì anh/chị nhập vẫn còn trong biểu mẫu: hãy xem lại, rồi lưu lại nếu muốn thay.',
    );
    await expect.poll(() => title(secretary).inputValue()).toBe('Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021 - 2026');
    expect(await people(secretary)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
    await shot(secretary, 'crossing-personnel-vi');
    await expect.poll(() => heading(chair)).toMatch(/khóa VIII$/);

    // Told, she saves again: hers replaces the chair's, on his console too.
    await secretary.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await form(secretary).waitFor({ state: 'detached' });
    await expect.poll(() => heading(chair)).toMatch(/nhiệm kỳ 2021 - 2026$/);
  });
});

describe('two consoles writing the same note', () => {
  it('never saves the secretary’s typing over the chair’s note unseen: refused in words, both texts shown, hers kept until she chooses', async () => {
    await seed(server.url, [...COUNCIL, { type: 'agenda.add', title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 }, { type: 'item.start', id: 1 }] as const);
    const chair = await openPage(chromium.browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('live'));
    const { secretary } = await pairSecretary(chromium.browser, server.url, lanPort, 'vi');
    await showView(secretary, view('live'));
    const hers = secretary.getByRole('textbox', { name: 'Tóm tắt mục Thảo luận tại hội trường' });
    const his = chair.getByRole('textbox', { name: 'Note on the item Thảo luận tại hội trường' });

    // She writes the gist and keeps her place in the box; it is saved as she types.
    await hers.fill('Các đại biểu thảo luận về đầu tư công.');
    await expect.poll(() => his.inputValue()).toBe('Các đại biểu thảo luận về đầu tư công.');
    // The chair, seeing it, rewrites it on his console.
    await his.fill('Các đại biểu thảo luận về tiến độ giải ngân vốn đầu tư công năm 2026.');
    await his.press('Escape');
    await expect.poll(() => secretary.locator('[data-their-note]').count()).toBe(0);
    // Still in her box, she types on: her text would have replaced his; it is refused instead.
    await hers.press('End');
    await hers.pressSequentially(' Chủ tọa kết luận.');
    const mine = 'Các đại biểu thảo luận về đầu tư công. Chủ tọa kết luận.';
    const status = secretary.locator('.note-field [role=status]');
    await expect.poll(() => status.textContent()).toBe(
      'Chủ tọa vừa sửa tóm tắt (nay là «Các đại biểu thảo luận về tiến độ giải ngân vốn đầu tư công năm 2026.») của mục chương trình «Thảo luận tại hội trường» trong lúc anh/chị đang sửa, nên chưa lưu gì của anh/chị. Những gì anh/chị nhập vẫn còn trong biểu mẫu: hãy xem lại, rồi lưu lại nếu muốn thay.',
    );
    expect(await hers.inputValue()).toBe(mine);
    expect(await secretary.locator('[data-their-note]').textContent()).toBe('Các đại biểu thảo luận về tiến độ giải ngân vốn đầu tư công năm 2026.');
    await shot(secretary, 'crossing-note-vi');
    // Her console reloaded while she decides: her text and the choice are still there (sessionStorage).
    await secretary.reload();
    await secretary.getByText('Đã kết nối').waitFor();
    await showView(secretary, view('live'));
    await expect.poll(() => hers.inputValue()).toBe(mine);
    await expect.poll(() => status.textContent()).toMatch(/^Chủ tọa vừa sửa tóm tắt/);
    expect(await secretary.locator('[data-their-note]').textContent()).toBe('Các đại biểu thảo luận về tiến độ giải ngân vốn đầu tư công năm 2026.');
    // Nothing of hers is saved by itself while she decides, typing on or leaving the box.
    await hers.click();
    await hers.press('Control+End');
    await hers.pressSequentially(' Bế mạc.');
    await hers.press('Escape');
    await secretary.waitForTimeout(2000);
    expect(await his.inputValue()).toBe('Các đại biểu thảo luận về tiến độ giải ngân vốn đầu tư công năm 2026.');
    expect(await hers.inputValue()).toBe(`${mine} Bế mạc.`);

    // She keeps hers: it replaces his, on his console too.
    await secretary.getByRole('button', { name: /^Giữ bản tóm tắt tôi đã nhập, thay bản kia/ }).click();
    await expect.poll(() => his.inputValue()).toBe(`${mine} Bế mạc.`);
    await expect.poll(() => secretary.locator('[data-their-note]').count()).toBe(0);

    // The other way round: the chair, typing in his box, is refused when the secretary rewrote the
    // note meanwhile, and takes hers instead of his typing.
    await his.click();
    await his.press('End');
    await his.pressSequentially(' (1)');
    await expect.poll(() => hers.inputValue()).toBe(`${mine} Bế mạc. (1)`);
    await hers.fill('Tóm tắt mới của thư ký.');
    await expect.poll(() => status.textContent()).toBe('Đã lưu');
    await his.pressSequentially(' (2)');
    await expect.poll(() => chair.locator('.note-field [role=status]').textContent()).toBe(
      'Thư ký - laptop 2 changed the note (now “Tóm tắt mới của thư ký.”) of the agenda item “Thảo luận tại hội trường” while you were editing it, so nothing of yours was saved. What you typed is still in the form: check it, and save again to replace it.',
    );
    await shot(chair, 'crossing-note-en');
    await chair.getByRole('button', { name: /^Use the note saved on the other console/ }).click();
    await expect.poll(() => his.inputValue()).toBe('Tóm tắt mới của thư ký.');
    await expect.poll(() => hers.inputValue()).toBe('Tóm tắt mới của thư ký.');
  });
});

describe('the chair’s vote draft and a presenting body put right on another console', () => {
  it('keeps the correction under the chair’s new title, and refuses his presenting body over it in words, his typing kept', async () => {
    const [, , { id }] = await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 8, totalSeats: 50 },
      { type: 'session.create', number: 4, term: 8, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
      { type: 'vote.create', resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', presentedBy: 'UBND tỉh', method: 'hands' },
    ] as const);
    const chair = await openPage(chromium.browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('votes'));
    await chair.locator('[data-vote-card]').first().click();
    const title = chair.locator('input[name="draftTitle"]');
    const body = chair.locator('input[name="draftPresentedBy"]');
    await expect.poll(() => body.inputValue()).toBe('UBND tỉh');
    // Another console puts the presenting body right while the chair types a new title: his box,
    // untouched, follows it, and his save keeps it.
    await title.fill('Nghị quyết về dự toán');
    const other = await seeder(server.url);
    await other.run('record.setPresentedBy', { voteId: id, presentedBy: 'UBND tỉnh' });
    await chair.locator('[data-testid="vote-presented-by"]', { hasText: 'UBND tỉnh' }).waitFor();
    await expect.poll(() => body.inputValue()).toBe('UBND tỉnh');
    await title.fill('Nghị quyết về dự toán ngân sách tỉnh năm 2027');
    await chair.getByRole('button', { name: 'Save changes', exact: true }).click();
    await chair.locator('#vote-title', { hasText: 'ngân sách tỉnh' }).waitFor();
    expect(await chair.locator('[data-testid="vote-presented-by"]').textContent()).toContain('UBND tỉnh');

    // Put right again there while the chair types his own: his typing stays on screen, and his save is refused, naming what it is now.
    await body.fill('Thường trực HĐND tỉnh');
    await other.run('record.setPresentedBy', { voteId: id, presentedBy: 'Ủy ban nhân dân tỉnh' });
    await chair.locator('[data-testid="vote-presented-by"]', { hasText: 'Ủy ban nhân dân tỉnh' }).waitFor();
    expect(await body.inputValue()).toBe('Thường trực HĐND tỉnh');
    await chair.getByRole('button', { name: 'Save changes', exact: true }).click();
    const alert = chair.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/changed the presenting body \(now “Ủy ban nhân dân tỉnh”\) of the vote “Nghị quyết về dự toán ngân sách tỉnh năm 2027”/);
    expect(await body.inputValue()).toBe('Thường trực HĐND tỉnh');
    expect(await chair.locator('[data-testid="vote-presented-by"]').textContent()).toContain('Ủy ban nhân dân tỉnh');
    await shot(chair, 'vote-draft-crossed-en');
    // Saved again, read on the view that shows it, his replaces it.
    await chair.getByRole('button', { name: 'Save changes', exact: true }).click();
    await chair.locator('[data-testid="vote-presented-by"]', { hasText: 'Thường trực HĐND tỉnh' }).waitFor();
    other.close();
  });
});

/** The state as a console connecting now is given it (its first message): what the engine holds. */
function savedState(url: string): Promise<Record<string, any>> {
  const ws = new WebSocket(url.replace('http', 'ws') + 'ws', { origin: url.replace(/\/$/, '') });
  return new Promise((resolve, reject) => {
    ws.on('message', (d) => {
      const msg = JSON.parse(String(d));
      if (msg.kind !== 'state') return;
      ws.close();
      resolve(msg.update.slices);
    });
    ws.once('error', reject);
  });
}

describe('the Minutes setup form on two consoles', () => {
  it('keeps the chair’s place and the secretary’s number, refuses a second place in words with her typing kept', async () => {
    await seed(server.url, [...COUNCIL, { type: 'delegate.add', fullName: 'Nguyễn Văn An', seatNumber: 5 }, { type: 'delegate.add', fullName: 'Trần Thị Bình', seatNumber: 6 }] as const);
    const chair = await openPage(chromium.browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    const { secretary } = await pairSecretary(chromium.browser, server.url, lanPort, 'vi');
    const setup = async (page: Page, lang: 'vi' | 'en') => {
      await showView(page, view('minutes'));
      await page.getByText(lang === 'vi' ? 'Địa điểm, chủ tọa, thư ký và văn bản trình' : 'Place, presiding board, secretaries and documents').click();
      const l = lang === 'vi' ? { place: 'Địa điểm kỳ họp', number: 'Số biên bản', save: 'Lưu' } : { place: 'Place of the session', number: 'Minutes number', save: 'Save' };
      const form = page.locator('form.row').filter({ has: page.getByLabel(l.place, { exact: true }) });
      return {
        place: form.getByLabel(l.place, { exact: true }),
        number: form.getByLabel(l.number, { exact: true }),
        save: () => form.getByRole('button', { name: l.save, exact: true }).click(),
        alert: page.locator('.setup > [role=alert]'),
      };
    };
    const c = await setup(chair, 'en');
    const s = await setup(secretary, 'vi');

    // Both at once: the secretary is typing the number while the chair saves the place; her place box, untouched, follows his.
    await s.number.fill('5');
    await c.place.fill('Hội trường Hội đồng nhân dân tỉnh');
    await c.save();
    await expect.poll(async () => (await savedState(server.url)).record.place).toBe('Hội trường Hội đồng nhân dân tỉnh');
    await expect.poll(() => s.place.inputValue()).toBe('Hội trường Hội đồng nhân dân tỉnh');
    expect(await s.number.inputValue()).toBe('5');
    await s.save();
    await expect.poll(() => s.alert.count()).toBe(0);
    // Her save did not put the place back to the empty one her form had read.
    await chair.reload();
    await chair.getByText('Connected').waitFor();
    const c2 = await setup(chair, 'en');
    await expect.poll(() => c2.place.inputValue()).toBe('Hội trường Hội đồng nhân dân tỉnh');
    await expect.poll(() => c2.number.inputValue()).toBe('5');

    // The same field: she types a place while the chair saves his; hers is refused in Vietnamese.
    await s.place.fill('Nhà văn hóa tỉnh');
    await c2.place.fill('Hội trường UBND tỉnh Quảng Trị');
    await c2.save();
    await expect.poll(() => c2.alert.count()).toBe(0);
    await expect.poll(async () => (await savedState(server.url)).record.place).toBe('Hội trường UBND tỉnh Quảng Trị');
    expect(await s.place.inputValue()).toBe('Nhà văn hóa tỉnh');
    await s.save();
    await expect.poll(() => s.alert.textContent()).toBe(
      'Chủ tọa vừa sửa địa điểm (nay là «Hội trường UBND tỉnh Quảng Trị») của biên bản kỳ họp trong lúc anh/chị đang sửa, nên chưa lưu gì của anh/chị. Những gì anh/chị nhập vẫn còn trong biểu mẫu: hãy xem lại, rồi lưu lại nếu muốn thay.',
    );
    await expect.poll(() => s.place.inputValue()).toBe('Nhà văn hóa tỉnh');
    await shot(secretary, 'crossing-minutes-vi');
    // Told, she saves again: hers replaces the chair's.
    await s.save();
    await expect.poll(() => s.alert.count()).toBe(0);

    // The other way round, in English: the chair types a number while hers is saved; his is refused.
    await c2.number.fill('7');
    await s.number.fill('6');
    await s.save();
    await expect.poll(() => s.alert.count()).toBe(0);
    await expect.poll(async () => (await savedState(server.url)).record.minutesNumber).toBe('6');
    await c2.save();
    await expect.poll(() => c2.alert.textContent()).toBe(
      'Thư ký - laptop 2 changed the minutes number (now “6”) of the minutes while you were editing it, so nothing of yours was saved. What you typed is still in the form: check it, and save again to replace it.',
    );
    await expect.poll(() => c2.number.inputValue()).toBe('7');
    await shot(chair, 'crossing-minutes-en');
  });
});

describe('the council and rules forms in two windows of the chair', () => {
  it('follow the other window in the fields not typed in; refuse the seats and a rule changed there under the typing, in words, the typing kept', async () => {
    await seed(server.url, [...COUNCIL] as const);
    const one = await openPage(chromium.browser, server.url, 'en');
    await one.setViewportSize({ width: 1366, height: 768 });
    const two = await openPage(chromium.browser, server.url, 'vi');
    await two.setViewportSize({ width: 1366, height: 768 });
    const forms = async (page: Page, lang: 'vi' | 'en') => {
      await showView(page, view('setup'));
      const council = page.locator('section[aria-labelledby=council-heading]');
      const rules = page.locator('section[aria-labelledby=rules-heading]');
      const l =
        lang === 'vi'
          ? { name: 'Tên Hội đồng nhân dân', seats: 'Tổng số đại biểu HĐND', saveCouncil: 'Lưu thông tin Hội đồng', speech: 'Phát biểu', saveRules: 'Lưu nội quy', numerator: 'Tử số của túc số' }
          : { name: 'Name of the council', seats: 'Total council seats', saveCouncil: 'Save council', speech: 'Speech', saveRules: 'Save the rules', numerator: 'Quorum numerator' };
      return {
        name: council.getByLabel(l.name, { exact: true }),
        seats: council.getByLabel(l.seats, { exact: true }),
        saveCouncil: () => council.getByRole('button', { name: l.saveCouncil, exact: true }).click(),
        councilAlert: council.getByRole('alert'),
        speech: rules.getByLabel(l.speech, { exact: true }),
        numerator: rules.getByLabel(l.numerator, { exact: true }),
        saveRules: () => rules.getByRole('button', { name: l.saveRules, exact: true }).click(),
        rulesAlert: rules.getByRole('alert'),
      };
    };
    const a = await forms(one, 'en');
    const b = await forms(two, 'vi');
    const state = () => savedState(server.url);

    // Different fields from forms read at once: both kept. The second window's seats, not typed in,
    // show the first's as soon as it saves, not only once the second saves too.
    await a.seats.fill('52');
    await a.saveCouncil();
    await expect.poll(async () => (await state()).council.totalSeats).toBe(52);
    await expect.poll(() => b.seats.inputValue()).toBe('52');
    await b.name.fill('HĐND tỉnh Quảng Trị khóa VIII');
    await b.saveCouncil();
    await expect.poll(async () => (await state()).council).toMatchObject({ name: 'HĐND tỉnh Quảng Trị khóa VIII', totalSeats: 52 });
    await expect.poll(() => b.councilAlert.count()).toBe(0);
    // Saved, each window's form shows both: the second's name and the first window's seats.
    await expect.poll(() => b.seats.inputValue()).toBe('52');
    await expect.poll(() => a.name.inputValue()).toBe('HĐND tỉnh Quảng Trị khóa VIII');
    // The same field: the second window types seats, the first saves its own meanwhile; the second's
    // box keeps its typing, and its save is refused, naming the seats now, its typing kept.
    await b.seats.fill('54');
    await a.seats.fill('53');
    await a.saveCouncil();
    await expect.poll(async () => (await state()).council.totalSeats).toBe(53);
    expect(await b.seats.inputValue()).toBe('54');
    await b.saveCouncil();
    await expect.poll(() => b.councilAlert.textContent()).toBe(
      'Chủ tọa vừa sửa tổng số đại biểu (nay là 53) của thông tin Hội đồng nhân dân trong lúc anh/chị đang sửa, nên chưa lưu gì của anh/chị. Những gì anh/chị nhập vẫn còn trong biểu mẫu: hãy xem lại, rồi lưu lại nếu muốn thay.',
    );
    await expect.poll(() => b.seats.inputValue()).toBe('54');
    await expect.poll(() => b.name.inputValue()).toBe('HĐND tỉnh Quảng Trị khóa VIII');
    expect((await state()).council.totalSeats).toBe(53);
    await shot(two, 'crossing-council-vi');

    // The term's first year: typed in the second window, kept there while the first saves its own
    // (it was put back to the first's, the typing lost); the first's box, left, follows the second's save.
    const yearA = one.getByLabel('First year of the term', { exact: true });
    const yearB = two.getByLabel('Năm bắt đầu nhiệm kỳ', { exact: true });
    await yearB.fill('2021');
    await yearA.fill('2026');
    await yearA.press('Enter');
    await expect.poll(async () => (await state()).council.termStartYear).toBe(2026);
    expect(await yearB.inputValue()).toBe('2021');
    await yearB.press('Enter');
    await expect.poll(async () => (await state()).council.termStartYear).toBe(2021);
    await expect.poll(() => yearA.inputValue()).toBe('2021');

    // The rules: the speech limit in one window, followed at once by the other's box; the quorum
    // typed in both, saved in the second: both rules kept, the first's quorum refused in English.
    await a.speech.fill('5');
    await a.saveRules();
    await expect.poll(async () => (await state()).rules.limits.speech).toBe(300);
    await expect.poll(() => b.speech.inputValue()).toBe('5');
    await a.numerator.fill('1');
    await one.locator('section[aria-labelledby=rules-heading]').getByLabel('Quorum denominator', { exact: true }).fill('2');
    await b.numerator.fill('3');
    await two.locator('section[aria-labelledby=rules-heading]').getByLabel('Mẫu số của túc số', { exact: true }).fill('4');
    await b.saveRules();
    await expect.poll(async () => (await state()).rules).toMatchObject({ limits: { speech: 300 }, quorum: { numerator: 3 } });
    await expect.poll(() => b.rulesAlert.count()).toBe(0);
    expect(await a.numerator.inputValue()).toBe('1');
    await a.saveRules();
    await expect.poll(() => a.rulesAlert.textContent()).toBe(
      'The chair changed the quorum (now 3/4) of the rules of procedure while you were editing it, so nothing of yours was saved. What you typed is still in the form: check it, and save again to replace it.',
    );
    await expect.poll(() => a.numerator.inputValue()).toBe('1');
    await expect.poll(() => a.speech.inputValue()).toBe('5');
    await shot(one, 'crossing-rules-en');
    expect((await state()).rules.quorum.numerator).toBe(3);
  });
});

describe('the vote draft form kept open after a save, in two windows of the chair', () => {
  it('shows after its save what the other window saved in the fields it left, follows them, and refuses a field both changed', async () => {
    await seed(server.url, [...COUNCIL, { type: 'vote.create', resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', presentedBy: 'UBND tỉnh', method: 'hands' }] as const);
    const open = async (lang: 'vi' | 'en') => {
      const page = await openPage(chromium.browser, server.url, lang);
      await page.setViewportSize({ width: 1366, height: 768 });
      await showView(page, view('votes'));
      await page.locator('[data-vote-card]').first().click();
      await page.locator('input[name="draftTitle"]').waitFor();
      return {
        page,
        title: page.locator('input[name="draftTitle"]'),
        number: page.locator('input[name="draftNumber"]'),
        body: page.locator('input[name="draftPresentedBy"]'),
        save: () => page.getByRole('button', { name: lang === 'vi' ? 'Lưu thay đổi' : 'Save changes', exact: true }).click(),
        alert: page.locator('section.detail > [role=alert]'),
      };
    };
    const a = await open('en');
    const b = await open('vi');
    const saved = async () => (await savedState(server.url)).votes[0];

    // Both forms read at once: the first window saves a new title, the second (still showing the
    // old one) its number. Saved, the second form shows the title as it is now, not the one it read.
    await a.title.fill('Nghị quyết về dự toán ngân sách địa phương năm 2027');
    await a.save();
    await expect.poll(async () => (await saved()).resolutionTitle).toBe('Nghị quyết về dự toán ngân sách địa phương năm 2027');
    await b.number.fill('25/NQ-HĐND');
    await b.save();
    await expect.poll(async () => (await saved()).resolutionNumber).toBe('25/NQ-HĐND');
    await expect.poll(() => b.title.inputValue()).toBe('Nghị quyết về dự toán ngân sách địa phương năm 2027');
    expect(await b.number.inputValue()).toBe('25/NQ-HĐND');
    // Edited from there, the title is the first window's, not the old one written back unseen.
    await b.title.press('End');
    await b.title.pressSequentially(' (sửa đổi)');
    await b.save();
    await expect.poll(async () => (await saved()).resolutionTitle).toBe('Nghị quyết về dự toán ngân sách địa phương năm 2027 (sửa đổi)');
    await expect.poll(() => b.alert.count()).toBe(0);

    // A field left untouched follows the other window's change while the form stays open.
    await expect.poll(() => a.title.inputValue()).toBe('Nghị quyết về dự toán ngân sách địa phương năm 2027 (sửa đổi)');
    await a.body.fill('Ủy ban nhân dân tỉnh');
    await a.save();
    await expect.poll(() => b.body.inputValue()).toBe('Ủy ban nhân dân tỉnh');

    // A field both change: the second window's, typed over what it showed before the first saved, is refused in words, its typing kept.
    await b.number.fill('26/NQ-HĐND');
    await a.number.fill('27/NQ-HĐND');
    await a.save();
    await expect.poll(async () => (await saved()).resolutionNumber).toBe('27/NQ-HĐND');
    await b.save();
    await expect.poll(() => b.alert.textContent()).toBe(
      'Chủ tọa vừa sửa số nghị quyết (nay là «27/NQ-HĐND») của cuộc biểu quyết «Nghị quyết về dự toán ngân sách địa phương năm 2027 (sửa đổi)» trong lúc anh/chị đang sửa, nên chưa lưu gì của anh/chị. Những gì anh/chị nhập vẫn còn trong biểu mẫu: hãy xem lại, rồi lưu lại nếu muốn thay.',
    );
    expect(await b.number.inputValue()).toBe('26/NQ-HĐND');
    expect((await saved()).resolutionNumber).toBe('27/NQ-HĐND');
    await shot(b.page, 'crossing-vote-after-save-vi');
    // Told, saved again: hers replaces it.
    await b.save();
    await expect.poll(async () => (await saved()).resolutionNumber).toBe('26/NQ-HĐND');
    await expect.poll(() => a.number.inputValue()).toBe('26/NQ-HĐND');
  });
});

describe('the document boxes of the Minutes setup on two consoles', () => {
  it('keeps what the secretary is typing when the chair saves the same box, refuses it in words when entered, and the untouched box follows', async () => {
    const title = 'Tờ trình về dự toán ngân sách năm 2027';
    await seed(server.url, [...COUNCIL, { type: 'agenda.add', title, kind: 'submission', plannedMinutes: 15 }] as const);
    const chair = await openPage(chromium.browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    const { secretary } = await pairSecretary(chromium.browser, server.url, lanPort, 'vi');
    const boxes = async (page: Page, lang: 'vi' | 'en') => {
      await showView(page, view('minutes'));
      await page.getByText(lang === 'vi' ? 'Địa điểm, chủ tọa, thư ký và văn bản trình' : 'Place, presiding board, secretaries and documents').click();
      return {
        number: page.getByRole('textbox', { name: `${lang === 'vi' ? 'Số văn bản của' : 'Document number of'} ${title}`, exact: true }),
        date: page.getByRole('textbox', { name: `${lang === 'vi' ? 'Ngày văn bản của' : 'Document date of'} ${title}`, exact: true }),
        alert: page.locator('.setup > [role=alert]'),
      };
    };
    const c = await boxes(chair, 'en');
    const s = await boxes(secretary, 'vi');
    const doc = async () => (await savedState(server.url)).record.documents[1];

    // She is typing the number when the chair saves his, and then the date: her typing stays, the date box she left follows his.
    await s.number.click();
    await s.number.pressSequentially('152/TTr');
    await c.number.fill('150/TTr-UBND');
    await c.number.press('Tab');
    await c.date.fill('01/12/2026');
    await c.date.press('Tab');
    await expect.poll(doc).toEqual({ number: '150/TTr-UBND', date: '2026-12-01' });
    await expect.poll(() => s.date.inputValue()).toBe('01/12/2026');
    expect(await s.number.inputValue()).toBe('152/TTr');
    await s.number.pressSequentially('-UBND');
    expect(await s.number.inputValue()).toBe('152/TTr-UBND');
    // Entered, hers is checked against his: refused, naming what it is now, her typing kept.
    await s.number.press('Enter');
    await expect.poll(() => s.alert.textContent()).toBe(
      `Chủ tọa vừa sửa số văn bản (nay là «150/TTr-UBND») của mục chương trình «${title}» trong lúc anh/chị đang sửa, nên chưa lưu gì của anh/chị. Những gì anh/chị nhập vẫn còn trong biểu mẫu: hãy xem lại, rồi lưu lại nếu muốn thay.`,
    );
    expect(await s.number.inputValue()).toBe('152/TTr-UBND');
    expect(await doc()).toEqual({ number: '150/TTr-UBND', date: '2026-12-01' });
    await shot(secretary, 'crossing-document-vi');
    // Told, she enters it again: hers replaces his, on his console too, the date kept.
    await s.number.press('Enter');
    await expect.poll(doc).toEqual({ number: '152/TTr-UBND', date: '2026-12-01' });
    await expect.poll(() => s.alert.count()).toBe(0);
    await expect.poll(() => c.number.inputValue()).toBe('152/TTr-UBND');

    // The other way round, the date: the chair is typing one when she saves hers; his is refused in English when he leaves the box.
    await c.date.click();
    await c.date.pressSequentially('03/12/2026');
    await s.date.fill('02/12/2026');
    await s.date.press('Tab');
    await expect.poll(async () => (await doc()).date).toBe('2026-12-02');
    await expect.poll(() => s.alert.count()).toBe(0);
    expect(await c.date.inputValue()).toBe('03/12/2026');
    await c.date.press('Tab');
    await expect.poll(() => c.alert.textContent()).toMatch(
      new RegExp(`^Thư ký - laptop 2 changed the document date \\(now .+\\) of the agenda item “${title}” while you were editing it, so nothing of yours was saved\\.`),
    );
    expect(await c.date.inputValue()).toBe('03/12/2026');
    expect((await doc()).date).toBe('2026-12-02');
    await shot(chair, 'crossing-document-en');
    // Esc takes his typing back: the box shows hers again.
    await c.date.click();
    await c.date.press('Escape');
    await expect.poll(() => c.date.inputValue()).toBe('02/12/2026');
  });
});

describe('the review’s signer on two consoles', () => {
  it('keeps the list the secretary has in hand as it was, refuses her choice over the chair’s in words, and saves it again on Enter', async () => {
    await seed(server.url, [
      ...COUNCIL,
      { type: 'delegate.add', fullName: 'Nguyễn Văn An', seatNumber: 1, title: 'Chủ tịch HĐND tỉnh' },
      { type: 'delegate.add', fullName: 'Trần Thị Bình', seatNumber: 2, title: 'Phó Chủ tịch HĐND tỉnh' },
      { type: 'delegate.add', fullName: 'Lê Văn Cường', seatNumber: 3 },
    ] as const);
    const chair = await openPage(chromium.browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    const { secretary } = await pairSecretary(chromium.browser, server.url, lanPort, 'vi');
    await showView(chair, view('review'));
    await showView(secretary, view('review'));
    const his = chair.getByRole('combobox', { name: 'Signer', exact: true });
    const hers = secretary.getByRole('combobox', { name: 'Người ký', exact: true });
    const hisRole = chair.getByRole('combobox', { name: 'Signs as', exact: true });
    const signer = async () => (await savedState(server.url)).reviewSigner.chosen;

    // She takes the list in hand; the chair chooses Trần Thị Bình meanwhile: her list stays as she took it.
    await hers.focus();
    await his.selectOption({ label: 'Trần Thị Bình – Phó Chủ tịch HĐND tỉnh' });
    await expect.poll(signer).toEqual({ delegateId: 2, role: 'chair' });
    await secretary.waitForTimeout(300);
    expect(await hers.inputValue()).toBe('');
    // She chooses Lê Văn Cường: refused, naming the chair's choice; hers stays in the list.
    await hers.selectOption({ label: 'Lê Văn Cường' });
    const alert = secretary.locator('[data-testid=review-signer] + [role=alert]');
    await expect.poll(() => alert.textContent()).toBe(
      'Chủ tọa vừa sửa người ký (nay là Trần Thị Bình) của báo cáo rút kinh nghiệm trong lúc anh/chị đang sửa, nên chưa lưu gì của anh/chị. Những gì anh/chị nhập vẫn còn trong biểu mẫu: hãy xem lại, rồi lưu lại nếu muốn thay.',
    );
    expect(await hers.inputValue()).toBe('3');
    expect(await signer()).toEqual({ delegateId: 2, role: 'chair' });
    await shot(secretary, 'crossing-signer-vi');
    // Told, Enter saves hers: it replaces his, on his console too; the role she left follows his.
    await hers.press('Enter');
    await expect.poll(signer).toEqual({ delegateId: 3, role: 'chair' });
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => his.inputValue()).toBe('3');
    await hisRole.selectOption('viceChair');
    await expect.poll(() => secretary.getByRole('combobox', { name: 'Ký với tư cách', exact: true }).inputValue()).toBe('viceChair');
    await expect.poll(signer).toEqual({ delegateId: 3, role: 'viceChair' });
  });
});
