import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { said } from '../../src/lib/said.svelte';
import { mountOnEngine, stateFrom } from './on-engine.svelte';
import { ok, twoDebates } from '../unit/helpers';

afterEach(() => {
  toast.clear();
});

/** The budget debate under way, its queue on screen; the land prices come next. */
function sitting() {
  const { engine, budget, land, hang } = twoDebates();
  const mounted = mountOnEngine(engine, SpeakersView);
  /** Another console's command: the view gets the state that follows, as over the socket. */
  const elsewhere = (fn: () => void) => {
    fn();
    mounted.props.data = stateFrom(engine);
    flushSync();
  };
  return { engine, budget, land, hang, elsewhere };
}

const box = () => document.querySelector<HTMLInputElement>('#speaker-person')!;
function type(text: string) {
  box().focus();
  box().value = text;
  box().dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}
const press = (key: string) => {
  box().dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  flushSync();
};
const submit = async () => {
  document.querySelector<HTMLFormElement>('form.register')!.requestSubmit();
  await new Promise((r) => setTimeout(r, 0));
  flushSync();
};
/** The request's reply is in, and the view has followed it. */
const answered = async () => {
  await new Promise((r) => setTimeout(r, 0));
  flushSync();
};
const notice = () => document.querySelector('[data-testid=request-for]')?.textContent ?? null;
const moved = () => document.querySelector('[data-testid=queue-moved]')?.textContent ?? null;
const switchButton = () => document.querySelector<HTMLButtonElement>('.request-for button');
const noteBox = () => [...document.querySelectorAll<HTMLInputElement>('form.register input')].find((i) => i.id !== 'speaker-person')!;
const kindSelect = () => document.querySelector<HTMLSelectElement>('form.register select')!;
/** Alt+letter from the name box, as the console's key listener gets it. */
const altKey = (key: string) => {
  box().dispatchEvent(new KeyboardEvent('keydown', { key, code: `Key${key.toUpperCase()}`, altKey: true, bubbles: true, cancelable: true }));
  flushSync();
};
const queueOf = (engine: ReturnType<typeof sitting>['engine'], itemId: number) =>
  engine.db.prepare("SELECT delegate_id FROM speech WHERE agenda_item_id = ? AND status = 'queued'").pluck().all(itemId);

describe('a request typed while the chair moves the Speakers view to another item', () => {
  it('goes to the item whose queue was shown when the typing began, and says so before and after', async () => {
    i18n.set('vi');
    const { engine, budget, land, hang, elsewhere } = sitting();
    type('hang');
    expect(notice()).toBeNull();
    // The chair looks at the next item's queue while the secretary is still typing.
    elsewhere(() => ok(engine, 'speaker.focus', { agendaItemId: land }));
    expect(notice()).toBe('Hàng chờ đang hiển thị đã chuyển sang mục khác: đăng ký này sẽ được ghi vào hàng chờ của mục 1. Thảo luận về dự toán ngân sách năm 2027, nơi bắt đầu nhập.');
    expect(document.querySelector('[data-testid=request-for]')!.getAttribute('role')).toBe('status');
    // Enter picks and adds at once.
    press('Enter');
    await answered();
    expect(queueOf(engine, budget)).toEqual([hang]);
    expect(queueOf(engine, land)).toEqual([]);
    expect(said(toast.message)).toBe('Đã thêm Nguyễn Thị Hằng vào hàng chờ của mục 1. Thảo luận về dự toán ngân sách năm 2027.');
    // The form is cleared; the next request is for the item shown now.
    expect([box().value, notice()]).toEqual(['', null]);
    type('hang');
    // Enter picks and adds at once.
    press('Enter');
    await answered();
    expect(queueOf(engine, land)).toEqual([hang]);
    expect(said(toast.message)).toBe('Đã thêm Nguyễn Thị Hằng vào hàng chờ.');
  });

  it('goes, once that item is over meanwhile, to the item shown, as the form says before it is sent: nothing typed is lost, one note shows', async () => {
    i18n.set('en');
    const { engine, budget, land, hang, elsewhere } = sitting();
    type('hang');
    // Picked with the mouse (Enter would add at once), a point of order chosen and a note typed: the Add is still to come.
    document.querySelector('[role=option]')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    flushSync();
    altKey('k');
    altKey('k');
    altKey('k');
    noteBox().value = 'Về đơn giá đất ở nông thôn';
    noteBox().dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    // The chair closes the budget debate and starts the land prices before the secretary presses Add.
    elsewhere(() => ok(engine, 'item.start', { id: land, current: 'finish' }));
    expect(notice()).toBe('Item 1 is over and takes no more requests: this request goes to the queue shown, of item 2. Thảo luận về bảng giá đất.');
    // One note: the queue's "moved on" line waits while the form says it; no choice is offered, the item over takes none.
    expect(moved()).toBe('');
    expect(switchButton()).toBeNull();
    expect([box().value, noteBox().value, kindSelect().value]).toEqual(['1 · Nguyễn Thị Hằng', 'Về đơn giá đất ở nông thôn', 'pointOfOrder']);
    // Nothing has moved yet: it goes when she presses Add.
    expect(queueOf(engine, land)).toEqual([]);
    await submit();
    expect(document.querySelector('p.error[role=alert]')).toBeNull();
    expect(queueOf(engine, budget)).toEqual([]);
    expect(queueOf(engine, land)).toEqual([hang]);
    expect(engine.db.prepare('SELECT kind, note FROM speech WHERE agenda_item_id = ?').get(land)).toEqual({ kind: 'pointOfOrder', note: 'Về đơn giá đất ở nông thôn' });
    expect(said(toast.message)).toBe('Nguyễn Thị Hằng added to the queue of item 2. Thảo luận về bảng giá đất.');
    expect([box().value, notice(), moved()]).toEqual(['', null, '']);
  });

  it('stays on the item where it was begun while that one takes requests (paused), and Alt+I or the button puts it on the item shown, and back', async () => {
    i18n.set('vi');
    const { engine, budget, land, hang, elsewhere } = sitting();
    type('hang');
    elsewhere(() => ok(engine, 'item.start', { id: land, current: 'pause' }));
    expect(notice()).toBe('Hàng chờ đang hiển thị đã chuyển sang mục khác: đăng ký này sẽ được ghi vào hàng chờ của mục 1. Thảo luận về dự toán ngân sách năm 2027, nơi bắt đầu nhập.');
    expect(switchButton()?.textContent).toBe('Ghi vào mục 2Alt+I');
    expect(switchButton()?.getAttribute('aria-label')).toBe('Ghi đăng ký đang nhập vào hàng chờ của mục 2. Thảo luận về bảng giá đất');
    // Alt+I, from the name box: the request goes to the item shown; the note says so, and offers the way back.
    altKey('i');
    expect(notice()).toBe('Đăng ký này sẽ được ghi vào hàng chờ đang hiển thị, của mục 2. Thảo luận về bảng giá đất.');
    expect(switchButton()?.textContent).toBe('Ghi vào mục 1Alt+I');
    expect(box().value).toBe('hang');
    // The button does the same, back.
    switchButton()!.click();
    flushSync();
    expect(notice()).toContain('nơi bắt đầu nhập');
    altKey('i');
    // Nothing is sent by choosing: only Enter (or Add) sends.
    expect([queueOf(engine, budget), queueOf(engine, land)]).toEqual([[], []]);
    press('Enter');
    await answered();
    expect([queueOf(engine, budget), queueOf(engine, land)]).toEqual([[], [hang]]);
    expect(said(toast.message)).toBe('Đã thêm Nguyễn Thị Hằng vào hàng chờ của mục 2. Thảo luận về bảng giá đất.');
    // Nothing typed: Alt+I says what it is for, and changes nothing.
    altKey('i');
    expect(document.querySelector('p.error[role=alert]')?.textContent).toBe('Chưa có đăng ký nào đang nhập: Alt+I dùng để chọn mục cho đăng ký bắt đầu nhập trước khi màn hình chuyển sang mục khác.');
  });

  it('follows the secretary’s own choice of item: a request begun, then the item changed in the view’s list, goes to the item chosen', async () => {
    i18n.set('en');
    const { engine, land, hang } = sitting();
    type('hang');
    const select = document.querySelector<HTMLSelectElement>('.head select')!;
    select.value = String(land);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
    expect(notice()).toBeNull();
    // Enter picks and adds at once.
    press('Enter');
    await answered();
    expect(queueOf(engine, land)).toEqual([hang]);
  });
});
