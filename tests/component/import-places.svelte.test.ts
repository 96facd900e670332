/**
 * A Word file's import refused by the engine names the row as the office finds it in Word
 * ("Bảng 2, dòng 3"), as the preview does, not by its place among the rows read from every
 * table, letterhead and heading. The refusal here comes from the real engine: another console
 * changed something between the preview and the button.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import RosterImportPanel from '../../src/features/roster/RosterImportPanel.svelte';
import AgendaImport from '../../src/features/prep/AgendaImport.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';
import { programmeDocx, rosterDocx } from '../office-docx';

/** Chooses a file in the view's file box, as the chair does, and waits for its preview. */
async function choose(content: ArrayBuffer, name: string) {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([content], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await vi.waitFor(() => expect(document.querySelector('[role=status]')).not.toBeNull());
  flushSync();
}
const button = (start: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith(start))!;
const alertText = () => vi.waitFor(() => document.querySelector('[role=alert]')!.textContent);

describe('a Word import the engine refuses', () => {
  it('the roster names the row by its table and row in the document', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    mountOnEngine(engine, RosterImportPanel);
    document.querySelector('details')!.open = true;
    flushSync();
    await choose(await rosterDocx([['Bùi Văn Tỉnh', 'Bí thư Huyện ủy', '3'], ['Hà Thị Hoa', 'Đại biểu', '4']]), 'danh-sach.docx');
    expect(document.querySelector('[role=status]')!.textContent).toContain('5 dòng sẵn sàng, 0 dòng có lỗi');
    // Meanwhile another console adds her by hand.
    ok(engine, 'delegate.add', { fullName: 'Hà Thị Hoa', voting: true });
    button('Nhập').click();
    expect(await alertText()).toBe('Bảng 2, dòng 3: Hà Thị Hoa đã có trong danh sách. Chưa nhập người nào.');
    expect(engine.current.delegates).toHaveLength(1);
  });

  it('the programme names the row by its table and row in the document', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    const { sessionId } = seedBasics(engine); // 8 to 9 December
    ok(engine, 'session.update', { id: sessionId, number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-10' });
    mountOnEngine(engine, AgendaImport);
    await choose(await programmeDocx(['08/12/2026', '10/12/2026']), 'chuong-trinh.docx');
    expect(document.querySelector('[role=status]')!.textContent).toContain('Preview: rows ready: 6; rows with errors: 0');
    // Meanwhile another console shortens the session to two days.
    ok(engine, 'session.update', { id: sessionId, number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
    button('Import the good rows').click();
    expect(await alertText()).toBe('Table 3, row 3: the day 10 Dec 2026 is outside the session’s dates (8 Dec 2026 – 9 Dec 2026).');
    expect(engine.current.agenda).toEqual([]);
  });
});

describe('the same roster imported again', () => {
  it('says in one sentence that everyone is already on the roster, not a name and a seat problem for each', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    mountOnEngine(engine, RosterImportPanel);
    document.querySelector('details')!.open = true;
    flushSync();
    const file = await rosterDocx([['Bùi Văn Tỉnh', 'Bí thư Huyện ủy', '3'], ['Hà Thị Hoa', 'Đại biểu', '4']]);
    await choose(file, 'danh-sach.docx');
    button('Nhập').click();
    await vi.waitFor(() => expect(engine.current.delegates).toHaveLength(5));
    flushSync();

    await choose(file, 'danh-sach.docx');
    await vi.waitFor(() => expect(document.querySelector('[role=status]')?.textContent).toContain('Tất cả'));
    expect(document.querySelector('[role=status]')!.textContent).toBe('Tất cả 5 người trong tệp đã có trong danh sách: không có ai mới để nhập.');
    expect(document.querySelector('table.errors')).toBeNull();
    expect(document.querySelector('details.known summary')!.textContent).toBe('Đã có trong danh sách (5 người)');
    expect(button('Nhập')).toBeUndefined();
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Đóng bản xem trước'));

    // One new person in the list: added, the others left out, in the previews' one wording.
    i18n.set('en');
    await choose(await rosterDocx([['Bùi Văn Tỉnh', 'Bí thư Huyện ủy', '3'], ['Hà Thị Hoa', 'Đại biểu', '4'], ['Lò Văn Mới', 'Đại biểu', '9']]), 'danh-sach-2.docx');
    await vi.waitFor(() => expect(document.querySelector('[role=status]')!.textContent).toBe('Preview: rows ready: 1; rows with errors: 0; already on the roster, left out: 5'));
    expect(engine.current.delegates).toHaveLength(5);
  });
});
