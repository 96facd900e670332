/**
 * A backup taken while a speech, an item, a question or the hall's countdown was running holds
 * its timer as running since it started: put back in place later, it would count the whole gap
 * between the backup and the restore as spoken (a 5-minute speech reading 47 minutes, red on the
 * hall screen). A restore holds every such timer at what it had run when the backup was taken,
 * paused, as the chair's own Pause would have left it (the item's segment closed then, its
 * speech paused with it so resuming the item resumes the speech); the chair resumes with Space.
 * The sitting's own clock is left running: the sitting did go on in the hall meanwhile.
 */
import Database from 'better-sqlite3';
import { pauseTimer } from '../../../common/timing/timer';
import { stopItem } from '../timing/commands';
import { pauseLiveQuestion } from '../questions/commands';
import { numberedTitle } from '../agenda/store';
import { restoreBackupWith, takenAtOf, TAKEN_AT_SETTING, type HeldTimer, type HeldTimers } from './store';
import { startUndoAfresh } from '../../store/undo';

/**
 * Puts a backup in place of the database (store.ts restoreBackupWith), its running timers held
 * and its undo steps dropped first (prepareCopy). Every restore goes through here: the panel's
 * (a listed backup, or a copy chosen from a USB stick), the command line's and the desktop app's
 * recovery offer.
 */
export function restoreBackup(dbFile: string, name: string, at = Date.now(), nativeBinding?: string, held?: HeldTimers): string | null {
  return restoreBackupWith(prepareCopy, dbFile, name, at, nativeBinding, held);
}

/**
 * Readies the copy being restored, before it is put in place. Pauses the timers running in it at
 * what they had run when the backup was taken: the time its name says, or for a copy brought in
 * (named when it was brought in) the time it carries (takenAtIn). Makes the restore undo's
 * boundary (startUndoAfresh): no step from before it is offered, in any scope. Returns the timers
 * it paused.
 */
function prepareCopy(file: string, name: string, now: number, nativeBinding?: string): HeldTimer[] {
  const db = new Database(file, { fileMustExist: true, nativeBinding });
  try {
    const held = holdTimers(db, takenAtOf(name, now) ?? takenAtIn(db, now));
    // What the copy said of itself is no setting of the database it becomes.
    db.prepare('DELETE FROM setting WHERE key = ?').run(TAKEN_AT_SETTING);
    startUndoAfresh(db, now);
    return held;
  } finally {
    db.close();
  }
}

type Row = { id: number; started_at: number; accumulated_ms: number };

/**
 * When a copy whose name does not say it was taken: the time it carries (TAKEN_AT_SETTING, written
 * with every backup since it was), else the newest moment it records (lastMomentIn); never
 * before that moment (a copy of a database that was itself restored carries the older backup's
 * time, outdone by what was recorded since), never later than `now`.
 */
export function takenAtIn(db: Database.Database, now: number): number {
  const last = lastMomentIn(db, now);
  const text = db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(TAKEN_AT_SETTING) as string | undefined;
  const stamped = text === undefined ? NaN : Number(text);
  return Number.isSafeInteger(stamped) ? Math.min(Math.max(stamped, last), now) : last;
}

/**
 * When the copy was taken, for a copy whose name does not say it (one brought in from a USB
 * stick, named when it was brought in): the newest moment it records, its last journal entry or
 * a timer started after it. Never later than `now`.
 */
export function lastMomentIn(db: Database.Database, now: number): number {
  const row = db
    .prepare(
      `SELECT MAX(t) AS t FROM (
         SELECT MAX(at) AS t FROM journal
         UNION ALL SELECT MAX(started_at) FROM agenda_item
         UNION ALL SELECT MAX(started_at) FROM speech
         UNION ALL SELECT MAX(started_at) FROM question
         UNION ALL SELECT MAX(started_at) FROM answer)`,
    )
    .get() as { t: number | null };
  return Math.min(row.t ?? now, now);
}

/**
 * Pauses, in the restored copy `db` (open, not yet in place), every timer running in it at
 * `takenAt`; a timer started after `takenAt` (a clock that disagreed) is paused at nothing run
 * since it started. Returns what it paused, named as the journal says them (the item by its
 * number in the programme, a speech, question or answer by its person, what each had run), for
 * the restore's line in the journal. One transaction: all or none.
 */
export function holdTimers(db: Database.Database, takenAt: number): HeldTimer[] {
  const held: HeldTimer[] = [];
  db.transaction(() => {
    const at = (startedAt: number) => Math.max(startedAt, takenAt);
    const ran = (r: { started_at: number; accumulated_ms: number }) => r.accumulated_ms + (at(r.started_at) - r.started_at);
    // Named and measured before any is paused: pausing the item pauses its speech and question with it.
    const items = db.prepare("SELECT id, session_id, title, started_at, accumulated_ms FROM agenda_item WHERE status = 'running' AND started_at IS NOT NULL ORDER BY position, id").all() as (Row & { session_id: number; title: string })[];
    for (const item of items) held.push({ timer: 'item', name: numberedTitle(db, { id: item.id, sessionId: item.session_id, title: item.title }), ranMs: ran(item) });
    const people = {
      speech: 'SELECT s.id, s.started_at, s.accumulated_ms, d.full_name AS name FROM speech s JOIN delegate d ON d.id = s.delegate_id WHERE s.started_at IS NOT NULL ORDER BY s.id',
      question: 'SELECT q.id, q.started_at, q.accumulated_ms, d.full_name AS name FROM question q JOIN delegate d ON d.id = q.asker_id WHERE q.started_at IS NOT NULL ORDER BY q.id',
      answer: 'SELECT a.id, a.started_at, a.accumulated_ms, d.full_name AS name FROM answer a JOIN respondent r ON r.id = a.respondent_id JOIN delegate d ON d.id = r.delegate_id WHERE a.started_at IS NOT NULL ORDER BY a.id',
    } as const;
    for (const timer of ['speech', 'question', 'answer'] as const) {
      for (const r of db.prepare(people[timer]).all() as (Row & { name: string })[]) held.push({ timer, name: r.name, ranMs: ran(r) });
    }
    for (const item of items) {
      // As item.pause does it: the segment closed, the speech under it paused with it.
      stopItem(db, item.id, at(item.started_at), 'paused');
      pauseLiveQuestion(db, item.session_id, at(item.started_at));
    }
    for (const table of ['speech', 'question', 'answer'] as const) {
      const running = db.prepare(`SELECT id, started_at, accumulated_ms FROM ${table} WHERE started_at IS NOT NULL`).all() as Row[];
      for (const r of running) {
        const t = pauseTimer({ startedAt: r.started_at, accumulatedMs: r.accumulated_ms }, at(r.started_at));
        db.prepare(`UPDATE ${table} SET started_at = NULL, accumulated_ms = ?${table === 'speech' ? ', pauses = pauses + 1' : ''} WHERE id = ?`).run(t.accumulatedMs, r.id);
      }
    }
    const countdown = db.prepare('SELECT countdown_started_at AS started_at, countdown_accumulated_ms AS accumulated_ms FROM hall_screen WHERE id = 1 AND countdown_started_at IS NOT NULL').get() as Omit<Row, 'id'> | undefined;
    if (countdown) {
      const t = pauseTimer({ startedAt: countdown.started_at, accumulatedMs: countdown.accumulated_ms }, at(countdown.started_at));
      db.prepare('UPDATE hall_screen SET countdown_started_at = NULL, countdown_accumulated_ms = ? WHERE id = 1').run(t.accumulatedMs);
      held.push({ timer: 'countdown', name: '', ranMs: t.accumulatedMs });
    }
  })();
  return held;
}
