/**
 * Preparing the agenda is undone in one step: a template applied (added or replacing the
 * programme), an earlier agenda copied, a programme file imported. And replacing the programme
 * is refused, changing nothing, while an item is part of the session's record.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { openStore, type Db } from '../../../electron/store/db';
import { builtinTemplate } from '../../../common/prep/templates';
import { dumpDb, manualClock, newEngine, ok, refused, seedBasics, tempDir } from '../helpers';

/** What preparing changes: the programme, its sittings, requests and document numbers, topics. */
function programme(db: Db) {
  const all = dumpDb(db);
  return Object.fromEntries(['agenda_item', 'sitting', 'speech', 'item_document', 'question_topic', 'question_topic_respondent'].map((t) => [t, all[t]]));
}

const yearEnd = builtinTemplate('yearEnd', 'province').length;

describe('undo of preparing the agenda', () => {
  it('takes back a whole template in one step, and only the last one when it was applied twice', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const empty = programme(db);
    ok(engine, 'template.apply', { builtin: 'yearEnd' });
    const once = programme(db);
    ok(engine, 'template.apply', { builtin: 'yearEnd' });
    expect(engine.current.agenda).toHaveLength(2 * yearEnd);
    // The label as data: what was done, to what, how many items.
    expect(engine.current.undo.prep).toMatchObject({ action: 'builtin', subject: 'yearEnd', count: yearEnd });

    expect(ok(engine, 'undo', { scope: 'prep' })).toEqual({ scope: 'prep', action: 'builtin', subject: 'yearEnd', count: yearEnd });
    expect(programme(db)).toEqual(once);
    ok(engine, 'undo', { scope: 'prep' });
    expect(programme(db)).toEqual(empty); // its sittings go with it
    expect(engine.current.undo.prep).toBeUndefined();
  });

  it('takes back a move of the programme first (its sitting too), then the template the items came from', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const empty = programme(db);
    ok(engine, 'template.apply', { builtin: 'yearEnd' });
    const applied = programme(db);
    // The afternoon's first item moved to the top of the morning: it joins the morning.
    const afternoon = engine.current.timing.items.find((i, n, all) => n > 0 && i.sittingId !== all[0].sittingId && i.parentId === null)!;
    const title = engine.current.agenda.find((a) => a.id === afternoon.id)!.title;
    ok(engine, 'agenda.move', { id: afternoon.id, index: 0 });
    expect(engine.current.timing.items[0]).toMatchObject({ id: afternoon.id, sittingId: engine.current.timing.items[1].sittingId });
    expect(engine.current.undo.prep).toMatchObject({ action: 'move', subject: title });
    expect(ok(engine, 'undo', { scope: 'prep' })).toMatchObject({ action: 'move', subject: title });
    expect(programme(db)).toEqual(applied);
    expect(engine.current.undo.prep).toMatchObject({ action: 'builtin', subject: 'yearEnd' });
    ok(engine, 'undo', { scope: 'prep' });
    expect(programme(db)).toEqual(empty);
  });

  it('takes back adding, editing, nesting and removing items one at a time, the last first', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    ok(engine, 'template.apply', { builtin: 'yearEnd' });
    const applied = programme(db);
    const item = engine.current.agenda[3];
    ok(engine, 'agenda.update', { id: item.id, title: 'Báo cáo đã sửa', kind: item.kind, presenter: item.presenter, plannedMinutes: item.plannedMinutes });
    const edited = programme(db);
    const own = ok(engine, 'agenda.add', { title: 'Báo cáo bổ sung', kind: 'report', plannedMinutes: 10 }).id;
    const added = programme(db);
    ok(engine, 'agenda.assign', { id: own, sittingId: engine.current.sittings[0].id });
    const assigned = programme(db);
    // A request waiting on the item goes with it, and comes back with it.
    ok(engine, 'speaker.focus', { agendaItemId: own });
    ok(engine, 'speaker.request', { delegateId: ok(engine, 'delegate.add', { fullName: 'Trần Thị Thu Hà' }).id });
    ok(engine, 'undo', { scope: 'queue' }); // the request is the queue's step, not the programme's
    ok(engine, 'speaker.request', { delegateId: engine.current.delegates[0].id });
    const requested = programme(db);
    ok(engine, 'agenda.remove', { id: own });
    expect(dumpDb(db).speech).toEqual([]);

    // Each label names the item as it was: the edit by the title it had.
    expect(ok(engine, 'undo', { scope: 'prep' })).toMatchObject({ action: 'remove', subject: 'Báo cáo bổ sung' });
    expect(programme(db)).toEqual(requested);
    ok(engine, 'undo', { scope: 'queue' }); // the request, then the programme's steps again
    expect(programme(db)).toEqual(assigned);
    expect(ok(engine, 'undo', { scope: 'prep' })).toMatchObject({ action: 'assign', subject: 'Báo cáo bổ sung' });
    expect(programme(db)).toEqual(added);
    expect(ok(engine, 'undo', { scope: 'prep' })).toMatchObject({ action: 'add', subject: 'Báo cáo bổ sung' });
    expect(programme(db)).toEqual(edited);
    expect(ok(engine, 'undo', { scope: 'prep' })).toMatchObject({ action: 'edit', subject: item.title });
    expect(programme(db)).toEqual(applied);
    expect(engine.current.agenda[3].title).toBe(item.title);
    expect(engine.current.undo.prep).toMatchObject({ action: 'builtin', subject: 'yearEnd' });
  });

  it('names a sub-item made and unmade, and takes each back', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const main = ok(engine, 'agenda.add', { title: 'Thảo luận các báo cáo', kind: 'discussion' }).id;
    const sub = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' }).id;
    ok(engine, 'agenda.setParent', { id: sub, parentId: main });
    expect(engine.current.undo.prep).toMatchObject({ action: 'nest', subject: 'Báo cáo kinh tế - xã hội' });
    ok(engine, 'agenda.setParent', { id: sub, parentId: null });
    expect(engine.current.undo.prep).toMatchObject({ action: 'unnest', subject: 'Báo cáo kinh tế - xã hội' });
    ok(engine, 'undo', { scope: 'prep' });
    expect(engine.current.timing.items.find((i) => i.id === sub)!.parentId).toBe(main);
    ok(engine, 'undo', { scope: 'prep' });
    expect(engine.current.timing.items.find((i) => i.id === sub)!.parentId).toBeNull();
  });

  it('brings back what a removal unlinked: a vote filed under the item, the sub-items under it', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const main = ok(engine, 'agenda.add', { title: 'Xem xét, thông qua các nghị quyết', kind: 'vote' }).id;
    const sub = ok(engine, 'agenda.add', { title: 'Nghị quyết về dự toán ngân sách năm 2027', kind: 'vote' }).id;
    ok(engine, 'agenda.setParent', { id: sub, parentId: main });
    ok(engine, 'vote.create', { agendaItemId: main, resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' });
    const before = dumpDb(db);
    ok(engine, 'agenda.remove', { id: main });
    expect(engine.current.votes[0].agendaItemId).toBeNull();
    expect(engine.current.timing.items.find((i) => i.id === sub)!.parentId).toBeNull();
    ok(engine, 'undo', { scope: 'prep' });
    const after = dumpDb(db);
    for (const table of ['agenda_item', 'vote']) expect(after[table], table).toEqual(before[table]);
    expect(engine.current.votes[0].agendaItemId).toBe(main);
    expect(engine.current.timing.items.find((i) => i.id === sub)!.parentId).toBe(main);
  });

  it('is refused, changing nothing, once an item it added has been started', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'template.apply', { builtin: 'yearEnd' });
    const first = engine.current.timing.items[0];
    ok(engine, 'sitting.open', { id: first.sittingId! });
    ok(engine, 'item.start', { id: first.id, current: 'finish' });
    const r = refused(engine, 'undo', { scope: 'prep' }, 'undo-overtaken');
    expect(r.vi).toMatch(/^Không thể hoàn tác nữa/);
    expect(engine.current.agenda).toHaveLength(yearEnd);
  });

  it('does not reach another session: the step is offered as that session’s, not undone there', () => {
    const { engine } = newEngine();
    const { sessionId } = seedBasics(engine);
    ok(engine, 'template.apply', { builtin: 'yearEnd' });
    const other = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' });
    ok(engine, 'session.select', { id: other.id });
    ok(engine, 'sitting.add', { date: '2027-07-14', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });
    expect(engine.current.undo.prep).toMatchObject({ elsewhere: { sessionId } });
    refused(engine, 'undo', { scope: 'prep' }, 'undo-other-session');
    ok(engine, 'session.select', { id: sessionId });
    ok(engine, 'undo', { scope: 'prep' });
    expect(engine.current.agenda).toEqual([]);
    ok(engine, 'session.select', { id: other.id });
    expect(engine.current.sittings.map((s) => s.date)).toEqual(['2027-07-14']);
  });

  it('survives a restart, label and count included', () => {
    const file = path.join(tempDir(), 'prep.gavel');
    const db1 = openStore(file);
    const first = new Engine(db1, manualClock());
    seedBasics(first);
    ok(first, 'agenda.add', { title: 'Khai mạc', kind: 'opening', plannedMinutes: 10 });
    ok(first, 'template.save', { name: 'Kỳ họp thường lệ cuối năm' });
    const before = programme(db1);
    const templateId = first.current.prep.templates[0].id;
    ok(first, 'template.apply', { templateId });
    db1.close();

    const db2 = openStore(file);
    const second = new Engine(db2, manualClock());
    expect(second.current.undo.prep).toMatchObject({ action: 'template', subject: 'Kỳ họp thường lệ cuối năm', count: 1 });
    ok(second, 'undo', { scope: 'prep' });
    expect(programme(db2)).toEqual(before);
    db2.close();
  });

  it('is refused, changing nothing, when later work uses what it would remove: a sitting, a topic', () => {
    const { engine, db } = newEngine();
    const { sessionId } = seedBasics(engine);
    ok(engine, 'template.apply', { builtin: 'yearEnd' });
    // A request waiting on an item the template made: undo would delete it with the item.
    ok(engine, 'speaker.focus', { agendaItemId: engine.current.agenda[2].id });
    ok(engine, 'speaker.request', { delegateId: ok(engine, 'delegate.add', { fullName: 'Trần Thị Thu Hà' }).id });
    const r = refused(engine, 'undo', { scope: 'prep' }, 'undo-in-use');
    expect(r.vi).toBe('Không thể hoàn tác nữa: những gì thao tác này tạo ra đã được dùng cho việc làm sau đó (ví dụ phiên họp đã được xếp thêm nội dung khác, chủ đề đã có câu hỏi chất vấn, hoặc đại biểu mới thêm đã đăng ký phát biểu hay đã có tên trong danh sách điểm danh). Chưa có gì thay đổi.');

    // A slip registered under a topic the copy brought: undo would leave it without its topic.
    const respondent = ok(engine, 'respondent.add', { delegateId: ok(engine, 'delegate.add', { fullName: 'Phạm Minh Chính', voting: false }).id }).id;
    ok(engine, 'topic.add', { title: 'Đất đai', respondentIds: [respondent] });
    const next = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' });
    ok(engine, 'session.select', { id: next.id });
    ok(engine, 'session.copyFrom', { fromId: sessionId, agenda: false, topics: true });
    const asker = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng' }).id;
    ok(engine, 'question.register', { askerId: asker, respondentId: respondent, text: 'Tiến độ?', topicId: engine.current.questionTopics[0].id });
    refused(engine, 'undo', { scope: 'prep' }, 'undo-in-use');
    expect(dumpDb(db).question).toHaveLength(1);
  });

  it('takes back an earlier session’s agenda and topics copied, and a programme file imported', () => {
    const { engine, db } = newEngine();
    const { sessionId } = seedBasics(engine);
    ok(engine, 'template.apply', { builtin: 'midYear' });
    const respondent = ok(engine, 'respondent.add', { delegateId: ok(engine, 'delegate.add', { fullName: 'Phạm Minh Chính', voting: false }).id }).id;
    ok(engine, 'topic.add', { title: 'Đất đai', respondentIds: [respondent] });
    const next = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' });
    ok(engine, 'session.select', { id: next.id });
    const empty = programme(db);
    ok(engine, 'session.copyFrom', { fromId: sessionId, agenda: true, topics: true });
    expect(engine.current.undo.prep).toMatchObject({ action: 'copy', subject: String(sessionId), count: builtinTemplate('midYear', 'province').length });
    ok(engine, 'undo', { scope: 'prep' });
    expect(programme(db)).toEqual(empty);

    ok(engine, 'agenda.import', { rows: [{ title: 'Khai mạc', kind: 'opening' }, { title: 'Báo cáo', kind: 'report', sitting: { date: '2027-07-14', part: 'morning' } }] });
    expect(engine.current.undo.prep).toMatchObject({ action: 'import', count: 2 });
    ok(engine, 'undo', { scope: 'prep' });
    expect(programme(db)).toEqual(empty);
  });
});

describe('replacing the programme', () => {
  /** A session whose agenda has a main item with a sub-item, a waiting request and a document number. */
  function prepared() {
    const { engine, db } = newEngine();
    const { sessionId } = seedBasics(engine);
    ok(engine, 'template.apply', { builtin: 'midYear' });
    const items = engine.current.agenda;
    const asker = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng' }).id;
    ok(engine, 'speaker.request', { agendaItemId: items[5].id, delegateId: asker });
    ok(engine, 'record.setDocument', { agendaItemId: items[5].id, docNumber: '152/TTr-UBND', docDate: '2026-11-30' });
    return { engine, db, sessionId, items, asker };
  }

  it('puts a template in the place of the programme, and one undo brings the programme back whole', () => {
    const { engine, db } = prepared();
    expect(engine.current.timing.items.some((i) => i.parentId !== null)).toBe(true); // sub-items too
    const before = programme(db);
    ok(engine, 'template.apply', { builtin: 'yearEnd', replace: true });
    expect(engine.current.agenda).toHaveLength(yearEnd);
    expect(engine.current.agenda.map((i) => i.title)).toEqual(builtinTemplate('yearEnd', 'province', 2026).map((i) => i.title));
    expect(dumpDb(db).speech).toEqual([]);
    expect(engine.current.undo.prep).toMatchObject({ action: 'builtin-replace', subject: 'yearEnd', count: yearEnd });
    ok(engine, 'undo', { scope: 'prep' });
    expect(programme(db)).toEqual(before);
  });

  it('puts an earlier session’s agenda in the place of the programme, undone in one step', () => {
    const { engine, db, sessionId } = prepared();
    const next = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' });
    ok(engine, 'session.select', { id: next.id });
    ok(engine, 'agenda.add', { title: 'Mục cũ', kind: 'report', plannedMinutes: 10 });
    const before = programme(db);
    ok(engine, 'session.copyFrom', { fromId: sessionId, agenda: true, topics: false, replace: true });
    expect(engine.current.agenda.map((i) => i.title)).not.toContain('Mục cũ');
    expect(engine.current.undo.prep).toMatchObject({ action: 'copy-replace' });
    ok(engine, 'undo', { scope: 'prep' });
    expect(programme(db)).toEqual(before);
  });

  it('puts a programme file in the place of the programme, undone in one step; a bad row leaves the programme as it was', () => {
    const { engine, db } = prepared();
    const before = programme(db);
    const rows = [{ title: 'Khai mạc', kind: 'opening' }, { title: 'Báo cáo', kind: 'report', sitting: { date: '2026-12-08', part: 'morning' } }];
    refused(engine, 'agenda.import', { rows: [...rows, { line: 9, title: '', kind: 'report' }], replace: true }, 'import-row');
    ok(engine, 'agenda.import', { rows, replace: true });
    expect(engine.current.agenda.map((i) => i.title)).toEqual(['Khai mạc', 'Báo cáo']);
    expect(engine.current.undo.prep).toMatchObject({ action: 'import-replace', count: 2 });
    ok(engine, 'undo', { scope: 'prep' });
    expect(programme(db)).toEqual(before);
  });

  it('is refused, changing nothing, when an item has been run', () => {
    const { engine, items } = prepared();
    ok(engine, 'item.start', { id: items[2].id });
    refused(engine, 'agenda.import', { rows: [{ title: 'Khai mạc', kind: 'opening' }], replace: true }, 'replace-item-run');
    const r = refused(engine, 'template.apply', { builtin: 'yearEnd', replace: true }, 'replace-item-run');
    expect(r.en).toBe(`The programme cannot be replaced: “${items[2].title}” has already been run (it has timings or speeches). Add after the current items instead. Nothing was changed.`);
    expect(r.vi).toContain(`«${items[2].title}» đã được điều hành`);
  });

  it('is refused when a questioning slip or a vote is attached to an item', () => {
    const { engine, items, asker } = prepared();
    const respondent = ok(engine, 'respondent.add', { delegateId: ok(engine, 'delegate.add', { fullName: 'Phạm Minh Chính', voting: false }).id }).id;
    const questioning = items.find((i) => i.kind === 'questioning')!;
    ok(engine, 'question.register', { askerId: asker, respondentId: respondent, text: 'Tiến độ?', agendaItemId: questioning.id });
    refused(engine, 'template.apply', { builtin: 'yearEnd', replace: true }, 'replace-item-questions');

    const { engine: e2, items: items2 } = prepared();
    ok(e2, 'vote.create', { agendaItemId: items2[8].id, resolutionTitle: 'Nghị quyết về dự toán', method: 'hands' });
    const r = refused(e2, 'template.apply', { builtin: 'yearEnd', replace: true }, 'replace-item-votes');
    expect(r.vi).toBe(`Không thể thay chương trình: đã có biểu quyết gắn với mục «${items2[8].title}». Hãy chọn thêm vào sau các mục hiện có. Chưa có gì thay đổi.`);
  });
});
