import type { Db } from './db';
import type { Reply } from '../engine/protocol';

/**
 * The replies to commands that came with their own id (`cid`, transport.ts), kept with the
 * database: a console whose connection dropped before the answer sends the command again
 * under the same `cid`, also after the chair's computer restarted, and gets the reply it
 * missed instead of the command running twice (a speaker queued twice).
 */

/** Kept a day: a screen asks again within a minute (RESEND_WITHIN_MS), so older ids only take room. */
export const KEEP_REPLIES_MS = 24 * 60 * 60 * 1000;
/**
 * How often the replies older than a day are dropped: with the first reply kept after the
 * database is opened, then at most once an hour. Every console command keeps a reply, and a
 * delete on each (with the index on `at` it needed) cost every one of them a statement and an
 * index page; an hour's scan of a day's small rows costs about a millisecond, and a reply kept
 * an hour longer changes nothing for a resend.
 */
export const PRUNE_REPLIES_EVERY_MS = 60 * 60 * 1000;
/** A longer value is not kept (no command returns one today); the reply then says ok with a null value. */
const MAX_KEPT_VALUE = 4096;

/** Who sent it: the paired device, else the sender's name (the console's address); ids are kept per sender. */
export function senderOf(meta: { actor: string; deviceId?: number | null }): string {
  return meta.deviceId != null ? `device:${meta.deviceId}` : `actor:${meta.actor}`;
}

/** What command `cid` of `sender` got when it ran, or undefined when it never ran (or was refused). */
export function keptReply(db: Db, sender: string, cid: string): Reply | undefined {
  const row = db.prepare('SELECT revision, value FROM command_reply WHERE sender = ? AND cid = ?').get(sender, cid) as
    | { revision: number; value: string | null }
    | undefined;
  return row && { ok: true, revision: row.revision, value: row.value === null ? null : JSON.parse(row.value) };
}

/**
 * When each open database last dropped its old replies. Kept in memory: a prune whose command
 * rolls back is only noted too early, and the rows it would have dropped go at the next one.
 */
const lastPrune = new WeakMap<Db, number>();

/** Keeps a command's reply, inside the command's own transaction; drops the ones older than a day now and then (PRUNE_REPLIES_EVERY_MS). */
export function keepReply(db: Db, r: { sender: string; cid: string; revision: number; value: unknown; at: number }): void {
  const pruned = lastPrune.get(db);
  if (pruned === undefined || r.at - pruned >= PRUNE_REPLIES_EVERY_MS) {
    db.prepare('DELETE FROM command_reply WHERE at < ?').run(r.at - KEEP_REPLIES_MS);
    lastPrune.set(db, r.at);
  }
  // A null value (most commands) is kept as SQL NULL, the same reply in fewer bytes.
  const value = r.value === undefined || r.value === null ? null : JSON.stringify(r.value);
  db.prepare('INSERT INTO command_reply (sender, cid, revision, value, at) VALUES (?, ?, ?, ?, ?)').run(
    r.sender,
    r.cid,
    r.revision,
    value !== null && value.length <= MAX_KEPT_VALUE ? value : null,
    r.at,
  );
}
