/**
 * The hall's message and the broadcast caption are kept by two consoles: what one of them
 * publishes shows in the other's box, unless that box holds typing not yet sent.
 */
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mount } from './mount';
import HallView from '../../src/features/hall/HallView.svelte';
import OverlayControls from '../../src/features/hall/OverlayControls.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { Engine } from '../../electron/engine/engine';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { followEngine } from './follow-engine.svelte';

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
});
