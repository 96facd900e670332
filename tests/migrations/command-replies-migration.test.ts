import { describe, expect, it } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { migrate } from '../../electron/store/db';
import { LATEST_VERSION } from '../../electron/store/migrations/index';
import { readJournal } from '../../electron/store/journal';
import { KEEP_REPLIES_MS } from '../../electron/store/replies';
import { manualClock, schemaBefore } from '../unit/helpers';

const T0 = Date.UTC(2026, 11, 8, 1, 0, 0);
const secretary = { actor: 'Thư ký - laptop 2', lang: 'vi', role: 'secretary', deviceId: 1 } as const;

describe('migration command-replies', () => {
  it('keeps the journal and the queue of a schema 20 database, and from then on a command sent again after a restart runs once', () => {
    const { db } = schemaBefore('command-replies');
    db.exec(`
      INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 4, 3, 'regular', '2026-12-08', '2026-12-08');
      INSERT INTO setting VALUES ('current_session_id', '1');
      INSERT INTO delegate (id, full_name, seat_number) VALUES (1, 'Nguyễn Thị Hằng', 1), (2, 'Đặng Quốc Việt', 2);
      INSERT INTO agenda_item (id, session_id, position, title, kind, planned_minutes) VALUES (1, 1, 0, 'Thảo luận về dự toán ngân sách năm 2027', 'discussion', 60);
      INSERT INTO devices (id, name, role, secret_hash, paired_at, last_seen_at, revoked_at) VALUES (1, 'Thư ký - laptop 2', 'secretary', 'ab12', 1, 2, NULL);
      INSERT INTO speech (id, agenda_item_id, delegate_id, kind, status, position, requested_at, limit_ms) VALUES (1, 1, 1, 'speech', 'queued', 0, ${T0}, 420000);
      INSERT INTO journal (revision, at, actor, type, payload, device_id, role, topic) VALUES
        (7, ${T0}, 'Thư ký - laptop 2', 'speaker.request', '{"delegateId":1}', 1, 'secretary', 'queue:1');
    `);
    const journal = readJournal(db);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(readJournal(db)).toEqual(journal);
    expect(db.prepare('SELECT count(*) FROM command_reply').pluck().get()).toBe(0);

    const clock = manualClock(T0 + 60_000);
    const engine = new Engine(db, clock);
    expect(engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([1]);
    const request = { type: 'speaker.request', agendaItemId: 1, delegateId: 2 };
    const first = engine.dispatch(request, { ...secretary, cid: 'c'.repeat(32) });
    expect(first).toMatchObject({ ok: true, revision: 8, value: { kind: 'speech' } });
    // This computer restarts: a new engine on the same database answers the resend from it.
    const again = new Engine(db, clock).dispatch(request, { ...secretary, cid: 'c'.repeat(32) });
    expect(again).toEqual(first);
    expect(db.prepare('SELECT delegate_id FROM speech ORDER BY id').pluck().all()).toEqual([1, 2]);
    expect(readJournal(db).map((e) => e.revision)).toEqual([8, 7]);

    // A day on, the ids of the day before are dropped as new ones come.
    clock.advance(KEEP_REPLIES_MS + 1);
    engine.dispatch({ type: 'speaker.withdraw', id: 2 }, { ...secretary, cid: 'd'.repeat(32) });
    expect(db.prepare('SELECT cid FROM command_reply').pluck().all()).toEqual(['d'.repeat(32)]);
    db.close();
  });
});

describe('migration command-reply-index', () => {
  it('keeps the replies of a schema 22 database, drops the index on their time, and a resend is still answered from them', () => {
    const { db } = schemaBefore('command-reply-index');
    db.exec(`
      INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 4, 3, 'regular', '2026-12-08', '2026-12-08');
      INSERT INTO setting VALUES ('current_session_id', '1');
      INSERT INTO delegate (id, full_name, seat_number) VALUES (1, 'Nguyễn Thị Hằng', 1);
      INSERT INTO devices (id, name, role, secret_hash, paired_at, last_seen_at, revoked_at) VALUES (1, 'Thư ký - laptop 2', 'secretary', 'ab12', 1, 2, NULL);
      INSERT INTO agenda_item (id, session_id, position, title, kind, planned_minutes) VALUES (1, 1, 0, 'Thảo luận về dự toán ngân sách năm 2027', 'discussion', 60);
      INSERT INTO journal (revision, at, actor, type, payload, device_id, role, topic) VALUES
        (7, ${T0}, 'Thư ký - laptop 2', 'speaker.request', '{"agendaItemId":1,"delegateId":1}', 1, 'secretary', 'queue:1');
      INSERT INTO command_reply VALUES ('device:1', '${'c'.repeat(32)}', 7, '{"id":1,"kind":"speech"}', ${T0});
    `);
    const replies = db.prepare('SELECT * FROM command_reply').all();
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT * FROM command_reply').all()).toEqual(replies);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE tbl_name = 'command_reply' AND type = 'index' AND sql IS NOT NULL").pluck().all()).toEqual([]);
    const again = new Engine(db, manualClock(T0 + 30_000)).dispatch({ type: 'speaker.request', agendaItemId: 1, delegateId: 1 }, { ...secretary, cid: 'c'.repeat(32) });
    expect(again).toEqual({ ok: true, revision: 7, value: { id: 1, kind: 'speech' } });
    expect(readJournal(db).map((e) => e.revision)).toEqual([7]);
    db.close();
  });
});
