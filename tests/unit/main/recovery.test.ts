import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, MAX_RELOADS, reloadAfterGone } from '../../../electron/main/recovery';

describe('a window whose page died', () => {
  it('is reloaded after a crash, running out of memory or being killed', () => {
    for (const reason of ['crashed', 'oom', 'killed', 'abnormal-exit', 'launch-failed']) expect(reloadAfterGone(reason, [], 1_000_000)).toBe(true);
  });

  it('is left alone after a clean exit (the window is closing)', () => {
    expect(reloadAfterGone('clean-exit', [], 1_000_000)).toBe(false);
  });

  it('gives up after three reloads within a minute, and reloads again once they are older', () => {
    const now = 1_000_000;
    const three = [now - 50_000, now - 20_000, now - 1_000];
    expect(MAX_RELOADS).toBe(3);
    expect(reloadAfterGone('crashed', three.slice(0, 2), now)).toBe(true);
    expect(reloadAfterGone('crashed', three, now)).toBe(false);
    expect(reloadAfterGone('crashed', three, now + CRASH_WINDOW_MS)).toBe(true); // the oldest has aged out
  });
});
