/**
 * The journal in words: read from a real database after real commands, described in both
 * languages (a table for common commands, a fallback for any other), filtered, exported.
 */
import Papa from 'papaparse';
import { describe as group, expect, it } from 'vitest';
import { readActivity } from '../../../electron/features/activity/store';
import { activityCsv, activityRows, describe, deviceActivityLine, filterRows, kindLabel, kindOf, namesFrom, PHRASED, UNDO_TYPES } from '../../../src/features/activity/activity';
import { commands } from '../../../electron/engine/commands';
import { en as journalEn, vi as journalVi } from '../../../src/lib/i18n/journal';
import { itemUnderWay, newEngine, ok, seedBasics } from '../helpers';

function session() {
  const { engine, db, clock } = newEngine();
  seedBasics(engine);
  ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng' });
  const { id } = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });
  clock.advance(60_000);
  ok(engine, 'sitting.open', { id });
  clock.advance(60_000);
  ok(engine, 'hall.setMessage', { message: 'Đề nghị các vị đại biểu về chỗ ngồi' });
  ok(engine, 'hall.setEmblem', { dataUrl: 'data:image/png;base64,' + Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(3000)]).toString('base64') });
  clock.advance(60_000);
  ok(engine, 'sitting.close', { id });
  clock.advance(60_000);
  ok(engine, 'delegate.update', { id: 1, fullName: 'Nguyễn Văn Dũng', title: 'Chủ tịch' });
  return { engine, db, sittingId: id };
}

group('Activity', () => {
  it('reads the journal newest first, tagged with the sitting open at the time, long texts cut', () => {
    const { db, sittingId } = session();
    const a = readActivity(db);
    expect(a.total).toBe(a.entries.length);
    expect(a.entries.map((e) => e.type)).toEqual([
      'delegate.update', 'sitting.close', 'hall.setEmblem', 'hall.setMessage', 'sitting.open', 'sitting.add', 'delegate.add', 'session.create', 'council.save',
    ]);
    expect(a.entries.map((e) => e.sittingId)).toEqual([null, sittingId, sittingId, sittingId, sittingId, null, null, null, null]);
    expect(String(a.entries[2].payload.dataUrl).length).toBeLessThan(100);
    expect(a.sittings).toEqual([{ id: sittingId, sessionId: expect.any(Number), date: '2026-12-08', part: 'morning' }]);
    expect(readActivity(db, 2).entries).toHaveLength(2);
  });

  it('says what was done in both languages, names from the state, a fallback for any other command', () => {
    const { engine, db } = session();
    const a = readActivity(db);
    const names = namesFrom(engine.current, a.sittings, (m) => `[${m}]`);
    const en = activityRows(a, names, 'en').map((r) => r.text);
    const vi = activityRows(a, names, 'vi').map((r) => r.text);
    expect(en[0]).toBe('Edited the details of Nguyễn Văn Dũng');
    expect(vi[0]).toBe('Sửa thông tin của Nguyễn Văn Dũng');
    expect(en[1]).toBe('Closed the morning sitting 08/12/2026');
    // A sitting is ended (kết thúc), as the Live button says; "bế mạc" is the session's closing.
    expect(vi[1]).toBe('Kết thúc phiên buổi sáng 08/12/2026');
    expect(en[3]).toBe('Message on the hall screen: “Đề nghị các vị đại biểu về chỗ ngồi”');
    expect(en[5]).toBe('Sitting: add');
    expect(vi[5]).toBe('Phiên họp: thêm');
    // A command from another branch, never seen here: still a readable line.
    expect(describe({ type: 'minutes.addNote', payload: { title: 'Ý kiến tổ 2' } }, names, 'en')).toBe('minutes: addNote “Ý kiến tổ 2”');
    expect(describe({ type: 'undo', payload: { scope: 'timing' } }, names, 'vi')).toBe('Hoàn tác thao tác gần nhất của phần điều hành nội dung');
    expect(describe({ type: 'undo', payload: { scope: 'prep' } }, names, 'en')).toBe('Undid the last step of preparing the agenda');
    expect(describe({ type: 'undo', payload: { scope: 'vote' } }, names, 'vi')).toBe('Hoàn tác thao tác gần nhất của phần nhập số phiếu biểu quyết');
    expect(describe({ type: 'undo', payload: { scope: 'personnel' } }, names, 'en')).toBe('Undid the last step of the counts of a personnel vote');
    expect(describe({ type: 'redo', payload: { scope: 'roster' } }, names, 'en')).toBe('Redid the step last undone in the roster');
    expect(describe({ type: 'redo', payload: { scope: 'attendance' } }, names, 'vi')).toBe('Làm lại thao tác vừa hoàn tác của phần điểm danh');
    expect(describe({ type: 'vote.open', payload: { id: 99 } }, names, 'en')).toBe('Opened the vote “#99”');
  });

  it('reads every command of the engine as words in both languages, and names what it can instead of an id', () => {
    const words = { en: journalEn as Record<string, string>, vi: journalVi as Record<string, string> };
    const unworded: string[] = [];
    for (const type of Object.keys(commands)) {
      if (Object.hasOwn(PHRASED, type) || UNDO_TYPES.has(type)) continue;
      const [domain, ...rest] = type.split('.');
      const keys = [`journal.domain.${domain}`, ...(rest.length ? [`journal.verb.${rest.join('.')}`] : [])];
      for (const lang of ['en', 'vi'] as const) for (const k of keys) if (!Object.hasOwn(words[lang], k)) unworded.push(`${type} (${lang}: ${k})`);
    }
    expect(unworded).toEqual([]);

    const { engine, db } = session();
    const { id: itemId } = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' });
    const names = namesFrom(engine.current, readActivity(db).sittings);
    expect(describe({ type: 'agenda.assign', payload: { id: itemId, sittingId: null } }, names, 'vi')).toBe('Chương trình: xếp vào phiên họp «Báo cáo kinh tế - xã hội»');
    expect(describe({ type: 'speaker.focus', payload: { agendaItemId: itemId } }, names, 'en')).toBe('Speakers: choose the item “Báo cáo kinh tế - xã hội”');
    // A speech nobody can name any more (its request undone) still reads as a sentence.
    expect(describe({ type: 'speaker.requeue', payload: { id: 2 } }, names, 'vi')).toBe('Đưa đại biểu về cuối danh sách phát biểu');
    expect(describe({ type: 'overlay.set', payload: { visible: true } }, names, 'vi')).toBe('Phụ đề truyền hình: lên sóng');
    expect(describe({ type: 'device.pair', payload: { name: 'Thư ký - laptop 2' } }, names, 'vi')).toBe('Ghép nối thiết bị «Thư ký - laptop 2»');
    // A slip names who asks and what, not the questioning item it was registered under.
    expect(describe({ type: 'question.register', payload: { askerId: 1, respondentId: 1, text: 'Tiến độ giải ngân?', agendaItemId: itemId } }, names, 'en')).toBe('Registered a question slip from Nguyễn Văn Dũng: “Tiến độ giải ngân?”');
    expect(describe({ type: 'question.register', payload: { askerId: 1, respondentId: 1, text: 'Tiến độ giải ngân?', agendaItemId: itemId } }, names, 'vi')).toBe('Đăng ký phiếu chất vấn của Nguyễn Văn Dũng: «Tiến độ giải ngân?»');
    expect(describe({ type: 'hall.attendance', payload: { show: true } }, names, 'vi')).toBe('Màn hình hội trường: chiếu báo cáo điểm danh');
    expect(describe({ type: 'hall.attendance', payload: { show: false } }, names, 'en')).toBe('Hall screen: the attendance report taken down');
  });

  it('says what went on air: the overlay shown or hidden, what it follows, the caption typed, its background', () => {
    const { engine, db } = session();
    const names = namesFrom(engine.current, readActivity(db).sittings);
    const say = (payload: Record<string, unknown>, lang: 'vi' | 'en') => describe({ type: 'overlay.set', payload }, names, lang);
    expect(say({ visible: true }, 'en')).toBe('Broadcast overlay: on air');
    expect(say({ visible: false }, 'vi')).toBe('Phụ đề truyền hình: tắt khỏi sóng');
    expect(say({ follow: 'speaker' }, 'vi')).toBe('Phụ đề truyền hình: theo người phát biểu');
    expect(say({ caption: 'Giải lao 15 phút' }, 'en')).toBe('Broadcast overlay: caption “Giải lao 15 phút”');
    expect(say({ caption: '' }, 'vi')).toBe('Phụ đề truyền hình: xóa dòng chữ');
    expect(say({ key: '#00b140' }, 'vi')).toBe('Phụ đề truyền hình: nền phông xanh lá');
    expect(say({ follow: 'caption', caption: 'Bế mạc', visible: true }, 'en')).toBe('Broadcast overlay: on air, follows typed caption, caption “Bế mạc”');
  });

  it('names the device a revocation cut off, as the journal of the council office needs', () => {
    const { engine, db } = session();
    const { id } = ok(engine, 'device.pair', { name: 'Thư ký - laptop 2' });
    ok(engine, 'device.revoke', { id });
    const a = readActivity(db);
    const texts = (lang: 'vi' | 'en') => activityRows(a, namesFrom(engine.current, a.sittings), lang).map((r) => r.text);
    expect(texts('en')[0]).toBe('Devices: revoke “Thư ký - laptop 2”');
    expect(texts('vi')[0]).toBe('Thiết bị: thu hồi quyền truy cập «Thư ký - laptop 2»');
    expect(describe({ type: 'device.address', payload: { id, address: '192.168.1.41' } }, namesFrom(engine.current, a.sittings), 'vi')).toBe('Thiết bị «Thư ký - laptop 2» kết nối từ địa chỉ 192.168.1.41');
  });

  it('says a laptop paired again was paired again, not paired for the first time', () => {
    const { engine, db } = session();
    const { id } = ok(engine, 'device.pair', { name: 'Thư ký - laptop 2' });
    ok(engine, 'device.pair', { name: 'Thư ký - laptop 2', again: id });
    const a = readActivity(db);
    const texts = (lang: 'vi' | 'en') => activityRows(a, namesFrom(engine.current, a.sittings), lang).map((r) => r.text);
    expect(texts('en').slice(0, 2)).toEqual(['Paired the device “Thư ký - laptop 2” again', 'Paired the device “Thư ký - laptop 2”']);
    expect(texts('vi').slice(0, 2)).toEqual(['Ghép nối lại thiết bị «Thư ký - laptop 2»', 'Ghép nối thiết bị «Thư ký - laptop 2»']);
  });

  it('offers each kind once in the filter: one label, one kind', () => {
    const kinds = [...new Set(Object.keys(commands).map(kindOf))];
    for (const lang of ['en', 'vi'] as const) {
      const labels = kinds.map((k) => kindLabel(k, lang));
      expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
    }
    expect(kindOf('respondent.add')).toBe(kindOf('question.register'));
    expect(kindOf('delegate.add')).toBe(kindOf('roster.import'));
    // A redo is filed with the undos it does again, not under its bare key "redo".
    expect(kindOf('redo')).toBe(kindOf('undo'));
    for (const lang of ['en', 'vi'] as const) expect(kinds.filter((k) => kindLabel(k, lang) === k), lang).toEqual([]);
  });

  it('filters by kind, sitting and a search without marks, and exports what is shown as CSV', () => {
    const { engine, db, sittingId } = session();
    const a = readActivity(db);
    const rows = activityRows(a, namesFrom(engine.current, a.sittings), 'vi');
    expect(filterRows(rows, { kind: 'hall', sitting: '', search: '' }).map((r) => r.entry.type)).toEqual(['hall.setEmblem', 'hall.setMessage']);
    expect(filterRows(rows, { kind: '', sitting: String(sittingId), search: '' })).toHaveLength(4);
    expect(filterRows(rows, { kind: '', sitting: 'none', search: '' })).toHaveLength(5);
    expect(filterRows(rows, { kind: '', sitting: '', search: 'nguyen van dung' }).map((r) => r.entry.type)).toEqual(['delegate.update', 'delegate.add']);
    const csv = activityCsv(filterRows(rows, { kind: 'sitting', sitting: '', search: '' }), 'vi', (ms) => new Date(ms).toISOString());
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(parsed[0]).toEqual(['Số thứ tự', 'Thời gian', 'Người thực hiện', 'Loại', 'Nội dung', 'Phiên họp', 'Lệnh', 'Dữ liệu']);
    expect(parsed.slice(1).map((r) => r[6])).toEqual(['sitting.add', 'sitting.open', 'sitting.close']);
    expect(parsed[2][4]).toBe('Khai mạc / tiếp tục phiên buổi sáng 08/12/2026');
    expect(parsed[2][2]).toBe('Hệ thống');
  });

  it('gives a paired device’s commands the journal’s own sentences, with the device and the time', () => {
    const { engine } = session();
    const names = namesFrom(engine.current, []);
    const at = new Date(2026, 11, 8, 8, 12).getTime();
    const hhmm = (ms: number) => new Date(ms).toTimeString().slice(0, 5);
    const line = (type: string, payload: unknown, lang: 'vi' | 'en') => deviceActivityLine({ revision: 1, at, actor: 'Thư ký - laptop 2', type, payload }, names, lang, hhmm);
    expect(line('attendance.mark', { delegateId: 1, status: 'late' }, 'en')).toBe('08:12 · Thư ký - laptop 2: Marked Nguyễn Văn Dũng late');
    expect(line('attendance.mark', { delegateId: 1, status: 'excused' }, 'vi')).toBe('08:12 · Thư ký - laptop 2: Ghi nhận Nguyễn Văn Dũng vắng có lý do');
    // Confirmed present, and a mark cleared (said as cleared, not as a mark of "not marked").
    expect(line('attendance.mark', { delegateId: 1, status: 'present' }, 'vi')).toBe('08:12 · Thư ký - laptop 2: Ghi nhận Nguyễn Văn Dũng có mặt');
    expect(line('attendance.mark', { delegateId: 1, status: 'unmarked' }, 'en')).toBe('08:12 · Thư ký - laptop 2: Cleared the roll-call mark of Nguyễn Văn Dũng');
    expect(line('attendance.mark', { delegateId: 1, status: 'unmarked' }, 'vi')).toBe('08:12 · Thư ký - laptop 2: Bỏ đánh dấu điểm danh Nguyễn Văn Dũng');
    expect(line('vote.tally', { id: 9, for: 5, against: 1, abstain: 0 }, 'vi')).toBe('08:12 · Thư ký - laptop 2: Nhập kết quả biểu quyết «#9»: 5 tán thành, 1 không tán thành, 0 không biểu quyết');
    expect(line('question.ask', null, 'en')).toBe('08:12 · Thư ký - laptop 2: Questioning: ask');
  });

  it('names the person a queue move, a withdrawal, a requeue or a call was about, also once the item is over and in the chair’s list of the secretary’s steps', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const people = ['Nguyễn Văn Dũng', 'Lê Thị Hoa', 'Trần Minh Tuấn'].map((fullName) => ok(engine, 'delegate.add', { fullName }).id);
    const { itemId } = itemUnderWay(engine, { title: 'Thảo luận kinh tế - xã hội', kind: 'discussion' });
    const [a, b, c] = people.map((delegateId) => ok(engine, 'speaker.request', { agendaItemId: itemId, delegateId }).id);
    ok(engine, 'speaker.move', { id: c, index: 0 });
    ok(engine, 'speaker.withdraw', { id: b });
    ok(engine, 'speaker.call', { id: a });
    ok(engine, 'speaker.requeue', { id: a });
    // A step whose request was undone afterwards: its row recorded whom it moved.
    const gone = ok(engine, 'speaker.request', { agendaItemId: itemId, delegateId: people[1] }).id;
    ok(engine, 'speaker.move', { id: gone, index: 0 });
    ok(engine, 'undo', { scope: 'queue' });
    ok(engine, 'undo', { scope: 'queue' });
    // The item is over: the speaker queue in the state is another item's, the read still names them.
    ok(engine, 'item.finish', { id: itemId });

    const read = readActivity(db);
    const names = namesFrom(engine.current, read.sittings, String, read);
    const said = (lang: 'vi' | 'en') => Object.fromEntries(read.entries.filter((e) => ['speaker.move', 'speaker.withdraw', 'speaker.call', 'speaker.requeue'].includes(e.type)).map((e) => [`${e.type}#${String(e.payload.id)}`, describe(e, names, lang)]));
    expect(said('en')).toEqual({
      [`speaker.move#${c}`]: 'Moved Trần Minh Tuấn to place 1 in the speaker queue',
      [`speaker.withdraw#${b}`]: 'Withdrew the request to speak of Lê Thị Hoa',
      [`speaker.call#${a}`]: 'Gave the floor to Nguyễn Văn Dũng',
      [`speaker.requeue#${a}`]: 'Put Nguyễn Văn Dũng back at the end of the speaker queue',
      [`speaker.move#${gone}`]: 'Moved Lê Thị Hoa to place 1 in the speaker queue',
    });
    expect(said('vi')).toEqual({
      [`speaker.move#${c}`]: 'Chuyển Trần Minh Tuấn tới vị trí 1 trong danh sách phát biểu',
      [`speaker.withdraw#${b}`]: 'Rút đăng ký phát biểu của Lê Thị Hoa',
      [`speaker.call#${a}`]: 'Mời Nguyễn Văn Dũng phát biểu',
      [`speaker.requeue#${a}`]: 'Đưa Nguyễn Văn Dũng về cuối danh sách phát biểu',
      [`speaker.move#${gone}`]: 'Chuyển Lê Thị Hoa tới vị trí 1 trong danh sách phát biểu',
    });

    // The chair's list of what the secretary did has the state only: the queue being worked on names them.
    const live = newEngine();
    seedBasics(live.engine);
    const d = ok(live.engine, 'delegate.add', { fullName: 'Lê Thị Hoa' }).id;
    const liveItem = itemUnderWay(live.engine, { title: 'Thảo luận', kind: 'discussion' }).itemId;
    const speech = ok(live.engine, 'speaker.request', { agendaItemId: liveItem, delegateId: d }).id;
    const line = deviceActivityLine({ revision: 9, at: 0, actor: 'Thư ký - laptop 2', type: 'speaker.move', payload: { id: speech, index: 0 } }, namesFrom(live.engine.current, []), 'vi', () => '08:12');
    expect(line).toBe('08:12 · Thư ký - laptop 2: Chuyển Lê Thị Hoa tới vị trí 1 trong danh sách phát biểu');
  });

  it('names the person given the floor as next speaker, timed, paused, ended and given extra time, as the row recorded it, also after a rename; older rows still read', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const [dung, hoa] = ['Nguyễn Văn Dũng', 'Lê Thị Hoa'].map((fullName) => ok(engine, 'delegate.add', { fullName }).id);
    const { itemId } = itemUnderWay(engine, { title: 'Thảo luận kinh tế - xã hội', kind: 'discussion' });
    const first = ok(engine, 'speaker.request', { agendaItemId: itemId, delegateId: dung }).id;
    ok(engine, 'speaker.request', { agendaItemId: itemId, delegateId: hoa });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.start');
    ok(engine, 'speaker.extend', { seconds: 30 });
    ok(engine, 'speaker.pause');
    ok(engine, 'speaker.finish');
    // Hoa's request taken back, Dũng renamed afterwards: the record keeps what was true then.
    ok(engine, 'speaker.withdraw', { id: first + 1 });
    ok(engine, 'undo', { scope: 'queue' });
    ok(engine, 'undo', { scope: 'queue' });
    ok(engine, 'undo', { scope: 'queue' });
    ok(engine, 'delegate.update', { id: dung, fullName: 'Nguyễn Văn Dũng (đổi tên)' });

    const read = readActivity(db);
    expect(read.entries.find((e) => e.type === 'speaker.next')?.payload.about).toEqual({ speechId: first, delegateId: dung, who: 'Nguyễn Văn Dũng' });
    const names = namesFrom(engine.current, read.sittings, String, read);
    const said = (lang: 'vi' | 'en') =>
      read.entries.filter((e) => e.type.startsWith('speaker.')).reverse().map((e) => describe(e, names, lang));
    expect(said('en')).toEqual([
      'Nguyễn Văn Dũng asked to speak',
      'Lê Thị Hoa asked to speak',
      'Gave the floor to Nguyễn Văn Dũng, next in the speaker queue',
      'Started the speech timer of Nguyễn Văn Dũng',
      'Gave Nguyễn Văn Dũng 30 more seconds to speak',
      'Paused the speech timer of Nguyễn Văn Dũng',
      'Ended the speech of Nguyễn Văn Dũng',
      'Withdrew the request to speak of Lê Thị Hoa',
    ]);
    expect(said('vi')).toEqual([
      'Ghi tên Nguyễn Văn Dũng đăng ký phát biểu',
      'Ghi tên Lê Thị Hoa đăng ký phát biểu',
      'Mời Nguyễn Văn Dũng phát biểu (người tiếp theo trong danh sách)',
      'Bắt đầu tính giờ phát biểu của Nguyễn Văn Dũng',
      'Cho Nguyễn Văn Dũng thêm 30 giây phát biểu',
      'Tạm dừng tính giờ phát biểu của Nguyễn Văn Dũng',
      'Kết thúc lượt phát biểu của Nguyễn Văn Dũng',
      'Rút đăng ký phát biểu của Lê Thị Hoa',
    ]);

    // Rows written before the journal recorded the person: a sentence all the same.
    const old = namesFrom(null, []);
    expect(describe({ type: 'speaker.next', payload: {} }, old, 'en')).toBe('Gave the floor to a delegate, next in the speaker queue');
    expect(describe({ type: 'speaker.finish', payload: {} }, old, 'vi')).toBe('Kết thúc lượt phát biểu của đại biểu');
    expect(describe({ type: 'speaker.extend', payload: { seconds: 60 } }, old, 'vi')).toBe('Cho đại biểu thêm 60 giây phát biểu');
  });

  it('says which step an undo, redo or set-aside took, as recorded when it ran, also after a rename; older rows read as before', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const [dung, hoa] = ['Nguyễn Văn Dũng', 'Lê Thị Hoa'].map((fullName) => ok(engine, 'delegate.add', { fullName }).id);
    const { itemId } = itemUnderWay(engine, { title: 'Thảo luận kinh tế - xã hội', kind: 'discussion' });
    const first = ok(engine, 'speaker.request', { agendaItemId: itemId, delegateId: dung }).id;
    ok(engine, 'speaker.request', { agendaItemId: itemId, delegateId: hoa });
    ok(engine, 'speaker.withdraw', { id: first });
    ok(engine, 'undo', { scope: 'queue' });
    ok(engine, 'redo', { scope: 'queue' });
    ok(engine, 'item.pause', { id: itemId });
    ok(engine, 'undo', { scope: 'timing' });
    ok(engine, 'delegate.add', { fullName: 'Trần Minh Tuấn' });
    ok(engine, 'undo', { scope: 'roster' });
    // Renamed afterwards: the undo's row keeps the name the step had.
    ok(engine, 'delegate.update', { id: dung, fullName: 'Nguyễn Văn Dũng (đổi tên)' });

    const read = readActivity(db);
    const undos = read.entries.filter((e) => e.type === 'undo' || e.type === 'redo').reverse();
    expect(undos[0].payload.about).toEqual({ action: 'withdraw', subject: 'Nguyễn Văn Dũng' });
    const names = namesFrom(engine.current, read.sittings, String, read);
    expect(undos.map((e) => describe(e, names, 'vi'))).toEqual([
      'Hoàn tác trong danh sách phát biểu: rút đăng ký (Nguyễn Văn Dũng)',
      'Làm lại trong danh sách phát biểu: rút đăng ký (Nguyễn Văn Dũng)',
      'Hoàn tác trong phần điều hành nội dung: tạm dừng «Thảo luận kinh tế - xã hội»',
      'Hoàn tác trong danh sách đại biểu: thêm đại biểu Trần Minh Tuấn',
    ]);
    expect(undos.map((e) => describe(e, names, 'en'))).toEqual([
      'Undid in the speaker queue: withdrawal (Nguyễn Văn Dũng)',
      'Redid in the speaker queue: withdrawal (Nguyễn Văn Dũng)',
      'Undid in the agenda’s timing: pause of “Thảo luận kinh tế - xã hội”',
      'Undid in the roster: adding Trần Minh Tuấn',
    ]);
    // The counts of a vote, a personnel vote's lines, a set-aside step: each in its view's words.
    const said = (type: string, scope: string, about: object, lang: 'vi' | 'en') => describe({ type, payload: { scope, about } }, names, lang);
    expect(said('undo', 'vote', { action: 'tally', subject: '30/2/1' }, 'vi')).toBe('Hoàn tác trong phần nhập số phiếu biểu quyết: số phiếu 30 tán thành, 2 không tán thành, 1 không biểu quyết');
    expect(said('undo', 'personnel', { action: 'line', subject: 'Lê Thị Hoa', count: 3 }, 'en')).toBe('Undid in the counts of a personnel vote: the counts of Lê Thị Hoa and 2 others');
    expect(said('undo.skip', 'attendance', { action: 'late', subject: 'Lê Thị Hoa' }, 'en')).toBe('Set aside in the roll call a step that could no longer be undone: Lê Thị Hoa marked late');
    // Rows written before undo recorded its step, and a step without words, read as they did.
    expect(describe({ type: 'undo', payload: { scope: 'queue' } }, names, 'en')).toBe('Undid the last step of the speaker queue');
    expect(said('undo', 'notes', { action: 'note', subject: 'speech:3' }, 'vi')).toBe('Hoàn tác thao tác gần nhất của phần tóm tắt cho biên bản');
    expect(said('redo', 'queue', { action: 'someday', subject: 'X' }, 'en')).toBe('Redid the step last undone in the speaker queue');
  });

  it('keeps `about` free in every command’s payload: the journal row adds it beside what was sent', () => {
    for (const [type, def] of Object.entries(commands)) {
      const shape = (def.schema as { shape?: Record<string, unknown> }).shape ?? {};
      expect(Object.keys(shape), type).not.toContain('about');
    }
  });
});
