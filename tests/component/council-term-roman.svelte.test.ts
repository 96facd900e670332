/**
 * The term typed as the office writes it: "khóa IX" is typed "IX" in the council's and the
 * session's term boxes, and saved as the 9th term; "IIX" is refused, changing nothing. The
 * boxes show a saved term so too.
 */
import { flushSync } from 'svelte';
import { unmount } from './mount';
import { describe, expect, it, vi } from 'vitest';
import SetupView from '../../src/features/council/SetupView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { romanValue } from '../../common/term';
import { newEngine } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';

const type = (name: string, value: string) => {
  const box = document.querySelector<HTMLInputElement>(`[name=${name}]`)!;
  box.value = value;
  box.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
};

describe('a term in Roman numerals', () => {
  it('is read as its number in the council form and the new session form', async () => {
    i18n.set('vi');
    const { engine, db } = newEngine();
    const council = () => db.prepare('SELECT term FROM council').all();
    const { app } = mountOnEngine(engine, SetupView);
    type('councilName', 'Hội đồng nhân dân tỉnh Quảng Trị');
    type('councilTerm', 'IIX');
    type('totalSeats', '80');
    document.querySelector<HTMLFormElement>('form.council')!.requestSubmit();
    await vi.waitFor(() => expect(document.body.textContent).toContain('Khóa phải là số nguyên'));
    expect(council()).toEqual([]);
    type('councilTerm', 'IX');
    document.querySelector<HTMLFormElement>('form.council')!.requestSubmit();
    await vi.waitFor(() => expect(council()).toEqual([{ term: 9 }]));
    // The new session's form proposes the council's term as the office writes it.
    flushSync();
    expect(document.querySelector<HTMLInputElement>('[name=sessionTerm]')!.value).toBe('IX');
    type('sessionNumber', '4');
    type('sessionTerm', 'ix');
    type('startDate', '08/12/2026');
    type('endDate', '10/12/2026');
    document.querySelector<HTMLFormElement>('form.session')!.requestSubmit();
    await vi.waitFor(() => expect(db.prepare('SELECT number, term FROM session').all()).toEqual([{ number: 4, term: 9 }]));
    unmount(app);
  });

  it('reads only numerals written the usual way', () => {
    expect([romanValue('IX'), romanValue('xiv'), romanValue(' IV '), romanValue('MMXXVI')]).toEqual([9, 14, 4, 2026]);
    expect([romanValue('IIX'), romanValue('VX'), romanValue('IIII'), romanValue('9'), romanValue('')]).toEqual([null, null, null, null, null]);
  });
});
