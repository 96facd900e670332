/**
 * Two consoles editing the same record (engine/edits.ts): the chair's and the paired secretary's,
 * each with its own console id, on real SQLite through the engine. Changes of different fields
 * of the same record are both kept; a change of a field the other console changed after the form
 * was read is refused, naming who changed it and what it is now, and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { dumpDb, newEngine, ok, seedBasics } from '../helpers';
import type { CommandMeta } from '../../../electron/engine/protocol';
import { afterSave, changedFields, followDraft, rebaseDraft } from '../../../src/lib/draft';
import { windowConsoleId } from '../../../common/consoleId';

const chair = (lang: 'vi' | 'en' = 'en'): CommandMeta => ({ actor: 'desktop', lang, consoleId: 'chair-console-0001' });
const secretary = (lang: 'vi' | 'en' = 'en'): CommandMeta => ({ actor: 'Thư ký Lan', lang, role: 'secretary', deviceId: 1, consoleId: 'secretary-console-01' });

function setUp() {
  const ctx = newEngine();
  seedBasics(ctx.engine);
  ok(ctx.engine, 'device.pair', { name: 'Thư ký Lan' });
  const an = ok(ctx.engine, 'delegate.add', { fullName: 'Nguyễn Văn An', seatNumber: 5, group: 'Tổ 1' }).id;
  return { ...ctx, an };
}

const person = (engine: ReturnType<typeof newEngine>['engine'], id: number) => engine.current.delegates.find((d) => d.id === id)!;
const message = (reply: { ok: boolean; error?: { message: string } }) => (reply.ok ? 'saved' : reply.error!.message);

describe('two consoles editing the same delegate', () => {
  it('keeps the chair’s seat and the secretary’s spelling of the name, both edited from the same view', () => {
    const { engine, an } = setUp();
    // Both consoles open the row at the same revision.
    const seen = engine.current.revision;
    expect(engine.dispatch({ type: 'delegate.update', id: an, seatNumber: 12, seen }, chair()).ok).toBe(true);
    expect(engine.dispatch({ type: 'delegate.update', id: an, fullName: 'Nguyễn Văn Ân', seen }, secretary()).ok).toBe(true);
    expect(person(engine, an)).toMatchObject({ fullName: 'Nguyễn Văn Ân', seatNumber: 12, group: 'Tổ 1' });
  });

  it('refuses the same field changed on a form read before the other console’s change, naming who and what it is now', () => {
    const { engine, db, an } = setUp();
    const seen = engine.current.revision;
    ok(engine, 'delegate.update', { id: an, seatNumber: 12 });
    const before = dumpDb(db);
    const fieldChanges = () => db.prepare('SELECT * FROM field_change ORDER BY tbl, row_key, col').all();
    const kept = fieldChanges();
    expect(kept).toEqual([expect.objectContaining({ tbl: 'delegate', row_key: an, col: 'seat_number', actor: 'system' })]);
    const en = engine.dispatch({ type: 'delegate.update', id: an, seatNumber: 14, seen }, secretary('en'));
    const vi = engine.dispatch({ type: 'delegate.update', id: an, seatNumber: 14, seen }, secretary('vi'));
    expect(en).toMatchObject({ ok: false, error: { code: 'edit-crossed' } });
    expect(message(en)).toBe(
      'The chair changed the seat number (now 12) of Nguyễn Văn An while you were editing it, so nothing of yours was saved. What you typed is still in the form: check it, and save again to replace it.',
    );
    expect(message(vi)).toBe(
      'Chủ tọa vừa sửa số ghế (nay là 12) của Nguyễn Văn An trong lúc anh/chị đang sửa, nên chưa lưu gì của anh/chị. Những gì anh/chị nhập vẫn còn trong biểu mẫu: hãy xem lại, rồi lưu lại nếu muốn thay.',
    );
    // Nothing changed: not the seat, not the journal, not who changed what last.
    expect(dumpDb(db)).toEqual(before);
    expect(fieldChanges()).toEqual(kept);
    // Sent again on the view that shows the chair's seat, it replaces it: the secretary decided.
    expect(engine.dispatch({ type: 'delegate.update', id: an, seatNumber: 14, seen: engine.current.revision }, secretary()).ok).toBe(true);
    expect(person(engine, an).seatNumber).toBe(14);
  });

  it('names the paired device to the chair, and every crossed field with its value now', () => {
    const { engine, an } = setUp();
    const seen = engine.current.revision;
    expect(engine.dispatch({ type: 'delegate.update', id: an, fullName: 'Nguyễn Văn Ân', voting: false, seen }, secretary()).ok).toBe(true);
    const reply = engine.dispatch({ type: 'delegate.update', id: an, fullName: 'Nguyễn Văn Anh', voting: true, seatNumber: 7, seen }, chair());
    expect(message(reply)).toMatch(/^Thư ký Lan changed the full name \(now “Nguyễn Văn Ân”\) and the role \(now guest \/ official\) of Nguyễn Văn Ân while you were editing it/);
    const vi = engine.dispatch({ type: 'delegate.update', id: an, fullName: 'Nguyễn Văn Anh', seen }, chair('vi'));
    expect(message(vi)).toMatch(/^Thư ký Lan vừa sửa họ và tên \(nay là «Nguyễn Văn Ân»\) của Nguyễn Văn Ân trong lúc/);
    expect(person(engine, an)).toMatchObject({ fullName: 'Nguyễn Văn Ân', voting: false, seatNumber: 5 });
  });

  it('lets a field be sent with the value the other console gave it, and a console follow its own changes', () => {
    const { engine, an } = setUp();
    const seen = engine.current.revision;
    ok(engine, 'delegate.update', { id: an, fullName: 'Nguyễn Văn Ân' });
    // The same correction typed on both: nothing crosses, nothing is lost.
    expect(engine.dispatch({ type: 'delegate.update', id: an, fullName: 'Nguyễn Văn Ân', seatNumber: 9, seen }, secretary()).ok).toBe(true);
    // The secretary's own earlier change is not news to her form.
    expect(engine.dispatch({ type: 'delegate.update', id: an, seatNumber: 10, seen }, secretary()).ok).toBe(true);
    expect(person(engine, an)).toMatchObject({ fullName: 'Nguyễn Văn Ân', seatNumber: 10 });
  });

  it('tells two windows of the chair apart by their console ids', () => {
    const { engine, an } = setUp();
    const seen = engine.current.revision;
    expect(engine.dispatch({ type: 'delegate.update', id: an, group: 'Tổ 2', seen }, { actor: 'desktop', lang: 'en', consoleId: 'chair-window-0001' }).ok).toBe(true);
    const other = engine.dispatch({ type: 'delegate.update', id: an, group: 'Tổ 3', seen }, { actor: 'desktop', lang: 'en', consoleId: 'chair-window-0002' });
    expect(message(other)).toMatch(/^The chair changed the delegate group \(now “Tổ 2”\) of Nguyễn Văn An/);
  });

  it('counts an import’s correction and an undo as changes of the fields they set', () => {
    const { engine, an } = setUp();
    const seen = engine.current.revision;
    ok(engine, 'roster.import', { rows: [], updates: [{ line: 2, id: an, agency: 'Sở Tài chính' }] });
    expect(message(engine.dispatch({ type: 'delegate.update', id: an, agency: 'Sở Tư pháp', seen }, secretary()))).toMatch(/^The chair changed the agency \(now “Sở Tài chính”\)/);
    const view = engine.current.revision;
    ok(engine, 'undo', { scope: 'roster' });
    expect(message(engine.dispatch({ type: 'delegate.update', id: an, agency: 'Sở Tư pháp', seen: view }, secretary()))).toMatch(/^The chair changed the agency \(now empty\)/);
    // A command sent without `seen` (a console that does not say what it saw) is not checked, as before.
    expect(engine.dispatch({ type: 'delegate.update', id: an, agency: 'Sở Tư pháp' }, secretary()).ok).toBe(true);
  });

  it('still refuses a bad edit whole, and one of a person removed meanwhile', () => {
    const { engine, db, an } = setUp();
    ok(engine, 'delegate.add', { fullName: 'Trần Thị Bình', seatNumber: 6 });
    const before = dumpDb(db);
    expect(engine.dispatch({ type: 'delegate.update', id: an, seatNumber: 6, fullName: 'X', seen: engine.current.revision }, secretary())).toMatchObject({ ok: false, error: { code: 'duplicate-seat' } });
    expect(engine.dispatch({ type: 'delegate.update', id: an, fullName: '   ' }, secretary()).ok).toBe(false);
    expect(dumpDb(db)).toEqual(before);
    ok(engine, 'delegate.remove', { id: an });
    expect(engine.dispatch({ type: 'delegate.update', id: an, fullName: 'Nguyễn Văn Ân', seen: 1 }, secretary())).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('two consoles editing the same slip, official or agenda item', () => {
  function slips() {
    const ctx = setUp();
    const { engine } = ctx;
    const binh = ok(engine, 'delegate.add', { fullName: 'Trần Thị Bình', seatNumber: 6 }).id;
    const finance = ok(engine, 'respondent.add', { delegateId: ok(engine, 'delegate.add', { fullName: 'Lê Văn Cường', voting: false, agency: 'Sở Tài chính' }).id }).id;
    const justice = ok(engine, 'respondent.add', { delegateId: ok(engine, 'delegate.add', { fullName: 'Phạm Thu Dung', voting: false, agency: 'Sở Tư pháp' }).id }).id;
    const slip = ok(engine, 'question.register', { askerId: ctx.an, respondentId: finance, text: 'Tiến độ giải ngân vốn đầu tư công?' }).id;
    return { ...ctx, binh, finance, justice, slip };
  }
  const question = (engine: ReturnType<typeof newEngine>['engine'], id: number) => engine.current.questions.list.find((q) => q.id === id)!;

  it('keeps the chair’s respondent and the secretary’s wording of the same slip', () => {
    const { engine, slip, justice } = slips();
    const seen = engine.current.revision;
    expect(engine.dispatch({ type: 'question.update', id: slip, respondentId: justice, seen }, chair()).ok).toBe(true);
    expect(engine.dispatch({ type: 'question.update', id: slip, text: 'Tiến độ giải ngân vốn đầu tư công năm 2026?', seen }, secretary()).ok).toBe(true);
    expect(question(engine, slip)).toMatchObject({ respondentId: justice, text: 'Tiến độ giải ngân vốn đầu tư công năm 2026?' });
  });

  it('refuses the same part of a slip changed on both, naming the respondent it has now', () => {
    const { engine, db, slip, justice, finance, binh } = slips();
    const seen = engine.current.revision;
    ok(engine, 'question.update', { id: slip, respondentId: justice });
    const before = dumpDb(db);
    const reply = engine.dispatch({ type: 'question.update', id: slip, respondentId: finance, askerId: binh, seen }, secretary('vi'));
    expect(message(reply)).toMatch(/^Chủ tọa vừa sửa người trả lời \(nay là «Phạm Thu Dung»\) của phiếu chất vấn của Nguyễn Văn An trong lúc/);
    expect(dumpDb(db)).toEqual(before);
  });

  it('refuses an official’s agency changed on both, and keeps the first', () => {
    const { engine, finance } = slips();
    const seen = engine.current.revision;
    expect(engine.dispatch({ type: 'respondent.update', id: finance, agency: 'Sở Tài chính tỉnh', seen }, chair()).ok).toBe(true);
    const reply = engine.dispatch({ type: 'respondent.update', id: finance, agency: 'STC', seen }, secretary());
    expect(message(reply)).toMatch(/^The chair changed the agency \(now “Sở Tài chính tỉnh”\) of the official Lê Văn Cường while you were editing it/);
    expect(engine.current.respondents.find((r) => r.id === finance)!.agency).toBe('Sở Tài chính tỉnh');
  });
  it('keeps an agenda item’s new presenter and new time edited in two desktop windows (each its own console), and refuses a second new time', () => {
    const { engine } = setUp();
    const item = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report', presenter: 'UBND tỉnh', plannedMinutes: 15 }).id;
    const seen = engine.current.revision;
    const windowA = { actor: 'desktop', lang: 'en' as const, consoleId: windowConsoleId(1) };
    const windowB = { actor: 'desktop', lang: 'en' as const, consoleId: windowConsoleId(2) };
    expect(engine.dispatch({ type: 'agenda.update', id: item, presenter: 'Chủ tịch UBND tỉnh', seen }, windowA).ok).toBe(true);
    expect(engine.dispatch({ type: 'agenda.update', id: item, plannedMinutes: 20, seen }, windowB).ok).toBe(true);
    expect(engine.current.agenda.find((a) => a.id === item)).toMatchObject({ title: 'Báo cáo kinh tế - xã hội', presenter: 'Chủ tịch UBND tỉnh', plannedMinutes: 20 });
    const view = engine.current.revision;
    expect(engine.dispatch({ type: 'agenda.update', id: item, plannedMinutes: 25, seen: view }, windowA).ok).toBe(true);
    expect(message(engine.dispatch({ type: 'agenda.update', id: item, plannedMinutes: 30, seen: view }, windowB))).toMatch(
      /^The chair changed the planned time \(now 25 min\) of the agenda item “Báo cáo kinh tế - xã hội” while/,
    );
  });
});

describe('what an edit form sends, and how it reads the record again after a refusal', () => {
  const opened = { fullName: 'Nguyễn Văn An', seat: '5', voting: true };
  it('sends only what its user changed', () => {
    expect(changedFields(opened, { ...opened, fullName: 'Nguyễn Văn Ân' })).toEqual({ fullName: 'Nguyễn Văn Ân' });
    expect(changedFields(opened, { ...opened })).toEqual({});
  });
  it('keeps what was typed and shows the rest as the record is now', () => {
    const typed = { ...opened, seat: '15' };
    const now = { fullName: 'Nguyễn Văn Ân', seat: '14', voting: true };
    expect(rebaseDraft(opened, typed, now)).toEqual({ fullName: 'Nguyễn Văn Ân', seat: '15', voting: true });
    // Saved again from there, only the seat is sent.
    expect(changedFields(now, rebaseDraft(opened, typed, now))).toEqual({ seat: '15' });
  });
});

describe('an edit form kept open while the other console saves the same record', () => {
  const fieldsOf = (d: { fullName: string; title: string; seatNumber: number | null }) => ({ fullName: d.fullName, title: d.title, seatNumber: d.seatNumber });
  it('follows the fields not typed in, and its save over one of them, seen there, goes through', () => {
    const { engine, an } = setUp();
    let base = { fields: fieldsOf(person(engine, an)), seen: engine.current.revision };
    ok(engine, 'delegate.update', { id: an, seatNumber: 12 });
    const next = followDraft(base, base.fields, fieldsOf(person(engine, an)), engine.current.revision);
    expect(next.draft).toEqual({ fullName: 'Nguyễn Văn An', title: '', seatNumber: 12 });
    base = next.base;
    // She changes the seat she now sees: no one changed it since she saw it.
    const reply = engine.dispatch({ type: 'delegate.update', id: an, ...changedFields(base.fields, { ...next.draft, seatNumber: 14 }), seen: base.seen }, secretary());
    expect(message(reply)).toBe('saved');
  });
  it('keeps a field typed in when the other console saves it, and its save is refused; saved again, it goes through', () => {
    const { engine, an } = setUp();
    const base = { fields: fieldsOf(person(engine, an)), seen: engine.current.revision };
    const typed = { ...base.fields, title: 'Ủy viên' };
    ok(engine, 'delegate.update', { id: an, title: 'Phó Chủ tịch', seatNumber: 12 });
    const next = followDraft(base, typed, fieldsOf(person(engine, an)), engine.current.revision);
    expect(next.draft).toEqual({ fullName: 'Nguyễn Văn An', title: 'Ủy viên', seatNumber: 12 });
    expect(next.base).toEqual({ fields: { fullName: 'Nguyễn Văn An', title: '', seatNumber: 12 }, seen: base.seen });
    const refused = engine.dispatch({ type: 'delegate.update', id: an, ...changedFields(next.base.fields, next.draft), seen: next.base.seen }, secretary());
    expect(message(refused)).toMatch(/^The chair changed the title \(now “Phó Chủ tịch”\)/);
    const again = afterSave(next.base, next.draft, fieldsOf(person(engine, an)), refused as never, engine.current.revision)!;
    expect(again.draft.title).toBe('Ủy viên');
    const saved = engine.dispatch({ type: 'delegate.update', id: an, ...changedFields(again.base.fields, again.draft), seen: again.base.seen }, secretary());
    expect(message(saved)).toBe('saved');
    // Saved, the form's base is the person as published.
    expect(afterSave(again.base, again.draft, fieldsOf(person(engine, an)), saved as never, 0)!.base).toEqual({ fields: { fullName: 'Nguyễn Văn An', title: 'Ủy viên', seatNumber: 12 }, seen: (saved as { revision: number }).revision });
  });
  it('leaves the form as it was after any other refusal', () => {
    const base = { fields: { title: '' }, seen: 3 };
    expect(afterSave(base, { title: 'x' }, { title: '' }, { ok: false, error: { code: 'invalid' } }, 4)).toBeNull();
  });
});

describe('two consoles editing the same personnel vote before it opens', () => {
  function draft() {
    const ctx = setUp();
    const { engine, an } = ctx;
    const binh = ok(engine, 'delegate.add', { fullName: 'Trần Thị Bình', seatNumber: 6 }).id;
    const cuong = ok(engine, 'delegate.add', { fullName: 'Lê Văn Cường', seatNumber: 7 }).id;
    const vote = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', people: [{ delegateId: an }] }).id;
    return { ...ctx, binh, cuong, vote };
  }
  const personnel = (engine: ReturnType<typeof newEngine>['engine'], id: number) => engine.current.personnel.find((v) => v.id === id)!;
  const names = (engine: ReturnType<typeof newEngine>['engine'], id: number) => personnel(engine, id).people.map((p) => p.fullName);

  it('keeps the chair’s new title and the secretary’s new candidate, both edited from the same view', () => {
    const { engine, an, binh, vote } = draft();
    const seen = engine.current.revision;
    expect(engine.dispatch({ type: 'personnel.update', id: vote, title: 'Phó Chủ tịch UBND tỉnh', seen }, chair()).ok).toBe(true);
    expect(engine.dispatch({ type: 'personnel.update', id: vote, people: [{ delegateId: an }, { delegateId: binh }], seen }, secretary()).ok).toBe(true);
    expect(personnel(engine, vote)).toMatchObject({ title: 'Phó Chủ tịch UBND tỉnh', kind: 'election', posts: 1 });
    expect(names(engine, vote)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });

  it('refuses a second new list of candidates, naming who is on the ballot now, and changes nothing', () => {
    const { engine, db, an, binh, cuong, vote } = draft();
    const seen = engine.current.revision;
    expect(engine.dispatch({ type: 'personnel.update', id: vote, people: [{ delegateId: an }, { delegateId: binh }], seen }, secretary()).ok).toBe(true);
    const before = dumpDb(db);
    const en = engine.dispatch({ type: 'personnel.update', id: vote, people: [{ delegateId: an }, { delegateId: cuong }], posts: 2, seen }, chair('en'));
    expect(en).toMatchObject({ ok: false, error: { code: 'edit-crossed' } });
    expect(message(en)).toBe(
      'Thư ký Lan changed the people on the ballot (now Nguyễn Văn An, Trần Thị Bình) of the personnel vote “Phó Chủ tịch Ủy ban nhân dân tỉnh” while you were editing it, so nothing of yours was saved. What you typed is still in the form: check it, and save again to replace it.',
    );
    const vi = engine.dispatch({ type: 'personnel.update', id: vote, people: [{ delegateId: cuong }], seen }, chair('vi'));
    expect(message(vi)).toMatch(/^Thư ký Lan vừa sửa danh sách trên phiếu \(nay là Nguyễn Văn An, Trần Thị Bình\) của cuộc bỏ phiếu nhân sự «Phó Chủ tịch Ủy ban nhân dân tỉnh» trong lúc/);
    expect(dumpDb(db)).toEqual(before);
    // Read again, the chair's list replaces hers.
    expect(engine.dispatch({ type: 'personnel.update', id: vote, people: [{ delegateId: an }, { delegateId: cuong }], seen: engine.current.revision }, chair()).ok).toBe(true);
    expect(names(engine, vote)).toEqual(['Nguyễn Văn An', 'Lê Văn Cường']);
  });

  it('refuses the same title, kind or posts changed on both, and lets a form send them as they are now', () => {
    const { engine, an, vote } = draft();
    const seen = engine.current.revision;
    ok(engine, 'personnel.update', { id: vote, title: 'Phó Chủ tịch UBND tỉnh', posts: 2 });
    expect(message(engine.dispatch({ type: 'personnel.update', id: vote, posts: 3, seen }, secretary()))).toMatch(/^The chair changed the number of posts \(now 2\) of the personnel vote “Phó Chủ tịch UBND tỉnh”/);
    expect(message(engine.dispatch({ type: 'personnel.update', id: vote, title: 'Phó Chủ tịch', seen }, secretary('vi')))).toMatch(/^Chủ tọa vừa sửa tên cuộc bỏ phiếu \(nay là «Phó Chủ tịch UBND tỉnh»\)/);
    // The same title typed on both, and the list sent as it is: nothing crosses, the item goes through.
    const item = ok(engine, 'agenda.add', { title: 'Bầu Phó Chủ tịch UBND tỉnh', kind: 'election', plannedMinutes: 30 }).id;
    const same = engine.dispatch({ type: 'personnel.update', id: vote, title: 'Phó Chủ tịch UBND tỉnh', agendaItemId: item, people: [{ personId: personnel(engine, vote).people[0].id }], seen }, secretary());
    expect(same.ok).toBe(true);
    expect(personnel(engine, vote)).toMatchObject({ title: 'Phó Chủ tịch UBND tỉnh', agendaItemId: item, kind: 'election', posts: 2 });
    expect(names(engine, vote)).toEqual(['Nguyễn Văn An']);
    expect(message(engine.dispatch({ type: 'personnel.update', id: vote, agendaItemId: null, seen }, chair()))).toMatch(/^Thư ký Lan changed the agenda item \(now “Bầu Phó Chủ tịch UBND tỉnh”\)/);
    const view = engine.current.revision;
    ok(engine, 'personnel.update', { id: vote, kind: 'dismissal' });
    expect(message(engine.dispatch({ type: 'personnel.update', id: vote, kind: 'confidence', seen: view }, secretary()))).toMatch(/^The chair changed the kind \(now Dismissal\) of the personnel vote “Phó Chủ tịch UBND tỉnh”/);
    expect(engine.dispatch({ type: 'personnel.update', id: vote, people: [{ delegateId: an }], seen: engine.current.revision }, chair()).ok).toBe(true);
  });

  it('refuses an edit whose seen is not a revision, in words, and changes nothing', () => {
    const { engine, db, vote } = draft();
    const before = dumpDb(db);
    for (const seen of ['12', -1, 1.5, null, { revision: 3 }]) {
      const reply = engine.dispatch({ type: 'personnel.update', id: vote, title: 'Phó Chủ tịch', seen }, secretary());
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(message(reply)).toMatch(/^Revision seen /);
    }
    expect(dumpDb(db)).toEqual(before);
  });
});

describe('two consoles writing the same note', () => {
  function notes() {
    const ctx = setUp();
    const item = ok(ctx.engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 }).id;
    const other = ok(ctx.engine, 'agenda.add', { title: 'Bế mạc', kind: 'closing', plannedMinutes: 10 }).id;
    return { ...ctx, item, other };
  }
  const note = (engine: ReturnType<typeof newEngine>['engine'], id: number) => engine.current.record!.notes.item[id];

  it('refuses the chair’s note over the secretary’s written meanwhile, quoting hers, and keeps hers', () => {
    const { engine, db, item } = notes();
    const seen = engine.current.revision;
    const hers = 'Đại biểu Nguyễn Văn An đề nghị làm rõ tiến độ giải ngân vốn đầu tư công năm 2026 và trách nhiệm của các sở, ngành liên quan.';
    expect(engine.dispatch({ type: 'note.set', subject: 'item', id: item, note: hers, seen }, secretary()).ok).toBe(true);
    const before = dumpDb(db);
    const en = engine.dispatch({ type: 'note.set', subject: 'item', id: item, note: 'Thảo luận về đầu tư công.', seen }, chair());
    expect(en).toMatchObject({ ok: false, error: { code: 'edit-crossed' } });
    // A long note is quoted by its beginning; the field shows it whole.
    expect(message(en)).toBe(
      'Thư ký Lan changed the note (now “Đại biểu Nguyễn Văn An đề nghị làm rõ tiến độ giải ngân vốn đầu tư công năm 2026…”) of the agenda item “Thảo luận tại hội trường” while you were editing it, so nothing of yours was saved. What you typed is still in the form: check it, and save again to replace it.',
    );
    expect(message(engine.dispatch({ type: 'note.set', subject: 'item', id: item, note: 'x', seen }, chair('vi')))).toMatch(/^Thư ký Lan vừa sửa tóm tắt \(nay là «Đại biểu Nguyễn Văn An/);
    expect(dumpDb(db)).toEqual(before);
    expect(note(engine, item)).toBe(hers);
    // The secretary's own next save is not crossed by her earlier one; another note goes through.
    expect(engine.dispatch({ type: 'note.set', subject: 'item', id: item, note: `${hers} Chủ tọa kết luận.`, seen }, secretary()).ok).toBe(true);
  });

  it('refuses a note written over one first written, or cleared, on the other console', () => {
    const { engine, item, other } = notes();
    const seen = engine.current.revision;
    // Both fields opened empty: the first note written inserts it, the second is refused.
    expect(engine.dispatch({ type: 'note.set', subject: 'item', id: item, note: 'Ghi chú của thư ký.', seen }, secretary()).ok).toBe(true);
    expect(message(engine.dispatch({ type: 'note.set', subject: 'item', id: item, note: 'Ghi chú của chủ tọa.', seen }, chair()))).toMatch(/^Thư ký Lan changed the note \(now “Ghi chú của thư ký.”\)/);
    // Cleared on one console: the other's note, typed over the old text, is refused too.
    const view = engine.current.revision;
    expect(engine.dispatch({ type: 'note.set', subject: 'item', id: item, note: '', seen: view }, secretary()).ok).toBe(true);
    expect(message(engine.dispatch({ type: 'note.set', subject: 'item', id: item, note: 'Ghi chú của chủ tọa.', seen: view }, chair()))).toMatch(/^Thư ký Lan changed the note \(now empty\)/);
    expect(note(engine, item)).toBeUndefined();
    // Another note, on another item, goes through on the same old view; and the same words agree.
    expect(engine.dispatch({ type: 'note.set', subject: 'item', id: other, note: 'Bế mạc lúc 11 giờ.', seen }, chair()).ok).toBe(true);
    ok(engine, 'note.set', { subject: 'item', id: item, note: 'Kết luận của chủ tọa.' });
    expect(engine.dispatch({ type: 'note.set', subject: 'item', id: item, note: 'Kết luận của chủ tọa.', seen: view }, secretary()).ok).toBe(true);
  });

  it('refuses a note whose seen is not a revision, in words, and changes nothing', () => {
    const { engine, db, item } = notes();
    const before = dumpDb(db);
    for (const seen of ['5', -2, 0.5, true]) {
      expect(engine.dispatch({ type: 'note.set', subject: 'item', id: item, note: 'Ghi chú.', seen }, secretary())).toMatchObject({ ok: false, error: { code: 'invalid' } });
    }
    expect(dumpDb(db)).toEqual(before);
  });
});

describe('the chair’s vote draft and the secretary’s correction of its presenting body', () => {
  function draft() {
    const ctx = setUp();
    const vote = ok(ctx.engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', presentedBy: 'UBND tỉh', method: 'hands' }).id;
    return { ...ctx, vote };
  }
  const theVote = (engine: ReturnType<typeof newEngine>['engine'], id: number) => engine.current.votes.find((v) => v.id === id)!;

  it('keeps her correction under his new title, both made from the same view', () => {
    const { engine, vote } = draft();
    const seen = engine.current.revision;
    expect(engine.dispatch({ type: 'record.setPresentedBy', voteId: vote, presentedBy: 'UBND tỉnh', seen }, secretary()).ok).toBe(true);
    expect(engine.dispatch({ type: 'vote.update', id: vote, resolutionTitle: 'Nghị quyết về dự toán ngân sách tỉnh năm 2027', resolutionNumber: '12/NQ-HĐND', seen }, chair()).ok).toBe(true);
    expect(theVote(engine, vote)).toMatchObject({ resolutionTitle: 'Nghị quyết về dự toán ngân sách tỉnh năm 2027', resolutionNumber: '12/NQ-HĐND', presentedBy: 'UBND tỉnh', method: 'hands', ruleKind: 'ordinary' });
  });

  it('refuses his presenting body typed over hers, naming her and what it is now, and changes nothing', () => {
    const { engine, db, vote } = draft();
    const seen = engine.current.revision;
    expect(engine.dispatch({ type: 'record.setPresentedBy', voteId: vote, presentedBy: 'UBND tỉnh', seen }, secretary()).ok).toBe(true);
    const before = dumpDb(db);
    const en = engine.dispatch({ type: 'vote.update', id: vote, presentedBy: 'Ủy ban nhân dân tỉnh', method: 'secret', seen }, chair('en'));
    expect(en).toMatchObject({ ok: false, error: { code: 'edit-crossed' } });
    expect(message(en)).toBe(
      'Thư ký Lan changed the presenting body (now “UBND tỉnh”) of the vote “Nghị quyết về dự toán ngân sách năm 2027” while you were editing it, so nothing of yours was saved. What you typed is still in the form: check it, and save again to replace it.',
    );
    const vi = engine.dispatch({ type: 'vote.update', id: vote, presentedBy: 'Ủy ban nhân dân tỉnh', seen }, chair('vi'));
    expect(message(vi)).toMatch(/^Thư ký Lan vừa sửa cơ quan trình \(nay là «UBND tỉnh»\) của cuộc biểu quyết «Nghị quyết về dự toán ngân sách năm 2027» trong lúc/);
    expect(dumpDb(db)).toEqual(before);
    // Read again, his wording replaces hers: the chair decided.
    expect(engine.dispatch({ type: 'vote.update', id: vote, presentedBy: 'Ủy ban nhân dân tỉnh', seen: engine.current.revision }, chair()).ok).toBe(true);
    expect(theVote(engine, vote).presentedBy).toBe('Ủy ban nhân dân tỉnh');
  });

  it('lets the same presenting body typed on both agree, and refuses her correction over his newer one', () => {
    const { engine, vote } = draft();
    const seen = engine.current.revision;
    ok(engine, 'vote.update', { id: vote, presentedBy: 'UBND tỉnh', method: 'secret' });
    expect(engine.dispatch({ type: 'record.setPresentedBy', voteId: vote, presentedBy: 'UBND tỉnh', seen }, secretary()).ok).toBe(true);
    expect(message(engine.dispatch({ type: 'record.setPresentedBy', voteId: vote, presentedBy: 'Thường trực HĐND tỉnh', seen }, secretary()))).toMatch(
      /^The chair changed the presenting body \(now “UBND tỉnh”\) of the vote “Nghị quyết về dự toán ngân sách năm 2027”/,
    );
    const view = engine.current.revision;
    ok(engine, 'vote.update', { id: vote, method: 'named', ruleKind: 'dismissal' });
    const crossed = engine.dispatch({ type: 'vote.update', id: vote, method: 'hands', ruleKind: 'dismissal', seen: view }, { ...chair(), consoleId: 'chair-console-0002' });
    expect(message(crossed)).toMatch(/^The chair changed the way of voting \(now Named vote\) of the vote/);
    expect(theVote(engine, vote)).toMatchObject({ presentedBy: 'UBND tỉnh', method: 'named', ruleKind: 'dismissal' });
  });

  it('refuses a bad field or seen in words, and changes nothing', () => {
    const { engine, db, vote } = draft();
    const before = dumpDb(db);
    for (const payload of [{ resolutionTitle: '   ' }, { presentedBy: 'x'.repeat(201) }, { method: 'shout' }, { ruleKind: 'custom', rule: { base: 'ballots', comparison: 'moreThan', numerator: 1, denominator: 2 } }]) {
      expect(engine.dispatch({ type: 'vote.update', id: vote, ...payload, seen: engine.current.revision }, chair()).ok).toBe(false);
    }
    expect(message(engine.dispatch({ type: 'vote.update', id: vote, presentedBy: 'UBND tỉnh', seen: '3' }, chair()))).toMatch(/^Revision seen /);
    expect(dumpDb(db)).toEqual(before);
  });
});
