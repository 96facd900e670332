/**
 * What the rostrum's clock touches (a pause, a resume, time added) is a speech's started_at,
 * pauses and extra_ms: the requests left waiting on items over (leftWaiting) and the speaking
 * totals (speechTotals) do not read them, so those commands neither rebuild the one nor patch
 * the other (issue 14: leftWaiting was rebuilt and compared after every speaker action). What
 * they do read still brings them up to date, against real SQLite.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sliceBuilders } from '../../../electron/engine/state';
import { slicePatchers } from '../../../electron/engine/patchers';
import { newEngine, ok, seedBasics } from '../helpers';

function debateWithSpeaker() {
  const env = newEngine();
  const { engine } = env;
  seedBasics(engine);
  const debate = ok(engine, 'agenda.add', { title: 'Thảo luận về dự toán ngân sách năm 2027', kind: 'discussion' }).id;
  const land = ok(engine, 'agenda.add', { title: 'Thảo luận về bảng giá đất', kind: 'discussion' }).id;
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
  const viet = ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 2 }).id;
  ok(engine, 'item.start', { id: debate });
  ok(engine, 'speaker.request', { delegateId: hang });
  ok(engine, 'speaker.request', { delegateId: viet });
  ok(engine, 'speaker.next');
  ok(engine, 'speaker.start');
  return { ...env, debate, land, hang, viet };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the rostrum clock and the slices that do not show it', () => {
  it('a pause, a resume and time added neither rebuild leftWaiting nor patch speechTotals', () => {
    const { engine, clock } = debateWithSpeaker();
    const built = vi.spyOn(sliceBuilders, 'leftWaiting');
    const patched = vi.spyOn(slicePatchers, 'speechTotals');
    clock.advance(30_000);
    ok(engine, 'speaker.extend', { seconds: 60 });
    ok(engine, 'speaker.start'); // already speaking: only the clock is touched, or nothing
    expect(built).not.toHaveBeenCalled();
    expect(patched).not.toHaveBeenCalled();
    // The pause closes a segment (accumulated_ms): the totals follow it, the waiting list does not.
    ok(engine, 'speaker.pause');
    expect(built).not.toHaveBeenCalled();
    expect(patched).toHaveBeenCalledTimes(1);
    clock.advance(5_000);
    ok(engine, 'speaker.start');
    expect(built).not.toHaveBeenCalled();
    expect(patched).toHaveBeenCalledTimes(1);
    expect(engine.current.speechTotals).toEqual(sliceBuilders.speechTotals(engine.db));
  });

  it('a request, a call and an item over still bring both up to date', () => {
    const { engine, clock, debate, land, hang } = debateWithSpeaker();
    const built = vi.spyOn(sliceBuilders, 'leftWaiting');
    clock.advance(60_000);
    ok(engine, 'speaker.next'); // Hằng done, Việt called
    expect(built).toHaveBeenCalledTimes(1);
    ok(engine, 'speaker.request', { delegateId: hang, kind: 'debateReply' });
    expect(built).toHaveBeenCalledTimes(2);
    ok(engine, 'item.start', { id: land, current: 'finish' });
    // Việt, called but not yet speaking, goes back to the queue; Hằng's reply waits behind him.
    expect(engine.current.leftWaiting).toEqual([{ itemId: debate, count: 2 }]);
    expect(engine.current.leftWaiting).toEqual(sliceBuilders.leftWaiting(engine.db));
    expect(engine.current.speechTotals).toEqual(sliceBuilders.speechTotals(engine.db));
    expect(engine.current.speechTotals.byDelegate[hang]).toEqual({ count: 1, ms: 60_000 });
  });
});
