import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import NoteField from '../../src/lib/NoteField.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { followEngine, stateOf } from './follow-engine.svelte';
import { discussionUnderWay, newEngine, ok, seedBasics } from '../unit/helpers';
import SpeechNote from '../../src/features/record/SpeechNote.svelte';
import { words } from '../../src/lib/said.svelte';
import { toastSwitches } from './toast-lang';

afterEach(() => {
  vi.useRealTimers();
});

describe('a note typed while the connection is down', () => {
  it('is sent by itself once the console is connected again', async () => {
    vi.useFakeTimers();
    i18n.set('vi');
    live.connected = true;
    const offline = { ok: false, error: { code: 'internal', message: 'Chưa kết nối được nên lệnh chưa được gửi.' } };
    const send = vi.spyOn(live, 'send').mockResolvedValueOnce(offline as never).mockResolvedValue({ ok: true, value: null, revision: 9 } as never);
    mount(NoteField, { target: document.body, props: { subject: 'item', id: 3, label: 'Tóm tắt' } });
    flushSync();
    const field = document.querySelector('textarea')!;
    live.connected = false;
    flushSync();
    field.value = 'Báo cáo nêu 3 nhóm giải pháp trọng tâm';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(1500);
    flushSync();
    expect(send).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.err')?.textContent).toBe('Chưa kết nối được nên lệnh chưa được gửi.');

    // Back: the note goes, without another key pressed.
    live.connected = true;
    flushSync();
    await vi.advanceTimersByTimeAsync(0);
    flushSync();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith('note.set', { subject: 'item', id: 3, note: 'Báo cáo nêu 3 nhóm giải pháp trọng tâm' });
    expect(document.querySelector('.err')).toBeNull();
  });
});

describe('undo of a saved note', () => {
  /** The field over the real engine, the console's state following every command. */
  function noteOnItem() {
    const { engine, clock } = newEngine();
    seedBasics(engine);
    const item = ok(engine, 'agenda.add', { title: 'Báo cáo kết quả giám sát', kind: 'report' }).id;
    live.state = stateOf(engine);
    engine.subscribe(() => (live.state = stateOf(engine)));
    vi.spyOn(live, 'now').mockReturnValue(clock());
    vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload, { actor: 'chair', lang: i18n.lang }) as never);
    mount(NoteField, { target: document.body, props: { subject: 'item', id: item, label: words('rec.noteOnItem', { title: 'Báo cáo kết quả giám sát' }) } });
    flushSync();
    return { engine, clock, item };
  }
  const undoButton = () => document.querySelector<HTMLButtonElement>('button.undo');

  it('gives back a note cleared by mistake, from the button beside it', async () => {
    i18n.set('vi');
    const { engine, clock, item } = noteOnItem();
    ok(engine, 'note.set', { subject: 'item', id: item, note: 'Đại biểu thống nhất với báo cáo.' });
    clock.advance(5 * 60_000);
    ok(engine, 'note.set', { subject: 'item', id: item, note: '' });
    flushSync();
    expect(document.querySelector('textarea')!.value).toBe('');
    const button = undoButton()!;
    expect(button.getAttribute('aria-label')).toBe('Hoàn tác lần sửa tóm tắt: Tóm tắt mục Báo cáo kết quả giám sát');
    expect(button.textContent).toBe('Hoàn tác lần sửa tóm tắt');
    button.click();
    await vi.waitFor(() => expect(engine.current.record?.notes.item[item]).toBe('Đại biểu thống nhất với báo cáo.'));
    flushSync();
    expect(document.querySelector('textarea')!.value).toBe('Đại biểu thống nhất với báo cáo.');
    // The toast names the note as the field does, in the language the console speaks now.
    toastSwitches({ vi: 'Đã hoàn tác: lần sửa «Tóm tắt mục Báo cáo kết quả giám sát»', en: 'Undone: the change to “Note on the item Báo cáo kết quả giám sát”' });
  });

  it('is not offered for another note, nor while an edit is typed and unsaved; Ctrl+Z in the field stays the text’s', () => {
    i18n.set('en');
    const { engine, item } = noteOnItem();
    const other = ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion' }).id;
    ok(engine, 'note.set', { subject: 'item', id: item, note: 'Ghi chú.' });
    flushSync();
    expect(undoButton()).not.toBeNull();
    const field = document.querySelector('textarea')!;
    field.focus();
    field.value = 'Ghi chú. Thêm';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(undoButton()).toBeNull();
    const key = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true, cancelable: true });
    field.dispatchEvent(key);
    expect(key.defaultPrevented).toBe(false);
    ok(engine, 'note.set', { subject: 'item', id: other, note: 'Mục khác.' });
    field.value = 'Ghi chú.';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    expect(undoButton()).toBeNull();
  });
});

describe('the note on the speech on the floor, while the chair moves on', () => {
  /** Nguyễn Thị Hằng speaking, Đặng Quốc Việt waiting; SpeechNote over the real engine. */
  function floor() {
    const { engine } = newEngine();
    seedBasics(engine);
    const [hang, viet] = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt'].map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
    discussionUnderWay(engine);
    const first = ok(engine, 'speaker.request', { delegateId: hang }).id;
    const second = ok(engine, 'speaker.request', { delegateId: viet }).id;
    ok(engine, 'speaker.next', {});
    ok(engine, 'speaker.start', {});
    const props = followEngine(engine);
    vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload, { actor: 'Thư ký - laptop 2', lang: i18n.lang, role: 'secretary' }) as never);
    mount(SpeechNote, { target: document.body, props });
    flushSync();
    /** Types into the first speaker's note, then the chair ends the speech and calls the next speaker before its save is due. */
    const typeWhileChairMovesOn = (text: string) => {
      const field = document.querySelector<HTMLTextAreaElement>(`textarea[data-note="speech-${first}"]`)!;
      field.focus();
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      ok(engine, 'speaker.finish', {});
      ok(engine, 'speaker.next', {});
      flushSync();
      return field;
    };
    return { first, second, notes: () => engine.current.record!.notes.speech, typeWhileChairMovesOn };
  }

  it('a gist typed for one speaker is saved to that speech, never to the next speaker called meanwhile', async () => {
    i18n.set('vi');
    const { first, second, notes, typeWhileChairMovesOn } = floor();
    typeWhileChairMovesOn('Đề nghị tăng cường kiểm tra, giám sát');
    await vi.waitFor(() => expect(notes()[first]).toBe('Đề nghị tăng cường kiểm tra, giám sát'), { timeout: 3000 });
    await new Promise((r) => setTimeout(r, 1500));
    expect(notes()[second]).toBeUndefined();
  });

  it('stays on the speech being written while the chair moves on, then follows the floor once left', async () => {
    i18n.set('vi');
    const { first, second, notes, typeWhileChairMovesOn } = floor();
    const field = typeWhileChairMovesOn('Đề nghị tăng cường');
    // The same field, still in her hands, saying whose speech it is: nothing of her sentence goes to the console's keys.
    expect(document.activeElement).toBe(field);
    expect(field.isConnected).toBe(true);
    expect(document.querySelector('[data-testid=floor-note-label]')?.textContent).toBe('Tóm tắt phát biểu của Nguyễn Thị Hằng');
    field.value = 'Đề nghị tăng cường kiểm tra, giám sát';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    // Esc leaves the field: saved to her speech, and the field follows the floor again.
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    flushSync();
    await vi.waitFor(() => expect(notes()[first]).toBe('Đề nghị tăng cường kiểm tra, giám sát'));
    await vi.waitFor(() => expect(document.querySelector(`textarea[data-note="speech-${second}"]`)).not.toBeNull());
    expect(document.querySelector('[data-testid=floor-note-label]')?.textContent).toBe('Tóm tắt phát biểu của Đặng Quốc Việt');
    expect(notes()[second]).toBeUndefined();
  });
});
