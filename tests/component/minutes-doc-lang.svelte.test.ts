/**
 * Where the Minutes view chooses a document's language: the minutes and the counting records in
 * Vietnamese or English; the results notice is always Vietnamese (filed and sent as issued), and
 * the view says so in that place instead of leaving the choice to vanish.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mount } from './mount';
import MinutesView from '../../src/features/record/MinutesView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, ok } from '../unit/helpers';
import { stateFrom } from './on-engine.svelte';

function councilOnly(): State {
  const { engine } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
  return stateFrom(engine);
}

describe('the language of a document', () => {
  it.each([
    ['vi', 'Ngôn ngữ văn bản', 'Luôn bằng tiếng Việt: lưu và gửi đúng như ban hành'],
    ['en', 'Language of the document', 'Always Vietnamese: filed and sent as issued'],
  ] as const)('(%s) is chosen for the minutes and the counting records, and said to be Vietnamese for the notice', (lang, label, fixed) => {
    i18n.set(lang);
    mount(MinutesView, { target: document.body, props: { data: councilOnly(), go: () => {} } });
    flushSync();
    const docSelect = document.querySelector('select') as HTMLSelectElement;
    const langSelect = () => [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))?.querySelector('select');
    expect(langSelect()).toBeTruthy();
    docSelect.value = 'ballots';
    docSelect.dispatchEvent(new Event('change'));
    flushSync();
    expect(langSelect()).toBeTruthy();
    docSelect.value = 'notice';
    docSelect.dispatchEvent(new Event('change'));
    flushSync();
    expect(langSelect()).toBeUndefined();
    expect(document.querySelector('[data-testid=doc-lang-fixed]')?.textContent).toBe(`${label}${fixed}`);
  });
});
