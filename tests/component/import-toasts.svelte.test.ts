/**
 * The toast after an import says the same in English as in Vietnamese: how many of what were
 * imported, added, updated or removed ("Đã nhập 3 người." / "3 people imported.", not "Imported: 3.").
 */
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from '../../src/lib/i18n.svelte';

const toasts: [MessageKey, Record<string, number>, { en: string; vi: string }][] = [
  ['rosterImport.done', { count: 3 }, { en: '3 people imported.', vi: 'Đã nhập 3 người.' }],
  ['rosterImport.done', { count: 1 }, { en: '1 person imported.', vi: 'Đã nhập 1 người.' }],
  ['rosterImport.doneUpdated', { count: 3, updated: 1 }, { en: '3 people added, 1 person updated.', vi: 'Đã thêm 3 người, cập nhật 1 người.' }],
  ['import.done', { n: 5 }, { en: '5 items imported.', vi: 'Đã nhập 5 mục.' }],
  ['agendaImport.doneSkipped', { n: 2, skipped: 25 }, { en: '2 items imported; 25 items already in the programme left out.', vi: 'Đã nhập 2 mục; bỏ qua 25 mục đã có trong chương trình.' }],
  ['import.replaced', { removed: 4, n: 5 }, { en: 'Programme replaced: 4 items removed, 5 items imported.', vi: 'Đã thay chương trình: xóa 4 mục, nhập 5 mục.' }],
];

describe('the import toasts', () => {
  it('count the same things in both languages, each number with what it counts', () => {
    for (const [key, params, said] of toasts) {
      expect(translate('en', key, params), key).toBe(said.en);
      expect(translate('vi', key, params), key).toBe(said.vi);
      // Each number of the English toast is followed by the noun it counts, as in Vietnamese.
      expect(translate('en', key, params), key).not.toMatch(/\d+(?![\d ]*(?:people|person|items?)\b)/);
    }
  });
});
