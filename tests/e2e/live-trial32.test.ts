/**
 * Round 32's trial: a new secretary and her chair, at 1366×768 in Vietnamese, by keyboard, against
 * `npm run serve`: a commune council of 35 seats, the office's Excel programme over two days
 * imported, a secretary's laptop paired over the LAN for the question slips, and the chair's votes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freePort, handled, landedOnAddedRow, launch, openPage, pairSecretary, seeder, serve, showView, tempDataDir, view, type Served } from './harness';
import { xlsxBuffer, type Cell } from '../xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh'];
const MIDDLE = ['Thị', 'Văn', 'Hữu', 'Ngọc', 'Quốc', 'Thị Thu', 'Đức', 'Minh'];
const GIVEN = ['Ánh', 'Bảo', 'Cường', 'Dũng', 'Đạt', 'Hạnh', 'Hưng', 'Khoa', 'Lộc', 'Mỹ', 'Nhung', 'Phượng', 'Quý', 'Sơn', 'Thảo', 'Trí', 'Uyên', 'Việt', 'Xuân', 'Yến', 'Hằng', 'Tuấn', 'Lành', 'Nghĩa', 'Oanh', 'Phúc', 'Giang', 'Ẩn', 'Ước', 'Khải', 'Tường', 'Thủy', 'Quỳnh', 'Ưng', 'Đoan'];
const SEATS = 35;
/** Seat i + 1's delegate: seat 4 is "Phạm Ngọc Dũng". */
const delegateName = (i: number) => `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i]}`;

/** The office's programme as it keeps it in Excel: title rows, the header, a row per day and per part, time slots. */
function programmeRows(): Cell[][] {
  return [
    ['HỘI ĐỒNG NHÂN DÂN XÃ TÂN PHƯỚC', null, null, null],
    ['CHƯƠNG TRÌNH KỲ HỌP THỨ TƯ, HĐND XÃ KHÓA I', null, null, null],
    [null, null, null, null],
    ['STT', 'Thời gian', 'Nội dung', 'Người thực hiện'],
    ['NGÀY THỨ NHẤT (08/12/2026)', null, null, null],
    ['Buổi sáng', null, null, null],
    [1, '7h30 - 7h40', 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', 'Ban Tổ chức'],
    [2, '7h40 - 8h10', 'Báo cáo tình hình kinh tế - xã hội năm 2026, phương hướng năm 2027', 'Chủ tịch UBND xã'],
    [3, '8h10 - 9h40', 'Thảo luận tại hội trường về các báo cáo, tờ trình', 'Đại biểu HĐND xã'],
    [4, '9h40 - 9h50', 'Biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2027', 'Chủ tọa kỳ họp'],
    [5, '9h50 - 10h00', 'Biểu quyết thông qua Nghị quyết về điều chỉnh quy hoạch khu dân cư Phước Hòa', 'Chủ tọa kỳ họp'],
    ['Buổi chiều', null, null, null],
    [6, '13h30 - 15h30', 'Phiên chất vấn và trả lời chất vấn', 'Chủ tọa kỳ họp'],
    ['NGÀY THỨ HAI (09/12/2026)', null, null, null],
    ['Buổi sáng', null, null, null],
    [7, '7h30 - 7h45', 'Bế mạc kỳ họp', 'Chủ tịch HĐND xã'],
  ];
}

let browser: Browser;
let server: Served;
let lanPort: number;
const officials: number[] = [];

beforeAll(async () => {
  browser = await launch();
  lanPort = await freePort();
  server = await serve(tempDataDir(), ['--port', String(await freePort()), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
  const { run, close } = await seeder(server.url);
  try {
    await run('council.save', { name: 'Hội đồng nhân dân xã Tân Phước', level: 'commune', term: 1, totalSeats: SEATS });
    await run('session.create', { number: 4, term: 1, kind: 'regular', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: '2026-12-08', endDate: '2026-12-09' });
    for (let i = 0; i < SEATS; i++) await run('delegate.add', { fullName: delegateName(i), title: 'Đại biểu HĐND xã', seatNumber: i + 1 });
    for (const [fullName, title] of [['Cao Văn Thắng', 'Phó Chủ tịch UBND xã'], ['Mạc Thị Huệ', 'Trưởng Công an xã']]) {
      officials.push((await run('delegate.add', { fullName, title, voting: false })).id);
    }
  } finally {
    close();
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || null);

describe('the office’s Excel programme', () => {
  it('imports "Phiên chất vấn và trả lời chất vấn" as the questioning it is, not as "other"', async () => {
    const chair = await openPage(browser, server.url, 'vi');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('agenda'));
    await chair.locator('details.block > summary', { hasText: 'Nhập chương trình từ tệp' }).focus();
    await chair.keyboard.press('Enter');
    await chair.getByLabel('Tệp chương trình (.xlsx, .csv hoặc Word .docx)').setInputFiles({ name: 'chuong-trinh-ky-hop.xlsx', mimeType: XLSX, buffer: await xlsxBuffer(programmeRows(), 'Chương trình') });
    await chair.getByText('Xem trước: 7 dòng sẵn sàng, 0 dòng có lỗi', { exact: false }).waitFor();
    await chair.getByRole('button', { name: 'Nhập các dòng hợp lệ (7)' }).press('Enter');
    await landedOnAddedRow(chair);
    const kindOf = (title: string) => chair.evaluate((title) => window.__gavelState!()!.agenda.find((i) => i.title === title)?.kind, title);
    expect(await kindOf('Phiên chất vấn và trả lời chất vấn')).toBe('questioning');
    expect(await chair.locator('tr[data-item]', { hasText: 'Phiên chất vấn' }).innerText()).toContain('Chất vấn, giải trình');
    await chair.context().close();
  });
});

describe('the secretary’s question slips', () => {
  it('Alt+7 in the Questions view brings her keyboard back to the slip’s name box from the officials’ panel, whose agencies keep what they were', async () => {
    const { run, close } = await seeder(server.url);
    for (const [i, agency] of [[0, 'UBND xã'], [1, 'Công an xã']] as const) await run('respondent.add', { delegateId: officials[i], agency });
    close();
    const { context, secretary } = await pairSecretary(browser, server.url, lanPort, 'vi');
    await secretary.setViewportSize({ width: 1366, height: 768 });
    await showView(secretary, view('questions'));
    await expect.poll(() => focusedId(secretary)).toBe('asker-person');
    // She opens the officials' panel and corrects an agency, then goes back to the next slip by the view's key.
    await secretary.getByRole('button', { name: 'Người trả lời và nhóm vấn đề' }).press('Enter');
    await secretary.getByLabel('Cơ quan của Cao Văn Thắng').focus();
    await secretary.keyboard.press('Alt+7');
    await expect.poll(() => focusedId(secretary)).toBe('asker-person');
    await secretary.keyboard.type('Phạm Ngọc');
    await secretary.keyboard.press('Enter');
    await secretary.keyboard.press('Tab');
    await secretary.keyboard.press('Tab');
    await secretary.keyboard.press('ArrowDown');
    await secretary.keyboard.press('Tab');
    await secretary.keyboard.type('Tiến độ giải phóng mặt bằng dự án đường liên xã?');
    await secretary.keyboard.press('Control+Enter');
    await secretary.getByText('Đã đăng ký câu hỏi.').waitFor();
    await handled(secretary);
    const state = () => secretary.evaluate(() => window.__gavelState!()!);
    expect((await state()).questions.list.map((q) => q.text)).toEqual(['Tiến độ giải phóng mặt bằng dự án đường liên xã?']);
    expect((await state()).respondents.map((r) => r.agency)).toEqual(['UBND xã', 'Công an xã']);
    await context.close();
  });
});

describe('the chair’s new vote', () => {
  it('left without a title, takes the resolution its agenda item names (shown in the box), once only', async () => {
    const chair = await openPage(browser, server.url, 'vi');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('votes'));
    const title = chair.locator('form.new input[name="resolutionTitle"]');
    await expect.poll(() => title.getAttribute('placeholder')).toBe('Nghị quyết về dự toán ngân sách năm 2027');
    await title.press('Enter');
    await chair.getByText('Đã tạo cuộc biểu quyết.').waitFor();
    const votes = () => chair.evaluate(() => window.__gavelState!()!.votes.map((v) => v.resolutionTitle));
    expect(await votes()).toEqual(['Nghị quyết về dự toán ngân sách năm 2027']);
    // The next vote item is offered next; chosen again, the item whose vote exists offers nothing, and an empty title is refused.
    await expect.poll(() => title.getAttribute('placeholder')).toBe('Nghị quyết về điều chỉnh quy hoạch khu dân cư Phước Hòa');
    const item = await chair.evaluate(() => window.__gavelState!()!.agenda.find((i) => i.title.includes('dự toán ngân sách'))!.id);
    await chair.locator('form.new select[name="agendaItem"]').selectOption(String(item));
    expect(await title.getAttribute('placeholder')).toBe('');
    await title.press('Enter');
    await chair.getByText('Tên nghị quyết không được để trống.').waitFor();
    await handled(chair);
    expect(await votes()).toEqual(['Nghị quyết về dự toán ngân sách năm 2027']);
    await chair.context().close();
  });
});
