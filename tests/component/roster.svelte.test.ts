import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import RosterView from '../../src/features/roster/RosterView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { matchesPerson } from '../../src/lib/format';
import { fold } from '../../common/fold';

const people = [
  { id: 1, fullName: 'Nguyễn Văn Dũng', title: 'Chủ tịch', group: 'Tổ 1', seatNumber: 1, voting: true },
  { id: 2, fullName: 'Đặng Thị Ánh', title: '', group: 'Tổ 2', seatNumber: 12, voting: true },
  { id: 3, fullName: 'Giám đốc Sở Tài chính', title: '', group: '', seatNumber: null, voting: false },
];
const data = { revision: 1, council: { name: 'HĐND', level: 'province', term: 16, totalSeats: 58 }, delegates: people } as unknown as State;

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

describe('roster search', () => {
  it('folds Vietnamese to plain letters', () => {
    expect(fold('Nguyễn Văn Dũng')).toBe('nguyen van dung');
    expect(fold('ĐẶNG THỊ ÁNH')).toBe('dang thi anh');
    expect(matchesPerson('12', people[1])).toBe(true);
    expect(matchesPerson('1', people[1])).toBe(false);
  });

  it('filters the table by name without diacritics and by seat, and counts roles', () => {
    i18n.set('en');
    app = mount(RosterView, { target: document.body, props: { data } });
    const rows = () => [...document.querySelectorAll('tbody td.name')].map((td) => td.textContent);
    expect(rows()).toEqual(['Nguyễn Văn Dũng', 'Đặng Thị Ánh', 'Giám đốc Sở Tài chính']);
    expect(document.body.textContent).toContain('2 voting delegates of 58 seats · 1 guests and officials');

    const search = document.querySelector<HTMLInputElement>('input[type=search]')!;
    search.value = 'dang thi';
    search.dispatchEvent(new Event('input'));
    flushSync();
    expect(rows()).toEqual(['Đặng Thị Ánh']);

    search.value = '1';
    search.dispatchEvent(new Event('input'));
    flushSync();
    expect(rows()).toEqual(['Nguyễn Văn Dũng']);

    search.value = 'zzz';
    search.dispatchEvent(new Event('input'));
    flushSync();
    expect(document.body.textContent).toContain('No one matches “zzz”.');
  });
});
