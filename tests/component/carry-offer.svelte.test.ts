/**
 * The offer to carry the requests left waiting on a debate that is over to its continuation, in the
 * Speakers view and in Live, by keyboard, in both languages: the sentence names how many, the item
 * over and the one suggested; Alt+T carries them; the move is read out and the keyboard lands on the
 * view's heading; another item may be chosen first. State from the real engine.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import LiveView from '../../src/features/timing/LiveView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { followEngine } from './follow-engine.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { toastSwitches } from './toast-lang';

// jsdom has no Web Animations: the queue's rows animate (flip) as one leaves it.
Element.prototype.getAnimations ??= () => [];

afterEach(() => {
  window.removeEventListener('keydown', shortcuts.handle);
});

const DEBATE = 'Thảo luận tại hội trường về tình hình kinh tế - xã hội';

/** The debate over with Tám, Bình and Châu still waiting; the budget debate under way, its queue on screen. */
function debateOver(view: typeof SpeakersView | typeof LiveView = SpeakersView) {
  const { engine, clock, db } = newEngine();
  seedBasics(engine);
  const debate = ok(engine, 'agenda.add', { title: DEBATE, kind: 'discussion' }).id;
  const budget = ok(engine, 'agenda.add', { title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion' }).id;
  const cont = ok(engine, 'agenda.add', { title: `${DEBATE} (tiếp)`, kind: 'discussion' }).id;
  const people = ['Lê Văn Tám', 'Trần Thị Bình', 'Phạm Minh Châu'].map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
  ok(engine, 'item.start', { id: debate });
  for (const delegateId of people) ok(engine, 'speaker.request', { delegateId });
  ok(engine, 'item.start', { id: budget, current: 'finish' });
  const props = followEngine(engine);
  vi.spyOn(live, 'now').mockReturnValue(clock());
  vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload, { actor: 'chair', lang: i18n.lang }) as never);
  const main = document.createElement('main');
  document.body.append(main);
  mount(view, { target: main, props });
  window.addEventListener('keydown', shortcuts.handle);
  flushSync();
  const waiting = (itemId: number) => db.prepare("SELECT delegate_id FROM speech WHERE agenda_item_id = ? AND status = 'queued' ORDER BY position").pluck().all(itemId);
  return { engine, debate, budget, cont, people, waiting };
}

const offer = () => document.querySelector<HTMLElement>('[data-testid=carry-offer]');
const said = () => document.querySelector('[data-testid=carry-said]')?.textContent;
const altT = () => {
  const target = document.activeElement ?? document.body;
  target.dispatchEvent(new KeyboardEvent('keydown', { key: 't', code: 'KeyT', altKey: true, bubbles: true, cancelable: true }));
  flushSync();
};

describe('the offer to carry the requests left waiting over to the continuation', () => {
  it('in Vietnamese: names the two items and how many, Alt+T carries them, says so, and the keyboard is on the heading', async () => {
    i18n.set('vi');
    const { debate, cont, people, waiting } = debateOver();
    expect(offer()!.getAttribute('aria-label')).toBe('Đăng ký còn chờ ở mục đã kết thúc');
    expect(offer()!.textContent).toContain(`Mục 1. ${DEBATE} đã kết thúc, còn 3 đại biểu đăng ký chưa phát biểu: chuyển sang mục 3. ${DEBATE} (tiếp)?`);
    const button = [...offer()!.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Chuyển'))!;
    expect(button.textContent).toContain('Alt+T');
    expect(offer()!.querySelector('select')!.selectedOptions[0].textContent).toBe(`3. ${DEBATE} (tiếp) (đề xuất)`);
    button.focus();
    altT();
    await vi.waitFor(() => expect(waiting(cont)).toEqual(people));
    expect(waiting(debate)).toEqual([]);
    flushSync();
    await vi.waitFor(() => expect(offer()).toBeNull());
    const done = `Đã chuyển 3 đăng ký từ mục 1. ${DEBATE} sang mục 3. ${DEBATE} (tiếp).`;
    await vi.waitFor(() => expect(said()).toBe(done));
    expect(toast.text).toBe(done);
    toastSwitches({ vi: done, en: `3 requests carried over from item 1. ${DEBATE} to item 3. ${DEBATE} (tiếp).` });
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('spk-heading'));
  });

  it('in English: another item is chosen from the list, then Alt+T from the page carries them there', async () => {
    i18n.set('en');
    const { budget, cont, people, waiting } = debateOver();
    expect(offer()!.textContent).toContain(`Item 1. ${DEBATE} is over with 3 registered delegates not yet heard: carry them over to item 3. ${DEBATE} (tiếp)?`);
    const select = offer()!.querySelector('select')!;
    expect([...select.options].map((o) => o.textContent)).toEqual(['2. Thảo luận về dự toán ngân sách năm 2027', `3. ${DEBATE} (tiếp) (suggested)`]);
    select.value = String(budget);
    select.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(offer()!.textContent).toContain('carry them over to item 2. Thảo luận về dự toán ngân sách năm 2027?');
    (document.activeElement as HTMLElement | null)?.blur();
    altT();
    await vi.waitFor(() => expect(waiting(budget)).toEqual(people));
    expect(waiting(cont)).toEqual([]);
    await vi.waitFor(() => expect(said()).toBe(`3 requests carried over from item 1. ${DEBATE} to item 2. Thảo luận về dự toán ngân sách năm 2027.`));
    // Ctrl+Z on the budget's queue (shown: it is under way) puts them back.
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(waiting(budget)).toEqual([]));
    flushSync();
    expect(offer()).not.toBeNull();
  });

  it('opens with the move when the Speakers view follows the item over: each fact said once, in one box, both languages', async () => {
    for (const lang of ['vi', 'en'] as const) {
      i18n.set(lang);
      document.body.innerHTML = '';
      const { engine, clock } = newEngine();
      seedBasics(engine);
      const debate = ok(engine, 'agenda.add', { title: DEBATE, kind: 'discussion' }).id;
      const budget = ok(engine, 'agenda.add', { title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion' }).id;
      ok(engine, 'agenda.add', { title: `${DEBATE} (tiếp)`, kind: 'discussion' });
      const people = ['Lê Văn Tám', 'Trần Thị Bình'].map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
      ok(engine, 'item.start', { id: debate });
      for (const delegateId of people) ok(engine, 'speaker.request', { delegateId });
      const props = followEngine(engine);
      vi.spyOn(live, 'now').mockReturnValue(clock());
      const main = document.createElement('main');
      document.body.append(main);
      mount(SpeakersView, { target: main, props });
      flushSync();
      expect(offer()).toBeNull();
      // The chair ends the debate from Live: the view follows the queue to the budget debate.
      ok(engine, 'item.start', { id: budget, current: 'finish' });
      flushSync();
      const moved = document.querySelector('[data-testid=queue-moved]')!;
      const what = document.querySelector('[data-testid=carry-what]')!.textContent!.replace(/\s+/g, ' ').trim();
      if (lang === 'vi') {
        expect(what).toBe(`Mục 1 đã kết thúc; hàng chờ chuyển sang mục 2. Còn 2 đại biểu đăng ký ở mục 1 chưa phát biểu: chuyển sang mục 3. ${DEBATE} (tiếp)?`);
        // The line above is for screen readers now (its live region says where the queue went and who waits, with Alt+T).
        expect(moved.textContent).toBe('Mục 1 đã kết thúc; hàng chờ chuyển sang mục 2. Còn 2 người chờ ở mục 1: Alt+T để chuyển tiếp.');
      } else {
        expect(what).toBe(`Item 1 is over; the queue moved on to item 2. 2 registered delegates on item 1 not yet heard: carry them over to item 3. ${DEBATE} (tiếp)?`);
      }
      expect(moved.classList.contains('visually-hidden')).toBe(true);
      // "is over" said once in sight: the offer no longer says it again.
      expect(offer()!.textContent!.split(lang === 'vi' ? 'đã kết thúc' : 'is over').length - 1).toBe(1);
      expect(offer()!.querySelector('button.primary')!.textContent).toContain('Alt+T');
    }
  });

  it('shows in Live too, where the chair ends the item', () => {
    i18n.set('en');
    debateOver(LiveView);
    expect(offer()!.textContent).toContain(`Item 1. ${DEBATE} is over with 3 registered delegates not yet heard`);
    expect(shortcuts.list.some((s) => s.keys === 'Alt+T')).toBe(true);
  });
});
