import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StateUpdate } from '../../electron/engine/state';
import { CLOCK_REMEASURE_MS, live } from '../../src/lib/live.svelte';
import type { Transport } from '../../src/lib/transport';

afterEach(() => {
  vi.useRealTimers();
});

/** A transport whose engine clock runs `skewMs` ahead of this screen's, answering after `rtt` ms. */
function fakeTransport(skewMs: number, rtts: number[]) {
  let connection: (c: boolean) => void = () => {};
  let stateListener: (u: StateUpdate) => void = () => {};
  const calls = { clock: 0 };
  const transport: Transport = {
    send: async () => ({ ok: true, revision: 1, value: null }),
    async clock() {
      const rtt = rtts[calls.clock++ % rtts.length];
      // Slow samples come back with a skewed reading (the answer waited somewhere); only the
      // tightest one tells the truth, as on a busy network.
      const error = rtt === Math.min(...rtts) ? 0 : rtt * 100;
      return { serverTime: Date.now() - rtt / 2 + skewMs + error, roundTrip: rtt };
    },
    onState: (l) => void (stateListener = l),
    onConnection: (l) => void (connection = l),
    sharing: null,
    admin: async () => ({ ok: false, error: { code: 'internal', message: 'none' } }),
  };
  return { transport, calls, connect: (c: boolean) => connection(c), push: (u: StateUpdate) => stateListener(u) };
}

describe('one clock', () => {
  it('measures the offset on connecting, on reconnecting and every 30 s, keeping the tightest sample', async () => {
    // This screen's clock too: it stands still while a measurement runs, so the offset found is exact (below).
    vi.useFakeTimers({ toFake: ['setInterval', 'setTimeout', 'Date'] });
    const fake = fakeTransport(90_000, [40, 4, 12, 30, 8]);
    live.start(fake.transport);
    fake.connect(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(fake.calls.clock).toBe(5);
    expect(live.offset).toBe(90_000);

    await vi.advanceTimersByTimeAsync(CLOCK_REMEASURE_MS);
    expect(fake.calls.clock).toBe(10);

    // Disconnected: no measuring; reconnected: measured at once, and the snapshot replaces the state.
    fake.connect(false);
    await vi.advanceTimersByTimeAsync(CLOCK_REMEASURE_MS);
    expect(fake.calls.clock).toBe(10);
    fake.connect(true);
    await vi.advanceTimersByTimeAsync(200);
    expect(fake.calls.clock).toBe(15);
    fake.push({ revision: 7, serverTime: 0, full: true, slices: { hall: { mode: 'blank', voteId: null, message: '', countdown: null, theme: 'dark', modeSetAt: 0, showQuestionText: false, attendance: null } } });
    expect(live.state?.hall.mode).toBe('blank');
    expect(live.state?.revision).toBe(7);
  });

  it('keeps sampling while every round trip is too slow for one-frame accuracy, up to a limit', async () => {
    // A fake clock for this screen: the test is about which sample is kept, and with the real one a
    // pause of the process (a garbage collection, a loaded machine) between a sample's reading and
    // its use moved the offset by that pause and failed the test now and then.
    vi.useFakeTimers({ toFake: ['Date'] });
    const fake = fakeTransport(-5_000, [40, 30, 60]);
    live.start(fake.transport);
    await live.measureClock();
    expect(fake.calls.clock).toBe(15);
    expect(live.offset).toBe(-5_000);
    expect(live.clockRoundTrip).toBe(30);
  });
});
