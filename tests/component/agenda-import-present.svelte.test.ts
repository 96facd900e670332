/**
 * The programme file chosen a second time, or corrected: the preview marks the rows already in the
 * programme and leaves them out, its Import button counting only the new ones; with nothing new,
 * Close says so instead of an "Import (0)". State and commands on the real engine.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import AgendaImport from '../../src/features/prep/AgendaImport.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { parseAgendaTable } from '../../common/agenda/import';
import { rowsFromText } from '../../src/lib/spreadsheet';
import { PROGRAMME_25 } from '../fixtures/programme25';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';

function importedOnce() {
  const { engine } = newEngine();
  seedBasics(engine);
  ok(engine, 'agenda.import', { rows: parseAgendaTable(rowsFromText(PROGRAMME_25), { startDate: '2026-12-08', endDate: '2026-12-09' }).rows });
  const { send } = mountOnEngine(engine, AgendaImport as never);
  return { engine, send };
}

async function paste(text: string, preview: string) {
  const area = document.querySelector('textarea')!;
  area.value = text;
  area.dispatchEvent(new Event('input'));
  flushSync();
  [...document.querySelectorAll('button')].find((b) => b.textContent === preview)!.click();
  await vi.waitFor(() => expect(document.querySelector('.preview')).not.toBeNull());
}

const buttons = () => [...document.querySelectorAll('button')].map((b) => b.textContent!.trim());
const marked = () => [...document.querySelectorAll('.preview tbody tr')].filter((tr) => tr.classList.contains('present')).length;

describe('a programme file already imported', () => {
  it('marks every row as already there, says nothing is new, and offers Close instead of Import', async () => {
    i18n.set('vi');
    const { engine, send } = importedOnce();
    await paste(PROGRAMME_25, 'Xem trước');
    expect(document.querySelector('[role=status]')!.textContent).toContain(
      'Cả 25 dòng đọc được đã có trong chương trình kỳ họp này (cùng nội dung, cùng phiên họp, thuộc cùng mục chính): không có gì mới để nhập.',
    );
    expect(marked()).toBe(25);
    expect(document.querySelector('.preview tbody tr .tag')!.textContent).toBe('đã có trong chương trình');
    expect(buttons().some((b) => b.startsWith('Nhập các dòng'))).toBe(false);
    const close = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Đóng bản xem trước')!;
    await vi.waitFor(() => expect(document.activeElement).toBe(close));
    expect(close.getAttribute('aria-describedby')).toBe(document.querySelector('[role=status]')!.id);
    expect(send).not.toHaveBeenCalled();
    expect(engine.current.agenda).toHaveLength(25);
  });

  it('imports only a corrected file’s new rows, its button and toast counting them', async () => {
    i18n.set('en');
    const { engine, send } = importedOnce();
    const lines = PROGRAMME_25.split('\n');
    lines.splice(14, 0, '- Chất vấn lĩnh vực y tế\tchất vấn\tGiám đốc Sở Y tế\t45\t2026-12-09 sáng');
    lines.push('Hát Quốc ca\tbế mạc\tBan Tổ chức kỳ họp\t3\t2026-12-09 chiều');
    await paste(lines.join('\n'), 'Preview');
    expect(document.querySelector('[role=status]')!.textContent).toContain('Preview: new rows ready: 2; rows with errors: 0; already in the programme, left out: 25');
    expect(marked()).toBe(25);
    expect(document.querySelector('[data-testid=new-rows]')!.textContent).toBe('New: line 15, “Chất vấn lĩnh vực y tế”; line 28, “Hát Quốc ca”.');
    const rows = [...document.querySelectorAll('.preview tbody tr')];
    expect(rows.filter((tr) => !tr.classList.contains('present')).map((tr) => tr.children[1].textContent)).toEqual(['Chất vấn lĩnh vực y tế', 'Hát Quốc ca']);
    // The second report's verification is another item than the first's, though titled the same: both marked, each its own.
    expect(rows.filter((tr) => tr.children[1].textContent!.startsWith('Báo cáo thẩm tra của Ban Kinh tế'))).toHaveLength(3);
    const commit = [...document.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Import the new rows (2)')!;
    commit.click();
    await vi.waitFor(() => expect(toast.text).toBe('2 items imported; 25 items already in the programme left out.'));
    expect(send).toHaveBeenCalledTimes(1);
    expect(engine.current.agenda).toHaveLength(27);
  });
});
