import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import RosterView from '../../src/features/roster/RosterView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
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

describe('roster seat box', () => {
  afterEach(() => vi.restoreAllMocks());

  const type = (input: HTMLInputElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    flushSync();
  };

  it('refuses a seat that is not a whole number with a sentence, and sends nothing', async () => {
    i18n.set('en');
    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: true, value: { id: 9 } } as never);
    app = mount(RosterView, { target: document.body, props: { data } });
    type(document.querySelector<HTMLInputElement>('input[name=fullName]')!, 'Lê Văn Tám');
    for (const bad of ['abc', '1e2', '34o']) {
      type(document.querySelector<HTMLInputElement>('input[name=seat]')!, bad);
      document.querySelector<HTMLFormElement>('form.add')!.requestSubmit();
      await Promise.resolve();
      flushSync();
      expect(document.querySelector('[role=alert]')?.textContent).toBe('Seat must be a whole number; nothing was changed.');
    }
    expect(send).not.toHaveBeenCalled();

    // Full-width digits are digits; an empty box is no seat.
    type(document.querySelector<HTMLInputElement>('input[name=seat]')!, '１２');
    document.querySelector<HTMLFormElement>('form.add')!.requestSubmit();
    await Promise.resolve();
    expect(send).toHaveBeenLastCalledWith('delegate.add', expect.objectContaining({ seatNumber: 12 }));
  });

  it('editing seat 12 to "12o" keeps the seat and says why', async () => {
    i18n.set('vi');
    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: true, value: undefined } as never);
    app = mount(RosterView, { target: document.body, props: { data } });
    document.querySelectorAll<HTMLButtonElement>('tbody button.icon')[2].click();
    flushSync();
    type(document.querySelector<HTMLInputElement>('tr.editing input')!, '12o');
    document.querySelector<HTMLFormElement>('tr.editing form')!.requestSubmit();
    await Promise.resolve();
    flushSync();
    expect(send).not.toHaveBeenCalled();
    expect(document.querySelector('tr.editing [role=alert]')?.textContent).toBe('Ghế phải là số nguyên; chưa có gì thay đổi.');
  });
});
