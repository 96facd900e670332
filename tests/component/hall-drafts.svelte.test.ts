/**
 * The hall's message and the broadcast caption are kept by two consoles: what one of them
 * publishes shows in the other's box, unless that box holds typing not yet sent.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import HallView from '../../src/features/hall/HallView.svelte';
import OverlayControls from '../../src/features/hall/OverlayControls.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { Engine } from '../../electron/engine/engine';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { followEngine } from './follow-engine.svelte';
import { mountOnEngine, stateFrom } from './on-engine.svelte';

/** A command from the secretary's console, as the engine runs it for a paired laptop. */
function secretary(engine: Engine, type: 'overlay.set' | 'hall.setMessage', payload: object) {
  const reply = engine.run(type, payload as never, { actor: 'Thư ký - laptop 2', lang: 'vi', role: 'secretary' });
  expect(reply).toMatchObject({ ok: true });
  flushSync();
}

function typeInto(box: HTMLInputElement | HTMLTextAreaElement, text: string) {
  box.value = text;
  box.dispatchEvent(new Event('input'));
  flushSync();
}

describe('two consoles, one caption and one hall message', () => {
  it('the chair’s caption box shows the caption the secretary set, and keeps what the chair is typing', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'overlay.set', { visible: true, caption: 'Trực tiếp từ hội trường' });
    i18n.set('vi');
    mount(OverlayControls, { target: document.body, props: followEngine(engine) });
    flushSync();
    const box = document.querySelector<HTMLInputElement>('input[aria-describedby=overlay-caption-left]')!;
    expect(box.value).toBe('Trực tiếp từ hội trường');

    secretary(engine, 'overlay.set', { caption: 'Kỳ họp thứ 11, HĐND huyện Lương Sơn khóa IV' });
    expect(box.value).toBe('Kỳ họp thứ 11, HĐND huyện Lương Sơn khóa IV');
    expect(document.getElementById('overlay-caption-left')!.textContent).toBe(`Còn ${120 - box.value.length}/120 ký tự`);

    // Typing not yet set stays when another caption is published meanwhile.
    typeInto(box, 'Phiên chất vấn');
    secretary(engine, 'overlay.set', { caption: 'Giải lao 15 phút' });
    expect(box.value).toBe('Phiên chất vấn');
  });

  it('the chair’s message box shows the message the secretary put on the hall while nothing is typed in it', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    i18n.set('vi');
    mount(HallView, { target: document.body, props: followEngine(engine) });
    flushSync();
    const box = document.querySelector('textarea')!;
    expect(box.value).toBe('');

    secretary(engine, 'hall.setMessage', { message: 'Đề nghị các vị đại biểu về chỗ ngồi', countdownMinutes: 0 });
    expect(box.value).toBe('Đề nghị các vị đại biểu về chỗ ngồi');

    typeInto(box, 'Giải lao 15 phút');
    secretary(engine, 'hall.setMessage', { message: 'Đề nghị tắt chuông điện thoại', countdownMinutes: 0 });
    expect(box.value).toBe('Giải lao 15 phút');
  });

  it('the countdown box shows the minutes of the countdown the hall runs, and showing a corrected message keeps its clock', () => {
    const { engine, clock } = newEngine();
    seedBasics(engine);
    i18n.set('vi');
    // Set on the secretary's console before this one (re)loaded: the form reads what the hall shows.
    secretary(engine, 'hall.setMessage', { message: 'Giải lao 15 phút', countdownMinutes: 15 });
    const { props } = mountOnEngine(engine, HallView);
    const box = document.querySelector<HTMLInputElement>('input[type=number]')!;
    const text = document.querySelector('textarea')!;
    expect([text.value, box.valueAsNumber]).toEqual(['Giải lao 15 phút', 15]);

    // Another countdown from the other console while this form is open: the box follows.
    clock.advance(60_000);
    secretary(engine, 'hall.setMessage', { message: 'Giải lao 20 phút', countdownMinutes: 20 });
    props.data = stateFrom(engine);
    flushSync();
    expect([text.value, box.valueAsNumber]).toEqual(['Giải lao 20 phút', 20]);
    const running = engine.current.hall.countdown;

    // The chair corrects the message and shows it (Ctrl+Enter as the button): the break's clock runs on.
    clock.advance(5 * 60_000);
    typeInto(text, 'Giải lao 20 phút. Mời các vị đại biểu dùng trà');
    document.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    flushSync();
    expect(engine.current.hall).toMatchObject({ message: 'Giải lao 20 phút. Mời các vị đại biểu dùng trà', countdown: running });

    // Other minutes start a new countdown now; the restart button starts the same minutes again.
    typeInto(box, '10');
    document.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    flushSync();
    expect(engine.current.hall.countdown).toEqual({ startedAt: clock(), accumulatedMs: 0, limitMs: 10 * 60_000 });
    clock.advance(60_000);
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Đếm ngược lại từ đầu')!.click();
    flushSync();
    expect(engine.current.hall.countdown).toEqual({ startedAt: clock(), accumulatedMs: 0, limitMs: 10 * 60_000 });

    // Bad minutes sent by the shortcut (the form's own check stops the button) are refused with a sentence; the countdown runs on.
    const before = engine.current.hall;
    typeInto(box, '181');
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    flushSync();
    expect(engine.current.hall).toEqual(before);
    return vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toBe('Đếm ngược (phút) không được quá 180.'));
  });
});
