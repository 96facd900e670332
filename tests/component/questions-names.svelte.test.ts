/**
 * The Questions view's fields by name, as a screen reader lists them: the slip form's respondent
 * and topic, and the log's filters of the same, were each called alike ("Người trả lời" twice),
 * so a secretary moving by form fields could not tell the slip's from the log's.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import QuestionsView from '../../src/features/questions/QuestionsView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';
import { unmountAll } from './mount';

afterEach(() => {
  unmountAll();
  vi.restoreAllMocks();
});

describe('the Questions view’s fields', () => {
  it('each has a name of its own, in Vietnamese and in English', () => {
    for (const lang of ['vi', 'en'] as const) {
      i18n.set(lang);
      const { engine } = newEngine();
      seedBasics(engine);
      const asker = ok(engine, 'delegate.add', { fullName: 'Hoàng Quốc Đạt', seatNumber: 5 }).id;
      const official = ok(engine, 'delegate.add', { fullName: 'Mạc Thị Huệ', title: 'Trưởng Công an xã', voting: false }).id;
      const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
      ok(engine, 'topic.add', { title: 'An ninh trật tự', respondentIds: [respondentId] });
      ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tình hình an ninh trật tự tại thôn Phước Hòa?' });
      mountOnEngine(engine, QuestionsView);
      const names = [...document.querySelectorAll('select')].map((s) => s.getAttribute('aria-label') ?? s.closest('label')?.textContent?.trim() ?? '');
      expect(names.filter((n, i) => names.indexOf(n) !== i), lang).toEqual([]);
      expect(names, lang).toContain(lang === 'vi' ? 'Lọc sổ theo người trả lời' : 'Filter the log by respondent');
      unmountAll();
    }
  });
});
