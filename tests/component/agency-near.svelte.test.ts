/**
 * A respondent's agency typed with a slip ("Sở Y tê" where the roster has "Sở Y tế") is asked
 * about before it becomes a new agency, as the console asks everything (lib/ask.ts): she takes the
 * known one, keeps what she typed, or cancels (Esc), which sends nothing. The known agencies are
 * offered as she types; an agency near none is added at once.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import QuestionsSetup from '../../src/features/questions/QuestionsSetup.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';

/** The console's one question (lib/ask.ts), if asked. */
const question = () => document.querySelector<HTMLElement>('[data-ask] [role=alertdialog]');
const button = (text: string) => [...(question()?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.firstChild?.textContent?.trim() === text);

function setup(lang: 'vi' | 'en') {
  i18n.set(lang);
  document.body.innerHTML = '';
  const { engine } = newEngine();
  seedBasics(engine);
  ok(engine, 'delegate.add', { fullName: 'Lê Thanh Phong', title: 'Giám đốc Sở Y tế', agency: 'Sở Y tế', voting: false });
  for (const fullName of ['Trần Văn Bình', 'Phạm Thị Dung', 'Hồ Văn Nam']) ok(engine, 'delegate.add', { fullName, voting: false });
  mountOnEngine(engine, QuestionsSetup);
  return engine;
}

async function add(engine: ReturnType<typeof setup>, name: string, agency: string) {
  const select = document.querySelector<HTMLSelectElement>('form.row select')!;
  select.value = String(engine.current.delegates.find((d) => d.fullName === name)!.id);
  select.dispatchEvent(new Event('change'));
  const input = document.querySelector<HTMLInputElement>('form.row input')!;
  input.value = agency;
  input.dispatchEvent(new Event('input'));
  flushSync();
  document.querySelector<HTMLFormElement>('form.row')!.requestSubmit();
  await vi.waitFor(() => expect(question() ?? engine.current.respondents.find((r) => r.agency === agency.trim())).toBeTruthy());
  flushSync();
}

const agencyOf = (engine: ReturnType<typeof setup>, name: string) => {
  const id = engine.current.delegates.find((d) => d.fullName === name)!.id;
  return engine.current.respondents.find((r) => r.delegateId === id)?.agency;
};

describe('an agency typed close to a known one', () => {
  it('is asked about in both languages: the known one taken by the key that has focus, or what she typed kept', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const engine = setup(lang);
      // The known agencies are offered as she types.
      expect([...document.querySelectorAll('datalist#known-agencies option')].map((o) => o.getAttribute('value'))).toEqual(['Sở Y tế']);
      expect(document.querySelector('form.row input')!.getAttribute('list')).toBe('known-agencies');

      await add(engine, 'Trần Văn Bình', 'Sở Y tê');
      expect(question()?.querySelector('p')?.textContent).toBe(lang === 'vi' ? 'Chưa có cơ quan nào tên «Sở Y tê». Có phải là «Sở Y tế»?' : 'No agency is named “Sở Y tê” yet. Did you mean “Sở Y tế”?');
      // Nothing sent until she answers.
      expect(engine.current.respondents).toEqual([]);
      const use = button(lang === 'vi' ? 'Dùng «Sở Y tế»' : 'Use “Sở Y tế”')!;
      expect(document.activeElement).toBe(use);
      use.click();
      await vi.waitFor(() => expect(agencyOf(engine, 'Trần Văn Bình')).toBe('Sở Y tế'));
      flushSync();
      expect(question()).toBeNull();

      // Kept as typed: a new agency.
      await add(engine, 'Phạm Thị Dung', 'So Y te');
      button(lang === 'vi' ? 'Thêm «So Y te» là cơ quan mới' : 'Add “So Y te” as a new agency')!.click();
      await vi.waitFor(() => expect(agencyOf(engine, 'Phạm Thị Dung')).toBe('So Y te'));

      // Near none: added at once, no question.
      await add(engine, 'Hồ Văn Nam', 'Sở Nội vụ');
      expect(agencyOf(engine, 'Hồ Văn Nam')).toBe('Sở Nội vụ');
      flushSync();
      expect(question()).toBeNull();
    }
  });

  it('is asked about when a respondent’s agency is changed in the list too', async () => {
    const engine = setup('vi');
    await add(engine, 'Trần Văn Bình', 'Công an tỉnh');
    flushSync();
    const box = document.querySelector<HTMLInputElement>('input[aria-label="Cơ quan của Trần Văn Bình"]')!;
    box.value = 'Sở Y tếe';
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(question()).not.toBeNull());
    expect(agencyOf(engine, 'Trần Văn Bình')).toBe('Công an tỉnh');
    button('Dùng «Sở Y tế»')!.click();
    await vi.waitFor(() => expect(agencyOf(engine, 'Trần Văn Bình')).toBe('Sở Y tế'));
    expect(box.value).toBe('Sở Y tế');

    // Cancelled: nothing saved, and the box shows the agency kept, not a change never sent.
    box.value = 'Sở Y tê';
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(question()).not.toBeNull());
    button('Hủy')!.click();
    await vi.waitFor(() => expect(box.value).toBe('Sở Y tế'));
    expect(agencyOf(engine, 'Trần Văn Bình')).toBe('Sở Y tế');
  });

  it('is the console’s question: two steps and Cancel, the keyboard on the known one; Esc sends nothing and keeps what she typed', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const engine = setup(lang);
      await add(engine, 'Trần Văn Bình', 'Sở Y tê');
      const asked = question()!;
      expect([...asked.querySelectorAll('button')].map((b) => b.firstChild?.textContent?.trim())).toEqual(
        lang === 'vi' ? ['Dùng «Sở Y tế»', 'Thêm «Sở Y tê» là cơ quan mới', 'Hủy'] : ['Use “Sở Y tế”', 'Add “Sở Y tê” as a new agency', 'Cancel'],
      );
      expect(document.activeElement).toBe(asked.querySelector('button.primary'));
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await vi.waitFor(() => expect(question()).toBeNull());
      expect(engine.current.respondents).toEqual([]);
      // What she typed is still there to be corrected.
      expect(document.querySelector<HTMLInputElement>('form.row input')!.value).toBe('Sở Y tê');
    }
  });
});
