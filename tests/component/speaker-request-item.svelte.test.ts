import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { toast } from '../../src/lib/toast.svelte';
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
    expect(toast.message).toBe('Đã thêm Nguyễn Thị Hằng vào hàng chờ của mục 1. Thảo luận về dự toán ngân sách năm 2027.');
    // The form is cleared; the next request is for the item shown now.
    expect([box().value, notice()]).toEqual(['', null]);
    type('hang');
    // Enter picks and adds at once.
    press('Enter');
    await answered();
    expect(queueOf(engine, land)).toEqual([hang]);
    expect(toast.message).toBe('Đã thêm Nguyễn Thị Hằng vào hàng chờ.');
  });

  it('is refused with a clear sentence when that item is over meanwhile, keeping the form, which then goes to the item shown', async () => {
    i18n.set('en');
    const { engine, budget, land, hang, elsewhere } = sitting();
    type('hang');
    // Picked with the mouse (Enter would add at once), so the Add is still to come.
    document.querySelector('[role=option]')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    flushSync();
    // The chair closes the budget debate and starts the land prices before the secretary presses Add.
    elsewhere(() => ok(engine, 'item.start', { id: land, current: 'finish' }));
    expect(notice()).toBe('The queue shown is now another item’s: this request goes to the queue of item 1. Thảo luận về dự toán ngân sách năm 2027, where it was begun.');
    await submit();
    expect(document.querySelector('p.error[role=alert]')?.textContent).toBe(
      'Item “Thảo luận về dự toán ngân sách năm 2027” is over and takes no more requests to speak. The queue shown now is another item’s: add the request again if it is for that one.',
    );
    expect(queueOf(engine, budget)).toEqual([]);
    expect([box().value, notice()]).toEqual(['1 · Nguyễn Thị Hằng', null]);
    // Add again: for the land prices, shown now.
    await submit();
    expect(queueOf(engine, land)).toEqual([hang]);
    expect(document.querySelector('p.error[role=alert]')).toBeNull();
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
