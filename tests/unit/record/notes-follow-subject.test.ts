import { describe, expect, it } from 'vitest';
import { sliceBuilders } from '../../../electron/engine/state';
import { newEngine, ok, seedBasics } from '../helpers';

describe('a note leaves the screens with what it is about', () => {
  it('an item removed takes its note out of the record slice, and its undo brings both back, as a rebuild reads them', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const { id } = ok(engine, 'agenda.add', { title: 'Báo cáo kết quả giám sát chuyên đề năm 2026', kind: 'report', plannedMinutes: 20 });
    ok(engine, 'note.set', { subject: 'item', id, note: 'Đồng chí Trưởng ban Pháp chế trình bày tóm tắt.' });
    expect(engine.current.record!.notes.item[id]).toBe('Đồng chí Trưởng ban Pháp chế trình bày tóm tắt.');

    ok(engine, 'agenda.remove', { id });
    expect(engine.current.record!.notes.item[id]).toBeUndefined();
    expect(engine.current.record).toEqual(sliceBuilders.record(db));

    ok(engine, 'undo', { scope: 'prep' });
    expect(engine.current.record!.notes.item[id]).toBe('Đồng chí Trưởng ban Pháp chế trình bày tóm tắt.');
    expect(engine.current.record).toEqual(sliceBuilders.record(db));
    ok(engine, 'redo', { scope: 'prep' });
    expect(engine.current.record!.notes.item[id]).toBeUndefined();
    expect(engine.current.record).toEqual(sliceBuilders.record(db));
  });

  it('a request to speak withdrawn by undo takes its note out too; a new request does not republish the record', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const delegate = ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 1 }).id;
    const item = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 }).id;
    ok(engine, 'item.start', { id: item });
    const updates: { patches?: object }[] = [];
    engine.subscribe((u) => updates.push(u));
    const speech = ok(engine, 'speaker.request', { agendaItemId: item, delegateId: delegate }).id;
    expect(Object.keys(updates.at(-1)!.patches ?? {})).not.toContain('record');
    ok(engine, 'note.set', { subject: 'speech', id: speech, note: 'Đề nghị làm rõ nguồn vốn.' });
    expect(engine.current.record!.notes.speech[speech]).toBe('Đề nghị làm rõ nguồn vốn.');
    ok(engine, 'undo', { scope: 'queue' });
    expect(db.prepare('SELECT count(*) FROM speech').pluck().get()).toBe(0);
    expect(engine.current.record!.notes.speech[speech]).toBeUndefined();
    expect(engine.current.record).toEqual(sliceBuilders.record(db));
  });
});
