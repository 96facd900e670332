/**
 * The session's record: its migration carries old data, its commands refuse bad input with a
 * sentence and change nothing, notes survive a reopen, and Vietnamese is kept as NFC.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, openStore } from '../../../electron/store/db';
import { Engine } from '../../../electron/engine/engine';
import { NOTE_MAX } from '../../../electron/features/record/commands';
import { answerReport } from '../../../electron/documents/serve';
import type { DocModel } from '../../../electron/documents/blocks';
import { minutesModel } from '../../../electron/features/record/minutes';
import { discussionUnderWay, manualClock, newEngine, ok, refused, schemaBefore, seedBasics, tempDir } from '../helpers';

function setUp(file = ':memory:') {
  const ctx = newEngine(file);
  const { sessionId } = seedBasics(ctx.engine);
  const people = ['Lương Xuân Quý', 'Nguyễn Thị Ngọc Ánh', 'Hoàng Văn Thạch'].map((fullName) => ok(ctx.engine, 'delegate.add', { fullName }).id);
  const item = ok(ctx.engine, 'agenda.add', { title: 'Tờ trình về dự toán ngân sách', kind: 'submission' }).id;
  const sitting = ok(ctx.engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
  return { ...ctx, sessionId, people, item, sitting };
}

describe('migration "record"', () => {
  it('adds the record to a database of the version before, keeping its sessions, sittings and items', () => {
    const { db } = schemaBefore('record');
    db.exec(`INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND huyện Đầm Hà', 'district', 4, 35)`);
    db.exec(`INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 11, 4, 'regular', '2019-12-17', '2019-12-18')`);
    db.exec(`INSERT INTO sitting (id, session_id, date, part, planned_start, planned_end) VALUES (1, 1, '2019-12-17', 'morning', '07:30', '11:30')`);
    db.exec(`INSERT INTO agenda_item (id, session_id, position, title, kind, planned_minutes, sitting_id) VALUES (1, 1, 1, 'Khai mạc', 'opening', 10, 1)`);
    migrate(db);
    expect(db.prepare('SELECT id, presiding_id, date FROM sitting').all()).toEqual([{ id: 1, presiding_id: null, date: '2019-12-17' }]);
    expect(db.prepare('SELECT title, sitting_id FROM agenda_item').all()).toEqual([{ title: 'Khai mạc', sitting_id: 1 }]);
    db.exec(`INSERT INTO record_note (subject, subject_id, text, updated_at) VALUES ('item', 1, 'Ghi chú', 0)`);
    db.exec(`INSERT INTO item_document (agenda_item_id, number, date) VALUES (1, '152/TTr-UBND', '2019-12-05')`);
    // Deleting the session takes its record with it.
    db.exec(`INSERT INTO session_record (session_id, place) VALUES (1, 'Hội trường')`);
    db.pragma('foreign_keys = ON');
    db.exec('DELETE FROM session WHERE id = 1');
    expect(db.prepare('SELECT COUNT(*) AS n FROM session_record').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM item_document').get()).toEqual({ n: 0 });
    db.close();
  });
});

describe('officers, place and documents', () => {
  it('sets the place, the presiding board and the secretaries from the roster, and who presides a sitting', () => {
    const { engine, people, sitting } = setUp();
    ok(engine, 'record.setSession', { place: 'Hội trường Huyện ủy Đầm Hà', locality: 'Đầm Hà', minutesNumber: '5' });
    ok(engine, 'record.setOfficers', { chairs: [people[0], people[2]], secretaries: [people[1]] });
    ok(engine, 'record.setPresiding', { sittingId: sitting, delegateId: people[2] });
    expect(engine.current.record).toMatchObject({
      place: 'Hội trường Huyện ủy Đầm Hà',
      locality: 'Đầm Hà',
      minutesNumber: '5',
      chairs: [people[0], people[2]],
      secretaries: [people[1]],
      presiding: { [sitting]: people[2] },
    });
    // Taking a chair off the board takes their sitting with it.
    ok(engine, 'record.setOfficers', { chairs: [people[0]] });
    expect(engine.current.record?.presiding).toEqual({});
    expect(engine.current.record?.secretaries).toEqual([people[1]]);
  });

  it('refuses someone not on the roster, a name twice, and a presiding chair not on the board, changing nothing', () => {
    const { engine, people, sitting } = setUp();
    expect(refused(engine, 'record.setOfficers', { chairs: [people[0], 999] }).en).toBe('Person 999 is not on the roster; choose someone from the roster.');
    expect(refused(engine, 'record.setOfficers', { secretaries: [people[1], people[1]] }).vi).toBe(
      'Nguyễn Thị Ngọc Ánh được chọn hai lần trong cùng một danh sách.',
    );
    expect(refused(engine, 'record.setPresiding', { sittingId: sitting, delegateId: people[1] }).vi).toBe(
      'Nguyễn Thị Ngọc Ánh không thuộc chủ tọa kỳ họp; hãy thêm vào chủ tọa trước khi giao điều hành phiên họp.',
    );
    expect(refused(engine, 'record.setPresiding', { sittingId: 77, delegateId: null }).en).toBe('No sitting with id 77.');
    expect(refused(engine, 'record.setSession', { place: 'x'.repeat(201) }).en).toBe('Place is longer than 200 characters.');
  });

  it('refuses a minutes number that is not a positive whole number, with a sentence, changing nothing', () => {
    const { engine } = setUp();
    ok(engine, 'record.setSession', { minutesNumber: '5' });
    for (const minutesNumber of ['abc', '-3', '0', '2,5']) {
      const r = refused(engine, 'record.setSession', { minutesNumber, place: 'Hội trường' });
      expect(r.en).toBe(`The minutes number must be a positive whole number; “${minutesNumber}” is not one.`);
      expect(r.vi).toBe(`Số biên bản phải là số nguyên dương; «${minutesNumber}» không hợp lệ.`);
    }
    ok(engine, 'record.setSession', { minutesNumber: '' });
    expect(engine.current.record?.minutesNumber).toBe('');
  });

  it('keeps a document number and date on an item, and refuses an item that does not exist or a bad date', () => {
    const { engine, item } = setUp();
    ok(engine, 'record.setDocument', { agendaItemId: item, docNumber: '152/TTr-UBND', docDate: '2019-12-05' });
    expect(engine.current.record?.documents).toEqual({ [item]: { number: '152/TTr-UBND', date: '2019-12-05' } });
    expect(refused(engine, 'record.setDocument', { agendaItemId: 4242, docNumber: '1/TTr' }).vi).toBe('Không tìm thấy mục chương trình số 4242.');
    expect(refused(engine, 'record.setDocument', { agendaItemId: item, docNumber: '1', docDate: '05/12/2019' }).en).toBe(
      'Document date must be a date as YYYY-MM-DD.',
    );
    ok(engine, 'record.setDocument', { agendaItemId: item, docNumber: '', docDate: null });
    expect(engine.current.record?.documents).toEqual({});
  });

  it('keeps the box a save leaves out, so a date entered right after the number cannot put the number back', () => {
    const { engine, item } = setUp();
    ok(engine, 'record.setDocument', { agendaItemId: item, docNumber: '150/TTr-UBND' });
    ok(engine, 'record.setDocument', { agendaItemId: item, docDate: '2026-12-01' });
    expect(engine.current.record?.documents).toEqual({ [item]: { number: '150/TTr-UBND', date: '2026-12-01' } });
    ok(engine, 'record.setDocument', { agendaItemId: item, docNumber: '' });
    expect(engine.current.record?.documents).toEqual({ [item]: { number: '', date: '2026-12-01' } });
    ok(engine, 'record.setDocument', { agendaItemId: item, docDate: null });
    expect(engine.current.record?.documents).toEqual({});
  });
});

describe('notes', () => {
  it('writes a note on an item as NFC, journals it, survives a reopen, and an empty note removes it', () => {
    const file = path.join(tempDir(), 'notes.gavel');
    const { engine, db, item } = setUp(file);
    const decomposed = 'Đại biểu Nguyễn Thị Ngọc Ánh đề nghị làm rõ.'.normalize('NFD');
    ok(engine, 'note.set', { subject: 'item', id: item, note: decomposed });
    expect(engine.current.record?.notes.item[item]).toBe('Đại biểu Nguyễn Thị Ngọc Ánh đề nghị làm rõ.'.normalize('NFC'));
    const journal = db.prepare("SELECT type FROM journal WHERE type = 'note.set'").all();
    expect(journal).toHaveLength(1);
    db.close();
    const reopened = new Engine(openStore(file), manualClock());
    expect(reopened.current.record?.notes.item[item]).toBe('Đại biểu Nguyễn Thị Ngọc Ánh đề nghị làm rõ.');
    ok(reopened, 'note.set', { subject: 'item', id: item, note: '   ' });
    expect(reopened.current.record?.notes.item).toEqual({});
  });

  it('refuses a note over its limit, on a speech that does not exist, or of an unknown kind', () => {
    const { engine, item } = setUp();
    expect(refused(engine, 'note.set', { subject: 'item', id: item, note: 'a'.repeat(NOTE_MAX + 1) }).en).toBe(
      `Note is longer than ${NOTE_MAX} characters.`,
    );
    expect(refused(engine, 'note.set', { subject: 'speech', id: 31337, note: 'x' }).vi).toBe('Không tìm thấy lượt phát biểu số 31337.');
    expect(refused(engine, 'note.set', { subject: 'answer', id: 5, note: 'x' }).en).toBe('No answer with id 5.');
    expect(refused(engine, 'note.set', { subject: 'vote', id: 1, note: 'x' }).code).toBe('invalid');
  });

  it('a counting committee is for a secret ballot only', () => {
    const { engine, people } = setUp();
    const hands = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết A', method: 'hands' }).id;
    const secret = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết B', method: 'secret' }).id;
    expect(refused(engine, 'record.setCounters', { voteId: hands, counters: [people[0]] }).en).toBe('Only a secret ballot has a counting committee.');
    ok(engine, 'record.setCounters', { voteId: secret, counters: [people[2], people[0]] });
    expect(engine.current.record?.counters).toEqual({ [secret]: [people[2], people[0]] });
  });
});

describe('the results notice', () => {
  const text = (m: DocModel) => m.parts.flatMap((p) => p.blocks).map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : 'text' in b ? b.text : '')).join('\n');

  it('lists a result only once the chair announced it, and until then says what it waits for, in the console’s language', async () => {
    const { engine, db, sessionId } = setUp();
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 30 });
    ok(engine, 'vote.tally', { id, for: 10, against: 15, abstain: 5 });
    ok(engine, 'vote.close', { id });
    const before = await answerReport(db, { doc: 'notice', sessionId }, 'preview', 'en');
    if (!before.ok || !('model' in before)) throw new Error('no preview');
    expect(text(before.model)).not.toContain('Nghị quyết về dự toán ngân sách');
    expect(text(before.model)).not.toContain('CHƯA ĐƯỢC THÔNG QUA');
    expect(before.model.missing.map((m) => m.text)).toEqual([
      'The place of the session is not entered.',
      'No one presides the session yet.',
      'The vote on “Nghị quyết về dự toán ngân sách” has not been announced.',
    ]);

    ok(engine, 'vote.announce', { id });
    const after = await answerReport(db, { doc: 'notice', sessionId }, 'preview', 'vi');
    if (!after.ok || !('model' in after)) throw new Error('no preview');
    expect(text(after.model)).toMatch(/CHƯA ĐƯỢC THÔNG QUA\n1\. Nghị quyết về dự toán ngân sách: 10\//);
    expect(after.model.missing.map((m) => m.text)).toEqual(['Chưa nhập địa điểm kỳ họp.', 'Chưa chọn chủ tọa kỳ họp.']);
  });
});

describe('the minutes place what happened in the sitting where it happened', () => {
  const text = (m: DocModel) => m.parts.flatMap((p) => p.blocks).map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : 'text' in b ? b.text : '')).join('\n');

  it('a vote opened from the Votes view on an item planned for a later sitting is told in the sitting that was open, and the later sitting is not said to have sat', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    discussionUnderWay(engine); // the morning of 08/12 is open
    const later = ok(engine, 'sitting.add', { date: '2026-12-09', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    const item = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua Nghị quyết về dự toán ngân sách', kind: 'vote' }).id;
    ok(engine, 'agenda.assign', { id: item, sittingId: later });
    clock.advance(60_000);
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands', agendaItemId: item }).id;
    ok(engine, 'vote.open', { id, present: 30 });
    ok(engine, 'vote.tally', { id, for: 25, against: 3, abstain: 2 });
    ok(engine, 'vote.close', { id });
    ok(engine, 'vote.announce', { id });
    const minutes = text(minutesModel(db, sessionId, { lang: 'vi', now: clock() })!);
    expect(minutes).toContain('Phiên họp sáng ngày 08/12/2026');
    expect(minutes).not.toContain('Phiên họp chiều ngày 09/12/2026');
    expect(minutes.indexOf('Phiên họp sáng ngày 08/12/2026')).toBeLessThan(minutes.indexOf('Nghị quyết về dự toán ngân sách'));
  });
});
