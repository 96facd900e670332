/**
 * A secret ballot on the hall between its close and its announcement, and its result with the
 * counting record's figures (ballots issued, returned, valid, invalid). Real engine on SQLite.
 */
import { describe, expect, it } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { hallRenderer } from './hall-render';
import { contentFor } from '../../src/hall/content';
import { overlayCaption } from '../../src/overlay/caption';
import LowerThird from '../../src/overlay/LowerThird.svelte';
import type { State } from '../../src/lib/live.svelte';
import { ok } from '../unit/helpers';
import { CONFIDENCE_COUNTS, countAll, prepareConfidence, RETIRING, setUp } from '../unit/personnel/fixtures';
import type { Engine } from '../../electron/engine/engine';

const stateOf = (engine: Engine): State => {
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
};

const render = hallRenderer();
/** The figures as the hall reads them: "Ballots issued 58 · Returned 57 · …". */
const ballots = (root: HTMLElement) => {
  const line = root.querySelector('[data-testid=hall-ballots]');
  return line && [...line.children].map((d) => d.textContent?.replace(/\s+/g, ' ').trim()).join(' · ');
};

/** An election item running, a resolution's result announced on it, then a confidence vote counted and closed. */
function countedAndClosed() {
  const ctx = setUp();
  const { engine, clock } = ctx;
  const item = ok(engine, 'agenda.add', { title: 'Lấy phiếu tín nhiệm', kind: 'election', plannedMinutes: 45 }).id;
  const next = ok(engine, 'agenda.add', { title: 'Bế mạc kỳ họp', kind: 'closing', plannedMinutes: 15 }).id;
  ok(engine, 'item.start', { id: item });
  const resolution = ok(engine, 'vote.create', { agendaItemId: item, resolutionTitle: 'Nghị quyết về dự toán', method: 'hands' }).id;
  ok(engine, 'vote.open', { id: resolution, present: 56 });
  ok(engine, 'vote.tally', { id: resolution, for: 50, against: 0, abstain: 0 });
  ok(engine, 'vote.close', { id: resolution });
  ok(engine, 'vote.announce', { id: resolution });
  clock.advance(60_000);
  const id = prepareConfidence(engine, ctx.officials, { 7: RETIRING }, item);
  ok(engine, 'personnel.committee', { id, head: ctx.counters[0], members: ctx.counters.slice(1) });
  ok(engine, 'personnel.open', { id, present: 58 });
  countAll(engine, id, CONFIDENCE_COUNTS);
  ok(engine, 'personnel.ballots', { id, issued: 58, returned: 57, valid: 56, invalid: 1 });
  clock.advance(60_000);
  ok(engine, 'personnel.close', { id });
  clock.advance(1000);
  ok(engine, 'overlay.set', { visible: true });
  return { engine, clock, id, next };
}

describe('a secret ballot closed and not yet announced', () => {
  it('keeps the hall and the caption on it, saying the result is to come, without a figure and without the earlier result', () => {
    const { engine, id } = countedAndClosed();
    const state = stateOf(engine);
    expect(contentFor(state)?.id).toBe('auto:personnel');
    const hall = render(state);
    const panel = hall.querySelector('[data-hall-personnel]')!;
    expect(panel.getAttribute('data-hall-personnel')).toBe('closed');
    expect(panel.querySelector('.label')?.textContent).toBe('Counting finished · result to be announced');
    // Who is on the ballot, and not one count, share or outcome before the chair announces them.
    expect(panel.querySelectorAll('tbody tr')).toHaveLength(7);
    expect(panel.querySelectorAll('td.num, td.outcome, [data-testid=hall-ballots]')).toHaveLength(0);
    expect(hall.querySelector('[data-hall-vote]')).toBeNull();

    const caption = overlayCaption(state);
    expect(caption).toMatchObject({ kind: 'personnel', vote: { id } });
    const target = document.createElement('div');
    document.body.append(target);
    const third = mount(LowerThird, { target, props: { caption } });
    flushSync();
    expect(target.querySelector('.label')?.textContent).toBe('Counting finished · result to be announced');
    expect(target.querySelector('[data-testid=overlay-counts]')).toBeNull();
    unmount(third);
  });

  it('gives way to the floor once the chair moves on before announcing it', () => {
    const { engine, next } = countedAndClosed();
    ok(engine, 'item.start', { id: next, current: 'finish' });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:item');
    expect(overlayCaption(stateOf(engine))?.kind).toBe('item');
  });
});

describe('the counting record’s figures with the result', () => {
  it('shows ballots issued, returned, valid and invalid with an announced personnel result', () => {
    const { engine, id } = countedAndClosed();
    ok(engine, 'personnel.announce', { id });
    const hall = render(stateOf(engine));
    expect(hall.querySelector('[data-hall-personnel]')?.getAttribute('data-hall-personnel')).toBe('announced');
    expect(ballots(hall)).toBe('Ballots issued 58 · Returned 57 · Valid 56 · Invalid 1');
  });

  it('shows them with a resolution decided by secret ballot, and not with one by show of hands', () => {
    const { engine, counters } = setUp();
    const secret = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết miễn nhiệm Ủy viên Ủy ban nhân dân tỉnh', method: 'secret', ruleKind: 'dismissal' }).id;
    ok(engine, 'record.setCounters', { voteId: secret, counters });
    ok(engine, 'vote.open', { id: secret, present: 56 });
    ok(engine, 'vote.tally', { id: secret, for: 45, against: 8, abstain: 0, issued: 56, returned: 55, valid: 53, invalid: 2 });
    ok(engine, 'vote.close', { id: secret });
    // Closed, not announced: no figure yet.
    expect(render(stateOf(engine)).querySelector('[data-testid=hall-ballots]')).toBeNull();
    ok(engine, 'vote.announce', { id: secret });
    expect(ballots(render(stateOf(engine)))).toBe('Ballots issued 56 · Returned 55 · Valid 53 · Invalid 2');
    const hands = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: hands, present: 56 });
    ok(engine, 'vote.tally', { id: hands, for: 50, against: 0, abstain: 0 });
    ok(engine, 'vote.close', { id: hands });
    ok(engine, 'vote.announce', { id: hands });
    const hall = render(stateOf(engine));
    expect(hall.querySelector('[data-hall-vote]')).not.toBeNull();
    expect(hall.querySelector('[data-testid=hall-ballots]')).toBeNull();
  });
});

describe('a new round on the hall', () => {
  it('says which round it is, so the hall does not take it for the result of the first', () => {
    const ctx = setUp();
    const { engine } = ctx;
    const id = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Chủ tịch Hội đồng nhân dân tỉnh', posts: 1, people: [{ delegateId: ctx.officials[0] }, { delegateId: ctx.officials[2] }] }).id;
    ok(engine, 'personnel.committee', { id, head: ctx.counters[0] });
    ok(engine, 'personnel.open', { id, present: 56 });
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    const [a, b] = engine.current.personnel.find((v) => v.id === id)!.people;
    ok(engine, 'personnel.count', { id, lines: [{ personId: a.id, counts: { agree: 27, disagree: 29 } }, { personId: b.id, counts: { agree: 27, disagree: 29 } }] });
    ok(engine, 'personnel.close', { id });
    ok(engine, 'personnel.announce', { id });
    const next = ok(engine, 'personnel.revote', { id }).id;
    ok(engine, 'personnel.open', { id: next, present: 56 });
    const hall = render(stateOf(engine));
    // Before, both rounds were headed "Election: Chủ tịch Hội đồng nhân dân tỉnh".
    expect(hall.querySelector('[data-hall-personnel] .title')?.textContent).toBe('Election: Chủ tịch Hội đồng nhân dân tỉnh (round 2)');
    // The broadcast caption says it too.
    const target = document.createElement('div');
    document.body.append(target);
    ok(engine, 'overlay.set', { visible: true });
    const third = mount(LowerThird, { target, props: { caption: overlayCaption(stateOf(engine)) } });
    flushSync();
    expect(target.querySelector('[data-testid=overlay-name]')?.textContent).toBe('Election: Chủ tịch Hội đồng nhân dân tỉnh (round 2)');
    unmount(third);
    target.remove();
  });
});

describe('the people of an announced confidence vote on the hall', () => {
  it('are numbered 1, 2, 3… as the counting record numbers them, an exempt official between them leaving no gap', () => {
    const ctx = setUp();
    const { engine } = ctx;
    // The second official is exempt: the ballot lists seven, numbered without him.
    const id = prepareConfidence(engine, ctx.officials, { 1: RETIRING });
    ok(engine, 'personnel.committee', { id, head: ctx.counters[0] });
    ok(engine, 'personnel.open', { id, present: 56 });
    countAll(engine, id, CONFIDENCE_COUNTS);
    ok(engine, 'personnel.close', { id });
    ok(engine, 'personnel.announce', { id });
    const panel = render(stateOf(engine)).querySelector('[data-hall-personnel]')!;
    expect(panel.getAttribute('data-hall-personnel')).toBe('announced');
    const rows = [...panel.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('td.n')!.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(rows[1].querySelector('td.who strong')!.textContent).toBe('Nguyễn Văn Bình');
  });
});
