import { describe, expect, it } from 'vitest';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

describe('council and sessions', () => {
  it('creates a session and makes it current', () => {
    const { engine } = newEngine();
    const { sessionId } = seedBasics(engine);
    expect(engine.current.sessions.currentId).toBe(sessionId);
    expect(engine.current.sessions.list[0]).toMatchObject({ number: 11, term: 16, kind: 'regular', startDate: '2026-12-08' });
  });

  it.each([
    ['end before start', { number: 12, term: 16, kind: 'regular', startDate: '2026-12-09', endDate: '2026-12-08' }, 'dates-reversed'],
    ['same number twice', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' }, 'duplicate-session'],
    ['impossible date', { number: 12, term: 16, kind: 'regular', startDate: '2026-02-30', endDate: '2026-03-01' }, 'invalid'],
    ['unknown kind', { number: 12, term: 16, kind: 'secret', startDate: '2026-12-08', endDate: '2026-12-08' }, 'invalid'],
  ])('refuses a session with %s', (_, payload, code) => {
    const { engine } = newEngine();
    seedBasics(engine);
    expect(refused(engine, 'session.create', payload).code).toBe(code);
  });

  it('switches the agenda when another session is selected', () => {
    const { engine } = newEngine();
    const { sessionId } = seedBasics(engine);
    ok(engine, 'agenda.add', { title: 'Khai mạc', kind: 'opening', plannedMinutes: 10 });
    const other = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-01-05', endDate: '2027-01-05' });
    expect(engine.current.agenda).toEqual([]);
    ok(engine, 'session.select', { id: sessionId });
    expect(engine.current.agenda.map((i) => i.title)).toEqual(['Khai mạc']);
    ok(engine, 'session.delete', { id: other.id });
    expect(engine.current.sessions.list).toHaveLength(1);
  });

  it.each([
    ['a sitting is open', []],
    ['a sitting is suspended', ['sitting.suspend']],
    ['an item runs', ['item.start']],
  ] as const)('creates a session without selecting it while %s, so the hall stays on the sitting', (_, then) => {
    const { engine } = newEngine();
    const { sessionId } = seedBasics(engine);
    const sitting = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });
    const item = ok(engine, 'agenda.add', { title: 'Khai mạc', kind: 'opening', plannedMinutes: 10 });
    ok(engine, 'agenda.assign', { id: item.id, sittingId: sitting.id });
    ok(engine, 'sitting.open', { id: sitting.id });
    for (const step of then) ok(engine, step, { id: step === 'item.start' ? item.id : sitting.id });
    const created = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-01-05', endDate: '2027-01-05' });
    expect(created.selected).toBe(false);
    expect(engine.current.sessions.currentId).toBe(sessionId);
    expect(engine.current.sessions.list.map((s) => s.number)).toEqual([11, 12]);
    expect(engine.current.agenda.map((i) => i.title)).toEqual(['Khai mạc']);
  });

  it('selects the new session once the sitting is closed', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const sitting = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });
    ok(engine, 'sitting.open', { id: sitting.id });
    ok(engine, 'sitting.close', { id: sitting.id });
    const created = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-01-05', endDate: '2027-01-05' });
    expect(created.selected).toBe(true);
    expect(engine.current.sessions.currentId).toBe(created.id);
  });

  it('words session and agenda refusals as the forms do: dates, term numeral, field labels', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const reversed = refused(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2026-12-09', endDate: '2026-12-08' }, 'dates-reversed');
    expect(reversed.vi).toBe('Ngày bế mạc (08/12/2026) trước ngày khai mạc (09/12/2026).');
    expect(reversed.en).toBe('The closing date (8 Dec 2026) is before the opening date (9 Dec 2026).');
    const twice = refused(engine, 'session.create', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' }, 'duplicate-session');
    expect(twice.vi).toBe('Đã có Kỳ họp thứ 11, khóa XVI.');
    expect(twice.en).toBe('Session 11, term XVI already exists.');
    expect(refused(engine, 'agenda.add', { title: '  ', kind: 'report' }).vi).toBe('Nội dung không được để trống.');
    const unreadable = refused(engine, 'template.import', { file: '{"not": "a template"' }, 'template-file-unreadable');
    expect(unreadable.vi).toBe('Tệp này không phải mẫu chương trình của Gavel (.gavel-template.json) hoặc đã bị hỏng. Chưa có gì được nhập.');
    expect(refused(engine, 'template.import', { file: '{"format": "other"}' }, 'template-file-unreadable').vi).not.toMatch(/\(format\)|\(JSON\)/);
  });

  it('refuses fewer seats than voting delegates already on the roster', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'council.save', { name: 'HĐND xã', level: 'commune', term: 3, totalSeats: 2 });
    ok(engine, 'delegate.add', { fullName: 'A' });
    ok(engine, 'delegate.add', { fullName: 'B' });
    ok(engine, 'delegate.add', { fullName: 'Khách mời', voting: false });
    refused(engine, 'council.save', { name: 'HĐND xã', level: 'commune', term: 3, totalSeats: 1 }, 'seats-below-roster');
    expect(engine.current.council?.totalSeats).toBe(2);
  });
});

describe('roster', () => {
  it('adds, edits and removes delegates, listed by seat', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const b = ok(engine, 'delegate.add', { fullName: 'Trần Thị Hoa', seatNumber: 9, group: 'Tổ 2' });
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng', seatNumber: 2 });
    ok(engine, 'delegate.add', { fullName: 'Giám đốc Sở Tài chính', voting: false });
    expect(engine.current.delegates.map((d) => d.seatNumber)).toEqual([2, 9, null]);
    ok(engine, 'delegate.update', { id: b.id, fullName: 'Trần Thị Hoa', title: 'Trưởng ban', seatNumber: 1, group: 'Tổ 2' });
    expect(engine.current.delegates[0]).toMatchObject({ fullName: 'Trần Thị Hoa', title: 'Trưởng ban', seatNumber: 1 });
    ok(engine, 'delegate.remove', { id: b.id });
    expect(engine.current.delegates.map((d) => d.fullName)).toEqual(['Nguyễn Văn Dũng', 'Giám đốc Sở Tài chính']);
  });

  it.each([
    ['an empty name', { fullName: '   ' }, 'invalid'],
    ['a negative seat', { fullName: 'A', seatNumber: -3 }, 'invalid'],
    ['a seat as text', { fullName: 'A', seatNumber: 'ba' }, 'invalid'],
    ['a taken seat', { fullName: 'A', seatNumber: 5 }, 'duplicate-seat'],
  ])('refuses %s', (_, payload, code) => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Holder', seatNumber: 5 });
    expect(refused(engine, 'delegate.add', payload).code).toBe(code);
  });

  it('refuses a voting delegate beyond the council’s seats, as the import does, and changes nothing', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'council.save', { name: 'HĐND xã', level: 'commune', term: 3, totalSeats: 2 });
    ok(engine, 'delegate.add', { fullName: 'A' });
    const b = ok(engine, 'delegate.add', { fullName: 'B' });
    const guest = ok(engine, 'delegate.add', { fullName: 'Khách mời', voting: false });
    const added = refused(engine, 'delegate.add', { fullName: 'C' }, 'over-seats');
    expect(added.en).toBe('That would make 3 voting delegates, more than the council’s 2 seats. Enter this person as a guest, or raise the council’s total first.');
    expect(added.vi).toBe('Như vậy sẽ có 3 đại biểu có quyền biểu quyết, nhiều hơn tổng số 2 đại biểu của Hội đồng. Hãy ghi người này là khách mời, hoặc sửa tổng số đại biểu trước.');
    // The import's refusal says where the total is set (Setup, Alt+1).
    const imported = refused(engine, 'roster.import', { rows: [{ line: 2, fullName: 'C' }] }, 'import-over-seats');
    expect(imported.en).toBe('The import would make 3 voting delegates, more than the council’s 2 seats. If the council has more seats, change “Total council seats” in Council & session (Alt+1), then import again. Nothing was imported.');
    expect(imported.vi).toBe('Sau khi nhập sẽ có 3 đại biểu có quyền biểu quyết, nhiều hơn tổng số 2 đại biểu của Hội đồng. Nếu Hội đồng có nhiều đại biểu hơn, hãy sửa «Tổng số đại biểu HĐND» ở mục Hội đồng, kỳ họp (Alt+1) rồi nhập lại. Chưa nhập ai.');
    refused(engine, 'delegate.update', { id: guest.id, fullName: 'Khách mời', voting: true }, 'over-seats');
    // A voting delegate already counted can still be edited, and a guest added.
    ok(engine, 'delegate.update', { id: b.id, fullName: 'B đã sửa' });
    ok(engine, 'delegate.add', { fullName: 'Khách mời 2', voting: false });
    expect(engine.current.delegates.filter((d) => d.voting)).toHaveLength(2);
  });

  it('refuses to edit or remove an unknown delegate', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const reply = engine.run('delegate.remove', { id: 404 });
    expect(!reply.ok && reply.error).toMatchObject({ code: 'not-found', message: 'No delegate with id 404.' });
  });
});

describe('agenda', () => {
  it('adds, inserts, reorders, edits and removes items, keeping positions dense', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const a = ok(engine, 'agenda.add', { title: 'Khai mạc', kind: 'opening', plannedMinutes: 15 });
    ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report', presenter: 'Chủ tịch UBND', plannedMinutes: 20 });
    const c = ok(engine, 'agenda.add', { title: 'Bế mạc', kind: 'closing', plannedMinutes: 10 });
    ok(engine, 'agenda.add', { title: 'Chào cờ', kind: 'opening', plannedMinutes: 5, index: 0 });
    const titles = () => engine.current.agenda.map((i) => i.title);
    expect(titles()).toEqual(['Chào cờ', 'Khai mạc', 'Báo cáo kinh tế - xã hội', 'Bế mạc']);
    ok(engine, 'agenda.move', { id: c.id, index: 1 });
    expect(titles()).toEqual(['Chào cờ', 'Bế mạc', 'Khai mạc', 'Báo cáo kinh tế - xã hội']);
    ok(engine, 'agenda.move', { id: c.id, index: 99 });
    expect(titles()).toEqual(['Chào cờ', 'Khai mạc', 'Báo cáo kinh tế - xã hội', 'Bế mạc']);
    ok(engine, 'agenda.update', { id: a.id, title: 'Khai mạc kỳ họp', kind: 'opening', plannedMinutes: 12 });
    ok(engine, 'agenda.remove', { id: a.id });
    expect(titles()).toEqual(['Chào cờ', 'Báo cáo kinh tế - xã hội', 'Bế mạc']);
    expect(engine.current.agenda.map((i) => i.position)).toEqual([0, 1, 2]);
  });

  it('moving a report takes its verification with it, and an item moved into another sitting joins it', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { rows } = {
      rows: [
        { line: 1, title: 'Khai mạc kỳ họp', kind: 'opening', presenter: '', sub: false, sitting: { date: '2026-12-08', part: 'morning' } },
        { line: 2, title: 'Báo cáo kinh tế - xã hội', kind: 'report', presenter: '', sub: false, sitting: { date: '2026-12-08', part: 'morning' } },
        { line: 3, title: 'Thẩm tra kinh tế - xã hội', kind: 'verification', presenter: '', sub: true, sitting: { date: '2026-12-08', part: 'morning' } },
        { line: 4, title: 'Giải lao', kind: 'break', presenter: '', sub: false, sitting: { date: '2026-12-08', part: 'morning' } },
        { line: 5, title: 'Tờ trình dự toán', kind: 'submission', presenter: '', sub: false, sitting: { date: '2026-12-08', part: 'afternoon' } },
        { line: 6, title: 'Thẩm tra dự toán', kind: 'verification', presenter: '', sub: true, sitting: { date: '2026-12-08', part: 'afternoon' } },
        { line: 7, title: 'Bế mạc', kind: 'closing', presenter: '', sub: false, sitting: { date: '2026-12-08', part: 'afternoon' } },
      ],
    };
    ok(engine, 'agenda.import', { rows });
    const id = (title: string) => engine.current.agenda.find((i) => i.title === title)!.id;
    const titles = () => engine.current.agenda.map((i) => i.title);
    const timing = (title: string) => engine.current.timing.items.find((i) => i.id === id(title))!;
    const [morning, afternoon] = engine.current.sittings.map((s) => s.id);

    // Down one, as Alt+↓ sends: the report and its verification go past the break together.
    ok(engine, 'agenda.move', { id: id('Báo cáo kinh tế - xã hội'), index: 2 });
    expect(titles()).toEqual(['Khai mạc kỳ họp', 'Giải lao', 'Báo cáo kinh tế - xã hội', 'Thẩm tra kinh tế - xã hội', 'Tờ trình dự toán', 'Thẩm tra dự toán', 'Bế mạc']);
    expect(timing('Thẩm tra kinh tế - xã hội').parentId).toBe(id('Báo cáo kinh tế - xã hội'));

    // A sub-item stays among its parent's sub-items: sent past them (Alt+↓, a drop on another
    // item), it is refused in words and stays, and so is one sent above its main item.
    expect(refused(engine, 'agenda.move', { id: id('Thẩm tra kinh tế - xã hội'), index: 4 }, 'sub-item-stays').en).toBe(
      '“Thẩm tra kinh tế - xã hội” is a sub-item of “Báo cáo kinh tế - xã hội”, so it moves only among that item’s sub-items. To move it elsewhere, move the main item: its sub-items go with it.',
    );
    refused(engine, 'agenda.move', { id: id('Thẩm tra kinh tế - xã hội'), index: 2 }, 'sub-item-stays');
    // Where it already is, nothing to say.
    ok(engine, 'agenda.move', { id: id('Thẩm tra kinh tế - xã hội'), index: 3 });

    // Down again: past the afternoon's submission with its verification, into the afternoon.
    ok(engine, 'agenda.move', { id: id('Báo cáo kinh tế - xã hội'), index: 3 });
    expect(titles()).toEqual(['Khai mạc kỳ họp', 'Giải lao', 'Tờ trình dự toán', 'Thẩm tra dự toán', 'Báo cáo kinh tế - xã hội', 'Thẩm tra kinh tế - xã hội', 'Bế mạc']);
    expect([timing('Báo cáo kinh tế - xã hội').sittingId, timing('Thẩm tra kinh tế - xã hội').sittingId]).toEqual([afternoon, afternoon]);
    expect(timing('Thẩm tra dự toán').parentId).toBe(id('Tờ trình dự toán'));
    // The break moved up to the top stays in the morning, with the opening after it.
    ok(engine, 'agenda.move', { id: id('Giải lao'), index: 0 });
    expect(timing('Giải lao').sittingId).toBe(morning);
  });

  it('moves an item by writing only the items between its old and new place, and closes gaps left by older files', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const ids = Array.from({ length: 8 }, (_, i) => ok(engine, 'agenda.add', { title: `Mục ${i + 1}`, kind: 'report', plannedMinutes: 10 }).id);
    const positions = () => db.prepare('SELECT id, position FROM agenda_item ORDER BY position').raw().all() as [number, number][];
    db.exec('CREATE TEMP TABLE moved (id INTEGER); CREATE TEMP TRIGGER moved_t AFTER UPDATE OF position ON main.agenda_item BEGIN INSERT INTO moved VALUES (NEW.id); END;');
    const moved = () => db.prepare('SELECT id FROM moved ORDER BY id').pluck().all() as number[];

    // Item 6 to place 2: items 3, 4 and 5 shift down; 1, 2, 7 and 8 are not written.
    ok(engine, 'agenda.move', { id: ids[5], index: 2 });
    expect(positions()).toEqual([ids[0], ids[1], ids[5], ids[2], ids[3], ids[4], ids[6], ids[7]].map((id, i) => [id, i]));
    expect(moved()).toEqual([ids[2], ids[3], ids[4], ids[5]]);
    expect(engine.current.agenda.map((i) => [i.id, i.position])).toEqual(positions());

    // A file whose positions have gaps: the move numbers every item 0..n-1 again.
    db.prepare('UPDATE agenda_item SET position = position * 10').run();
    ok(engine, 'agenda.move', { id: ids[7], index: 0 });
    expect(positions()).toEqual([ids[7], ids[0], ids[1], ids[5], ids[2], ids[3], ids[4], ids[6]].map((id, i) => [id, i]));
  });

  it.each([
    ['a negative duration', { title: 'X', kind: 'report', plannedMinutes: -5 }, 'invalid', 'Planned minutes must be at least 0.'],
    ['an absurd duration', { title: 'X', kind: 'report', plannedMinutes: 100000 }, 'invalid', 'Planned minutes must be at most 600.'],
    ['an empty title', { title: '', kind: 'report', plannedMinutes: 5 }, 'invalid', 'Title must not be empty.'],
    ['an unknown kind', { title: 'X', kind: 'party', plannedMinutes: 5 }, 'invalid', undefined],
  ])('refuses %s', (_, payload, code, message) => {
    const { engine } = newEngine();
    seedBasics(engine);
    const refusal = refused(engine, 'agenda.add', payload);
    expect(refusal.code).toBe(code);
    if (message) expect(refusal.en).toBe(message);
  });

  it('refuses items of another session as unknown', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const a = ok(engine, 'agenda.add', { title: 'Khai mạc', kind: 'opening', plannedMinutes: 15 });
    ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-06-01', endDate: '2027-06-02' });
    refused(engine, 'agenda.remove', { id: a.id }, 'not-found');
  });

  it('asks for a session before taking an agenda item', () => {
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND', level: 'commune', term: 1, totalSeats: 20 });
    refused(engine, 'agenda.add', { title: 'X', kind: 'report', plannedMinutes: 5 }, 'no-session');
  });
});

describe('agenda record', () => {
  it('keeps an item that has been run: removing it is refused in words and changes nothing', () => {
    const { engine, db, clock } = newEngine();
    seedBasics(engine);
    const run = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report', plannedMinutes: 20 });
    const fresh = ok(engine, 'agenda.add', { title: 'Giải lao', kind: 'break', plannedMinutes: 15 });
    ok(engine, 'item.start', { id: run.id });
    clock.advance(30_000);
    ok(engine, 'item.pause', { id: run.id });
    const before = dumpDb(db);
    const reply = engine.run('agenda.remove', { id: run.id });
    expect(!reply.ok && reply.error).toMatchObject({
      code: 'item-has-history',
      message: '“Báo cáo kinh tế - xã hội” has already been run (it has timings or speeches), so it cannot be removed from the agenda.',
    });
    expect(dumpDb(db)).toEqual(before);
    ok(engine, 'agenda.remove', { id: fresh.id });
    expect(engine.current.agenda.map((i) => i.title)).toEqual(['Báo cáo kinh tế - xã hội']);
  });
});

describe('roster record', () => {
  it('keeps someone who has spoken: removing them is refused and changes nothing', () => {
    const { engine, db, clock } = newEngine();
    seedBasics(engine);
    const spoke = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng', seatNumber: 1 });
    const mistake = ok(engine, 'delegate.add', { fullName: 'Nhập nhầm', seatNumber: 2 });
    ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion', plannedMinutes: 60 });
    ok(engine, 'speaker.request', { delegateId: spoke.id, kind: 'speech' });
    ok(engine, 'speaker.next', {});
    ok(engine, 'speaker.start', {});
    clock.advance(60_000);
    ok(engine, 'speaker.finish', {});
    const before = dumpDb(db);
    const reply = engine.run('delegate.remove', { id: spoke.id });
    expect(!reply.ok && reply.error).toMatchObject({
      code: 'delegate-has-record',
      message: 'Nguyễn Văn Dũng has spoken or voted by name in the session, so cannot be removed from the roster.',
    });
    expect(dumpDb(db)).toEqual(before);
    ok(engine, 'delegate.remove', { id: mistake.id });
  });
});

describe('roster officers', () => {
  it('keeps whom the minutes name as presiding, secretary or counter: removing them is refused in words and changes nothing', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const chair = ok(engine, 'delegate.add', { fullName: 'Bùi Đức Hinh', title: 'Chủ tịch HĐND tỉnh' }).id;
    const secretary = ok(engine, 'delegate.add', { fullName: 'Đinh Công Sứ' }).id;
    const counter = ok(engine, 'delegate.add', { fullName: 'Quách Thế Tản' }).id;
    const mistake = ok(engine, 'delegate.add', { fullName: 'Nhập nhầm' }).id;
    ok(engine, 'record.setOfficers', { chairs: [chair], secretaries: [secretary] });
    const secret = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết B', method: 'secret' }).id;
    ok(engine, 'record.setCounters', { voteId: secret, counters: [counter] });
    const before = dumpDb(db);
    for (const [who, name] of [[chair, 'Bùi Đức Hinh'], [secretary, 'Đinh Công Sứ'], [counter, 'Quách Thế Tản']] as const) {
      const reply = engine.run('delegate.remove', { id: who });
      expect(!reply.ok && reply.error).toMatchObject({
        code: 'delegate-is-officer',
        message: `${name} presides, takes the minutes or counts the ballots in a session, so cannot be removed from the roster: its minutes name them. Take them off in the Minutes view (Alt+M) first.`,
      });
    }
    expect(dumpDb(db)).toEqual(before);
    ok(engine, 'delegate.remove', { id: mistake });
    // Taken off the presiding board, the chair can go.
    ok(engine, 'record.setOfficers', { chairs: [] });
    ok(engine, 'delegate.remove', { id: chair });
  });
});
