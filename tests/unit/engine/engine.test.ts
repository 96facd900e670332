import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { SLICE_NAMES, type StateUpdate } from '../../../electron/engine/state';
import { closeStore, openStore } from '../../../electron/store/db';
import { readJournal } from '../../../electron/store/journal';
import { changedSlices, dumpDb, newEngine, ok, seedBasics, tempDir } from '../helpers';
import { applyPatch } from '../../../common/patch';

describe('command bus', () => {
  it('commits a command with a journal row and publishes the touched slices', () => {
    const { engine, db } = newEngine();
    const updates: StateUpdate[] = [];
    engine.subscribe((u) => updates.push(u));
    const reply = engine.dispatch(
      { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 },
      { actor: 'chair', lang: 'vi' },
    );
    expect(reply).toEqual({ ok: true, revision: 1, value: null });
    expect(updates).toHaveLength(1);
    expect(updates[0].revision).toBe(1);
    // The council touches what every domain reads, so every slice is rebuilt; what changed is
    // published as patches: the council, and the quorum (it depends on the number of seats).
    expect(changedSlices(updates[0])).toEqual(expect.arrayContaining(['council', 'attendance']));
    expect(applyPatch(null, updates[0].patches!.council!)).toEqual({ name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58, termStartYear: null });
    const [entry] = readJournal(db);
    expect(entry).toMatchObject({ revision: 1, actor: 'chair', type: 'council.save' });
    expect(entry.payload).toMatchObject({ name: 'HĐND tỉnh Hòa Bình', totalSeats: 58 });
  });

  it('publishes patches of only the slices whose tables the command touched', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const before = engine.snapshot();
    const updates: StateUpdate[] = [];
    engine.subscribe((u) => updates.push(u));
    ok(engine, 'agenda.add', { title: 'Khai mạc', kind: 'opening', plannedMinutes: 10 });
    expect(changedSlices(updates[0]).length).toBeLessThan(SLICE_NAMES.length);
    expect(updates[0].slices).toEqual({});
    expect(updates[0].patches!.agenda).toEqual([{ op: 'rows', path: [], upsert: [expect.objectContaining({ title: 'Khai mạc' })], remove: [] }]);
    expect(applyPatch(before.slices.agenda!, updates[0].patches!.agenda!).map((i) => i.title)).toEqual(['Khai mạc']);
    expect(changedSlices(updates[0])).not.toContain('delegates');
  });

  it.each([
    ['no type', { name: 'x' }, 'malformed-command'],
    ['unknown type', { type: 'council.explode' }, 'unknown-command'],
    ['prototype key as type', { type: 'toString' }, 'unknown-command'],
    ['empty name', { type: 'council.save', name: '  ', level: 'province', term: 1, totalSeats: 50 }, 'invalid'],
    ['zero seats', { type: 'council.save', name: 'A', level: 'province', term: 1, totalSeats: 0 }, 'invalid'],
    ['fractional seats', { type: 'council.save', name: 'A', level: 'province', term: 1, totalSeats: 50.5 }, 'invalid'],
    ['unknown level', { type: 'council.save', name: 'A', level: 'galaxy', term: 1, totalSeats: 50 }, 'invalid'],
    ['extra field', { type: 'council.save', name: 'A', level: 'province', term: 1, totalSeats: 50, admin: true }, 'invalid'],
    ['delegate before council', { type: 'session.create', number: 1, term: 1, kind: 'regular', startDate: '2026-01-01', endDate: '2026-01-01' }, 'no-council'],
  ])('refuses %s, changing nothing, journal included', (_, command, code) => {
    const { engine, db } = newEngine();
    const before = dumpDb(db);
    const published: StateUpdate[] = [];
    engine.subscribe((u) => published.push(u));
    const reply = engine.dispatch(command, { actor: 'chair', lang: 'en' });
    expect(reply.ok).toBe(false);
    if (!reply.ok) {
      expect(reply.error.code).toBe(code);
      expect(reply.error.message.length).toBeGreaterThan(5);
    }
    expect(dumpDb(db)).toEqual(before);
    expect(published).toEqual([]);
    expect(engine.current.revision).toBe(0);
  });

  it('rolls back the whole transaction when a handler fails halfway', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng', seatNumber: 1 });
    ok(engine, 'delegate.add', { fullName: 'Trần Thị Hoa', seatNumber: 2 });
    const before = dumpDb(db);
    // Moving seat 2 onto seat 1 must fail on the duplicate check and leave both untouched.
    const second = engine.current.delegates[1];
    const reply = engine.run('delegate.update', { id: second.id, fullName: 'Trần Thị Hoa', seatNumber: 1 });
    expect(reply.ok).toBe(false);
    expect(dumpDb(db)).toEqual(before);
  });

  it('speaks Vietnamese and English in its refusals', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng', seatNumber: 7 });
    const vi = engine.dispatch({ type: 'delegate.add', fullName: 'Lê Văn Tám', seatNumber: 7 }, { actor: 'x', lang: 'vi' });
    const en = engine.dispatch({ type: 'delegate.add', fullName: 'Lê Văn Tám', seatNumber: 7 }, { actor: 'x', lang: 'en' });
    // The sentence in the sender's language, and in both, so a screen switched to the other language words it again.
    const text = { vi: 'Ghế số 7 đã có đại biểu Nguyễn Văn Dũng.', en: 'Seat 7 is already taken by Nguyễn Văn Dũng.' };
    expect(vi).toEqual({ ok: false, error: { code: 'duplicate-seat', message: text.vi, text } });
    expect(en).toEqual({ ok: false, error: { code: 'duplicate-seat', message: text.en, text } });
    const emptyVi = engine.dispatch({ type: 'delegate.add', fullName: '' }, { actor: 'x', lang: 'vi' });
    expect(!emptyVi.ok && emptyVi.error.message).toBe('Họ và tên không được để trống.');
    const emptyEn = engine.dispatch({ type: 'delegate.add', fullName: '' }, { actor: 'x', lang: 'en' });
    expect(!emptyEn.ok && emptyEn.error.message).toBe('Full name must not be empty.');
  });

  it('types `run` by the command for callers in code, and still validates what it is given', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    // The value is the handler's: no cast needed to read the new row's id.
    const { id } = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng' });
    expect(engine.current.delegates.map((d) => d.id)).toEqual([id]);
    // @ts-expect-error a seat number is a number: the compiler refuses this payload…
    const wrong: Parameters<typeof engine.run<'delegate.add'>>[1] = { fullName: 'A', seatNumber: 'ba' };
    const before = dumpDb(db);
    // …and the schema still refuses it at run time, the same path as a frame from a socket.
    const reply = engine.run('delegate.add', wrong);
    expect(!reply.ok && reply.error.code).toBe('invalid');
    expect(dumpDb(db)).toEqual(before);
    // The wire path takes anything and answers with a refusal, never a throw.
    for (const raw of [null, 'delegate.add', { type: 'delegate.add', fullName: 5 }, { type: 'no.such' }]) {
      expect(engine.dispatch(raw, { actor: 'socket', lang: 'en' }).ok).toBe(false);
    }
  });

  it('keeps everything across close and reopen, revision included', () => {
    const file = path.join(tempDir(), 'session.gavel');
    const first = newEngine(file);
    seedBasics(first.engine);
    ok(first.engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng', title: 'Phó Chủ tịch', group: 'Tổ 1', seatNumber: 3 });
    ok(first.engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening', plannedMinutes: 15 });
    const revision = first.engine.current.revision;
    const state = first.engine.snapshot().slices;
    closeStore(first.db);

    const db = openStore(file);
    const again = new Engine(db);
    expect(again.current.revision).toBe(revision);
    expect(again.snapshot().slices).toEqual(state);
    closeStore(db);
  });

  it('a failing subscriber does not turn a committed command into a refusal', () => {
    const { engine } = newEngine();
    engine.subscribe(() => {
      throw new Error('screen gone');
    });
    const errors = console.error;
    console.error = () => {};
    try {
      const reply = engine.run('council.save', { name: 'A', level: 'commune', term: 1, totalSeats: 20 });
      expect(reply.ok).toBe(true);
    } finally {
      console.error = errors;
    }
  });
});
