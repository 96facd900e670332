/**
 * The Speakers view's undo on an item other than the one whose queue the step changed: in place of
 * the Undo button, a line names the item to return to; Ctrl+Z and Ctrl+Y say the same and send
 * nothing. Back on that item, the button is there and takes the step back. State from the real engine.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { followEngine } from './follow-engine.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

// jsdom has no Web Animations: the queue's rows animate (flip) as one leaves it.
Element.prototype.getAnimations ??= () => [];

afterEach(() => {
  window.removeEventListener('keydown', shortcuts.handle);
});

/** The budget debate with Nguyễn Thị Hằng registered on it, the view then moved to the next debate. */
function registeredElsewhere() {
  const { engine, clock, db } = newEngine();
  seedBasics(engine);
  ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' });
  const budget = ok(engine, 'agenda.add', { title: 'Thảo luận dự toán ngân sách năm 2027', kind: 'discussion' }).id;
  const debate = ok(engine, 'agenda.add', { title: 'Thảo luận kinh tế - xã hội', kind: 'discussion' }).id;
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 12 }).id;
  ok(engine, 'speaker.focus', { agendaItemId: budget });
  ok(engine, 'speaker.request', { delegateId: hang });
  ok(engine, 'speaker.focus', { agendaItemId: debate });
  const props = followEngine(engine);
  vi.spyOn(live, 'now').mockReturnValue(clock());
  vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload, { actor: 'chair', lang: i18n.lang }) as never);
  mount(SpeakersView, { target: document.body, props });
  window.addEventListener('keydown', shortcuts.handle);
  flushSync();
  const queued = () => db.prepare("SELECT count(*) FROM speech WHERE agenda_item_id = ? AND status = 'queued'").pluck().get(budget);
  return { engine, budget, debate, queued };
}

const undoButton = () => [...document.querySelectorAll('button')].find((b) => /^(Hoàn tác|Undo):/.test(b.textContent ?? ''));
const undoThere = () => document.querySelector('[data-testid=undo-there]')?.textContent;
const sent = (type: string) => vi.mocked(live.send).mock.calls.filter(([t]) => t === type).length;
const key = (k: string) => {
  window.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: `Key${k.toUpperCase()}`, ctrlKey: true, bubbles: true, cancelable: true }));
  flushSync();
};

describe('the Speakers view’s undo of a step on another item', () => {
  it('names the item to return to instead of offering the step, Ctrl+Z and Ctrl+Y send nothing; back there, both work', async () => {
    i18n.set('en');
    const { engine, budget, debate, queued } = registeredElsewhere();
    const there = 'To undo “registration (Nguyễn Thị Hằng)”, return to item 2. Thảo luận dự toán ngân sách năm 2027.';
    expect(undoButton()).toBeUndefined();
    expect(undoThere()).toBe(there);
    key('z');
    expect(toast.text).toBe(there);
    expect(sent('undo')).toBe(0);
    expect(document.querySelector('section p[role=alert]')).toBeNull();
    expect(queued()).toBe(1);

    // Back on the budget: the button names the step, Ctrl+Z takes it back.
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    flushSync();
    expect(undoThere()).toBeUndefined();
    expect(undoButton()!.textContent).toMatch(/^Undo: registration/);
    key('z');
    await vi.waitFor(() => expect(queued()).toBe(0));
    expect(toast.text).toBe('Undone: registration (Nguyễn Thị Hằng)');

    // Redo from the debate: Ctrl+Y says where, and sends nothing; on the budget it registers her again.
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    flushSync();
    expect(toast.action?.shown?.()).toBe(false);
    key('y');
    expect(toast.text).toBe('To redo “registration (Nguyễn Thị Hằng)”, return to item 2. Thảo luận dự toán ngân sách năm 2027.');
    expect(sent('redo')).toBe(0);
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    flushSync();
    key('y');
    await vi.waitFor(() => expect(queued()).toBe(1));
    expect(toast.text).toBe('Redone: registration (Nguyễn Thị Hằng)');
  });

  it('leaves the chair’s step greyed on a secretary’s console, with no line to follow', () => {
    i18n.set('en');
    live.role = 'secretary';
    try {
      registeredElsewhere();
      expect(undoThere()).toBeUndefined();
      // The step is the chair's: hers to undo are her own (secretary-queue-undo.svelte.test.ts).
      expect(undoButton()!.disabled).toBe(true);
    } finally {
      live.role = 'chair';
    }
  });

  it('says where in Vietnamese, on the line and with Ctrl+Z', () => {
    i18n.set('vi');
    const { queued } = registeredElsewhere();
    const there = 'Để hoàn tác «đăng ký (Nguyễn Thị Hằng)», hãy chuyển về mục 2. Thảo luận dự toán ngân sách năm 2027.';
    expect(undoButton()).toBeUndefined();
    expect(undoThere()).toBe(there);
    key('z');
    expect(toast.text).toBe(there);
    expect(sent('undo')).toBe(0);
    expect(queued()).toBe(1);
  });
});

/**
 * On a third item, the undo of a call made from another item's queue (the rostrum changed, so it
 * is offered from every item) says where the person goes back, on a line and in its words.
 */
describe('the Speakers view’s undo of a call from another item’s queue', () => {
  function calledFromBudget() {
    const { engine, clock } = newEngine();
    seedBasics(engine);
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' }).id;
    const budget = ok(engine, 'agenda.add', { title: 'Thảo luận dự toán ngân sách năm 2027', kind: 'discussion' }).id;
    const debate = ok(engine, 'agenda.add', { title: 'Thảo luận kinh tế - xã hội', kind: 'discussion' }).id;
    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 12 }).id;
    const viet = ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 7 }).id;
    ok(engine, 'speaker.focus', { agendaItemId: report });
    ok(engine, 'speaker.request', { delegateId: viet });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.start');
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    ok(engine, 'speaker.request', { delegateId: hang });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    const props = followEngine(engine);
    vi.spyOn(live, 'now').mockReturnValue(clock());
    vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload, { actor: 'chair', lang: i18n.lang }) as never);
    mount(SpeakersView, { target: document.body, props });
    window.addEventListener('keydown', shortcuts.handle);
    flushSync();
    return { engine, budget, hang };
  }
  const undoBack = () => document.querySelector('[data-testid=undo-back]')?.textContent;

  it('names the queue on a line and in the button’s words, in both languages; Ctrl+Z puts the person back there', async () => {
    i18n.set('en');
    const { engine, budget, hang } = calledFromBudget();
    expect(undoBack()).toBe('Undo puts Nguyễn Thị Hằng back in the speaker queue of item 2. Thảo luận dự toán ngân sách năm 2027.');
    expect(undoButton()!.getAttribute('title')).toBe('Undo: next speaker (Nguyễn Thị Hằng), back to the queue of item 2. Thảo luận dự toán ngân sách năm 2027');
    i18n.set('vi');
    flushSync();
    expect(undoBack()).toBe('Hoàn tác sẽ đưa Nguyễn Thị Hằng trở lại danh sách chờ phát biểu của mục 2. Thảo luận dự toán ngân sách năm 2027.');
    key('z');
    await vi.waitFor(() => expect(engine.current.speakers.current?.delegateId).not.toBe(hang));
    expect(engine.db.prepare("SELECT delegate_id FROM speech WHERE agenda_item_id = ? AND status = 'queued'").pluck().all(budget)).toEqual([hang]);
    await vi.waitFor(() => expect(toast.text).toBe('Đã hoàn tác: mời người tiếp theo (Nguyễn Thị Hằng), trở lại danh sách chờ của mục 2. Thảo luận dự toán ngân sách năm 2027'));
    flushSync();
    expect(undoBack()).toBeUndefined();
  });
});

/**
 * `n` on an item while someone called from another item's queue stands at the rostrum, not yet
 * speaking: the engine puts them back at the front of that queue, out of sight here. A line says where.
 */
describe('the Speakers view after closing a call from another item’s queue', () => {
  function calledThenNext() {
    const { engine, clock } = newEngine();
    seedBasics(engine);
    ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' });
    const budget = ok(engine, 'agenda.add', { title: 'Thảo luận dự toán ngân sách năm 2027', kind: 'discussion' }).id;
    const debate = ok(engine, 'agenda.add', { title: 'Thảo luận kinh tế - xã hội', kind: 'discussion' }).id;
    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 12 }).id;
    const viet = ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 7 }).id;
    ok(engine, 'speaker.focus', { agendaItemId: budget });
    ok(engine, 'speaker.request', { delegateId: hang });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.focus', { agendaItemId: debate });
    ok(engine, 'speaker.request', { delegateId: viet });
    const props = followEngine(engine);
    vi.spyOn(live, 'now').mockReturnValue(clock());
    vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload, { actor: 'chair', lang: i18n.lang }) as never);
    mount(SpeakersView, { target: document.body, props });
    window.addEventListener('keydown', shortcuts.handle);
    flushSync();
    return { engine, budget, hang, viet };
  }
  const wentBack = () => document.querySelector('[data-testid=went-back]')?.textContent;
  const press = (k: string) => {
    window.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: `Key${k.toUpperCase()}`, bubbles: true, cancelable: true }));
    flushSync();
  };

  it('says with `n` where the person called went back to, in both languages, until the next step', async () => {
    i18n.set('vi');
    const { engine, budget, hang, viet } = calledThenNext();
    expect(wentBack()).toBeUndefined();
    press('n');
    await vi.waitFor(() => expect(engine.current.speakers.current?.delegateId).toBe(viet));
    expect(engine.db.prepare("SELECT delegate_id FROM speech WHERE agenda_item_id = ? AND status = 'queued'").pluck().all(budget)).toEqual([hang]);
    await vi.waitFor(() => {
      flushSync();
      expect(wentBack()).toBeDefined();
    });
    expect(wentBack()).toBe('Nguyễn Thị Hằng chưa phát biểu, đã trở lại danh sách chờ phát biểu của mục 2. Thảo luận dự toán ngân sách năm 2027.');
    expect(document.querySelector('[data-testid=went-back]')?.getAttribute('role')).toBe('status');
    i18n.set('en');
    flushSync();
    expect(wentBack()).toBe('Nguyễn Thị Hằng had not spoken and is back in the speaker queue of item 2. Thảo luận dự toán ngân sách năm 2027.');
    // The next step on the floor replaces it.
    press(' ');
    await vi.waitFor(() => expect(engine.current.speakers.current?.startedAt).not.toBeNull());
    flushSync();
    expect(wentBack()).toBeUndefined();
  });
});
