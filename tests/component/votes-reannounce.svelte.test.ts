/**
 * A resolution's result once announced, in the Votes view: Announce is not offered again until the
 * result is corrected (the engine refuses an unchanged re-announce), as the Personnel view does;
 * Alt+A says why and what to do instead; "Show on the hall" puts it on the hall again, announcing
 * nothing. Before, the button was only greyed and the engine took a second announcement. Real
 * engine and view, in both languages.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import VotesView from '../../src/features/votes/VotesView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { readActivity } from '../../electron/features/activity/store';
import { manualClock, newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine, stateFrom } from './on-engine.svelte';

const WORDS = {
  vi: {
    show: 'Chiếu lên màn hình hội trường',
    corrected: 'Công bố kết quả đã đính chính',
    already: 'Kết quả cuộc biểu quyết này đã được công bố. Để chiếu lại lên màn hình hội trường, dùng «Chiếu lên màn hình hội trường»; nếu có số phiếu sai, dùng «Đính chính kết quả» (Alt+D, ghi rõ lý do), rồi công bố kết quả đã đính chính.',
  },
  en: {
    show: 'Show on the hall',
    corrected: 'Announce the corrected result',
    already: 'The result of this vote has already been announced. To put it on the hall again, use “Show on the hall”; if a figure was wrong, use “Correct the result” (Alt+D, with a reason), then announce the corrected result.',
  },
} as const;

const altA = () => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'a', code: 'KeyA', altKey: true, bubbles: true, cancelable: true }));
const announceButton = () => document.querySelector<HTMLButtonElement>('[data-vote-action=announce]');
const showButton = () => document.querySelector<HTMLButtonElement>('[data-vote-action=show]');
const alert = () => document.querySelector('[role=alert]')?.textContent?.trim() ?? '';

describe.each(['vi', 'en'] as const)('a resolution’s result announced, in the Votes view, in %s', (lang) => {
  const w = WORDS[lang];
  it('offers no second announcement until it is corrected, says so on Alt+A, and shows it on the hall again without announcing', async () => {
    i18n.set(lang);
    const clock = manualClock();
    const { engine, db } = newEngine(undefined, clock);
    seedBasics(engine);
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách địa phương năm 2027', method: 'hands' });
    ok(engine, 'vote.open', { id, present: 50 });
    ok(engine, 'vote.tally', { id, for: 45, against: 3, abstain: 2 });
    ok(engine, 'vote.close', { id });
    ok(engine, 'vote.announce', { id });
    ok(engine, 'hall.setMode', { mode: 'auto' });
    clock.advance(60_000);
    const announcedAt = engine.current.votes[0].announcedAt;
    const announces = () => readActivity(db).entries.filter((e) => e.type === 'vote.announce').length;
    const { props, send } = mountOnEngine(engine, VotesView);

    expect(announceButton()).toBeNull();
    expect(showButton()?.textContent?.trim()).toBe(w.show);
    expect(showButton()?.getAttribute('aria-pressed')).toBe('false');
    altA();
    await vi.waitFor(() => expect(alert()).toBe(w.already));
    expect(send).not.toHaveBeenCalled();

    showButton()!.click();
    await vi.waitFor(() => expect(engine.current.hall).toMatchObject({ mode: 'vote', voteId: id }));
    expect(send.mock.calls.map(([type]) => type)).toEqual(['hall.setMode']);
    await vi.waitFor(() => expect(showButton()?.getAttribute('aria-pressed')).toBe('true'));
    expect(engine.current.votes[0].announcedAt).toBe(announcedAt);
    expect(announces()).toBe(1);

    // Corrected on the other console: the corrected result is offered, by button and Alt+A.
    ok(engine, 'vote.correct', { id, reason: 'Tổ thư ký cộng nhầm', tally: { for: 44, against: 4, abstain: 2 } });
    props.data = stateFrom(engine);
    flushSync();
    await vi.waitFor(() => expect(announceButton()?.textContent).toContain(w.corrected));
    clock.advance(60_000);
    altA();
    await vi.waitFor(() => expect(engine.current.votes[0].announcedAt).toBe(clock()));
    expect(announces()).toBe(2);
    await vi.waitFor(() => expect(announceButton()).toBeNull());
  });
});
