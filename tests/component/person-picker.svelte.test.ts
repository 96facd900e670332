import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mount, unmountAll } from './mount';
import PersonPicker from '../../src/lib/PersonPicker.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { Delegate } from '../../common/roster/model';

const person = (id: number, fullName: string, seatNumber: number | null, voting = true): Delegate => ({
  id, fullName, seatNumber, voting, title: '', group: 'Tổ 1', agency: '', committee: '',
});
const people = [person(1, 'Nguyễn Văn Dũng', 1), person(2, 'Nguyễn Thị Dung', 12), person(3, 'Chánh án TAND tỉnh', null, false)];

function type(input: HTMLInputElement, text: string) {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}
const key = (input: HTMLInputElement, k: string) => {
  input.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  flushSync();
};
const options = () => [...document.querySelectorAll('[role=option] .name')].map((o) => o.textContent);

describe('PersonPicker', () => {
  it('takes `/` (the views\' key to this box) pressed in the box as a selection of what is typed, never as a character of the name', () => {
    i18n.set('vi');
    mount(PersonPicker, { target: document.body, props: { people, label: 'Người phát biểu' } });
    const input = document.querySelector<HTMLInputElement>('input[role=combobox]')!;
    input.focus();
    const slash = () => input.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
    // Empty, right after the last entry: the browser would type "/" before the seat number.
    expect(slash()).toBe(false);
    type(input, 'dung');
    expect(slash()).toBe(false);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, 4]);
  });

  it('Escape closes the list, and a second Escape leaves the box for the view\'s heading, where the view\'s keys work and Tab goes on in the view', () => {
    i18n.set('en');
    // In a view as the console shows it: its heading first in <main>.
    const main = document.body.appendChild(document.createElement('main'));
    main.innerHTML = '<h2>Speakers</h2><h2>Register a request</h2>';
    try {
      mount(PersonPicker, { target: main, props: { people, label: 'Person' } });
      const input = document.querySelector<HTMLInputElement>('input[role=combobox]')!;
      input.focus();
      type(input, 'nguyen');
      key(input, 'Escape');
      expect(options()).toEqual([]);
      expect(document.activeElement).toBe(input);
      key(input, 'Escape');
      // Not the page body (the next Tab started at the top of the page, through the whole menu).
      expect(document.activeElement?.textContent).toBe('Speakers');
      expect((document.activeElement as HTMLElement).tabIndex).toBe(-1);
    } finally {
      unmountAll();
      main.remove();
    }
  });

  it('puts the person named as typed first, so Enter picks the delegate whose hand is up, not the first on the roster who merely contains the letters', () => {
    i18n.set('vi');
    const roster = [
      person(7, 'Hoàng Đức Hằng', 7),
      person(12, 'Lê Văn Khoa', 12),
      person(22, 'Nguyễn Thị Hoa', 22),
      person(23, 'Đặng Quốc Hòa', 23),
      person(30, 'Trần Thị Hoa', 30),
    ];
    const picked: number[] = [];
    mount(PersonPicker, { target: document.body, props: { people: roster, label: 'Người phát biểu', onpick: (p: Delegate) => picked.push(p.id) } });
    const input = document.querySelector<HTMLInputElement>('input[role=combobox]')!;
    // "Hoa": the two named Hoa, then Hòa (same letters, other diacritics), then names only starting or containing it.
    type(input, 'Hoa');
    expect(options()).toEqual(['Nguyễn Thị Hoa', 'Trần Thị Hoa', 'Đặng Quốc Hòa', 'Hoàng Đức Hằng', 'Lê Văn Khoa']);
    key(input, 'Enter');
    expect(picked).toEqual([22]);
    // Typed with its diacritics, "Hòa" is that name first; without them, both spellings still come.
    type(input, '');
    type(input, 'hòa');
    expect(options().slice(0, 3)).toEqual(['Đặng Quốc Hòa', 'Nguyễn Thị Hoa', 'Trần Thị Hoa']);
    // A seat number is that seat only.
    type(input, '');
    type(input, '7');
    expect(options()).toEqual(['Hoàng Đức Hằng']);
  });

  it('finds people by name without diacritics or by seat, and picks with the keyboard', () => {
    i18n.set('en');
    const picked: number[] = [];
    mount(PersonPicker, { target: document.body, props: { people, label: 'Person', absent: new Set([2]), onpick: (p: Delegate) => picked.push(p.id) } });
    const input = document.querySelector<HTMLInputElement>('input[role=combobox]')!;
    type(input, 'nguyen');
    expect(options()).toEqual(['Nguyễn Văn Dũng', 'Nguyễn Thị Dung']);
    expect(document.querySelector('[role=option]:nth-child(2) .absent')?.textContent).toBe('absent');
    key(input, 'ArrowDown');
    key(input, 'Enter');
    expect(picked).toEqual([2]);
    expect(input.value).toBe('12 · Nguyễn Thị Dung');

    type(input, '1');
    expect(options()).toEqual(['Nguyễn Văn Dũng']);
    type(input, 'chanh an');
    key(input, 'Enter');
    expect(picked).toEqual([2, 3]);

    type(input, 'tran');
    expect(document.body.textContent).toContain('No one matches.');
    key(input, 'Enter');
    expect(picked).toEqual([2, 3]);
  });
});
