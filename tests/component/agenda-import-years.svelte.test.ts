/**
 * Last year's programme read onto this year's session: the titles' years are offered to move
 * with the dates, and the preview shows each title as it will be imported, with the file's below.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AgendaImport from '../../src/features/prep/AgendaImport.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';

afterEach(() => {
  localStorage.clear();
});

const LAST_YEAR = [
  'STT\tNgày\tBuổi\tNội dung',
  '1\t10/12/2025\tSáng\tKhai mạc kỳ họp',
  '2\t10/12/2025\tSáng\tBáo cáo tình hình kinh tế - xã hội năm 2025; kế hoạch năm 2026',
  '3\t11/12/2025\tSáng\tTờ trình sửa đổi Nghị quyết số 12/2025/NQ-HĐND',
  '4\t11/12/2025\tSáng\tBế mạc kỳ họp',
].join('\n');

const titles = () => [...document.querySelectorAll('.preview tbody tr')].map((tr) => tr.children[1].textContent);

describe('last year’s programme on this year’s days', () => {
  it('offers to move the titles’ years once the dates cross a year, shows the change before importing, and imports it', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine); // 08–09/12/2026
    mountOnEngine(engine, AgendaImport);
    const area = document.querySelector('textarea')!;
    area.value = LAST_YEAR;
    area.dispatchEvent(new Event('input'));
    flushSync();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Xem trước')!.click();
    flushSync();
    // Not offered before the dates are moved: the years follow the dates.
    expect(document.querySelector('input[name=replaceYears]')).toBeNull();
    document.querySelector<HTMLInputElement>('.check input')!.click();
    flushSync();
    const years = document.querySelector<HTMLInputElement>('input[name=replaceYears]')!;
    expect(years.closest('label')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'và thay năm trong tiêu đề các mục, 2025 → 2026 (1 tiêu đề): mỗi năm ghi riêng trong tiêu đề được dời theo; số văn bản (12/2025/NQ-HĐND) và giai đoạn (2021–2025) giữ nguyên',
    );
    expect(titles()[1]).toBe('Báo cáo tình hình kinh tế - xã hội năm 2025; kế hoạch năm 2026');
    years.click();
    flushSync();
    expect(titles()).toEqual([
      'Khai mạc kỳ họp',
      'Báo cáo tình hình kinh tế - xã hội năm 2026; kế hoạch năm 2027trong tệp: Báo cáo tình hình kinh tế - xã hội năm 2025; kế hoạch năm 2026',
      'Tờ trình sửa đổi Nghị quyết số 12/2025/NQ-HĐND',
      'Bế mạc kỳ họp',
    ]);
    i18n.set('en');
    flushSync();
    expect(years.closest('label')!.textContent).toContain('and replace the year in the items’ titles, 2025 → 2026 (titles with a year: 1)');
    expect(document.querySelector('.preview .was')!.textContent).toBe('in the file: Báo cáo tình hình kinh tế - xã hội năm 2025; kế hoạch năm 2026');
    [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Import the good rows (4)'))!.click();
    await vi.waitFor(() => expect(engine.current.agenda).toHaveLength(4));
    expect(engine.current.agenda.map((i) => i.title)).toEqual([
      'Khai mạc kỳ họp',
      'Báo cáo tình hình kinh tế - xã hội năm 2026; kế hoạch năm 2027',
      'Tờ trình sửa đổi Nghị quyết số 12/2025/NQ-HĐND',
      'Bế mạc kỳ họp',
    ]);
  });
});
