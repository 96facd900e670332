/**
 * A toast is a sentence like any other the console shows: switching the language while it is up
 * switches it too (said.svelte.ts). "Đã lưu bien-ban-ky-hop-11.docx" stayed in Vietnamese after a
 * switch to English, because the view worded it once, with t(), when it was shown.
 */
import { flushSync, tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import App from '../../src/App.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { newEngine, ok } from '../unit/helpers';
import { stateFrom } from './on-engine.svelte';

afterEach(() => {
  vi.restoreAllMocks();
  toast.clear();
  live.connected = false;
  document.body.innerHTML = '';
});

const shown = () => document.querySelector('.toast')?.textContent?.trim() ?? '';

describe('a toast and a language switch', () => {
  it.each(['vi', 'en'] as const)('the minutes’ download toast, shown in %s, follows the switch to the other language and back', async (first) => {
    i18n.set(first);
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
    ok(engine, 'session.create', { number: 11, term: 16, kind: 'regular', title: 'Cuối năm', startDate: '2026-12-08', endDate: '2026-12-09' });
    history.replaceState(null, '', '#minutes');
    live.state = stateFrom(engine);
    live.connected = true;
    const save = vi.spyOn(live, 'saveReport').mockResolvedValue({ ok: true, name: 'bien-ban-ky-hop-11.docx' });
    mount(App, { target: document.body });
    flushSync();
    const button = [...document.querySelectorAll<HTMLButtonElement>('main button')].find((b) => b.textContent?.trim().startsWith(first === 'vi' ? 'Tải tệp .docx' : 'Download .docx'))!;
    await vi.waitFor(() => expect(button.disabled).toBe(false));
    button.click();
    await vi.waitFor(() => expect(save).toHaveBeenCalled());
    await tick();
    const vi_ = 'Đã lưu bien-ban-ky-hop-11.docx';
    const en = 'Saved bien-ban-ky-hop-11.docx';
    expect(shown()).toBe(first === 'vi' ? vi_ : en);
    i18n.set(first === 'vi' ? 'en' : 'vi');
    flushSync();
    expect(shown()).toBe(first === 'vi' ? en : vi_);
    i18n.set(first);
    flushSync();
    expect(shown()).toBe(first === 'vi' ? vi_ : en);
  });
});
