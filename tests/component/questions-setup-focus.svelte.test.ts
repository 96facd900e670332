/**
 * The Questions view's setup ("Người trả lời và nhóm vấn đề") and the keyboard: open with nobody to
 * question, the keyboard lands in it; opened by its toggle, the keyboard goes into it (it stayed
 * on the toggle, the panel out of sight below the live panels); closed, the toggle says so.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import QuestionsView from '../../src/features/questions/QuestionsView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the setup of the questioning and the keyboard', () => {
  it('opened by its toggle, takes the keyboard into its first field; with nobody to question, that field is where the view lands', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Lê Thanh Phong', title: 'Giám đốc Sở Nông nghiệp và Môi trường', voting: false });
    mountOnEngine(engine, QuestionsView);
    const toggle = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Người trả lời và nhóm vấn đề')!;
    const official = () => document.querySelector<HTMLSelectElement>('#questions-setup select[aria-label="Người trong danh sách"]');
    // Open at first, nobody to question yet: its first field is the view's landing (App focuses [data-lands]).
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(toggle.getAttribute('aria-controls')).toBe('questions-setup');
    expect(official()?.hasAttribute('data-lands')).toBe(true);
    // Closed by the toggle: the keyboard stays on it, and it says closed.
    toggle.focus();
    toggle.click();
    flushSync();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('#questions-setup')).toBeNull();
    expect(document.activeElement).toBe(toggle);
    // Opened again: the keyboard goes to its first field.
    toggle.click();
    await vi.waitFor(() => expect(document.activeElement).toBe(official()));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
  });

  it('with someone to question, starts closed and lands nowhere in it', () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    const phong = ok(engine, 'delegate.add', { fullName: 'Lê Thanh Phong', voting: false }).id;
    ok(engine, 'respondent.add', { delegateId: phong });
    mountOnEngine(engine, QuestionsView);
    const toggle = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Respondents and topics')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelector('main [data-lands], [data-lands]')).toBeNull();
  });
});
