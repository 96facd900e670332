/**
 * ask() (src/lib/ask.ts): the console's one way to ask before a step, callable from plain code. The
 * question shows in the page beside the control acted on, in the console's language, the keyboard
 * on Cancel; Esc, Cancel, a click elsewhere or another question answer no, and the keyboard goes
 * back to the control; the step's own button answers yes.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { ask, withdraw } from '../../src/lib/ask';
import { i18n, t } from '../../src/lib/i18n.svelte';

const question = () => document.querySelector<HTMLElement>('[role=alertdialog]');
const buttons = () => [...question()!.querySelectorAll('button')];
const label = (b: Element | null) => b?.firstChild?.textContent?.trim();

/** A Remove button with the keyboard on it, as after a click, and the question it asks. */
function askFromButton() {
  const button = document.createElement('button');
  button.textContent = '✕';
  document.body.append(button);
  button.focus();
  const answer = ask(() => t('roster.confirmRemove', { name: 'Nguyễn Văn An' }), () => t('action.remove'), 'danger');
  flushSync();
  return { button, answer };
}

const key = (k: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));

describe('ask()', () => {
  it.each([
    ['en', 'Remove Nguyễn Văn An from the roster?', 'Remove', 'Cancel'],
    ['vi', 'Xóa Nguyễn Văn An khỏi danh sách?', 'Xóa', 'Hủy'],
  ] as const)('asks in the page in %s, named by its step, the keyboard on Cancel', async (lang, text, yes, cancel) => {
    i18n.set(lang);
    const { button, answer } = askFromButton();
    const q = question()!;
    expect(document.getElementById(q.getAttribute('aria-labelledby')!)!.textContent).toBe(text);
    expect(buttons().map(label)).toEqual([yes, cancel]);
    expect(label(document.activeElement)).toBe(cancel);
    // Beside the control acted on: it carries the question's anchor while asked, and only then.
    expect(button.style.getPropertyValue('anchor-name')).toBe('--gavel-ask');
    expect(q.closest('[data-ask]')!.classList.contains('anchored')).toBe(true);
    buttons()[0]!.click();
    await expect(answer).resolves.toBe(true);
    flushSync();
    await Promise.resolve();
    expect(question()).toBeNull();
    expect(button.style.getPropertyValue('anchor-name')).toBe('');
    expect(document.activeElement).toBe(button);
  });

  it('Esc answers no, and the keyboard is back on the control', async () => {
    i18n.set('en');
    const { button, answer } = askFromButton();
    key('Escape');
    await expect(answer).resolves.toBe(false);
    await Promise.resolve();
    expect(question()).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('Cancel answers no', async () => {
    i18n.set('en');
    const { answer } = askFromButton();
    buttons()[1]!.click();
    await expect(answer).resolves.toBe(false);
  });

  it('a click elsewhere in the page answers no, and leaves the keyboard where it went', async () => {
    i18n.set('en');
    const { answer } = askFromButton();
    const other = document.createElement('input');
    document.body.append(other);
    other.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    other.focus();
    await expect(answer).resolves.toBe(false);
    expect(document.activeElement).toBe(other);
  });

  it('a click inside the question does not answer it', async () => {
    i18n.set('en');
    const { answer } = askFromButton();
    question()!.querySelector('p')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    flushSync();
    expect(question()).not.toBeNull();
    withdraw();
    await expect(answer).resolves.toBe(false);
  });

  it('re-words on a language switch', () => {
    i18n.set('en');
    askFromButton();
    i18n.set('vi');
    flushSync();
    expect(question()!.querySelector('p')!.textContent).toBe('Xóa Nguyễn Văn An khỏi danh sách?');
    expect(buttons().map(label)).toEqual(['Xóa', 'Hủy']);
    withdraw();
  });

  it('one question at a time: asked again, the earlier one is answered no', async () => {
    i18n.set('en');
    const first = askFromButton().answer;
    const second = ask(() => t('agenda.confirmRemove', { title: 'Báo cáo' }), () => t('action.remove'), 'danger');
    flushSync();
    await expect(first).resolves.toBe(false);
    await Promise.resolve();
    expect(document.querySelectorAll('[role=alertdialog]')).toHaveLength(1);
    expect(question()!.textContent).toContain('Remove “Báo cáo” from the agenda?');
    withdraw();
    await expect(second).resolves.toBe(false);
  });

  it('with nothing focused (a key pressed on the page), shows at the top of the window', async () => {
    i18n.set('en');
    (document.activeElement as HTMLElement | null)?.blur();
    const answer = ask(() => t('roster.confirmRemove', { name: 'An' }), () => t('action.remove'), 'danger');
    flushSync();
    expect(question()!.closest('[data-ask]')!.classList.contains('anchored')).toBe(false);
    key('Escape');
    await expect(answer).resolves.toBe(false);
  });

  it('colours its step by the tone the caller chose: a removal red (danger), a harmless step the accent (primary)', async () => {
    i18n.set('en');
    const { answer } = askFromButton();
    expect(buttons()[0]!.className).toContain('danger');
    expect(buttons()[0]!.className).not.toContain('primary');
    // Cancel is neither: the safe choice never looks like the step.
    expect(buttons()[1]!.className).not.toMatch(/danger|primary/);
    const harmless = ask(() => t('session.confirmSwitch', { current: 'Kỳ họp thứ 11', name: 'Kỳ họp thứ 12' }), () => t('session.switch'), 'primary');
    flushSync();
    await expect(answer).resolves.toBe(false);
    expect(buttons()[0]!.className).toContain('primary');
    expect(buttons()[0]!.className).not.toContain('danger');
    // Either way the keyboard starts on Cancel, and Esc cancels.
    expect(label(document.activeElement)).toBe('Cancel');
    key('Escape');
    await expect(harmless).resolves.toBe(false);
  });

  it('a destructive question keeps the keyboard on Cancel: Enter there answers no', async () => {
    i18n.set('en');
    const { button, answer } = askFromButton();
    expect(buttons()[0]!.className).toContain('danger');
    expect(label(document.activeElement)).toBe('Cancel');
    // Enter on a focused button is its click, as the browser sends it.
    (document.activeElement as HTMLButtonElement).click();
    await expect(answer).resolves.toBe(false);
    await Promise.resolve();
    expect(document.activeElement).toBe(button);
  });

  it('answers no once the asker’s signal aborts (its view moved on), and only its own question', async () => {
    i18n.set('en');
    const moved = new AbortController();
    const answer = ask(() => t('votes.confirmRemove', { title: 'Nghị quyết' }), () => t('votes.remove'), 'danger', { signal: moved.signal });
    flushSync();
    expect(question()).not.toBeNull();
    moved.abort();
    await expect(answer).resolves.toBe(false);
    await Promise.resolve();
    expect(question()).toBeNull();
    // A signal already aborted asks nothing; an old signal aborted later leaves the next question be.
    await expect(ask(() => 'x', () => 'y', 'primary', { signal: moved.signal })).resolves.toBe(false);
    const stale = new AbortController();
    void ask(() => 'first', () => 'y', 'primary', { signal: stale.signal });
    const next = ask(() => t('roster.confirmRemove', { name: 'An' }), () => t('action.remove'), 'danger');
    flushSync();
    stale.abort();
    flushSync();
    await Promise.resolve();
    expect(document.querySelectorAll('[role=alertdialog]')).toHaveLength(1);
    expect(question()!.textContent).toContain('Remove An from the roster?');
    withdraw();
    await expect(next).resolves.toBe(false);
  });

  it('shows at the top of the window once the control it is about goes while asked', async () => {
    i18n.set('en');
    const { button, answer } = askFromButton();
    expect(question()!.closest('[data-ask]')!.classList.contains('anchored')).toBe(true);
    button.remove();
    await vi.waitFor(() => expect(question()!.closest('[data-ask]')!.classList.contains('anchored')).toBe(false));
    key('Escape');
    await expect(answer).resolves.toBe(false);
  });
});
