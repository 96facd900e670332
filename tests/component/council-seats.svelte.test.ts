/**
 * The 2025 law's seat ranges on the Setup view: a warning only for a real problem, naming the
 * level; a district council (35 seats) saved as a commune by one ArrowDown too few is told
 * which level it likely is.
 */
import { flushSync } from 'svelte';
import { unmount } from './mount';
import { describe, expect, it, vi } from 'vitest';
import SetupView from '../../src/features/council/SetupView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, ok } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';

/** The council form filled and saved, as the secretary does. */
async function save(level: string, seats: number) {
  const select = document.querySelector<HTMLSelectElement>('select[name=councilLevel]')!;
  select.value = level;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  const box = document.querySelector<HTMLInputElement>('input[name=totalSeats]')!;
  box.value = String(seats);
  box.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
  document.querySelector<HTMLFormElement>('form.council')!.requestSubmit();
  await vi.waitFor(() => expect(document.querySelector('.term')).not.toBeNull());
  flushSync();
}

const warning = () => document.querySelector('.term .warning')?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

describe('the council’s seats against its level', () => {
  it('warns a 35-seat council saved as a commune, suggesting the district level, and says nothing once it is one', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND huyện Lương Sơn', level: 'province', term: 20, totalSeats: 35 });
    const { app } = mountOnEngine(engine, SetupView);
    await save('commune', 35);
    expect(warning()).toBe(
      '35 đại biểu là vượt mức tối đa luật định cho cấp «Xã, phường, đặc khu» (30). Hãy kiểm tra lại; số đã lưu vẫn giữ nguyên. Nếu đây là HĐND huyện (kỳ họp trước 7/2025), hãy chọn cấp «Huyện (trước 7/2025)».',
    );
    await save('district', 35);
    expect(warning()).toBeNull();
    // A commune of 25 is within the law: nothing to say. One of 45 is no district's: no suggestion.
    await save('commune', 25);
    expect(warning()).toBeNull();
    i18n.set('en');
    await save('commune', 45);
    expect(warning()).toBe('45 seats is above the law’s maximum for the level “Commune / ward” (30). Check the number; it is saved as it is.');
    unmount(app);
  });
});
