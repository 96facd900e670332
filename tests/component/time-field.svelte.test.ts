import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import TimeField from '../../src/lib/TimeField.svelte';
import { i18n } from '../../src/lib/i18n.svelte';

/**
 * Every time of day in the console is typed on the 24-hour clock, whatever the browser's locale:
 * `<input type="time">` showed "2:30 PM" / "2:30 CH" in an English-US browser.
 */

afterEach(() => {
  document.body.innerHTML = '';
});

function field(value: string, lang: 'vi' | 'en' = 'vi') {
  i18n.set(lang);
  const onchange = vi.fn();
  mount(TimeField, { target: document.body, props: { value, label: lang === 'vi' ? 'Giờ bắt đầu dự kiến' : 'Planned start', onchange } });
  flushSync();
  const input = document.querySelector('input')!;
  const enter = (typed: string) => {
    input.value = typed;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
  };
  return { input, enter, onchange };
}

describe('a time field', () => {
  it('is a labelled text field, never the locale’s 12-hour time picker', () => {
    const { input } = field('07:30');
    expect(input.type).toBe('text');
    expect(input.value).toBe('07:30');
    expect(document.querySelector('label')?.textContent).toContain('Giờ bắt đầu dự kiến');
  });

  it('reads 1430, 14h30 and 14 30 as 14:30 and shows it so', () => {
    const { input, enter, onchange } = field('07:30');
    for (const typed of ['1430', '14h30', '14 30']) {
      enter(typed);
      expect(input.value).toBe('14:30');
    }
    // Entered three times, changed once.
    expect(onchange.mock.calls).toEqual([['14:30']]);
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('refuses a bad time with a sentence, changes nothing, and blocks its form', () => {
    const { input, enter, onchange } = field('07:30');
    enter('25:00');
    expect(onchange).not.toHaveBeenCalled();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('«25:00» không phải là giờ hợp lệ: giờ chỉ từ 0 đến 23 (cách ghi 24 giờ, ví dụ 14:30). Chưa có gì thay đổi.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.validity.valid).toBe(false);
    // Esc takes the typo back to the last good time.
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    flushSync();
    expect(input.value).toBe('07:30');
    expect(input.validity.valid).toBe(true);
    expect(document.querySelector('[role="alert"]')).toBeNull();
  });

  it('says it in English on the English console', () => {
    const { enter } = field('07:30', 'en');
    enter('2:30 PM');
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('“2:30 PM” is on the 12-hour clock; type it on the 24-hour clock, e.g. 14:30 for 2:30 PM. Nothing was changed.');
    // Each bad time says what is wrong with it.
    enter('8h75');
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('“8h75” is not a time of day: the minutes go from 00 to 59 (e.g. 8h45). Nothing was changed.');
    enter('abc');
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('“abc” is not a time of day. Type hours and minutes, e.g. 14:30, 14h30 or 14 giờ 30. Nothing was changed.');
  });
});

describe('a time field left blank', () => {
  it('is refused, not taken for the last good time it no longer shows', () => {
    i18n.set('vi');
    const onchange = vi.fn();
    mount(TimeField, { target: document.body, props: { value: '07:30', label: 'Giờ bắt đầu dự kiến', onchange } });
    flushSync();
    const input = document.querySelector('input')!;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(onchange).not.toHaveBeenCalled();
    expect(input.validity.valid).toBe(false);
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('Hãy gõ giờ, ví dụ 14:30 hoặc 14h30. Chưa có gì thay đổi.');
    // The sentence follows the console's language.
    i18n.set('en');
    flushSync();
    expect(document.querySelector('[role="alert"]')?.textContent).toBe('Type a time of day, e.g. 14:30 or 14h30. Nothing was changed.');
  });
});
