import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, unmountAll } from './mount';
import RosterView from '../../src/features/roster/RosterView.svelte';
import RosterImportPanel from '../../src/features/roster/RosterImportPanel.svelte';
import AgendaImport from '../../src/features/prep/AgendaImport.svelte';
import { rulesSchema } from '../../electron/features/council/rules';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { matchesPerson } from '../../src/lib/format';
import { fold } from '../../common/fold';
import { programmeDocx, rosterDocx } from '../office-docx';

const people = [
  { id: 1, fullName: 'Nguyễn Văn Dũng', title: 'Chủ tịch', group: 'Tổ 1', seatNumber: 1, voting: true },
  { id: 2, fullName: 'Đặng Thị Ánh', title: '', group: 'Tổ 2', seatNumber: 12, voting: true },
  { id: 3, fullName: 'Giám đốc Sở Tài chính', title: '', group: '', seatNumber: null, voting: false },
];
const data = { revision: 1, council: { name: 'HĐND', level: 'province', term: 16, totalSeats: 58 }, delegates: people, undo: {} } as unknown as State;

describe('roster search', () => {
  it('folds Vietnamese to plain letters', () => {
    expect(fold('Nguyễn Văn Dũng')).toBe('nguyen van dung');
    expect(fold('ĐẶNG THỊ ÁNH')).toBe('dang thi anh');
    expect(matchesPerson('12', people[1])).toBe(true);
    expect(matchesPerson('1', people[1])).toBe(false);
  });

  it('filters the table by name without diacritics and by seat, and counts roles', () => {
    i18n.set('en');
    mount(RosterView, { target: document.body, props: { data } });
    const rows = () => [...document.querySelectorAll('tbody td.name')].map((td) => td.textContent);
    expect(rows()).toEqual(['Nguyễn Văn Dũng', 'Đặng Thị Ánh', 'Giám đốc Sở Tài chính']);
    expect(document.body.textContent).toContain('2 voting delegates of 58 seats · 1 guest or official');

    const search = document.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'dang thi';
    search.dispatchEvent(new Event('input'));
    flushSync();
    expect(rows()).toEqual(['Đặng Thị Ánh']);

    search.value = '1';
    search.dispatchEvent(new Event('input'));
    flushSync();
    expect(rows()).toEqual(['Nguyễn Văn Dũng']);

    search.value = 'zzz';
    search.dispatchEvent(new Event('input'));
    flushSync();
    expect(document.body.textContent).toContain('No one matches “zzz”.');
  });
});

describe('roster seat box', () => {
  afterEach(() => vi.restoreAllMocks());

  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    flushSync();
  };

  it('refuses a seat that is not a whole number with a sentence, and sends nothing', async () => {
    i18n.set('en');
    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: true, value: { id: 9 } } as never);
    mount(RosterView, { target: document.body, props: { data } });
    type(document.querySelector<HTMLInputElement>('input[name=fullName]')!, 'Lê Văn Tám');
    for (const bad of ['abc', '1e2', '34o']) {
      type(document.querySelector<HTMLInputElement>('input[name=seat]')!, bad);
      document.querySelector<HTMLFormElement>('form.add')!.requestSubmit();
      await Promise.resolve();
      flushSync();
      expect(document.querySelector('[role=alert]')?.textContent).toBe('Seat must be a whole number; nothing was changed.');
    }
    expect(send).not.toHaveBeenCalled();

    // Full-width digits are digits; an empty box is no seat.
    type(document.querySelector<HTMLInputElement>('input[name=seat]')!, '１２');
    document.querySelector<HTMLFormElement>('form.add')!.requestSubmit();
    await Promise.resolve();
    expect(send).toHaveBeenLastCalledWith('delegate.add', expect.objectContaining({ seatNumber: 12 }));
  });

  it('editing seat 12 to "12o" keeps the seat and says why', async () => {
    i18n.set('vi');
    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: true, value: undefined } as never);
    mount(RosterView, { target: document.body, props: { data } });
    document.querySelectorAll<HTMLButtonElement>('tbody button.icon')[2].click();
    flushSync();
    type(document.querySelector<HTMLInputElement>('tr.editing input')!, '12o');
    document.querySelector<HTMLFormElement>('tr.editing form')!.requestSubmit();
    await Promise.resolve();
    flushSync();
    expect(send).not.toHaveBeenCalled();
    expect(document.querySelector('tr.editing [role=alert]')?.textContent).toBe('Ghế phải là số nguyên; chưa có gì thay đổi.');
  });
});

/** Chooses a file in the view's file box, as the chair does. */
async function choose(content: string | ArrayBuffer, name: string) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(document.querySelector('[role=status]')).not.toBeNull());
  flushSync();
}

describe('a header set over two rows', () => {
  it('the roster import’s preview names each column by both rows, and says the header takes two lines, in both languages', async () => {
    const csv =
      '\uFEFFSTT,Họ và tên,Ngày sinh,,Chức vụ,Đơn vị bầu cử /\r\n' +
      ',,Nam,Nữ,,Tổ đại biểu\r\n' +
      '1,Lê Văn An,02/03/1970,,Giám đốc,Tổ 1\r\n' +
      '2,Trần Thị Bình,,05/06/1975,Phó Giám đốc,Tổ 2\r\n';
    for (const [lang, header, notInFile] of [
      ['vi', 'Dòng 1 và dòng 2 là tên cột, đặt trên hai dòng (các dòng phía trên được bỏ qua)', '— không có —'],
      ['en', 'Line 1 and line 2 hold the column names, over two rows (the lines above them are skipped)', '— not in the file —'],
    ] as const) {
      i18n.set(lang);
      mount(RosterImportPanel, { target: document.body, props: { data: { ...data, delegates: [] } as State } });
      document.querySelector('details')!.open = true;
      flushSync();
      await choose(csv, 'danh-sach.csv');
      expect(document.querySelector('label.check')?.textContent?.trim()).toBe(header);
      const group = document.querySelectorAll('.mapping select')[3] as HTMLSelectElement;
      expect([...group.options].map((o) => o.textContent)).toEqual([notInFile, 'STT', 'Họ và tên', 'Ngày sinh / Nam', 'Ngày sinh / Nữ', 'Chức vụ', 'Đơn vị bầu cử / Tổ đại biểu']);
      expect(group.selectedOptions[0].textContent).toBe('Đơn vị bầu cử / Tổ đại biểu');
      // The title set to the delegation's column too: the sentence names that column as the header reads.
      const title = document.querySelectorAll('.mapping select')[1] as HTMLSelectElement;
      title.value = group.value;
      title.dispatchEvent(new Event('change', { bubbles: true }));
      flushSync();
      expect(document.querySelector('[role=alert]')?.textContent).toContain(lang === 'vi' ? '(cột «Đơn vị bầu cử / Tổ đại biểu»)' : '(column “Đơn vị bầu cử / Tổ đại biểu”)');
      unmountAll();
    }
  });
});

describe('a file with other columns than expected', () => {
  it('the roster import says in one sentence that no column holds the full name, not "the full name is empty" on every line', async () => {
    i18n.set('vi');
    mount(RosterImportPanel, { target: document.body, props: { data } });
    document.querySelector('details')!.open = true;
    flushSync();
    await choose('\uFEFFMã hồ sơ,Số tiền,Ngày nộp\r\nHS001,1500000,01/12/2026\r\nHS002,2000000,02/12/2026\r\n', 'ho-so.csv');
    expect(document.querySelector('[role=alert]')?.textContent).toBe(
      'Tệp không có cột nào mang tên họ và tên («Họ và tên», «Họ tên»): hãy chọn cột đó ở trên, hoặc kiểm tra lại có đúng là danh sách đại biểu không. Không thể nhập khi chưa có họ và tên.',
    );
    expect(document.querySelector('table.errors')).toBeNull();
    // No import of nothing offered, and the keyboard left where it was: the column is to be chosen above.
    expect(document.querySelector('button.primary')).toBeNull();
    expect([...document.querySelectorAll('button')].map((b) => b.textContent)).toContain('Đóng bản xem trước');
    expect(document.activeElement?.textContent).not.toBe('Đóng bản xem trước');
  });

  it('the roster import names the line it found the column names on, below the office’s title lines', async () => {
    i18n.set('vi');
    mount(RosterImportPanel, { target: document.body, props: { data } });
    document.querySelector('details')!.open = true;
    flushSync();
    await choose('\uFEFFHỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI\r\nDANH SÁCH ĐẠI BIỂU\r\n\r\nSTT,Họ và tên,Tổ đại biểu\r\n1,Nguyễn Thị Hằng,Tổ 1\r\n', 'ds.csv');
    expect(document.querySelector('label.check')?.textContent?.trim()).toBe('Dòng 4 là dòng tên cột (các dòng phía trên được bỏ qua)');
    // Each column's label starts with a capital, as every other label of the console does; the
    // same names stay in lower case inside sentences ("họ và tên: … → …").
    const labels = [...document.querySelectorAll('.mapping label.field')].map((l) => l.firstChild?.textContent?.trim());
    expect(labels.slice(0, 2)).toEqual(['Họ và tên', 'Chức vụ']);
    expect(labels.every((l) => l && l.charAt(0) === l.charAt(0).toLocaleUpperCase('vi'))).toBe(true);
  });

  it('the agenda import says a file naming none of its columns is read in the default order', async () => {
    i18n.set('en');
    const agendaData = {
      ...data,
      sessions: { list: [{ id: 1, number: 5, term: 1, kind: 'regular', title: '', startDate: '2026-12-08', endDate: '2026-12-09' }], currentId: 1 },
      sittings: [],
      agenda: [],
      rules: rulesSchema.parse({}),
    } as unknown as State;
    mount(AgendaImport, { target: document.body, props: { data: agendaData } });
    flushSync();
    await choose('CHƯƠNG TRÌNH KỲ HỌP\nKhai mạc kỳ họp,Khai mạc,Chủ tịch HĐND,15\n', 'chuong-trinh.csv');
    expect(document.querySelector('[role=note]')?.textContent).toContain('No row of this file names the columns');
    // The list of delegates, whose header names people, says it is the wrong file instead (import-wrong-file.svelte.test.ts).
    await choose('DANH SÁCH ĐẠI BIỂU\nSTT,Họ và tên,Chức vụ\n1,Nguyễn Văn An,Đại biểu\n', 'ds-dai-bieu.csv');
    await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toContain('This file is a list of people'));
    expect(document.querySelector('[role=note]')).toBeNull();
  });
});

describe('a Word document’s problems, where the user finds them in it', () => {
  const cells = (selector: string) => [...document.querySelectorAll(selector)].map((el) => el.textContent?.trim());

  it('the roster import names a table and its row, in both languages, not the row’s number among all those read', async () => {
    // Group 2 lists Nguyễn Thị Hằng again (she is in group 1's table) and gives seat 1 a second time.
    const docx = await rosterDocx([
      ['Bùi Văn Tỉnh', 'Bí thư Huyện ủy', '3'],
      ['Nguyễn Thị Hằng', 'Chủ tịch HĐND tỉnh', '4'],
      ['Lò Văn Minh', 'Trưởng ban Dân tộc', '1'],
    ]);
    for (const [lang, header, column, problems] of [
      [
        'vi',
        'Bảng 1, dòng 1 là dòng tên cột (các dòng phía trên được bỏ qua)',
        'Vị trí',
        [
          ['Bảng 2, dòng 3', '«Nguyễn Thị Hằng» đã có ở bảng 1, dòng 2; nếu là hai người trùng họ tên, hãy thêm người thứ hai bằng tay'],
          ['Bảng 2, dòng 4', 'ghế 1 xuất hiện hai lần trong tệp (lần đầu ở bảng 1, dòng 2)'],
        ],
      ],
      [
        'en',
        'Table 1, row 1 holds the column names (the lines above it are skipped)',
        'Where',
        [
          ['Table 2, row 3', '“Nguyễn Thị Hằng” is already on table 1, row 2; if they are two people of the same name, add the second by hand'],
          ['Table 2, row 4', 'seat 1 appears twice in the file (first on table 1, row 2)'],
        ],
      ],
    ] as const) {
      i18n.set(lang);
      mount(RosterImportPanel, { target: document.body, props: { data: { ...data, delegates: [] } as State } });
      document.querySelector('details')!.open = true;
      flushSync();
      await choose(docx, 'danh-sach-dai-bieu.docx');
      expect(document.querySelector('label.check')?.textContent?.trim()).toBe(header);
      expect(cells('table.errors thead th')[0]).toBe(column);
      expect([...document.querySelectorAll('table.errors tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent?.trim()))).toEqual(problems);
      // The preview names each good row the same way.
      expect(cells('.preview tbody td:first-child').slice(0, 2)).toEqual(lang === 'vi' ? ['Bảng 1, dòng 2', 'Bảng 1, dòng 3'] : ['Table 1, row 2', 'Table 1, row 3']);
      unmountAll();
    }
  });

  it('the agenda import names the table and row of a day outside the session, and its header’s place', async () => {
    i18n.set('en');
    const agendaData = {
      ...data,
      sessions: { list: [{ id: 1, number: 5, term: 1, kind: 'regular', title: '', startDate: '2026-12-08', endDate: '2026-12-09' }], currentId: 1 },
      sittings: [],
      agenda: [],
      rules: rulesSchema.parse({}),
    } as unknown as State;
    mount(AgendaImport, { target: document.body, props: { data: agendaData } });
    flushSync();
    await choose(await programmeDocx(['08/12/2026', '15/12/2026']), 'chuong-trinh.docx');
    expect(document.querySelector('[role=status]')?.textContent).toContain('column names found on table 2, row 1');
    expect(cells('[data-testid=import-problems] thead th')[0]).toBe('Where');
    expect(cells('[data-testid=import-problems] tbody td:first-child')).toEqual(['Table 3, row 3', 'Table 3, row 4']);
  });

  it('a spreadsheet keeps its own line numbers', async () => {
    i18n.set('en');
    mount(RosterImportPanel, { target: document.body, props: { data } });
    document.querySelector('details')!.open = true;
    flushSync();
    await choose('\uFEFFHọ và tên,Số ghế\r\nNguyễn Thị Hằng,5\r\nLê Văn Tám,5\r\n', 'ds.csv');
    expect(cells('table.errors thead th')[0]).toBe('Line');
    expect([...document.querySelectorAll('table.errors tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent?.trim()))).toEqual([
      ['3', 'seat 5 appears twice in the file (first on line 2)'],
    ]);
  });
});
