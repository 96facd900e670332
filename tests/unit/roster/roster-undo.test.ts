/**
 * The roster's edits are undone in scope `roster`: a person added, edited or removed by
 * mistake, or a whole file imported, comes back exactly as it was (a removal with the requests
 * to speak, the place in the roll call under way and the respondent entry it took with it), or
 * the undo is refused, changing nothing, once later work used or changed what it touched.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../electron/store/db';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

/** Every row but the journal and the undo and redo steps themselves: what an undo must put back. */
function rows(db: Db) {
  const { journal: _j, undo_step: _u, redo_step: _r, ...rest } = dumpDb(db);
  return rest;
}

function roster() {
  const env = newEngine();
  const { engine } = env;
  seedBasics(engine);
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1, group: 'Tổ 1' }).id;
  const viet = ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 2, group: 'Tổ 2' }).id;
  const item = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' }).id;
  return { ...env, hang, viet, item };
}

describe('undo of the roster', () => {
  it('takes back a removal whole: the person, their request to speak, their place in the roll call under way, their respondent entry', () => {
    const { engine, db, viet } = roster();
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    // Entered after the roll call opened and unmarked: the only kind of person it may lose.
    const an = ok(engine, 'delegate.add', { fullName: 'Võ Thành An', seatNumber: 3 }).id;
    ok(engine, 'respondent.add', { delegateId: an });
    ok(engine, 'speaker.request', { delegateId: viet });
    ok(engine, 'speaker.request', { delegateId: an });
    const before = rows(db);
    ok(engine, 'delegate.remove', { id: an });
    expect(engine.current.delegates.map((d) => d.fullName)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);
    expect(engine.current.undo.roster).toMatchObject({ action: 'remove', subject: 'Võ Thành An' });

    expect(ok(engine, 'undo', { scope: 'roster' })).toEqual({ scope: 'roster', action: 'remove', subject: 'Võ Thành An' });
    expect(rows(db)).toEqual(before);
    expect(engine.current.delegates.map((d) => d.fullName)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Võ Thành An']);
    expect(engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([viet, an]);
    expect(engine.current.respondents.map((r) => r.delegateId)).toContain(an);
    // Next in the scope: the person's addition.
    expect(engine.current.undo.roster).toMatchObject({ action: 'add', subject: 'Võ Thành An' });
  });

  it('takes back an edit, named as the roster showed the person before it', () => {
    const { engine, db, hang } = roster();
    const before = rows(db);
    ok(engine, 'delegate.update', { id: hang, fullName: 'Nguyễn Thị Hằng Nga', seatNumber: 7, group: 'Tổ 3', voting: true });
    expect(engine.current.undo.roster).toMatchObject({ action: 'update', subject: 'Nguyễn Thị Hằng' });
    ok(engine, 'undo', { scope: 'roster' });
    expect(rows(db)).toEqual(before);
  });

  it('takes back a whole import in one step, naming how many people it added', () => {
    const { engine, db } = roster();
    const before = rows(db);
    const people = ['Trần Văn Bình', 'Lê Thị Thu Hà', 'Phạm Minh Đức'];
    ok(engine, 'roster.import', { rows: people.map((fullName, i) => ({ line: i + 2, fullName, seatNumber: 10 + i })) });
    expect(engine.current.undo.roster).toMatchObject({ action: 'import', subject: '3/0', count: 3 });
    ok(engine, 'undo', { scope: 'roster' });
    expect(rows(db)).toEqual(before);
  });

  it('refuses, changing nothing, to take back an addition once the person asked to speak or was marked', () => {
    const { engine, db } = roster();
    const an = ok(engine, 'delegate.add', { fullName: 'Võ Thành An', seatNumber: 3 }).id;
    ok(engine, 'speaker.request', { delegateId: an });
    const prior = dumpDb(db);
    const r = refused(engine, 'undo', { scope: 'roster' }, 'undo-in-use');
    expect(r.vi).toMatch(/^Không thể hoàn tác nữa/);
    expect(r.en).toMatch(/^This can no longer be undone/);
    expect(dumpDb(db)).toEqual(prior);

    ok(engine, 'speaker.withdraw', { id: engine.current.speakers.queue[0].id });
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    ok(engine, 'attendance.mark', { delegateId: an, status: 'absent' });
    const marked = dumpDb(db);
    refused(engine, 'undo', { scope: 'roster' }, 'undo-in-use');
    expect(dumpDb(db)).toEqual(marked);
  });

  it('refuses, changing nothing, to bring back a request to speak whose item has since been removed', () => {
    const { engine, db, hang, item } = roster();
    ok(engine, 'speaker.request', { delegateId: hang, agendaItemId: item });
    ok(engine, 'delegate.remove', { id: hang });
    ok(engine, 'agenda.remove', { id: item });
    const prior = dumpDb(db);
    const r = refused(engine, 'undo', { scope: 'roster' }, 'undo-needs-removed');
    expect(r.vi).toMatch(/đã bị xóa/);
    expect(dumpDb(db)).toEqual(prior);
  });

  it('refuses, changing nothing, when a later command changed a row it touched', () => {
    const { engine, db, hang } = roster();
    ok(engine, 'speaker.request', { delegateId: hang });
    ok(engine, 'delegate.update', { id: hang, fullName: 'Nguyễn Thị Hằng', seatNumber: 1, group: 'Tổ 3', voting: true });
    // The request the edit left alone is given the floor: the edit's rows are untouched, so it still goes back.
    ok(engine, 'speaker.next');
    ok(engine, 'undo', { scope: 'roster' });
    expect(engine.current.delegates.find((d) => d.id === hang)?.group).toBe('Tổ 1');
    // A removal whose person's request another console then withdrew... cannot happen (the request
    // went with them); but an addition whose person a later command edited outside the scope can:
    const an = ok(engine, 'delegate.add', { fullName: 'Võ Thành An', seatNumber: 3 }).id;
    db.prepare('UPDATE delegate SET title = ? WHERE id = ?').run('Tổ trưởng', an); // as a later migration or tool would
    const prior = dumpDb(db);
    refused(engine, 'undo', { scope: 'roster' }, 'undo-overtaken');
    expect(dumpDb(db)).toEqual(prior);
  });

  it('does not reach another session', () => {
    const { engine, hang } = roster();
    ok(engine, 'delegate.remove', { id: hang });
    const other = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-03-10', endDate: '2027-03-10' });
    ok(engine, 'session.select', { id: other.id });
    expect(engine.current.undo.roster).toMatchObject({ elsewhere: { sessionId: 1 } });
    const r = refused(engine, 'undo', { scope: 'roster' }, 'undo-other-session');
    expect(r.vi).toMatch(/kỳ họp khác/);
    expect(engine.current.delegates).toHaveLength(1);
  });
});
