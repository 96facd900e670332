/**
 * The wrong one of the office's files chosen: the list of delegates in the programme's import, the
 * programme in the roster's. Each says in one sentence which file it is and where it goes, and
 * imports nothing: the programme's import used to offer the list's title row as an item to import
 * ("rows ready: 1"), under a note that the file has no header.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import AgendaImport from '../../src/features/prep/AgendaImport.svelte';
import RosterImportPanel from '../../src/features/roster/RosterImportPanel.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';

async function choose(text: string, name: string) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(document.querySelector('[role=status]')).not.toBeNull());
  flushSync();
}
const button = (start: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith(start));

const ROSTER = '\uFEFFDANH SÁCH ĐẠI BIỂU HĐND TỈNH HÀ TĨNH KHÓA XIX,,,\r\n,,,\r\nTT,Họ và tên,"Chức vụ, đơn vị công tác",Đơn vị bầu cử\r\n1,Hoàng Trung Dũng,Bí thư Tỉnh ủy,Tổ số 1\r\n2,Trần Tú Anh,Chủ tịch HĐND tỉnh,Tổ số 2\r\n';
const PROGRAMME = '\uFEFFCHƯƠNG TRÌNH KỲ HỌP,,,\r\nSTT,Nội dung,Cơ quan trình bày,Thời gian (phút)\r\n1,Khai mạc kỳ họp,Chủ tịch HĐND tỉnh,15\r\n2,Báo cáo tình hình kinh tế - xã hội năm 2026,UBND tỉnh,30\r\n';

describe('the wrong file chosen', () => {
  it('the list of delegates in the programme’s import says where it goes and imports nothing', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    for (const lang of ['vi', 'en'] as const) {
      i18n.set(lang);
      document.body.innerHTML = '';
      mountOnEngine(engine, AgendaImport);
      await choose(ROSTER, 'ds-daibieu.csv');
      const alert = document.querySelector('[role=alert]')?.textContent;
      expect(alert).toBe(
        lang === 'vi'
          ? 'Tệp này là danh sách người (có cột «Họ và tên»), không phải chương trình kỳ họp: hãy nhập tệp này ở mục Đại biểu (Alt+2), và chọn tệp chương trình ở đây. Chưa có gì được nhập.'
          : 'This file is a list of people (its column “Họ và tên”), not the programme: import it in Roster (Alt+2), and choose the programme file here. Nothing was imported.',
      );
      expect(button(lang === 'vi' ? 'Nhập các dòng hợp lệ' : 'Import the good rows')?.disabled).toBe(true);
    }
    expect(engine.current.agenda).toEqual([]);
  });

  it('the programme in the roster’s import says where it goes and imports nothing', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    for (const lang of ['vi', 'en'] as const) {
      i18n.set(lang);
      document.body.innerHTML = '';
      mountOnEngine(engine, RosterImportPanel);
      document.querySelector('details')!.open = true;
      flushSync();
      await choose(PROGRAMME, 'chuong-trinh.csv');
      expect(document.querySelector('[role=alert]')?.textContent).toBe(
        lang === 'vi'
          ? 'Tệp này là chương trình kỳ họp (có cột «Nội dung»…), không phải danh sách đại biểu: hãy nhập tệp này ở mục Chương trình (Alt+3), và chọn danh sách đại biểu ở đây. Chưa có gì được nhập.'
          : 'This file is the session’s programme (its columns are named “Nội dung”…), not a list of people: import it in Agenda (Alt+3), and choose the list of delegates here. Nothing was imported.',
      );
    }
    expect(engine.current.delegates).toEqual([]);
  });

  it('the right files are not taken for the wrong ones', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    i18n.set('vi');
    mountOnEngine(engine, AgendaImport);
    await choose(PROGRAMME, 'chuong-trinh.csv');
    expect(document.querySelector('[role=alert]')).toBeNull();
    expect(button('Nhập các dòng hợp lệ')?.disabled).toBe(false);
    document.body.innerHTML = '';
    mountOnEngine(engine, RosterImportPanel);
    document.querySelector('details')!.open = true;
    flushSync();
    await choose(ROSTER, 'ds-daibieu.csv');
    expect(document.querySelector('[role=alert]')).toBeNull();
  });
});
