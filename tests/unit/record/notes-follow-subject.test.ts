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
  });
});
