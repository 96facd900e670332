/**
 * A saved note overwritten or cleared by mistake is undone in scope `notes`. The field saves a
 * moment after typing stops, so saves that only add to the end of the note (less than a minute
 * apart, same note, same person, nothing else changing it between) are one step: writing a
 * note is undone whole. A save that deletes or replaces text is a step of its own, so one undo
 * always gives back the text it took away.
 */
import { describe, expect, it } from 'vitest';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

function withItem() {
  const env = newEngine();
  const { engine } = env;
  seedBasics(engine);
  const item = ok(engine, 'agenda.add', { title: 'Báo cáo kết quả giám sát', kind: 'report' }).id;
  const other = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' }).id;
  return { ...env, item, other };
}

const note = (engine: ReturnType<typeof withItem>['engine'], id: number) => engine.current.record?.notes.item[id];

describe('undo of a note', () => {
  it('gives back a note cleared by mistake, named by the note it is on', () => {
    const { engine, db, clock, item } = withItem();
    ok(engine, 'note.set', { subject: 'item', id: item, note: 'Đại biểu thống nhất với báo cáo.' });
    const kept = dumpDb(db).record_note;
    clock.advance(5 * 60_000);
    ok(engine, 'note.set', { subject: 'item', id: item, note: '' });
    expect(note(engine, item)).toBeUndefined();
    expect(engine.current.undo.notes).toMatchObject({ action: 'note', subject: `item:${item}` });
    expect(ok(engine, 'undo', { scope: 'notes' })).toEqual({ scope: 'notes', action: 'note', subject: `item:${item}` });
    expect(dumpDb(db).record_note).toEqual(kept); // the same row, its time included
  });

  it('takes back the saves of one edit together, and edits a minute apart one at a time', () => {
    const { engine, clock, item } = withItem();
    ok(engine, 'note.set', { subject: 'item', id: item, note: 'Bản cũ.' });
    clock.advance(10 * 60_000);
    // Overwritten (a step of its own), then typed on and saved twice more: one step.
    for (const typed of ['Nội', 'Nội dung mới', 'Nội dung mới, đã sửa.']) {
      clock.advance(3_000);
      ok(engine, 'note.set', { subject: 'item', id: item, note: typed });
    }
    ok(engine, 'undo', { scope: 'notes' });
    expect(note(engine, item)).toBe('Bản cũ.');
    ok(engine, 'undo', { scope: 'notes' });
    expect(note(engine, item)).toBeUndefined();
    expect(engine.current.undo.notes).toBeUndefined();
  });

  it('keeps a note written and then cleared or overwritten a moment later recoverable by one undo', () => {
    const { engine, clock, item } = withItem();
    for (const typed of ['Đại biểu', 'Đại biểu đề nghị làm rõ nguồn vốn.']) {
      clock.advance(3_000);
      ok(engine, 'note.set', { subject: 'item', id: item, note: typed });
    }
    clock.advance(3_000);
    ok(engine, 'note.set', { subject: 'item', id: item, note: '' });
    ok(engine, 'undo', { scope: 'notes' });
    expect(note(engine, item)).toBe('Đại biểu đề nghị làm rõ nguồn vốn.');
    clock.advance(3_000);
    ok(engine, 'note.set', { subject: 'item', id: item, note: 'x' });
    ok(engine, 'undo', { scope: 'notes' });
    expect(note(engine, item)).toBe('Đại biểu đề nghị làm rõ nguồn vốn.');
    // The writing itself, both saves, is the step before.
    ok(engine, 'undo', { scope: 'notes' });
    expect(note(engine, item)).toBeUndefined();
  });

  it('keeps the edits of two notes apart', () => {
    const { engine, clock, item, other } = withItem();
    ok(engine, 'note.set', { subject: 'item', id: item, note: 'Mục một.' });
    clock.advance(2_000);
    ok(engine, 'note.set', { subject: 'item', id: other, note: 'Mục hai.' });
    clock.advance(2_000);
    ok(engine, 'note.set', { subject: 'item', id: item, note: 'Mục một, sửa.' });
    ok(engine, 'undo', { scope: 'notes' });
    expect([note(engine, item), note(engine, other)]).toEqual(['Mục một.', 'Mục hai.']);
  });

  it('refuses, changing nothing, when another console changed the note since', () => {
    const { engine, db, clock, item } = withItem();
    ok(engine, 'note.set', { subject: 'item', id: item, note: 'Bản của thư ký.' });
    clock.advance(2_000);
    // The second console's save: another person, so another step, undone first.
    expect(engine.run('note.set', { subject: 'item', id: item, note: 'Bản của thư ký thứ hai.' }, { actor: 'secretary', lang: 'vi' }).ok).toBe(true);
    expect(db.prepare("SELECT count(*) FROM undo_step WHERE scope = 'notes'").pluck().get()).toBe(2);
    // Take the second away, then change the note outside any step: the first is overtaken.
    ok(engine, 'undo', { scope: 'notes' });
    db.prepare('UPDATE record_note SET text = ?').run('Sửa ngoài.');
    const prior = dumpDb(db);
    refused(engine, 'undo', { scope: 'notes' }, 'undo-overtaken');
    expect(dumpDb(db)).toEqual(prior);
  });

  it('does not reach another session', () => {
    const { engine, item } = withItem();
    ok(engine, 'note.set', { subject: 'item', id: item, note: 'Ghi chú.' });
    const other = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-03-10', endDate: '2027-03-10' });
    ok(engine, 'session.select', { id: other.id });
    expect(engine.current.undo.notes).toMatchObject({ action: 'note', elsewhere: { sessionId: 1 } });
    refused(engine, 'undo', { scope: 'notes' }, 'undo-other-session');
  });
});
