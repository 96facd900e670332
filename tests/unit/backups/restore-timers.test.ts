/**
 * A backup taken while a speech and its item were running, restored later: the clocks must not
 * count the time between the backup and the restore as spoken. They come back paused at what they
 * had run when the backup was taken, and the chair is told (heldTimers); Space resumes them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { adminReply, Keeper } from '../../../electron/features/backups/keeper';
import { runBackupCli } from '../../../electron/features/backups/cli';
import { writeBackup } from '../../../electron/features/backups/store';
import { openStore, closeStore } from '../../../electron/store/db';
import { discussionUnderWay, manualClock, ok, seedBasics, tempDir } from '../helpers';

const keepers: Keeper[] = [];
afterEach(() => keepers.splice(0).forEach((k) => k.db.open && k.close()));

/** A speech 2 min into a running discussion item, the backup taken then (at `takenAt`), and 40 min more of the sitting after it. */
function speechBackedUp() {
  const takenAt = Date.now() - 3_600_000;
  const clock = manualClock(takenAt - 10 * 60_000);
  const keeper = new Keeper(path.join(tempDir(), 'gavel.sqlite'), { clock: () => clock, log: () => {} });
  keepers.push(keeper);
  const engine = keeper.engine;
  seedBasics(engine);
  const { itemId } = discussionUnderWay(engine);
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' }).id;
  clock.advance(8 * 60_000);
  ok(engine, 'speaker.request', { delegateId: hang });
  ok(engine, 'speaker.next');
  ok(engine, 'speaker.start');
  clock.set(takenAt);
  const backup = writeBackup(keeper.db, keeper.file, 'periodic', takenAt);
  // The sitting goes on for 40 minutes; then the office restores the backup.
  clock.advance(40 * 60_000);
  ok(engine, 'speaker.finish');
  return { keeper, clock, itemId, backup, takenAt };
}

const timers = (db: Keeper['db']) => ({
  item: db.prepare("SELECT status, started_at AS startedAt, accumulated_ms AS ms FROM agenda_item WHERE status IN ('running', 'paused')").get() as { status: string; startedAt: number | null; ms: number },
  speech: db.prepare('SELECT status, started_at AS startedAt, accumulated_ms AS ms, pauses FROM speech').get() as { status: string; startedAt: number | null; ms: number; pauses: number },
  openSegments: db.prepare('SELECT COUNT(*) FROM item_segment WHERE ended_at IS NULL').pluck().get() as number,
});

describe('a restore holds the timers at the backup', () => {
  it('pauses the running item and speech at what they had run when the backup was taken, and says so', () => {
    const { keeper, backup } = speechBackedUp();
    const reply = adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'vi');
    expect(reply.ok).toBe(true);
    expect(reply.ok && (reply.value as { heldTimers: number }).heldTimers).toBeGreaterThanOrEqual(1);
    const t = timers(keeper.db);
    // 10 minutes of the item, 2 of the speech, as at the backup: not 50 and 42.
    expect(t.item).toEqual({ status: 'paused', startedAt: null, ms: 10 * 60_000 });
    expect(t.speech).toMatchObject({ status: 'speaking', startedAt: null, ms: 2 * 60_000, pauses: 1 });
    expect(t.openSegments).toBe(0);
  });

  it('Space resumes them from there: the item and its speech run on from 10 and 2 minutes', () => {
    const { keeper, clock, itemId, backup } = speechBackedUp();
    adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'vi');
    ok(keeper.engine, 'item.resume', { id: itemId });
    clock.advance(30_000);
    const t = timers(keeper.db);
    expect(t.item.status).toBe('running');
    expect(t.item.ms + (clock() - t.item.startedAt!)).toBe(10 * 60_000 + 30_000);
    expect(t.speech.ms + (clock() - (t.speech.startedAt ?? clock()))).toBe(2 * 60_000 + 30_000);
  });

  it('a copy saved away and restored from the command line is held at the last moment it records', () => {
    const { keeper, backup, takenAt } = speechBackedUp();
    const file = keeper.file;
    const saved = path.join(tempDir(), 'gavel-HDND-ky-hop-11.sqlite');
    fs.copyFileSync(path.join(path.dirname(file), 'backups', backup.name), saved);
    keeper.close();
    const lines: string[] = [];
    expect(runBackupCli(['restore', saved, '--data-dir', path.dirname(file)], (l) => lines.push(l))).toBe(0);
    const db = openStore(file);
    try {
      const t = timers(db);
      expect(t.item.status).toBe('paused');
      // The copy's last record is the speech started 8 minutes into the item (its name says nothing of when it was taken).
      expect(t.item.ms).toBe(8 * 60_000);
      expect(t.speech).toMatchObject({ startedAt: null, ms: 0 });
      expect(takenAt).toBeGreaterThan(0);
    } finally {
      closeStore(db);
    }
  });
});
