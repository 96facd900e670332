/**
 * The periodic backup ("Định kỳ 10 phút") follows the newest periodic copy on disk, not the start
 * of the app: restarted every few minutes (a crash loop, a chair closing and reopening Gavel), it
 * still writes one every 10 minutes of an open sitting. Overdue at a start, it is written soon
 * after, never in the start's path.
 */
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Keeper, PERIODIC_BACKUP_MS, PERIODIC_FIRST_LOOK_MS, periodicAnchor, periodicWait } from '../../../electron/features/backups/keeper';
import { listBackups, writeBackup } from '../../../electron/features/backups/store';
import { discussionUnderWay, manualClock, ok, seedBasics, tempDir } from '../helpers';

const MIN = 60_000;

describe('when the next periodic backup is due (periodicAnchor, periodicWait)', () => {
  const now = Date.UTC(2026, 11, 8, 2, 0);
  const started = now - 30_000;
  it('is due a period after the newest periodic copy, whenever Gavel started', () => {
    expect(periodicWait(now - 3 * MIN, now)).toBe(7 * MIN);
    expect(periodicWait(now - 9 * MIN - 59_000, now)).toBe(1_000);
    expect(periodicWait(now, now)).toBe(PERIODIC_BACKUP_MS);
    const backups = [
      { at: now - 2 * MIN, reason: 'manual' },
      { at: now - 4 * MIN, reason: 'periodic' },
      { at: now - 14 * MIN, reason: 'periodic' },
    ] as const;
    expect(periodicAnchor(backups, started)).toBe(now - 4 * MIN);
    // Listed in any order (a folder copied by hand): the newest counts.
    expect(periodicAnchor([...backups].reverse(), started)).toBe(now - 4 * MIN);
  });

  it('is due now when the newest is a period old or older', () => {
    expect(periodicWait(now - 10 * MIN, now)).toBe(0);
    expect(periodicWait(now - 3 * 24 * 60 * MIN, now)).toBe(0);
  });

  it('before any periodic copy counts from the newest backup of any kind, and in a folder without backups from the start', () => {
    expect(periodicAnchor([{ at: now - 25 * MIN, reason: 'sitting-open' }, { at: now - 40 * MIN, reason: 'migration' }], started)).toBe(now - 25 * MIN);
    expect(periodicAnchor([], started)).toBe(started);
    expect(periodicWait(periodicAnchor([], started), now)).toBe(PERIODIC_BACKUP_MS - 30_000);
  });

  it('waits one period, never longer, after a copy dated in the future (the clock set back since)', () => {
    expect(periodicWait(now + 2 * 60 * MIN, now)).toBe(PERIODIC_BACKUP_MS);
    expect(periodicWait(now + 1, now)).toBe(PERIODIC_BACKUP_MS);
  });

  it('takes another period', () => {
    expect(periodicWait(now - 3 * MIN, now, 5 * MIN)).toBe(2 * MIN);
  });
});

describe('the keeper’s periodic backup across restarts, on a real data folder', () => {
  const keepers: Keeper[] = [];
  afterEach(() => {
    for (const k of keepers.splice(0)) if (k.db.open) k.close();
    vi.useRealTimers();
  });
  const periodic = (file: string) => listBackups(file).filter((b) => b.reason === 'periodic');
  const start = (file: string) => {
    const keeper = new Keeper(file, { clock: () => manualClock(Date.now()), log: () => {} });
    keepers.push(keeper);
    return keeper;
  };

  /** A data folder whose sitting is open (a discussion under way) and backed up as it opened, as Gavel left it when it stopped. */
  function sittingOpenIn(): string {
    const file = path.join(tempDir(), 'gavel.sqlite');
    const keeper = start(file);
    seedBasics(keeper.engine);
    discussionUnderWay(keeper.engine);
    vi.advanceTimersByTime(0);
    expect(listBackups(file).map((b) => b.reason)).toEqual(['sitting-open']);
    keeper.close();
    return file;
  }

  it('writes when the newest periodic copy says it is due, not 10 minutes after the start', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'Date'] });
    const file = sittingOpenIn();
    const keeper = start(file);
    // The last periodic copy 7 minutes ago: the next is due in 3, though Gavel has just started.
    writeBackup(keeper.db, file, 'periodic', Date.now() - 7 * MIN);
    vi.advanceTimersByTime(PERIODIC_FIRST_LOOK_MS);
    expect(periodic(file)).toHaveLength(1);
    vi.advanceTimersByTime(3 * MIN - PERIODIC_FIRST_LOOK_MS);
    expect(periodic(file)).toHaveLength(2);
    vi.advanceTimersByTime(10 * MIN);
    expect(periodic(file)).toHaveLength(3);
  });

  it('writes one soon after the start when it is overdue, none during the start itself', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'Date'] });
    const file = sittingOpenIn();
    const db = start(file);
    writeBackup(db.db, file, 'periodic', Date.now() - 25 * MIN);
    db.close();
    const keeper = start(file);
    expect(periodic(file)).toHaveLength(1);
    vi.advanceTimersByTime(PERIODIC_FIRST_LOOK_MS);
    expect(periodic(file)).toHaveLength(2);
    expect(keeper.engine.current.sittings.some((s) => s.status === 'open')).toBe(true);
  });

  it('an app restarted every 3 minutes for half an hour of an open sitting still keeps a copy every 10 minutes', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'Date'] });
    const file = sittingOpenIn();
    const began = Date.now();
    while (Date.now() - began < 30 * MIN) {
      const keeper = start(file);
      vi.advanceTimersByTime(3 * MIN);
      keeper.close();
    }
    const times = periodic(file).map((b) => b.at).sort();
    expect(times.length).toBeGreaterThanOrEqual(3);
    // Never two within a period: the schedule is the copies', not each start's.
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeGreaterThanOrEqual(PERIODIC_BACKUP_MS);
  });

  it('during preparation (no sitting open), writes nothing when nothing changed, however it is due', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'Date'] });
    const file = path.join(tempDir(), 'gavel.sqlite');
    const first = start(file);
    seedBasics(first.engine);
    first.close();
    const keeper = start(file);
    vi.advanceTimersByTime(PERIODIC_FIRST_LOOK_MS + 30 * MIN);
    expect(periodic(file)).toHaveLength(0);
    ok(keeper.engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' });
    vi.advanceTimersByTime(10 * MIN);
    expect(periodic(file)).toHaveLength(1);
  });
});
