import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './mount';
import AgendaImport from '../../src/features/prep/AgendaImport.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { rulesSchema } from '../../electron/features/council/rules';

const data = {
  revision: 1,
  sessions: { list: [{ id: 1, number: 5, term: 1, kind: 'regular', title: '', startDate: '2026-12-08', endDate: '2026-12-09' }], currentId: 1 },
  sittings: [],
  agenda: [],
  rules: rulesSchema.parse({}),
} as unknown as State;

afterEach(() => {
  localStorage.clear();
});

function paste(text: string) {
  const area = document.querySelector('textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  flushSync();
  [...document.querySelectorAll('button')].find((b) => b.textContent === 'Preview')!.click();
  flushSync();
}
const select = (label: string) => document.querySelector<HTMLSelectElement>(`select[aria-label="Column for ${label}"]`)!;

describe('agenda import mapping', () => {
  it('takes the columns chosen last time by their header names, and blocks a column mapped twice', () => {
    i18n.set('en');
    // Last time the office's "Ghi chú" column held the minutes.
    localStorage.setItem('gavel.agendaImport.mapping', JSON.stringify({ minutes: 'ghi chu' }));
    mount(AgendaImport, { target: document.body, props: { data } });
    paste('Nội dung\tNgười trình bày\tGhi chú\nBáo cáo tình hình kinh tế\tUBND\t25\nTờ trình\tUBND\t15');
    expect(select('Title').value).toBe('0');
    expect(select('Presenter').value).toBe('1');
    expect(select('Minutes').value).toBe('2');
    expect(document.querySelector('[role=status]')!.textContent).toContain('Preview: rows ready: 2; rows with errors: 0');
    expect([...document.querySelectorAll('.preview tbody tr')].map((tr) => tr.children[4].textContent)).toEqual(['25', '15']);

    select('Kind').value = '1';
    select('Kind').dispatchEvent(new Event('change'));
    flushSync();
    expect(document.querySelector('[role=alert]')!.textContent).toContain('same column: Kind, Presenter');
    // Every row now fails on its kind: no import of nothing, and Close leaves the keyboard at the columns to fix.
    expect([...document.querySelectorAll('button')].filter((b) => b.textContent?.startsWith('Import the good rows'))).toEqual([]);
    expect(document.activeElement?.textContent).not.toBe('Close the preview');
    select('Kind').value = '-1';
    select('Kind').dispatchEvent(new Event('change'));
    flushSync();
    select('Presenter').value = '0';
    select('Presenter').dispatchEvent(new Event('change'));
    flushSync();
    expect(document.querySelector('[role=alert]')!.textContent).toContain('same column: Title, Presenter');
    const commit = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Import the good rows'))!;
    expect(commit.disabled).toBe(true);
  });

  it('shows a part numbered "I", "II" in STT as a heading over its numbered rows, indented under it', () => {
    i18n.set('vi');
    mount(AgendaImport, { target: document.body, props: { data } });
    const area = document.querySelector('textarea')!;
    area.value = [
      'STT\tNội dung\tCơ quan, người thực hiện\tThời gian (phút)',
      'I\tPHIÊN KHAI MẠC\t\t',
      '1\tChào cờ\tBan Tổ chức\t5',
      '2\tDiễn văn khai mạc kỳ họp\tChủ tịch HĐND xã\t15',
      'II.\tTHẢO LUẬN TẠI HỘI TRƯỜNG\t\t',
      '1\tThảo luận về dự toán ngân sách xã năm 2027\tĐại biểu HĐND xã\t60',
    ].join('\n');
    area.dispatchEvent(new Event('input'));
    flushSync();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Xem trước')!.click();
    flushSync();
    const cells = [...document.querySelectorAll('.preview tbody tr td:nth-child(2)')];
    expect(cells.map((td) => [td.textContent, td.classList.contains('part'), td.classList.contains('sub')])).toEqual([
      ['Phiên khai mạc', true, false],
      ['Chào cờ', false, true],
      ['Diễn văn khai mạc kỳ họp', false, true],
      ['Thảo luận tại hội trường', true, false],
      ['Thảo luận về dự toán ngân sách xã năm 2027', false, true],
    ]);
  });

  it('writes each problem of a row as a sentence of its own, capital first', () => {
    i18n.set('vi');
    mount(AgendaImport, { target: document.body, props: { data } });
    const area = document.querySelector('textarea')!;
    area.value = 'Nội dung\tLoại\tSố phút\tNgày\tBuổi\nThảo luận tổ\tThảo luận\tabc\t3\tChiều';
    area.dispatchEvent(new Event('input'));
    flushSync();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Xem trước')!.click();
    flushSync();
    expect(document.querySelector('[data-testid=import-problems] tbody td:last-child')!.textContent).toBe(
      'Số phút «abc» phải là số nguyên từ 0 đến 600. Ngày 10/12/2026 nằm ngoài thời gian kỳ họp (08/12/2026 – 09/12/2026).',
    );
  });

  it('names the sittings to import into as the agenda does, not by their stored dates', () => {
    i18n.set('vi');
    const sittings = [{ id: 4, date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }];
    mount(AgendaImport, { target: document.body, props: { data: { ...data, sittings } as unknown as State } });
    const area = document.querySelector('textarea')!;
    area.value = 'Báo cáo tình hình kinh tế\tbáo cáo\tUBND\t25';
    area.dispatchEvent(new Event('input'));
    flushSync();
    [...document.querySelectorAll<HTMLButtonElement>('.sources button')].find((b) => b.textContent === 'Xem trước')!.click();
    flushSync();
    expect([...document.querySelectorAll('.commit option')].map((o) => o.textContent)).toEqual(['Chưa xếp phiên', 'Buổi chiều 08/12/2026 (13:30–17:00)']);
  });

  it('offers to read last year’s programme onto this session’s days, and does so when ticked', () => {
    i18n.set('en');
    mount(AgendaImport, { target: document.body, props: { data } });
    // The office's file from last year's session (this one: 08–09/12/2026).
    paste('STT\tNgày\tBuổi\tNội dung\n1\t10/12/2025\tSáng\tKhai mạc kỳ họp\n2\t10/12/2025\tChiều\tThảo luận tại tổ\n3\t11/12/2025\tSáng\tBế mạc kỳ họp');
    i18n.set('vi');
    flushSync();
    expect(document.querySelector('[role=status]')!.textContent).toContain('0 dòng sẵn sàng, 3 dòng có lỗi');
    const box = document.querySelector<HTMLInputElement>('.check input')!;
    expect(box.closest('label')!.textContent!.trim()).toBe('Đây là chương trình kỳ họp trước: đọc ngày đầu của tệp, 10/12/2025, thành ngày khai mạc kỳ họp này, 08/12/2026, các ngày sau lùi theo');
    box.click();
    flushSync();
    expect(document.querySelector('[role=status]')!.textContent).toContain('3 dòng sẵn sàng, 0 dòng có lỗi');
    expect([...document.querySelectorAll('.preview tbody tr')].map((tr) => tr.children[5].textContent)).toEqual(['08/12/2026 · Buổi sáng', '08/12/2026 · Buổi chiều', '09/12/2026 · Buổi sáng']);
  });

  it('offers nothing when the file’s days are this session’s', () => {
    i18n.set('en');
    mount(AgendaImport, { target: document.body, props: { data } });
    paste('STT\tNgày\tBuổi\tNội dung\n1\t08/12/2026\tSáng\tKhai mạc kỳ họp\n2\t10/12/2026\tSáng\tBế mạc kỳ họp');
    expect(document.querySelector('[role=status]')!.textContent).toContain('Preview: rows ready: 1; rows with errors: 1');
    expect(document.querySelector('.check')).toBeNull();
  });
});
