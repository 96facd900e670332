/**
 * A reply that comes after the next key (a slow network, a loaded laptop): the command went through,
 * and the sentence the next key said stays; a refused command's sentence is said however late its
 * reply comes (src/lib/said.svelte.ts `whenReplied`). The chair's Live view, Votes and Speakers,
 * each on the real engine, its state arriving at once and the reply held.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import LiveView from '../../src/features/timing/LiveView.svelte';
import VotesView from '../../src/features/votes/VotesView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { holdNextReply, mountOnEngine } from './on-engine.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

// jsdom has no Web Animations (the speaker queue's rows animate) and no scrolling (Live's question scrolls into sight).
Element.prototype.getAnimations ??= () => [];
Element.prototype.scrollIntoView ??= () => {};

afterEach(() => {
  toast.clear();
  i18n.set('en');
});

const alert = (within = document.body) => within.querySelector('p.error[role=alert]')?.textContent?.trim() ?? null;
const press = (key: string, init: KeyboardEventInit = {}) =>
  (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, code: key.length === 1 ? `Key${key.toUpperCase()}` : key, bubbles: true, cancelable: true, ...init }));

describe('the chair’s Live view', { timeout: 30_000 }, () => {
  /** The economic report running, the debate next: `+` adds a minute to the report. */
  function programme() {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report', plannedMinutes: 20 }).id;
    const debate = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 }).id;
    ok(engine, 'item.start', { id: report });
    return { engine, report, debate };
  }
  const extra = (engine: ReturnType<typeof programme>['engine'], id: number) => engine.current.timing.items.find((t: { id: number }) => t.id === id)?.extraMinutes;
  /** ▶ on the debate's row while the report runs: the console asks finish-or-pause; Space then says to answer first. */
  async function askThenSpace(debateTitle: string) {
    const start = [...document.querySelectorAll<HTMLButtonElement>('button[aria-label]')].find((b) => b.getAttribute('aria-label')?.includes(debateTitle));
    start!.click();
    await vi.waitFor(() => expect(document.querySelector('[role=alertdialog]')).not.toBeNull());
    press(' ', { code: 'Space' });
    const pending = 'First answer the question above (Enter on the highlighted choice), or press Esc to cancel it.';
    await vi.waitFor(() => expect(alert()).toBe(pending));
    return pending;
  }

  it('a minute added (`+`) whose reply comes after the question’s “answer it first” leaves that sentence said', async () => {
    const { engine, report } = programme();
    const { send } = mountOnEngine(engine, LiveView);
    const release = holdNextReply(send);
    press('+');
    await vi.waitFor(() => expect(extra(engine, report)).toBe(1));
    const pending = await askThenSpace('Thảo luận tại hội trường');
    await release();
    expect(alert()).toBe(pending);
  });

  it('a minute refused (the desktop changed the programme first) is said, however late its reply comes', async () => {
    const { engine, report } = programme();
    const { send } = mountOnEngine(engine, LiveView, { actor: 'browser@127.0.0.1', role: 'chair' });
    engine.dispatch({ type: 'item.extend', id: report, minutes: 1 }, { actor: 'desktop', lang: 'en' });
    const release = holdNextReply(send);
    press('+');
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    await askThenSpace('Thảo luận tại hội trường');
    await release();
    expect(alert()).toBe('The progress of the programme was changed by the chair after you looked at it. Check it and try again.');
    expect(extra(engine, report)).toBe(1);
  });
});

describe('Votes', { timeout: 30_000 }, () => {
  /** A show-of-hands vote prepared on five delegates, in hand on the Votes view. */
  function prepared() {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    for (let seat = 1; seat <= 5; seat++) ok(engine, 'delegate.add', { fullName: `Đại biểu ${seat}`, seatNumber: seat });
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' }).id;
    return { engine, id };
  }
  const altKey = (k: string) => press(k, { altKey: true });
  const early = 'The result is announced once the vote is closed (Alt+C).';

  it('Alt+O whose reply comes after Alt+A’s “announced once closed” leaves that sentence said', async () => {
    const { engine, id } = prepared();
    const { send } = mountOnEngine(engine, VotesView);
    const release = holdNextReply(send);
    altKey('o');
    await vi.waitFor(() => expect(engine.current.votes.find((v) => v.id === id)!.status).toBe('open'));
    flushSync();
    altKey('a');
    await vi.waitFor(() => expect(alert()).toBe(early));
    await release();
    expect(alert()).toBe(early);
  });

  it('Alt+O refused (a secret ballot with no counting committee) is said, however late its reply comes', async () => {
    const { engine } = prepared();
    const secret = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế', method: 'secret' }).id;
    const { send } = mountOnEngine(engine, VotesView);
    await vi.waitFor(() => expect(document.querySelector('#vote-title')?.textContent).toBe('Nghị quyết về biên chế'));
    const release = holdNextReply(send);
    altKey('o');
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    altKey('a');
    await vi.waitFor(() => expect(alert()).toBe(early));
    await release();
    expect(alert()).toBe(
      'A secret ballot is counted by a counting committee: name it for “Nghị quyết về biên chế” (its head first, then the members) in the vote’s “Counting committee” box in Votes (or in Minutes), then open the vote.',
    );
    expect(engine.current.votes.find((v) => v.id === secret)!.status).toBe('draft');
  });
});

describe('Speakers', { timeout: 30_000 }, () => {
  /** The budget debate on the floor's queue, Nguyễn Thị Hằng waiting alone. */
  function debate(waiting = true) {
    i18n.set('en');
    const { engine, clock } = newEngine();
    seedBasics(engine);
    const item = ok(engine, 'agenda.add', { title: 'Thảo luận dự toán ngân sách năm 2027', kind: 'discussion' }).id;
    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 12 }).id;
    ok(engine, 'speaker.focus', { agendaItemId: item });
    if (waiting) ok(engine, 'speaker.request', { delegateId: hang });
    vi.spyOn(live, 'now').mockReturnValue(clock());
    return { engine };
  }
  const empty = 'No one is waiting.';

  it('`n` whose reply comes after `q`’s “No one is waiting.” leaves that sentence said', async () => {
    const { engine } = debate();
    const { send } = mountOnEngine(engine, SpeakersView);
    const release = holdNextReply(send);
    press('n');
    await vi.waitFor(() => expect(engine.current.speakers.queue).toHaveLength(0));
    await vi.waitFor(() => expect(document.querySelector('[data-speech]')).toBeNull());
    press('q');
    await vi.waitFor(() => expect(alert()).toBe(empty));
    await release();
    expect(alert()).toBe(empty);
  });

  it('`f` refused (nobody has the floor) is said, however late its reply comes', async () => {
    const { engine } = debate(false);
    const { send } = mountOnEngine(engine, SpeakersView);
    const release = holdNextReply(send);
    press('f');
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(1));
    press('q');
    await vi.waitFor(() => expect(alert()).toBe(empty));
    await release();
    expect(alert()).toBe('Nobody has the floor.');
  });
});
