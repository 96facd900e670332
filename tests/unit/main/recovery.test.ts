import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, MAX_RELOADS, reloadAfterGone, RESTORE_BUTTON, restoreQuestion } from '../../../electron/main/recovery';

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

describe('a damaged database with a good backup', () => {
  // The backup's time as the chair's clock reads it: a laptop in Hà Nội.
  const tz = process.env.TZ;
  beforeEach(() => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
  });
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('asks, in the chair’s language, whether to restore the backup of that time; Restore is the default, Quit the cancel', () => {
    const at = Date.UTC(2026, 11, 8, 7, 30); // 14:30 in Hà Nội
    const vi = restoreQuestion('damaged', at, 'vi');
    expect(vi.message).toBe('Tệp dữ liệu bị hỏng nên không mở được.');
    expect(vi.detail).toContain('14:30');
    expect(vi.detail).toContain('08/12/2026 14:30:00');
    expect(vi.buttons).toEqual(['Khôi phục', 'Thoát']);
    expect(vi.defaultId).toBe(RESTORE_BUTTON);
    expect(vi.cancelId).not.toBe(RESTORE_BUTTON);
    const en = restoreQuestion('damaged', at, 'en');
    expect(en.detail).toBe('The newest good backup is from 8 Dec 2026, 14:30:00. Restore it? The damaged file is kept beside it.');
    expect(en.buttons[en.defaultId]).toBe('Restore');
    expect(en.buttons[en.cancelId]).toBe('Quit');
  });

  it('says a missing database file is missing, not damaged, and offers the same restore', () => {
    const at = Date.UTC(2026, 11, 8, 7, 30);
    const vi = restoreQuestion('missing', at, 'vi');
    expect(vi.message).toBe('Không thấy tệp dữ liệu.');
    expect(vi.detail).toContain('14:30');
    expect(vi.detail).not.toContain('hỏng');
    const en = restoreQuestion('missing', at, 'en');
    expect(en.message).toBe('The database file is missing.');
    expect(en.detail).toBe('Gavel has backups of it: the newest good one is from 8 Dec 2026, 14:30:00. Restore it? Gavel will not start a new, empty database in its place.');
    expect(en.buttons[en.defaultId]).toBe('Restore');
    // An emptied file is damaged to the chair: the damaged wording.
    expect(restoreQuestion('emptied', at, 'en').message).toBe('The database is damaged and cannot be opened.');
  });
});
