/**
 * Lines pasted into the roster's import are spoken of as pasted lines, not a file, in both
 * languages; and the lines left out as no one's ("Gồm: phường A, xã B") are named in the preview.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import RosterImportPanel from '../../src/features/roster/RosterImportPanel.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';

async function paste(text: string, lang: 'vi' | 'en') {
  const area = document.querySelector('textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  flushSync();
  [...document.querySelectorAll('button')].find((b) => b.textContent === (lang === 'vi' ? 'Xem trước' : 'Preview'))!.click();
  await vi.waitFor(() => expect(document.querySelector('[role=status]')).not.toBeNull());
  flushSync();
}

function mount(lang: 'vi' | 'en') {
  const { engine } = newEngine();
  seedBasics(engine);
  i18n.set(lang);
  document.body.innerHTML = '';
  mountOnEngine(engine, RosterImportPanel);
  document.querySelector('details')!.open = true;
  flushSync();
  return engine;
}

describe('lines pasted into the roster’s import', () => {
  it('without names, are called the pasted lines, not a file', async () => {
    for (const lang of ['vi', 'en'] as const) {
      mount(lang);
      await paste('Báo cáo tình hình\tUBND tỉnh\nTờ trình dự toán\tSở Tài chính\n', lang);
      expect(document.querySelector('[role=alert]')?.textContent).toBe(
        lang === 'vi'
          ? 'Các dòng đã dán không có cột nào là họ và tên («Họ và tên», «Họ tên»): hãy chọn cột đó ở trên, hoặc kiểm tra lại các dòng đã dán có đúng là danh sách đại biểu không. Không thể nhập khi chưa có họ và tên.'
          : 'No column of the pasted lines holds full names (“Họ và tên”, “Full name”): choose it above, or check that the pasted lines are the list of delegates. Nothing can be imported without names.',
      );
    }
  });

  it('name the lines left out as no one’s, and import only the people', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const engine = mount(lang);
      await paste('TỔ ĐẠI BIỂU SỐ 1\nGồm: phường A, xã B\n1. Nguyễn Văn An\n2. Trần Thị Bình\n3. Lê Văn Cường\n', lang);
      expect(document.querySelector('[data-testid=left-out]')?.textContent).toBe(
        lang === 'vi'
          ? '1 dòng không phải tên người (nhãn hoặc danh sách địa bàn) được bỏ qua: dòng 2 («Gồm: phường A, xã B»). Hãy kiểm tra không có ai trong số đó.'
          : '1 line is left out as no person’s (a label or a list of places): line 2 (“Gồm: phường A, xã B”). Check that no one is among them.',
      );
      const cells = [...document.querySelectorAll('.preview tbody tr')].map((tr) => [tr.children[1].textContent, tr.children[4].textContent]);
      expect(cells).toEqual([
        ['Nguyễn Văn An', 'Tổ đại biểu số 1'],
        ['Trần Thị Bình', 'Tổ đại biểu số 1'],
        ['Lê Văn Cường', 'Tổ đại biểu số 1'],
      ]);
      expect(engine.current.delegates).toEqual([]);
    }
  });
});
