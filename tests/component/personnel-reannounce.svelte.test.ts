import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import { contentFor } from '../../src/hall/content';
import { overlayCaption } from '../../src/overlay/caption';
import { i18n } from '../../src/lib/i18n.svelte';
import { ok } from '../unit/helpers';
import { mountOnEngine, stateFrom } from './on-engine.svelte';
import { unmountAll } from './mount';
import { countedConfidenceVote, setUp, view } from '../unit/personnel/fixtures';

const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(name));
const altA = () => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', code: 'KeyA', altKey: true, bubbles: true, cancelable: true }));

/**
 * A personnel result corrected after it was announced: the console offers to announce the
 * corrected result (button and Alt+A, as Votes does), and the hall and the caption put it up again,
 * over a resolution's result announced before it. Before, Announce was gone once a result was
 * announced, Alt+A said "already announced", and the hall kept the wrong figures' moment.
 */
describe('announcing a corrected personnel result again', () => {
  it('offers "Announce the corrected result" after a correction, by button and Alt+A, and the hall and the caption show it over an earlier resolution result', async () => {
    i18n.set('en');
    const ctx = setUp();
    const { engine, clock } = ctx;
    const item = ok(engine, 'agenda.add', { title: 'Lấy phiếu tín nhiệm', kind: 'election', plannedMinutes: 45 }).id;
    ok(engine, 'item.start', { id: item });
    const id = countedConfidenceVote(ctx, { agendaItemId: item });
    clock.advance(60_000);
    // A resolution voted and announced after it: the hall's news is that one now.
    const vote = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: vote, present: 56 });
    ok(engine, 'vote.tally', { id: vote, for: 50, against: 4, abstain: 2 });
    ok(engine, 'vote.close', { id: vote });
    ok(engine, 'vote.announce', { id: vote });
    ok(engine, 'overlay.set', { visible: true });
    expect(contentFor(stateFrom(engine))?.id).toBe('auto:result');
    clock.advance(60_000);

    const { props } = mountOnEngine(engine, PersonnelView);
    expect(button('Announce')).toBeUndefined();
    // Corrected (here on the other console): the announce step is offered again, named for what it does.
    const quy = view(engine, id).people[0];
    ok(engine, 'personnel.correct', { id, reason: 'Ban kiểm phiếu cộng nhầm', lines: [{ personId: quy.id, counts: { high: 48, medium: 6 } }] });
    props.data = stateFrom(engine);
    flushSync();
    expect(button('Announce the corrected result')).toBeDefined();
    i18n.set('vi');
    flushSync();
    expect(button('Công bố kết quả đã đính chính')).toBeDefined();
    i18n.set('en');
    flushSync();
    clock.advance(60_000);
    altA();
    await vi.waitFor(() => expect(view(engine, id).announcedAt).toBe(clock()));
    await vi.waitFor(() => expect(button('Announce')).toBeUndefined());
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('announce-heading'));

    const after = stateFrom(engine);
    expect(contentFor(after)?.id).toBe('auto:personnelResult');
    expect(overlayCaption(after)).toMatchObject({ kind: 'personnel', vote: { id } });
    // Once read out, Alt+A says so and how a wrong figure is put right.
    altA();
    await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toContain('has already been announced. To put it on the hall again, use “Show on the hall”; if a figure was wrong'));
  });

  it('takes the keyboard to "Announce the corrected result" once a correction of an announced result is saved', async () => {
    i18n.set('en');
    const ctx = setUp();
    const { engine } = ctx;
    const id = countedConfidenceVote(ctx);
    ctx.clock.advance(60_000);
    mountOnEngine(engine, PersonnelView);
    button('Correct the counts')!.click();
    flushSync();
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('form.correct .ballots input')));
    const cell = document.querySelector<HTMLInputElement>('form.correct input[data-row="0"][data-col="high"]')!;
    cell.value = '48';
    cell.dispatchEvent(new Event('input', { bubbles: true }));
    cell.dispatchEvent(new Event('change', { bubbles: true }));
    const medium = document.querySelector<HTMLInputElement>('form.correct input[data-row="0"][data-col="medium"]')!;
    medium.focus();
    medium.value = '6';
    medium.dispatchEvent(new Event('input', { bubbles: true }));
    medium.dispatchEvent(new Event('change', { bubbles: true }));
    medium.blur();
    const reason = document.querySelector<HTMLInputElement>('form.correct .grow input')!;
    reason.value = 'Ban kiểm phiếu cộng nhầm';
    reason.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    document.querySelector<HTMLFormElement>('form.correct')!.requestSubmit();
    await vi.waitFor(() => expect(view(engine, id).versions).toHaveLength(2));
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('[data-personnel-action=announce]')));
    expect(document.activeElement?.textContent).toContain('Announce the corrected result');
  });
});

describe('"+ New personnel vote"', () => {
  it('opens its form with the keyboard in its first field; Escape or Cancel gives it back to the button', async () => {
    for (const lang of ['vi', 'en'] as const) {
      i18n.set(lang);
      const ctx = setUp();
      countedConfidenceVote(ctx);
      mountOnEngine(ctx.engine, PersonnelView);
      const newButton = document.querySelector<HTMLButtonElement>('nav button[aria-controls=personnel-new]')!;
      expect(newButton.getAttribute('aria-expanded')).toBe('false');
      newButton.focus();
      newButton.click();
      await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('#personnel-new select[name=kind]')));
      expect(newButton.getAttribute('aria-expanded')).toBe('true');
      // Escape from a field of the form: the form closes and the keyboard is on the button again.
      const title = document.querySelector<HTMLTextAreaElement>('#personnel-new textarea[name=title]')!;
      title.focus();
      title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(document.querySelector('#personnel-new')).toBeNull());
      expect(document.activeElement).toBe(newButton);
      // Opened again and left by its Cancel button: the same.
      newButton.click();
      await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('#personnel-new select[name=kind]')));
      button(lang === 'vi' ? 'Hủy' : 'Cancel')!.click();
      await vi.waitFor(() => expect(document.querySelector('#personnel-new')).toBeNull());
      expect(document.activeElement).toBe(newButton);
      unmountAll();
    }
  });
});

describe('preparing with nobody on the list', () => {
  it('says whom to add and puts the keyboard where they are added, in both languages', async () => {
    for (const [lang, sentence, add] of [
      ['vi', 'Danh sách «Lấy phiếu tín nhiệm năm 2026» chưa có ai: hãy thêm những người được lấy phiếu từ danh sách đại biểu trước.', 'Thêm những người được lấy phiếu'],
      ['en', 'Nobody is on the list of “Lấy phiếu tín nhiệm năm 2026” yet: add the officials to rate from the roster first.', 'Add the officials to rate'],
    ] as const) {
      i18n.set(lang);
      const { engine } = setUp();
      mountOnEngine(engine, PersonnelView);
      const title = document.querySelector<HTMLTextAreaElement>('#personnel-new textarea[name=title]')!;
      title.value = 'Lấy phiếu tín nhiệm năm 2026';
      title.dispatchEvent(new Event('input', { bubbles: true }));
      flushSync();
      // Enter in the name box prepares the vote: before anyone is added, the refusal said "Danh sách cần có ít nhất 1."
      title.focus();
      title.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(document.querySelector('#personnel-new [role=alert]')?.textContent).toBe(sentence));
      await vi.waitFor(() => expect(document.activeElement?.textContent?.trim()).toBe(add));
      expect(engine.current.personnel).toHaveLength(0);
      unmountAll();
    }
  });
});
