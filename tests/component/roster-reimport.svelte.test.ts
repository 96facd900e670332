/**
 * The roster file imported again after a change, in the panel: who is updated (old → new, per
 * field), who is added, who is not in the file and stays, and one button for both.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import RosterImportPanel from '../../src/features/roster/RosterImportPanel.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { dumpDb, newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';

async function choose(text: string, name: string) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(document.querySelector('[role=status]')).not.toBeNull());
  flushSync();
}
const button = (start: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith(start))!;
const cells = (table: Element | null) => [...(table?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.replace(/\s+/g, ' ').trim()));

describe('the roster file imported again', () => {
  it('previews the updates beside the additions, says who stays, and applies both with one button', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'roster.import', {
      rows: [
        { line: 2, fullName: 'Nguyen Thi Hang', seatNumber: 1, group: 'Tổ 1' },
        { line: 3, fullName: 'Trần Văn Bình', seatNumber: 2, group: 'Tổ 1' },
        { line: 4, fullName: 'Võ Thành An', seatNumber: 4, group: 'Tổ 2' },
      ],
    });
    mountOnEngine(engine, RosterImportPanel);
    document.querySelector('details')!.open = true;
    flushSync();
    await choose('Số ghế;Họ và tên;Tổ đại biểu\n1;Nguyễn Thị Hằng;Tổ 1\n7;Trần Văn Bình;Tổ 3\n8;Phạm Thị Dung;Tổ 3\n', 'ds.csv');
    expect(document.querySelector('[role=status]')!.textContent).toBe('Xem trước: 1 người mới sẵn sàng, 2 người đã có sẽ được cập nhật, 0 dòng có lỗi, 0 người đã có và không thay đổi');
    const updates = document.querySelector('table[aria-label^="Người đã có trong danh sách, sẽ được cập nhật"]');
    expect(cells(updates)).toEqual([
      ['2', 'Nguyen Thi Hang', 'họ và tên: Nguyen Thi Hang → Nguyễn Thị Hằng'],
      ['3', 'Trần Văn Bình', 'tổ đại biểu: Tổ 1 → Tổ 3; số ghế: 2 → 7'],
    ]);
    expect(document.body.textContent).toContain('1 người trong danh sách không có trong tệp này: họ vẫn được giữ trong danh sách.');

    i18n.set('en');
    flushSync();
    expect(document.querySelector('table[aria-label="On the roster, to be updated as the file has them (2)"] th:last-child')!.textContent).toBe('What changes (now → in the file)');
    button('Import: add 1, update 2').click();
    await vi.waitFor(() => expect(engine.current.delegates).toHaveLength(4));
    expect(engine.current.delegates.map((d) => [d.seatNumber, d.fullName, d.group])).toEqual([
      [1, 'Nguyễn Thị Hằng', 'Tổ 1'],
      [4, 'Võ Thành An', 'Tổ 2'],
      [7, 'Trần Văn Bình', 'Tổ 3'],
      [8, 'Phạm Thị Dung', 'Tổ 3'],
    ]);
    expect(engine.current.undo.roster).toMatchObject({ action: 'import', count: 3 });
  });

  it('the same file again says that everyone is on the roster, with no empty table of people to add under it', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'roster.import', { rows: [{ line: 2, fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }, { line: 3, fullName: 'Trần Văn Bình', seatNumber: 2 }] });
    mountOnEngine(engine, RosterImportPanel);
    document.querySelector('details')!.open = true;
    flushSync();
    await choose('Số ghế;Họ và tên\n1;Nguyễn Thị Hằng\n2;Trần Văn Bình\n', 'ds.csv');
    expect(document.querySelector('[role=status]')!.textContent).toBe('All 2 people in the file are already on the roster: there is no one new to import.');
    expect(document.querySelector('.preview table')).toBeNull();
    // No import of nothing offered: Close has the keyboard, and leads back to the file chooser.
    expect(button('Import')).toBeUndefined();
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Close the preview'));
    (document.activeElement as HTMLButtonElement).click();
    flushSync();
    expect(document.querySelector('[role=status]')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Choose a file…');
  });
});

describe('a file with nothing to import but its bad rows, or no one at all', () => {
  it('says what to do instead of offering an import of nothing, in both languages, Close taking the keyboard', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'roster.import', { rows: [{ line: 2, fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }] });
    mountOnEngine(engine, RosterImportPanel);
    document.querySelector('details')!.open = true;
    flushSync();
    // One person already on the roster, one new on a seat that is no number: nothing can go in as it is.
    await choose('Số ghế;Họ và tên\n1;Nguyễn Thị Hằng\nx2;Trần Văn Bình\n', 'ds.csv');
    expect(document.querySelector('table.errors + p')?.textContent).toBe('Nothing can be imported as it is: fix the rows with errors in the file, then choose it again.');
    expect(button('Import')).toBeUndefined();
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Close the preview'));
    i18n.set('vi');
    flushSync();
    expect(document.querySelector('table.errors + p')?.textContent).toBe('Chưa có dòng nào nhập được: hãy sửa các dòng lỗi trong tệp, rồi chọn lại tệp.');

    // Only the list's Roman headings under its header: no one.
    await choose('STT;Họ và tên;Chức vụ\nI;Thường trực HĐND;\nII. Các Ban;;\n', 'ds-trong.csv');
    await vi.waitFor(() => expect(document.querySelector('[role=status]')!.textContent).toBe('Không dòng nào có họ tên của một người: không có ai để nhập.'));
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Đóng bản xem trước'));
    i18n.set('en');
    flushSync();
    expect(document.querySelector('[role=status]')!.textContent).toBe('No row holds a person’s name: there is no one to import.');
    expect(engine.current.delegates).toHaveLength(1);
  });
});

describe('a roster over the council’s seats', () => {
  it('is refused naming the setting, and the total the file states is offered, then imported', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 3, totalSeats: 2 });
    mountOnEngine(engine, RosterImportPanel);
    document.querySelector('details')!.open = true;
    flushSync();
    await choose('DANH SÁCH ĐẠI BIỂU HĐND XÃ\nTổng số: 3 đại biểu\nSố ghế;Họ và tên\n1;Nguyễn Thị Hằng\n2;Trần Văn Bình\n3;Phạm Thị Dung\n', 'ds.csv');
    button('Nhập').click();
    await vi.waitFor(() => expect(document.querySelector('p.error[role=alert]')?.textContent).toContain('hãy sửa «Tổng số đại biểu HĐND» ở mục Hội đồng, kỳ họp (Alt+1)'));
    expect(engine.current.delegates).toHaveLength(0);
    const offer = document.querySelector<HTMLButtonElement>('[data-testid=use-stated-total]')!;
    expect(offer.textContent).toBe('Sửa tổng số đại biểu thành 3 như tệp ghi, rồi nhập');
    offer.click();
    await vi.waitFor(() => expect(engine.current.delegates).toHaveLength(3));
    expect(engine.current.council?.totalSeats).toBe(3);
    expect(document.querySelector('[data-testid=use-stated-total]')).toBeNull();
  });

  it('with a vacant seat stated beside the total, offers the seats (delegates and vacancy), not the delegates alone', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 3, totalSeats: 2 });
    mountOnEngine(engine, RosterImportPanel);
    document.querySelector('details')!.open = true;
    flushSync();
    await choose('DANH SÁCH ĐẠI BIỂU HĐND XÃ\nSố ghế;Họ và tên\n1;Nguyễn Thị Hằng\n2;Trần Văn Bình\n3;Phạm Thị Dung\nTổng số: 3 đại biểu (01 ghế khuyết);\n', 'ds.csv');
    button('Nhập').click();
    await vi.waitFor(() => expect(document.querySelector('[data-testid=use-stated-total]')).not.toBeNull());
    const offer = document.querySelector<HTMLButtonElement>('[data-testid=use-stated-total]')!;
    expect(offer.textContent).toBe('Sửa tổng số đại biểu thành 4 như tệp ghi (3 đại biểu, 1 ghế khuyết), rồi nhập');
    offer.click();
    await vi.waitFor(() => expect(engine.current.delegates).toHaveLength(3));
    expect(engine.current.council?.totalSeats).toBe(4);
  });

  it('offers no total that would be refused too: people on the roster and not in the file count, and the council’s seats stay as they were', async () => {
    i18n.set('vi');
    const { engine, db } = newEngine();
    seedBasics(engine);
    ok(engine, 'council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 3, totalSeats: 2 });
    // Typed by hand while trying Gavel out, before the office's list came.
    ok(engine, 'delegate.add', { fullName: 'Người nhập thử' });
    mountOnEngine(engine, RosterImportPanel);
    document.querySelector('details')!.open = true;
    flushSync();
    await choose('DANH SÁCH ĐẠI BIỂU HĐND XÃ\nTổng số: 3 đại biểu\nSố ghế;Họ và tên\n1;Nguyễn Thị Hằng\n2;Trần Văn Bình\n3;Phạm Thị Dung\n', 'ds.csv');
    const before = dumpDb(db);
    button('Nhập').click();
    await vi.waitFor(() => expect(document.querySelector('p.error[role=alert]')?.textContent).toContain('Sau khi nhập sẽ có 4 đại biểu có quyền biểu quyết'));
    // Setting the total to the file's 3 would leave 4 voting delegates: refused again, the total changed for nothing.
    expect(document.querySelector('[data-testid=use-stated-total]')).toBeNull();
    expect(document.querySelector('[data-testid=stated-too-few]')?.textContent).toBe(
      'Tổng số 3 ghế tệp ghi cũng chưa đủ: 1 người đang có trong danh sách mà không có trong tệp vẫn được giữ lại, nên sẽ có 4 đại biểu có quyền biểu quyết. Hãy xóa khỏi danh sách những người không còn là đại biểu, rồi nhập lại.',
    );
    expect(dumpDb(db)).toEqual(before);
  });
});
