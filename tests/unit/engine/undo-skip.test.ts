/**
 * `undo.skip { scope }`: a step undo refuses for good (a later action used or changed what it
 * touched) is set aside, so the step before it can be undone; a step that could still be undone
 * is not, and nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

function blockedRosterStep() {
  const env = newEngine();
  const { engine } = env;
  seedBasics(engine);
  ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' });
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
  ok(engine, 'delegate.update', { id: hang, fullName: 'Nguyễn Thị Hằng Nga', seatNumber: 1 });
  const an = ok(engine, 'delegate.add', { fullName: 'Võ Thành An', seatNumber: 3 }).id;
  // The person added last has asked to speak: their addition can no longer be taken back.
  ok(engine, 'speaker.request', { delegateId: an });
  refused(engine, 'undo', { scope: 'roster' }, 'undo-in-use');
  return { ...env, hang, an };
}

describe('undo.skip', () => {
  it('sets aside a step undo refuses for good, names it, and offers the one before it, which then undoes', () => {
    const { engine, db, hang } = blockedRosterStep();
    expect(engine.current.undo.roster).toMatchObject({ action: 'add', subject: 'Võ Thành An' });
    const reply = engine.dispatch({ type: 'undo.skip', scope: 'roster' }, { actor: 'chair', lang: 'vi' });
    expect(reply).toMatchObject({ ok: true, value: { scope: 'roster', action: 'add', subject: 'Võ Thành An' } });
    // The person and their request stay; only the step is gone, and nothing of it is offered to redo.
    expect(engine.current.delegates.map((d) => d.fullName)).toEqual(['Nguyễn Thị Hằng Nga', 'Võ Thành An']);
    expect(engine.current.speakers.queue).toHaveLength(1);
    expect(engine.current.undo.roster).toMatchObject({ action: 'update', subject: 'Nguyễn Thị Hằng' });
    expect(engine.current.redo.roster).toBeUndefined();
    // What the screens hold is what the database says.
    expect(JSON.parse(JSON.stringify(engine.current))).toEqual(JSON.parse(JSON.stringify({ ...new Engine(db).current, revision: engine.current.revision })));

    ok(engine, 'undo', { scope: 'roster' });
    expect(engine.current.delegates.find((d) => d.id === hang)?.fullName).toBe('Nguyễn Thị Hằng');
  });

  it('refuses, changing nothing, a step that can still be undone', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 });
    const r = refused(engine, 'undo.skip', { scope: 'roster' }, 'undo-skip-possible');
    expect(r.vi).toBe('Thao tác này vẫn hoàn tác được nên không bỏ qua: hãy hoàn tác nó. Chưa có gì thay đổi.');
    expect(r.en).toMatch(/^This step can still be undone/);
    expect(engine.current.undo.roster).toMatchObject({ action: 'add', subject: 'Nguyễn Thị Hằng' });
  });

  it('tries a live item’s step without leaving a trace: the item stays live, its queue shown, the state as the database says', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const opening = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' }).id;
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' }).id;
    ok(engine, 'item.start', { id: opening });
    ok(engine, 'item.start', { id: report, current: 'finish' });
    refused(engine, 'undo.skip', { scope: 'timing' }, 'undo-skip-possible');
    expect(engine.current.timing.liveItemId).toBe(report);
    expect(engine.current.speakers.itemId).toBe(report);
    expect(JSON.parse(JSON.stringify(engine.current))).toEqual(JSON.parse(JSON.stringify({ ...new Engine(db).current, revision: engine.current.revision })));
  });

  it('refuses, changing nothing, with nothing to undo, a step of another session, or no scope', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    refused(engine, 'undo.skip', { scope: 'roster' }, 'nothing-to-undo');
    refused(engine, 'undo.skip', {}, 'invalid');
    const item = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' }).id;
    ok(engine, 'item.start', { id: item });
    const next = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2026-12-20', endDate: '2026-12-20' }).id;
    ok(engine, 'session.select', { id: next });
    refused(engine, 'undo.skip', { scope: 'timing' }, 'undo-other-session');
  });

  it('is the secretary’s in the secretary’s scopes only, as undo is', () => {
    const { engine, db } = blockedRosterStep();
    const secretary = { actor: 'secretary', lang: 'en' as const, role: 'secretary' as const };
    const before = dumpDb(db);
    expect(engine.dispatch({ type: 'undo.skip', scope: 'timing' }, secretary)).toMatchObject({ ok: false, error: { code: 'role-forbidden' } });
    expect(dumpDb(db)).toEqual(before);
    expect(engine.dispatch({ type: 'undo.skip', scope: 'roster' }, secretary)).toMatchObject({ ok: true });
  });
});
