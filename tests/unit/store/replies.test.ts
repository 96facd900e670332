import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { closeStore, openStore } from '../../../electron/store/db';
import { KEEP_REPLIES_MS, PRUNE_REPLIES_EVERY_MS } from '../../../electron/store/replies';
import type { Db } from '../../../electron/store/db';
import { manualClock, ok, seedBasics, tempDir } from '../helpers';

const HOUR = 60 * 60 * 1000;
const chair = { actor: 'chủ tọa', lang: 'vi' } as const;
const kept = (db: Db) => db.prepare('SELECT cid FROM command_reply ORDER BY at').pluck().all();

/**
 * A console's command keeps its reply for a resend (store/replies.ts): replies older than a day
 * are dropped with the first reply kept after the database is opened, then at most once an hour,
 * not with every command; a resend is answered from its reply however the drops fall.
 */
describe('replies kept for a resend', () => {
  it('drops the replies older than a day once an hour, not with every command', () => {
    const file = path.join(tempDir(), 'replies.sqlite');
    const clock = manualClock();
    const db = openStore(file);
    const engine = new Engine(db, clock);
    seedBasics(engine);
    const agendaItemId = ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion' }).id;
    const command = (n: number) => ({ type: 'agenda.update', id: agendaItemId, title: `Thảo luận ${n}`, kind: 'discussion', plannedMinutes: 10 + n });
    const send = (cid: string) => expect(engine.dispatch(command(cid.length), { ...chair, cid }).ok).toBe(true);

    send('a'); // the first reply after the open drops what is old (nothing yet)
    clock.advance(KEEP_REPLIES_MS - HOUR / 2);
    send('bb'); // an hour since the last drop: drops what is over a day old ('a' is not yet)
    expect(kept(db)).toEqual(['a', 'bb']);
    clock.advance(HOUR / 2 + 10 * 60 * 1000);
    send('ccc'); // 'a' is now over a day old, but the last drop was 40 minutes ago
    expect(kept(db)).toEqual(['a', 'bb', 'ccc']);
    // Kept longer than a day, 'a' is still answered with its first reply, never run again.
    const revision = engine.current.revision;
    expect(engine.dispatch(command(1), { ...chair, cid: 'a' })).toMatchObject({ ok: true });
    expect(engine.current.revision).toBe(revision);
    clock.advance(PRUNE_REPLIES_EVERY_MS - 40 * 60 * 1000);
    send('dddd'); // an hour since the last drop
    expect(kept(db)).toEqual(['bb', 'ccc', 'dddd']);

    // Opened again (a restart) two days on: the first reply kept drops the day before's.
    closeStore(db);
    clock.advance(2 * KEEP_REPLIES_MS);
    const reopened = openStore(file);
    const again = new Engine(reopened, clock);
    expect(again.dispatch(command(5), { ...chair, cid: 'eeeee' }).ok).toBe(true);
    expect(kept(reopened)).toEqual(['eeeee']);
    closeStore(reopened);
  });

  it('keeps a null value as SQL NULL, and answers the resend with null', () => {
    const clock = manualClock();
    const db = openStore(':memory:');
    const engine = new Engine(db, clock);
    seedBasics(engine);
    const id = ok(engine, 'agenda.add', { title: 'Khai mạc', kind: 'opening' }).id;
    const first = engine.dispatch({ type: 'item.start', id }, { ...chair, cid: 'f'.repeat(32) });
    expect(first).toMatchObject({ ok: true, value: null });
    expect(db.prepare('SELECT value FROM command_reply').pluck().get()).toBeNull();
    expect(engine.dispatch({ type: 'item.start', id }, { ...chair, cid: 'f'.repeat(32) })).toEqual(first);
  });
});
