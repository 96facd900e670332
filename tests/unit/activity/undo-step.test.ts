/**
 * One wording of an undo step (src/lib/undoStep.ts): what each view's Undo button names, and the
 * same words in the Activity view's sentence for that undo, from (scope, action, subject, count).
 */
import { describe, expect, it } from 'vitest';
import { undoStepText, type Say, type Step } from '../../../src/lib/undoStep';
import { describe as sentence, namesFrom } from '../../../src/features/activity/activity';
import { en, vi, type MessageKey } from '../../../src/lib/i18n/index';
import { fill, type Lang } from '../../../common/strings';
import { readActivity } from '../../../electron/features/activity/store';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

const catalogs = { en, vi };
const say = (lang: Lang): Say => (key, params = {}) => (Object.hasOwn(catalogs[lang], key) ? fill(catalogs[lang][key as MessageKey], params) : undefined);
const words = (scope: string, step: Step, lang: Lang = 'en') => undoStepText(scope, step, say(lang), lang);

describe('an undo step in words', () => {
  it('words each scope’s step as its view’s Undo button does', () => {
    expect(words('queue', { action: 'extend', subject: 'Nguyễn Thị Hằng' })).toBe(fill(en['undo.who'], { label: en['spk.u.extend'], name: 'Nguyễn Thị Hằng' }));
    expect(words('questions', { action: Object.keys(en).find((k) => k.startsWith('q.u.'))!.slice(4), subject: '' })).toBe(en[Object.keys(en).find((k) => k.startsWith('q.u.')) as MessageKey]);
    expect(words('attendance', { action: 'absent', subject: 'Nguyễn Thị Hằng' }, 'vi')).toBe(fill(vi['att.u.absent' as MessageKey], { name: 'Nguyễn Thị Hằng' }));
    expect(words('roster', { action: 'import', subject: '', count: 12 }, 'vi')).toBe('nhập danh sách từ tệp (12 người)');
    expect(words('prep', { action: 'builtin', subject: 'yearEnd', count: 20 }, 'en')).toMatch(/^applying the template “.+” \(20 items\)$/);
    // A copy names the session copied from where the view knows it, else "another session".
    expect(words('prep', { action: 'copy', subject: '7', count: 3 })).toBe('copying the agenda of another session (3 items)');
    expect(undoStepText('prep', { action: 'copy', subject: '7', count: 3 }, say('en'), 'en', { session: () => 'session 10, term IV' })).toBe('copying the agenda of session 10, term IV (3 items)');
    expect(words('vote', { action: 'tally', subject: '49/2/1' })).toBe(fill(en['votes.u.tally'], { for: '49', against: '2', abstain: '1' }));
    expect(words('personnel', { action: 'ballots', subject: '50/49/47/2' })).toBe(fill(en['votes.u.ballots'], { issued: '50', returned: '49', valid: '47', invalid: '2' }));
    expect(words('personnel', { action: 'line', subject: 'Lê Hà', count: 3 })).toBe(fill(en['personnel.u.lines'], { name: 'Lê Hà', more: 2 }));
    // A sitting's step names the morning or the afternoon, once: the day alone left two sittings alike.
    expect(words('timing', { action: 'sittingClose', subject: '2026-12-08 chiều' }, 'vi')).toBe('kết thúc phiên họp buổi chiều ngày 08/12/2026');
    expect(words('timing', { action: 'sittingClose', subject: '2026-12-08 sáng' }, 'en')).toBe('closing of the morning sitting of 8 Dec 2026');
    // A step kept from before, named by its day only, still reads.
    expect(words('timing', { action: 'sittingOpen', subject: '2026-12-08' }, 'vi')).toBe('bắt đầu phiên họp ngày 08/12/2026');
  });

  it('gives nothing for a scope or an action without words, and Activity then says the step as before', () => {
    expect(words('notes', { action: 'set', subject: 'x' })).toBeUndefined();
    expect(words('vote', { action: 'no-such-step', subject: 'x' })).toBeUndefined();
    const names = namesFrom(null, []);
    expect(sentence({ type: 'undo', payload: { scope: 'vote', about: { action: 'no-such-step', subject: 'x' } } }, names, 'en')).toBe(fill(en['journal.undo' as MessageKey], { scope: en['journal.undoScope.vote' as MessageKey] }));
  });

  it('is the same words in the Activity view’s sentence for that undo', () => {
    const names = namesFrom(null, []);
    for (const lang of ['en', 'vi'] as const) {
      const step = { action: 'extend', subject: 'Nguyễn Thị Hằng' };
      expect(sentence({ type: 'undo', payload: { scope: 'queue', about: step } }, names, lang)).toContain(`: ${words('queue', step, lang)}`);
      const tally = { action: 'tally', subject: '28/3/2' };
      expect(sentence({ type: 'redo', payload: { scope: 'vote', about: tally } }, names, lang)).toContain(`: ${words('vote', tally, lang)}`);
    }
  });
});

describe('a roster import’s undo', () => {
  it('says how many it added and how many it updated, on the Undo button and in Activity; an older step as before', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const binh = ok(engine, 'delegate.add', { fullName: 'Trần Văn Bình', seatNumber: 2 }).id;
    const dung = ok(engine, 'delegate.add', { fullName: 'Phạm Thị Dung', seatNumber: 3 }).id;
    ok(engine, 'roster.import', {
      rows: [{ line: 2, fullName: 'Võ Thành An', seatNumber: 4 }],
      updates: [
        { line: 3, id: binh, seatNumber: 7 },
        { line: 4, id: dung, group: 'Tổ 3' },
      ],
    });
    const step = engine.current.undo.roster!;
    expect(words('roster', step, 'vi')).toBe('nhập danh sách từ tệp (thêm 1, cập nhật 2)');
    expect(words('roster', step, 'en')).toBe('importing the roster file (1 added, 2 updated)');
    ok(engine, 'undo', { scope: 'roster' });
    const read = readActivity(db);
    const undo = read.entries.find((e) => e.type === 'undo')!;
    expect(sentence(undo, namesFrom(null, read.sittings, String, read), 'vi')).toBe('Hoàn tác trong danh sách đại biểu: nhập danh sách từ tệp (thêm 1, cập nhật 2)');
    // The import's own line says the same, not "Imported 1 people from a file".
    const imported = read.entries.find((e) => e.type === 'roster.import')!;
    expect(sentence(imported, namesFrom(null, read.sittings), 'vi')).toBe('Nhập danh sách từ tệp (thêm 1, cập nhật 2)');
    expect(sentence(imported, namesFrom(null, read.sittings), 'en')).toBe('Imported the roster file (1 added, 2 updated)');
    // What is none is left out; a step saved before the counts were apart says the people together.
    expect(words('roster', { action: 'import', subject: '3/0', count: 3 }, 'vi')).toBe('nhập danh sách từ tệp (thêm 3)');
    expect(words('roster', { action: 'import', subject: '0/2', count: 2 }, 'en')).toBe('importing the roster file (2 updated)');
    expect(words('roster', { action: 'import', subject: '', count: 3 }, 'en')).toBe('importing the roster file (3 people)');
  });
});

describe('an import of pasted lines', () => {
  /** The roster and the programme each imported from lines pasted into the console, each undone, on real SQLite. */
  function pastedAndUndone() {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const binh = ok(engine, 'delegate.add', { fullName: 'Trần Văn Bình', seatNumber: 2 }).id;
    ok(engine, 'roster.import', { rows: [{ line: 1, fullName: 'Võ Thành An', seatNumber: 4 }], updates: [{ line: 2, id: binh, group: 'Tổ 3' }], pasted: true });
    const roster = engine.current.undo.roster!;
    ok(engine, 'undo', { scope: 'roster' });
    ok(engine, 'agenda.import', { rows: [{ line: 1, title: 'Khai mạc kỳ họp', kind: 'opening' }, { line: 2, title: 'Bế mạc kỳ họp', kind: 'closing' }], pasted: true });
    const programme = engine.current.undo.prep!;
    ok(engine, 'agenda.import', { rows: [{ line: 1, title: 'Chào cờ', kind: 'opening' }], pasted: true, replace: true });
    const replaced = engine.current.undo.prep!;
    ok(engine, 'undo', { scope: 'prep' });
    return { db, roster, programme, replaced };
  }

  it('says so on the Undo button, not “the roster file” or “the programme file”, in both languages', () => {
    const { roster, programme, replaced } = pastedAndUndone();
    expect(words('roster', roster, 'en')).toBe('adding the pasted lines to the roster (1 added, 1 updated)');
    expect(words('roster', roster, 'vi')).toBe('nhập các dòng đã dán vào danh sách (thêm 1, cập nhật 1)');
    expect(words('prep', programme, 'en')).toBe('adding the pasted lines to the programme (2 items)');
    expect(words('prep', programme, 'vi')).toBe('nhập các dòng đã dán vào chương trình (2 mục)');
    expect(words('prep', replaced, 'en')).toBe('replacing the programme with the pasted lines (1 item)');
    expect(words('prep', replaced, 'vi')).toBe('thay chương trình bằng các dòng đã dán (1 mục)');
  });

  it('says so in Activity, the import’s own line and its undo alike', () => {
    const read = readActivity(pastedAndUndone().db);
    const names = namesFrom(null, read.sittings, String, read);
    const said = (lang: Lang) => read.entries.map((e) => sentence(e, names, lang)).reverse().slice(-5);
    expect(said('vi')).toEqual([
      'Nhập các dòng đã dán vào danh sách (thêm 1, cập nhật 1)',
      'Hoàn tác trong danh sách đại biểu: nhập các dòng đã dán vào danh sách (thêm 1, cập nhật 1)',
      'Nhập các dòng đã dán vào chương trình (2 mục)',
      'Thay chương trình bằng các dòng đã dán (1 mục)',
      expect.stringMatching(/: thay chương trình bằng các dòng đã dán \(1 mục\)$/),
    ]);
    expect(said('en').slice(0, 4)).toEqual([
      'Added the pasted lines to the roster (1 added, 1 updated)',
      'Undid in the roster: adding the pasted lines to the roster (1 added, 1 updated)',
      'Added the pasted lines to the programme (2 items)',
      'Replaced the programme with the pasted lines (1 item)',
    ]);
  });

  it('from a file says the file, as before; a row from before imports said where they came from reads as a file', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    ok(engine, 'agenda.import', { rows: [{ line: 3, title: 'Khai mạc kỳ họp', kind: 'opening' }] });
    expect(words('prep', engine.current.undo.prep!, 'en')).toBe('importing the programme file (1 item)');
    const read = readActivity(db);
    const imported = read.entries.find((e) => e.type === 'agenda.import')!;
    expect(sentence(imported, namesFrom(null, read.sittings), 'vi')).toBe('Nhập chương trình từ tệp (1 mục)');
    expect(sentence({ type: 'roster.import', payload: { rows: [{}, {}] } }, namesFrom(null, []), 'en')).toBe('Imported the roster file (2 added)');
  });

  it('refuses a `pasted` that is not true or false, changing nothing', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const before = dumpDb(db);
    expect(refused(engine, 'roster.import', { rows: [{ line: 1, fullName: 'Võ Thành An' }], pasted: 'yes' }).code).toBe('invalid');
    expect(refused(engine, 'agenda.import', { rows: [{ line: 1, title: 'Khai mạc', kind: 'opening' }], pasted: 1 }).code).toBe('invalid');
    expect(dumpDb(db)).toEqual(before);
  });
});

describe('a note’s undo in Activity', () => {
  /** Notes written on an item, a speech, a question and its answer, and each undone, on real SQLite. */
  function notesUndone() {
    const { engine, db, clock } = newEngine();
    seedBasics(engine);
    const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' }).id;
    const huy = ok(engine, 'delegate.add', { fullName: 'Bùi Quang Huy', title: 'Chủ tịch UBND huyện', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: huy, agency: 'UBND huyện' }).id;
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kết quả giám sát', kind: 'report' }).id;
    const discussion = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' }).id;
    const questioning = ok(engine, 'agenda.add', { title: 'Chất vấn và trả lời chất vấn', kind: 'questioning' }).id;
    const speech = ok(engine, 'speaker.request', { agendaItemId: discussion, delegateId: hang }).id;
    const question = ok(engine, 'question.register', { askerId: hang, respondentId, text: 'Tiến độ giải phóng mặt bằng?', agendaItemId: questioning }).id;
    ok(engine, 'item.start', { id: questioning });
    ok(engine, 'question.next', {});
    ok(engine, 'question.toggle');
    clock.advance(60_000);
    ok(engine, 'question.stop');
    const answer = ok(engine, 'answer.start').id;
    for (const [subject, id] of [['item', report], ['speech', speech], ['question', question], ['answer', answer]] as const) {
      clock.advance(5 * 60_000);
      ok(engine, 'note.set', { subject, id, note: 'Đại biểu đề nghị làm rõ nguồn vốn.' });
      ok(engine, 'undo', { scope: 'notes' });
    }
    ok(engine, 'redo', { scope: 'notes' });
    return db;
  }

  it('names what the note was on and its item, as the other steps name theirs, in both languages', () => {
    const read = readActivity(notesUndone());
    const names = namesFrom(null, read.sittings, String, read);
    const said = (lang: Lang) => read.entries.filter((e) => e.type === 'undo' || e.type === 'redo').map((e) => sentence(e, names, lang)).reverse();
    expect(said('vi')).toEqual([
      'Hoàn tác trong phần tóm tắt cho biên bản: lần sửa tóm tắt mục «Báo cáo kết quả giám sát»',
      'Hoàn tác trong phần tóm tắt cho biên bản: lần sửa tóm tắt phát biểu của Nguyễn Thị Hằng, mục «Thảo luận tại hội trường»',
      'Hoàn tác trong phần tóm tắt cho biên bản: lần sửa ghi chú câu hỏi của Nguyễn Thị Hằng, mục «Chất vấn và trả lời chất vấn»',
      'Hoàn tác trong phần tóm tắt cho biên bản: lần sửa tóm tắt trả lời của Bùi Quang Huy, mục «Chất vấn và trả lời chất vấn»',
      'Làm lại trong phần tóm tắt cho biên bản: lần sửa tóm tắt trả lời của Bùi Quang Huy, mục «Chất vấn và trả lời chất vấn»',
    ]);
    expect(said('en')[1]).toBe('Undid in the notes for the minutes: the change to the note on the speech of Nguyễn Thị Hằng, item “Thảo luận tại hội trường”');
  });

  it('names the note a save was on, by the names of when it was saved, in both languages', () => {
    const db = notesUndone();
    // A rename afterwards does not rewrite what was saved: the row recorded the name of the time.
    db.prepare("UPDATE delegate SET full_name = 'Nguyễn Thị Hằng (đã đổi)' WHERE full_name = 'Nguyễn Thị Hằng'").run();
    const read = readActivity(db);
    const names = namesFrom(null, read.sittings, String, read);
    const said = (lang: Lang) => read.entries.filter((e) => e.type === 'note.set').map((e) => sentence(e, names, lang)).reverse();
    expect(said('vi')).toEqual([
      'Lưu tóm tắt mục «Báo cáo kết quả giám sát»',
      'Lưu tóm tắt phát biểu của Nguyễn Thị Hằng, mục «Thảo luận tại hội trường»',
      'Lưu ghi chú câu hỏi của Nguyễn Thị Hằng, mục «Chất vấn và trả lời chất vấn»',
      'Lưu tóm tắt trả lời của Bùi Quang Huy, mục «Chất vấn và trả lời chất vấn»',
    ]);
    expect(said('en')[1]).toBe('Saved the note on the speech of Nguyễn Thị Hằng, item “Thảo luận tại hội trường”');
    // A note emptied says so.
    const cleared = { type: 'note.set', payload: { subject: 'item', id: 1, note: '', about: { item: 'Báo cáo kết quả giám sát', name: null } } };
    expect(sentence(cleared, names, 'vi')).toBe('Xóa tóm tắt mục «Báo cáo kết quả giám sát»');
    expect(sentence(cleared, names, 'en')).toBe('Cleared the note on the item “Báo cáo kết quả giám sát”');
  });

  it('reads a saved note’s row from before rows named it as it always did', () => {
    const old = { type: 'note.set', payload: { subject: 'speech', id: 12, note: 'Đề nghị làm rõ.' } };
    expect(sentence(old, namesFrom(null, []), 'vi')).toBe('Tóm tắt: cập nhật');
    expect(sentence(old, namesFrom(null, []), 'en')).toBe('Notes: update');
  });

  it('says the step as before where the note’s subject is not known (a list without the Activity read)', () => {
    const read = readActivity(notesUndone());
    const undo = read.entries.find((e) => e.type === 'undo')!;
    expect(sentence(undo, namesFrom(null, []), 'en')).toBe(fill(en['journal.undo' as MessageKey], { scope: en['journal.undoScope.notes' as MessageKey] }));
  });
});
