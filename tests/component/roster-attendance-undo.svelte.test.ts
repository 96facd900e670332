/**
 * Undo on the roster and the roll call: the button names the step (the person removed, the
 * person and the mark), a click or Ctrl+Z takes it back, a refusal says why, and Ctrl+Z typed
 * in a box with text in it stays the box's own text undo. State from the real engine.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import RosterView from '../../src/features/roster/RosterView.svelte';
import AttendanceView from '../../src/features/attendance/AttendanceView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { followEngine } from './follow-engine.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { said } from '../../src/lib/said.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { toastSwitches } from './toast-lang';

/** A view over the real engine, its `data` following every command as the console's does. */
function over(view: typeof RosterView | typeof AttendanceView) {
  const { engine, clock, db } = newEngine();
  seedBasics(engine);
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 12 }).id;
  ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 14 });
  const props = followEngine(engine);
  vi.spyOn(live, 'now').mockReturnValue(clock());
  vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload, { actor: 'chair', lang: i18n.lang }) as never);
  mount(view, { target: document.body, props });
  window.addEventListener('keydown', shortcuts.handle);
  flushSync();
  return { engine, db, hang };
}

/** A control's accessible name: its text without what is hidden from screen readers (the key shown). */
function accessibleName(el: HTMLElement): string {
  const copy = el.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return copy.textContent!.trim();
}
const undoButton = () => [...document.querySelectorAll('button')].find((b) => /^(Hoàn tác|Undo):/.test(b.textContent ?? ''));
const ctrlZ = (target: EventTarget = window) => {
  const e = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
  target.dispatchEvent(e);
  return e;
};

describe('undo on the roster', () => {
  it('names the person removed, and Ctrl+Z brings them back', async () => {
    i18n.set('vi');
    const { engine, hang } = over(RosterView);
    ok(engine, 'delegate.remove', { id: hang });
    flushSync();
    expect(accessibleName(undoButton()!)).toBe('Hoàn tác: xóa đại biểu Nguyễn Thị Hằng');
    ctrlZ();
    await vi.waitFor(() => expect(engine.current.delegates.map((d) => d.fullName)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']));
    flushSync();
    expect(toast.text).toBe('Đã hoàn tác: xóa đại biểu Nguyễn Thị Hằng');
    toastSwitches({ vi: 'Đã hoàn tác: xóa đại biểu Nguyễn Thị Hằng', en: 'Undone: removing Nguyễn Thị Hằng' }, { vi: 'Làm lại', en: 'Redo' });
    expect(accessibleName(undoButton()!)).toBe('Hoàn tác: thêm đại biểu Đặng Quốc Việt');
  });

  it('leaves Ctrl+Z typed in a box of the form to the box', () => {
    i18n.set('en');
    const { engine } = over(RosterView);
    const name = document.querySelector<HTMLInputElement>('input[name=fullName]')!;
    name.focus();
    const e = ctrlZ(name);
    expect(e.defaultPrevented).toBe(false);
    expect(engine.current.delegates).toHaveLength(2);
  });

  it('says why a person since asked to speak cannot be taken off again, changing nothing', async () => {
    i18n.set('en');
    const { engine } = over(RosterView);
    ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion' });
    const an = ok(engine, 'delegate.add', { fullName: 'Võ Thành An', seatNumber: 3 }).id;
    ok(engine, 'speaker.request', { delegateId: an });
    flushSync();
    expect(accessibleName(undoButton()!)).toBe('Undo: adding Võ Thành An');
    undoButton()!.click();
    await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toMatch(/^This can no longer be undone: what it made has since been used by later work/));
    expect(engine.current.delegates).toHaveLength(3);
  });
});

describe('redo on the roster', () => {
  const press = (init: KeyboardEventInit) => window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ctrlKey: true, ...init }));
  const names = (engine: ReturnType<typeof over>['engine']) => engine.current.delegates.map((d) => d.fullName);

  it('offers Redo in the undo’s toast, and Ctrl+Y or Ctrl+Shift+Z does it again', async () => {
    i18n.set('vi');
    const { engine, hang } = over(RosterView);
    ok(engine, 'delegate.remove', { id: hang });
    ctrlZ();
    await vi.waitFor(() => expect(names(engine)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']));
    expect(said(toast.action?.label)).toBe('Làm lại');
    // The toast's button: the removal the undo took back is done again.
    toast.act();
    await vi.waitFor(() => expect(names(engine)).toEqual(['Đặng Quốc Việt']));
    expect(toast.text).toBe('Đã làm lại: xóa đại biểu Nguyễn Thị Hằng');
    toastSwitches({ vi: 'Đã làm lại: xóa đại biểu Nguyễn Thị Hằng', en: 'Redone: removing Nguyễn Thị Hằng' });
    // Ctrl+Shift+Z is redo, never a second Ctrl+Z.
    ctrlZ();
    await vi.waitFor(() => expect(names(engine)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']));
    press({ key: 'Z', code: 'KeyZ', shiftKey: true });
    await vi.waitFor(() => expect(names(engine)).toEqual(['Đặng Quốc Việt']));
    ctrlZ();
    await vi.waitFor(() => expect(names(engine)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']));
    press({ key: 'y', code: 'KeyY' });
    await vi.waitFor(() => expect(names(engine)).toEqual(['Đặng Quốc Việt']));
    expect(toast.text).toBe('Đã làm lại: xóa đại biểu Nguyễn Thị Hằng');
  });

  it('says so when there is nothing to redo, changing nothing', async () => {
    i18n.set('en');
    const { engine } = over(RosterView);
    press({ key: 'y', code: 'KeyY' });
    await vi.waitFor(() => expect(said(toast.message)).toBe('There is nothing to redo: only what was undone since the last new action can be done again.'));
    expect(names(engine)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);
  });
});

describe('undo in the roll call', () => {
  function marking() {
    const env = over(AttendanceView);
    ok(env.engine, 'attendance.open', { label: '2026-12-08 sáng' });
    flushSync();
    return env;
  }
  const seatBox = () => document.querySelector<HTMLInputElement>('.seat-box')!;
  const type = (box: HTMLInputElement, key: string) => box.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

  it('names the person and the mark, and Ctrl+Z in the emptied seat box takes it back', async () => {
    i18n.set('vi');
    const { engine } = marking();
    const box = seatBox();
    box.focus();
    box.value = '12';
    box.dispatchEvent(new Event('input'));
    type(box, 'a');
    await vi.waitFor(() => expect(engine.current.attendance.marks).toHaveLength(1));
    flushSync();
    expect(box.value).toBe('');
    expect(accessibleName(undoButton()!)).toBe('Hoàn tác: điểm danh Nguyễn Thị Hằng vắng không có lý do');
    expect(ctrlZ(box).defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(engine.current.attendance.marks).toEqual([]));
  });

  it('leaves Ctrl+Z to the seat box once something was typed in it since the last mark', async () => {
    i18n.set('en');
    const { engine, hang } = marking();
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'excused' });
    flushSync();
    expect(accessibleName(undoButton()!)).toBe('Undo: Nguyễn Thị Hằng marked absent with leave');
    const box = seatBox();
    box.focus();
    box.value = '14';
    box.dispatchEvent(new Event('input'));
    flushSync();
    expect(ctrlZ(box).defaultPrevented).toBe(false);
    // Typed and rubbed out: Ctrl+Z brings the typing back, it does not take back a mark.
    box.value = '';
    box.dispatchEvent(new Event('input'));
    flushSync();
    expect(ctrlZ(box).defaultPrevented).toBe(false);
    await new Promise((r) => setTimeout(r, 20));
    expect(engine.current.attendance.marks).toHaveLength(1);
    // Outside a box, the console's Ctrl+Z.
    box.blur();
    ctrlZ();
    await vi.waitFor(() => expect(engine.current.attendance.marks).toEqual([]));
  });

  const undoThere = () => document.querySelector('[data-testid=undo-there]')?.textContent;
  const sent = (type: string) => vi.mocked(live.send).mock.calls.filter(([t]) => t === type).length;
  const pressY = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', code: 'KeyY', ctrlKey: true, bubbles: true, cancelable: true }));

  it('in another roll call, offers no undo of the mark left behind but says where it is taken back; back there, offers it and takes it back, and redo alike', async () => {
    i18n.set('en');
    const { engine, db, hang } = marking();
    const morning = engine.current.attendance.currentId!;
    const morningMarks = () => db.prepare('SELECT status FROM attendance WHERE roll_call_id = ?').pluck().all(morning);
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'absent' });
    const afternoon = ok(engine, 'attendance.open', { label: '2026-12-08 chiều' }).id;
    flushSync();
    expect(undoButton()).toBeUndefined();
    expect(undoThere()).toBe('To undo “Nguyễn Thị Hằng marked absent without leave”, return to the roll call of Morning, 8 Dec 2026.');
    // Ctrl+Z says the same, and sends nothing the engine would refuse.
    ctrlZ();
    flushSync();
    expect(toast.text).toBe('To undo “Nguyễn Thị Hằng marked absent without leave”, return to the roll call of Morning, 8 Dec 2026.');
    expect(sent('undo')).toBe(0);
    expect(document.querySelector('[role=alert]')).toBeNull();
    expect(morningMarks()).toEqual(['absent']);

    // Back in the morning's roll call: offered as usual, and taken back.
    ok(engine, 'attendance.select', { id: morning });
    flushSync();
    expect(undoThere()).toBeUndefined();
    expect(accessibleName(undoButton()!)).toBe('Undo: Nguyễn Thị Hằng marked absent without leave');
    undoButton()!.click();
    await vi.waitFor(() => expect(morningMarks()).toEqual([]));
    expect(toast.text).toBe('Undone: Nguyễn Thị Hằng marked absent without leave');
    toastSwitches({ vi: 'Đã hoàn tác: điểm danh Nguyễn Thị Hằng vắng không có lý do', en: 'Undone: Nguyễn Thị Hằng marked absent without leave' }, { vi: 'Làm lại', en: 'Redo' });
    expect(toast.action?.shown?.()).toBe(true);

    // Redo: the toast's button goes once the afternoon's roll call is current, Ctrl+Y says where.
    ok(engine, 'attendance.select', { id: afternoon });
    flushSync();
    expect(toast.action?.shown?.()).toBe(false);
    toast.act();
    pressY();
    flushSync();
    expect(toast.text).toBe('To redo “Nguyễn Thị Hằng marked absent without leave”, return to the roll call of Morning, 8 Dec 2026.');
    expect(sent('redo')).toBe(0);
    ok(engine, 'attendance.select', { id: morning });
    flushSync();
    pressY();
    await vi.waitFor(() => expect(morningMarks()).toEqual(['absent']));
    expect(toast.text).toBe('Redone: Nguyễn Thị Hằng marked absent without leave');
  });

  it('says where in Vietnamese, under the entry and with Ctrl+Z', () => {
    i18n.set('vi');
    const { engine, hang } = marking();
    ok(engine, 'attendance.mark', { delegateId: hang, status: 'excused' });
    ok(engine, 'attendance.open', { label: '2026-12-08 chiều' });
    flushSync();
    const there = 'Để hoàn tác «điểm danh Nguyễn Thị Hằng vắng có lý do», hãy quay lại điểm danh phiên buổi sáng 08/12/2026.';
    expect(undoButton()).toBeUndefined();
    expect(undoThere()).toBe(there);
    ctrlZ();
    expect(toast.text).toBe(there);
    toastSwitches({ vi: there, en: 'To undo “Nguyễn Thị Hằng marked absent with leave”, return to the roll call of Morning, 8 Dec 2026.' });
    expect(sent('undo')).toBe(0);
  });
});
