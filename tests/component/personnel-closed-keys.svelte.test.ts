import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import { i18n, t } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { said } from '../../src/lib/said.svelte';
import { ok } from '../unit/helpers';
import { mountOnEngine, stateFrom } from './on-engine.svelte';
import { countedConfidenceVote, setUp, view } from '../unit/personnel/fixtures';

/**
 * A closed personnel vote put right from the keyboard, with the keys Votes gives a closed vote:
 * Alt+D corrects its counts (with a reason), Alt+L holds a new round of an election that left a
 * post unfilled. Each only while it is offered for the vote in hand, shown beside its button and
 * in the `?` sheet; the chair's, so a secretary's console says so and sends nothing. Before, both
 * were reached by Tab only.
 */
const altKey = (k: string) =>
  (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: k, code: `Key${k.toUpperCase()}`, altKey: true, bubbles: true, cancelable: true }));
// The keys that do something here (the `?` sheet's); the others only say what to choose (voteKeys.ts).
const registered = () => shortcuts.list.filter((s) => s.listed !== false).map((s) => s.keys);
const button = (action: string) => document.querySelector<HTMLButtonElement>(`[data-personnel-action=${action}]`);

/** An election to one post, two candidates level below the majority: closed, the post unfilled. */
function closedElection(ctx: ReturnType<typeof setUp>) {
  const { engine, officials, counters } = ctx;
  const people = [0, 1].map((i) => ({ delegateId: officials[i] }));
  const { id } = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Chủ tịch Hội đồng nhân dân tỉnh', posts: 1, people });
  ok(engine, 'personnel.committee', { id, head: counters[0] });
  ok(engine, 'personnel.open', { id, present: 56 });
  ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
  const [a, b] = view(engine, id).people;
  ok(engine, 'personnel.count', { id, lines: [a, b].map((p) => ({ personId: p.id, counts: { agree: 27, disagree: 29 } })) });
  return id;
}

describe('the keys of a closed personnel vote', () => {
  it('are offered only while the vote in hand is closed, Alt+L only where a new round is, shown beside their buttons', () => {
    const ctx = setUp();
    const id = closedElection(ctx);
    const { props } = mountOnEngine(ctx.engine, PersonnelView);
    // Open: neither.
    expect(registered()).not.toContain('Alt+D');
    expect(registered()).not.toContain('Alt+L');
    ok(ctx.engine, 'personnel.close', { id });
    props.data = stateFrom(ctx.engine);
    flushSync();
    expect(registered()).toEqual(expect.arrayContaining(['Alt+D', 'Alt+L']));
    // What the `?` sheet says of each, in both languages.
    for (const [lang, correct, revote] of [
      ['vi', 'Đính chính số phiếu của cuộc bỏ phiếu đã kết thúc, ghi rõ lý do', 'Bầu lại (vòng mới) cho các chức danh còn thiếu người trúng cử'],
      ['en', 'Correct the closed vote’s counts, with a reason', 'Hold a new round of the election for the posts left unfilled'],
    ] as const) {
      i18n.set(lang);
      expect(['Alt+D', 'Alt+L'].map((k) => t(shortcuts.list.findLast((s) => s.keys === k)!.label))).toEqual([correct, revote]);
    }
    for (const [action, key] of [['correct', 'Alt+D'], ['revote', 'Alt+L']]) {
      expect(button(action)!.querySelector('.shortcut')?.textContent?.replace(/\s/g, '')).toBe(key);
      expect(button(action)!.getAttribute('aria-keyshortcuts')).toBe(key);
    }

    // A confidence vote is never held again: Alt+D only, and no New round button.
    const confidence = countedConfidenceVote(ctx);
    ok(ctx.engine, 'personnel.revote', { id });
    props.data = stateFrom(ctx.engine);
    flushSync();
    // The list's last vote is in hand: the new round, a draft.
    expect(registered()).not.toContain('Alt+D');
    expect(registered()).not.toContain('Alt+L');
    ok(ctx.engine, 'personnel.remove', { id: ctx.engine.current.personnel.at(-1)!.id });
    props.data = stateFrom(ctx.engine);
    flushSync();
    expect(document.querySelector('#personnel-title')?.textContent).toContain('Lấy phiếu tín nhiệm năm 2026');
    expect(view(ctx.engine, confidence).status).toBe('closed');
    expect(registered()).toContain('Alt+D');
    expect(registered()).not.toContain('Alt+L');
    expect(button('correct')).not.toBeNull();
    expect(button('revote')).toBeNull();
  });

  it('Alt+D opens the correction on the ballots, keeping what is typed when pressed again; the correction is recorded', async () => {
    i18n.set('en');
    const ctx = setUp();
    const id = countedConfidenceVote(ctx);
    mountOnEngine(ctx.engine, PersonnelView);
    const issued = () => document.querySelector<HTMLInputElement>('form.correct .ballots input');
    expect(issued()).toBeNull();
    altKey('d');
    await vi.waitFor(() => expect(document.activeElement).toBe(issued()));
    expect(issued()!.value).toBe('56');
    // A line of the tally sheets typed again: 49 high and 5 medium read as 48 and 6.
    const cell = (level: string) => document.querySelector<HTMLInputElement>(`form.correct input[data-row="0"][data-col="${level}"]`)!;
    for (const [level, value] of [['high', '48'], ['medium', '6']]) {
      cell(level).value = value;
      cell(level).dispatchEvent(new Event('change', { bubbles: true }));
    }
    // Pressed again from the reason box (an Alt key works while typing): back to the ballots, what was typed kept.
    const reason = document.querySelector<HTMLInputElement>('form.correct input[maxlength]')!;
    reason.focus();
    altKey('d');
    await vi.waitFor(() => expect(document.activeElement).toBe(issued()));
    await vi.waitFor(() => expect([cell('high').value, cell('medium').value]).toEqual(['48', '6']));
    expect(view(ctx.engine, id).versions).toHaveLength(1);

    reason.value = 'Ban kiểm phiếu đọc nhầm một phiếu';
    reason.dispatchEvent(new Event('input', { bubbles: true }));
    document.querySelector<HTMLFormElement>('form.correct')!.requestSubmit();
    await vi.waitFor(() => expect(view(ctx.engine, id).versions).toHaveLength(2));
    expect(view(ctx.engine, id).people[0].counts).toMatchObject({ high: 48, medium: 6, low: 1, invalid: 1 });
    expect(view(ctx.engine, id).versions[1].reason).toBe('Ban kiểm phiếu đọc nhầm một phiếu');
    // Alt+L is not offered for a confidence vote: nothing is sent, no round is added.
    altKey('l');
    expect(ctx.engine.current.personnel).toHaveLength(1);
  });

  it('Alt+L holds the new round, in hand with the keyboard on its next step (the committee kept): the number present, with no roll call', async () => {
    i18n.set('vi');
    const ctx = setUp();
    const id = closedElection(ctx);
    ok(ctx.engine, 'personnel.close', { id });
    mountOnEngine(ctx.engine, PersonnelView);
    altKey('l');
    await vi.waitFor(() => expect(ctx.engine.current.personnel).toHaveLength(2));
    const next = ctx.engine.current.personnel[1];
    expect(next).toMatchObject({ round: 2, revoteOf: id, status: 'draft' });
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('input[name=present]')));
    expect(document.querySelector('#personnel-title')?.textContent).toContain('(lần 2)');
    expect(said(toast.message)).toBe('Đã chuẩn bị vòng mới.');
  });

  it('on a secretary’s console say they are the chair’s and send nothing', async () => {
    i18n.set('en');
    const ctx = setUp();
    const id = closedElection(ctx);
    ok(ctx.engine, 'personnel.close', { id });
    const deviceId = ok(ctx.engine, 'device.pair', { name: 'Thư ký - laptop 2' }).id;
    live.role = 'secretary';
    try {
      const { send } = mountOnEngine(ctx.engine, PersonnelView, { actor: 'Thư ký - laptop 2', role: 'secretary', deviceId });
      altKey('l');
      await vi.waitFor(() => expect(said(toast.message)).toBe('Alt+L (Hold a new round of the election for the posts left unfilled) is the chair’s key: this console is a secretary’s, so nothing was sent.'));
      altKey('d');
      await vi.waitFor(() => expect(said(toast.message)).toBe('Alt+D (Correct the closed vote’s counts, with a reason) is the chair’s key: this console is a secretary’s, so nothing was sent.'));
      expect(send).not.toHaveBeenCalled();
      expect(document.querySelector('form.correct')).toBeNull();
    } finally {
      live.role = 'chair';
    }
  });
});
