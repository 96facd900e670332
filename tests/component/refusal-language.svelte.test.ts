/**
 * A refusal on screen follows the console's language: the engine's reply carries its sentence in
 * both languages (ReplyError.text) and the view words it when shown (src/lib/said.svelte.ts), so
 * a chair who switches to Vietnamese while "Nobody has the floor." is on screen reads it in
 * Vietnamese, and so do the console's own hints ("Nothing to undo"). Real engine, real view.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import LiveView from '../../src/features/timing/LiveView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { redo } from '../../src/lib/undo';
import { mountOnEngine } from './on-engine.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

Element.prototype.getAnimations ??= () => [];

afterEach(() => {
  toast.clear();
  i18n.set('en');
});

const alerts = () => [...document.querySelectorAll('[role=alert]')].map((a) => a.textContent?.trim());
const press = (key: string, init: KeyboardEventInit = {}) => {
  window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  flushSync();
};
const settle = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
  flushSync();
};

function debate() {
  const ctx = newEngine();
  seedBasics(ctx.engine);
  const item = ok(ctx.engine, 'agenda.add', { title: 'Thảo luận dự toán ngân sách năm 2027', kind: 'discussion' }).id;
  ok(ctx.engine, 'speaker.focus', { agendaItemId: item });
  return { ...ctx, item };
}

describe('a refusal on screen follows the console’s language', () => {
  it('the engine’s refusal, shown in English, reads in Vietnamese once the console switches, and back', async () => {
    i18n.set('en');
    const { engine } = debate();
    mountOnEngine(engine, SpeakersView);
    vi.spyOn(live, 'now').mockReturnValue(engine.clock());
    // `f` with nobody at the rostrum: the engine refuses (`n` on an empty queue is the console's own word now).
    press('f');
    await settle();
    expect(alerts()).toContain('Nobody has the floor.');
    i18n.set('vi');
    flushSync();
    expect(alerts()).toContain('Chưa có người đang phát biểu.');
    expect(alerts()).not.toContain('Nobody has the floor.');
    i18n.set('en');
    flushSync();
    expect(alerts()).toContain('Nobody has the floor.');
  });

  it('the console’s own hint follows too', async () => {
    i18n.set('vi');
    const { engine } = debate();
    mountOnEngine(engine, LiveView);
    press('z', { ctrlKey: true, code: 'KeyZ' });
    await settle();
    expect(alerts()).toContain('Không có gì để hoàn tác');
    i18n.set('en');
    flushSync();
    expect(alerts()).toContain('Nothing to undo');
  });

  it('a refused redo’s toast follows too', async () => {
    i18n.set('en');
    const { engine } = debate();
    mountOnEngine(engine, SpeakersView);
    const reply = await redo('queue', '');
    expect(reply.ok).toBe(false);
    const shown = toast.message;
    expect(typeof shown).toBe('object');
    expect(shown).toEqual({ en: expect.any(String), vi: expect.any(String) });
    expect((shown as Record<string, string>).vi).not.toBe((shown as Record<string, string>).en);
  });
});
