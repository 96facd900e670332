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
import { TAKEN_AT_SETTING, writeBackup } from '../../../electron/features/backups/store';
import { holdTimers, takenAtIn } from '../../../electron/features/backups/restore';
import { openStore, closeStore } from '../../../electron/store/db';
import { readActivity } from '../../../electron/features/activity/store';
import { describe as sentence, namesFrom } from '../../../src/features/activity/activity';
import { discussionUnderWay, itemUnderWay, manualClock, newEngine, ok, seedBasics, tempDir } from '../helpers';

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

  it('a copy saved away and restored from the command line is held at the time the backup was taken, which the copy carries', () => {
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
      // Brought in, it is renamed: the time it carries says when it was taken, 2 minutes after its
      // last record (the speech started 8 minutes into the item), so 10 and 2 minutes as at the backup.
      expect(t.item.ms).toBe(10 * 60_000);
      expect(t.speech).toMatchObject({ startedAt: null, ms: 2 * 60_000 });
      expect(lines.join('\n')).toContain('the speech of Nguyễn Thị Hằng (2:00 elapsed)');
      // What the copy said of itself stays out of the database it became.
      expect(db.prepare('SELECT COUNT(*) FROM setting WHERE key = ?').pluck().get(TAKEN_AT_SETTING)).toBe(0);
      expect(takenAt).toBeGreaterThan(0);
    } finally {
      closeStore(db);
    }
  });
});

/** The restore's line in the journal (the newest entry), in words, as the Activity view shows it. */
function restoreLine(db: Keeper['db'], lang: 'vi' | 'en'): string {
  const log = readActivity(db);
  const entry = log.entries.find((e) => e.type === 'backup.restored')!;
  return sentence(entry, namesFrom(null, log.sittings), lang);
}

describe('the journal says which timers a restore held', () => {
  it('names the item and the speech it paused, and what each had run, in both languages', () => {
    const { keeper, backup } = speechBackedUp();
    expect(adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'vi').ok).toBe(true);
    expect(restoreLine(keeper.db, 'vi')).toContain('; đã tạm dừng các đồng hồ đang chạy trong bản sao lưu, giữ nguyên thời gian đã chạy lúc đó: nội dung «1. Thảo luận tại hội trường» (đã chạy 10:00), phát biểu của Nguyễn Thị Hằng (đã chạy 2:00)');
    expect(restoreLine(keeper.db, 'en')).toContain('; paused the clocks that were running in the backup, at what they had run then: item “1. Thảo luận tại hội trường” (10:00 elapsed), the speech of Nguyễn Thị Hằng (2:00 elapsed)');
  });

  it('says nothing of clocks when none was running in the backup', () => {
    const { keeper, clock } = speechBackedUp();
    // Taken after the speech ended and the item was paused: nothing runs in it.
    ok(keeper.engine, 'item.pause', { id: keeper.engine.current.agenda[0].id });
    const still = writeBackup(keeper.db, keeper.file, 'manual', clock());
    expect(adminReply(keeper, { op: 'backups.restore', name: still.name }, 'en').ok).toBe(true);
    expect(restoreLine(keeper.db, 'en')).not.toContain('paused the clocks');
    expect(restoreLine(keeper.db, 'en')).toMatch(/“Before a restore”$/);
  });

  it('the command line says them too, and journals them the same way', () => {
    const { keeper, backup } = speechBackedUp();
    const file = keeper.file;
    keeper.close();
    const lines: string[] = [];
    expect(runBackupCli(['restore', backup.name, '--data-dir', path.dirname(file), '--lang', 'vi'], (l) => lines.push(l))).toBe(0);
    expect(lines.join('\n')).toContain('Đã tạm dừng các đồng hồ đang chạy trong bản sao lưu, giữ nguyên thời gian đã chạy lúc đó: nội dung «1. Thảo luận tại hội trường» (đã chạy 10:00), phát biểu của Nguyễn Thị Hằng (đã chạy 2:00). Chủ tọa cho chạy tiếp ở màn hình Điều hành (phím Cách).');
    const db = openStore(file);
    try {
      expect(restoreLine(db, 'en')).toContain('the speech of Nguyễn Thị Hằng (2:00 elapsed)');
    } finally {
      closeStore(db);
    }
  });

  it('names a question being asked, the answer under way and the hall countdown by whose and how long', () => {
    /** A questioning item (the programme's second) under way, Hoàng Văn An's question asked for 90 s, the hall's break countdown on; `answering`: then 60 s of Hà Minh Đức's answer. */
    function questioning(answering: boolean) {
      const clock = manualClock(Date.UTC(2026, 11, 8, 2, 0));
      const { engine } = newEngine(':memory:', clock);
      seedBasics(engine);
      const asker = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn An' }).id;
      const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
      const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở TN&MT' }).id;
      ok(engine, 'agenda.add', { title: 'Báo cáo kết quả giám sát', kind: 'report' });
      const { itemId } = itemUnderWay(engine, { title: 'Phiên chất vấn', kind: 'questioning' });
      const q = ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tiến độ cấp giấy chứng nhận?', agendaItemId: itemId }).id;
      ok(engine, 'question.next', { id: q });
      ok(engine, 'question.toggle');
      ok(engine, 'hall.setMessage', { message: 'Nghỉ giải lao', countdownMinutes: 15 });
      clock.advance(90_000);
      if (answering) {
        ok(engine, 'question.stop');
        ok(engine, 'answer.start');
        ok(engine, 'question.toggle');
        clock.advance(60_000);
      }
      return holdTimers(engine.db, clock());
    }
    const item = { timer: 'item', name: '2. Phiên chất vấn', ranMs: expect.any(Number) };
    expect(questioning(false)).toEqual([item, { timer: 'question', name: 'Hoàng Văn An', ranMs: 90_000 }, { timer: 'countdown', name: '', ranMs: 90_000 }]);
    expect(questioning(true)).toEqual([item, { timer: 'answer', name: 'Hà Minh Đức', ranMs: 60_000 }, { timer: 'countdown', name: '', ranMs: 150_000 }]);
  });

  it('reads a copy’s time as what it carries, never before its last record nor after now, else its last record', () => {
    const clock = manualClock(Date.UTC(2026, 11, 8, 2, 0));
    const { engine, db } = newEngine(':memory:', clock);
    seedBasics(engine);
    const last = clock();
    const now = last + 60 * 60_000;
    const stamp = (at: number | string) => db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(TAKEN_AT_SETTING, String(at));
    expect(takenAtIn(db, now)).toBe(last);
    stamp(last + 5 * 60_000);
    expect(takenAtIn(db, now)).toBe(last + 5 * 60_000);
    // A copy of a database that was itself restored: the older backup's time, outdone by its own records.
    stamp(last - 30 * 60_000);
    expect(takenAtIn(db, now)).toBe(last);
    stamp(now + 60_000);
    expect(takenAtIn(db, now)).toBe(now);
    stamp('"not a time"');
    expect(takenAtIn(db, now)).toBe(last);
  });
});
