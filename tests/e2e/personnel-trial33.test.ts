/**
 * Round 33's trial: a new council office secretary runs a thematic session on personnel (kỳ họp
 * chuyên đề về công tác cán bộ) against `npm run serve`: a commune council of 35 seats, one
 * morning, the programme opening, the dismissal of a Vice Chair of the People's Committee, the
 * election of his successor (one candidate) and of two members from three (a differential
 * ballot), closing; 33 present by the roll call; each ballot counted from the committee's sheets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { freePort, launch, openPage, partedWords, seeder, serve, showView, tempDataDir, view, type Served } from './harness';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh'];
const MIDDLE = ['Thị', 'Văn', 'Hữu', 'Ngọc', 'Quốc', 'Thị Thu', 'Đức', 'Minh'];
const GIVEN = ['Ánh', 'Bảo', 'Cường', 'Dũng', 'Đạt', 'Hạnh', 'Hưng', 'Khoa', 'Lộc', 'Mỹ', 'Nhung', 'Phượng', 'Quý', 'Sơn', 'Thảo', 'Trí', 'Uyên', 'Việt', 'Xuân', 'Yến', 'Hằng', 'Tuấn', 'Lành', 'Nghĩa', 'Oanh', 'Phúc', 'Giang', 'Ẩn', 'Ước', 'Khải', 'Tường', 'Thủy', 'Quỳnh', 'Ưng', 'Đoan'];
const SEATS = 35;
/** Seat i + 1's delegate: seat 10 is "Đặng Văn Mỹ". */
const delegateName = (i: number) => `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i]}`;
const TITLES: Record<number, string> = { 0: 'Chủ tịch HĐND xã', 1: 'Phó Chủ tịch HĐND xã', 2: 'Chánh Văn phòng HĐND và UBND xã', 9: 'Trưởng phòng Kinh tế xã', 11: 'Trưởng phòng Văn hóa - Xã hội xã', 14: 'Chỉ huy trưởng Ban Chỉ huy quân sự xã' };

let browser: Browser;
let server: Served;
/** The roster's ids by seat (index 0 is seat 1), then the Vice Chair leaving (35) and the head of the commune police (36). */
const ids: number[] = [];

beforeAll(async () => {
  browser = await launch();
  server = await serve(tempDataDir(), ['--port', String(await freePort())]);
  const { run, close } = await seeder(server.url);
  try {
    await run('council.save', { name: 'Hội đồng nhân dân xã Tân Phước', level: 'commune', term: 1, totalSeats: SEATS });
    await run('session.create', { number: 3, term: 1, kind: 'thematic', title: 'Kỳ họp chuyên đề về công tác cán bộ', startDate: '2026-12-15', endDate: '2026-12-15' });
    for (let i = 0; i < SEATS; i++) ids.push((await run('delegate.add', { fullName: delegateName(i), title: TITLES[i] ?? 'Đại biểu HĐND xã', seatNumber: i + 1 })).id);
    ids.push((await run('delegate.add', { fullName: 'Cao Văn Thắng', title: 'Phó Chủ tịch UBND xã', voting: false })).id);
    ids.push((await run('delegate.add', { fullName: 'Mạc Thị Huệ', title: 'Trưởng Công an xã', voting: false })).id);
    const sittingId = (await run('sitting.add', { date: '2026-12-15', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' })).id;
    const item = async (kind: 'opening' | 'election' | 'closing', title: string) => (await run('agenda.add', { kind, title, plannedMinutes: 30, sittingId })).id;
    await item('opening', 'Khai mạc kỳ họp');
    const dismissal = await item('election', 'Miễn nhiệm chức vụ Phó Chủ tịch Ủy ban nhân dân xã nhiệm kỳ 2026 - 2031 đối với ông Cao Văn Thắng');
    const vice = await item('election', 'Bầu bổ sung Phó Chủ tịch Ủy ban nhân dân xã nhiệm kỳ 2026 - 2031');
    const members = await item('election', 'Bầu bổ sung Ủy viên Ủy ban nhân dân xã nhiệm kỳ 2026 - 2031');
    await item('closing', 'Bế mạc kỳ họp');
    await run('attendance.open', { sittingId });
    await run('attendance.mark', { delegateId: ids[20], status: 'excused' });
    await run('attendance.mark', { delegateId: ids[27], status: 'absent' });
    // The three ballots as the counting committee's sheets have them, the last one shown on the hall.
    const ballots = [
      { agendaItemId: dismissal, kind: 'dismissal', title: 'Phó Chủ tịch Ủy ban nhân dân xã nhiệm kỳ 2026 - 2031', posts: 1, people: [[35, 30, 2]], valid: 32 },
      { agendaItemId: vice, kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân xã nhiệm kỳ 2026 - 2031', posts: 1, people: [[9, 31, 2]], valid: 33 },
      { agendaItemId: members, kind: 'election', title: 'Ủy viên Ủy ban nhân dân xã nhiệm kỳ 2026 - 2031', posts: 2, people: [[11, 28, 4], [14, 12, 20], [36, 22, 10]], valid: 32 },
    ] as const;
    // A ballot's lines are numbered across the session's votes, in the order prepared.
    let line = 0;
    for (const b of ballots) {
      const id = (await run('personnel.prepare', { agendaItemId: b.agendaItemId, kind: b.kind, title: b.title, posts: b.posts, people: b.people.map(([i]) => ({ delegateId: ids[i] })) })).id;
      await run('personnel.committee', { id, head: ids[3], members: [ids[4], ids[5]] });
      await run('personnel.open', { id });
      await run('personnel.ballots', { id, issued: 33, returned: 33, valid: b.valid, invalid: 33 - b.valid });
      await run('personnel.count', { id, lines: b.people.map(([, agree, disagree]) => ({ personId: ++line, counts: { agree, disagree, invalid: 0 } })) });
      await run('personnel.close', { id });
      await run('personnel.announce', { id });
      await run('personnel.show', { id });
    }
  } finally {
    close();
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** How many lines an element's text takes, as Chromium laid it out. */
function lines(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
}

describe('the hall, the results of the election of two members from three', () => {
  it('heads the names’ column on one line, "Họ và tên, chức vụ" with its words whole, at 1920×1080 and 1024×768 in both languages', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const { run, close } = await seeder(server.url);
      await run('session.update', { id: 1, number: 3, term: 1, kind: 'thematic', title: 'Kỳ họp chuyên đề về công tác cán bộ', hallLang: lang, startDate: '2026-12-15', endDate: '2026-12-15' });
      close();
      for (const [width, height] of [[1920, 1080], [1024, 768]]) {
        const context = await browser.newContext({ locale: lang, viewport: { width, height } });
        const hall = await context.newPage();
        await hall.goto(server.url + 'hall');
        await hall.locator('[data-hall-personnel=announced] tr[data-person="Mạc Thị Huệ"]').waitFor();
        const where = `${lang} ${width}×${height}`;
        // Before, a handful's cells were laid out as blocks, the names' column as narrow as the longest name and its head on two lines ("CHỨC / VỤ").
        expect(await partedWords(hall, '[data-hall-personnel] thead th', ['chức vụ', 'full name']), where).toEqual([]);
        // The head on one line, the names' column wider than the longest name (the room the titles under them need).
        expect(await hall.locator('[data-hall-personnel] thead th.who').evaluate(lines), where).toBe(1);
        const column = (await hall.locator('[data-hall-personnel] thead th.who').boundingBox())!;
        const name = (await hall.locator('tr[data-person="Dương Đức Thảo"] td.who strong').boundingBox())!;
        expect(column.width, where).toBeGreaterThan(name.width * 1.2);
        // The table still inside the screen.
        const table = (await hall.locator('[data-hall-personnel] table').boundingBox())!;
        expect(table.x + table.width, where).toBeLessThanOrEqual(width);
        await context.close();
      }
    }
  });
});

describe('the record of the session', () => {
  it('heads the minutes and the counting records "Kỳ họp thứ 3 (kỳ họp chuyên đề)", as a thematic session’s are, in the Minutes view’s preview (Alt+M)', async () => {
    const page = await openPage(browser, server.url, 'vi');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('minutes'));
    const preview = page.getByRole('document', { name: 'Xem trước văn bản như khi in' });
    await expect.poll(() => preview.textContent()).toContain('Kỳ họp thứ 3 (kỳ họp chuyên đề), Hội đồng nhân dân xã Tân Phước');
    await page.locator('select:has(option[value=ballots])').selectOption('ballots');
    await expect.poll(() => preview.textContent()).toContain('Ban kiểm phiếu của Kỳ họp thứ 3 (kỳ họp chuyên đề), Hội đồng nhân dân xã Tân Phước');
    await page.context().close();
  });

  it('gives the results notice its personnel section and no questioning section the session never had', async () => {
    const page = await openPage(browser, server.url, 'vi');
    await page.setViewportSize({ width: 1366, height: 768 });
    await showView(page, view('minutes'));
    await page.locator('select:has(option[value=notice])').selectOption('notice');
    const preview = page.getByRole('document', { name: 'Xem trước văn bản như khi in' });
    await expect.poll(() => preview.textContent()).toContain('II. CÔNG TÁC NHÂN SỰ');
    // Before, "III. HOẠT ĐỘNG CHẤT VẤN — Kỳ họp không có nội dung chất vấn." closed a personnel session's notice.
    expect(await preview.textContent()).not.toContain('CHẤT VẤN');
    expect(await preview.textContent()).toContain('Mạc Thị Huệ đã trúng cử chức vụ Ủy viên Ủy ban nhân dân xã nhiệm kỳ 2026 - 2031.');
    await page.context().close();
  });
});
