import { afterEach, describe, expect, it, vi } from 'vitest';

/** Counts the tones played: the chime's only effect outside the page. */
function fakeAudio() {
  const tones: number[] = [];
  const param = { value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} };
  class FakeContext {
    currentTime = 0;
    destination = {};
    createOscillator() {
      const osc = { frequency: { set value(v: number) { tones.push(v); } }, connect: (n: unknown) => n, start() {}, stop() {} };
      return osc;
    }
    createGain() {
      return { gain: param, connect: (n: unknown) => n };
    }
  }
  vi.stubGlobal('AudioContext', FakeContext);
  return tones;
}

function fakeStorage(entries: Record<string, string> = {}) {
  const store = new Map(Object.entries(entries));
  vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v) });
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

describe('the one chime', () => {
  it('rings once as the same timer crosses into warning and once into overrun, never on first sight', async () => {
    const tones = fakeAudio();
    fakeStorage();
    const { phaseChime } = await import('../../../src/lib/chime');
    const ring = phaseChime();
    ring(1, 'overrun', true); // an item resumed late: quiet
    expect(tones).toEqual([]);
    ring(2, 'normal', true);
    ring(2, 'warning', true);
    ring(2, 'warning', true);
    expect(tones).toEqual([880]);
    ring(2, 'overrun', true);
    expect(tones).toEqual([880, 880, 660]);
    ring(null, 'normal', true);
    ring(2, 'overrun', true);
    expect(tones).toHaveLength(3);
  });

  it('follows the chair’s choice on this machine over the council’s rule, for every timer', async () => {
    const tones = fakeAudio();
    fakeStorage();
    const { phaseChime, chimeEnabled, setChimeEnabled } = await import('../../../src/lib/chime');
    expect(chimeEnabled(true)).toBe(true);
    expect(chimeEnabled(false)).toBe(false);
    setChimeEnabled(false);
    expect(chimeEnabled(true)).toBe(false);
    const speech = phaseChime();
    speech('s1', 'normal', true);
    speech('s1', 'warning', true);
    expect(tones).toEqual([]);
    setChimeEnabled(true);
    const question = phaseChime();
    question('q1', 'normal', false);
    question('q1', 'overrun', false);
    expect(tones).toEqual([880, 660]);
  });
});
