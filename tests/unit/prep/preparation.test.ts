/**
 * Preparing a session: the 2025 law's migration on a database with data, templates (built-in,
 * saved, exported and imported as files), copying an earlier session, the term's years.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APPLICATION_ID, migrate, openStore } from '../../../electron/store/db';
import { LATEST_VERSION } from '../../../electron/store/migrations/index';
import { BUILTIN_KEYS, builtinTemplate, templateFile, TEMPLATE_VERSION } from '../../../common/prep/templates';
import { dumpDb, newEngine, ok, refused, schemaBefore, seedBasics, tempDir } from '../helpers';

describe('migration "preparation"', () => {
  it('keeps old levels, kinds and every row that references a session, and accepts the 2025 kinds', () => {
    const file = path.join(tempDir(), 'old.gavel');
    const { db: raw } = schemaBefore('preparation', file);
    raw.pragma(`application_id = ${APPLICATION_ID}`);
    // A district council of the 2021–2026 term, with an extraordinary session and its agenda, sittings and topics.
    raw.prepare("INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND huyện Mai Châu', 'district', 21, 35)").run();
    raw.prepare("INSERT INTO session (id, number, term, kind, title, start_date, end_date) VALUES (4, 9, 21, 'extraordinary', 'Kỳ họp bất thường', '2024-03-05', '2024-03-05')").run();
    raw.prepare("INSERT INTO session (id, number, term, kind, title, start_date, end_date) VALUES (5, 10, 21, 'regular', '', '2024-07-10', '2024-07-11')").run();
    raw.prepare("INSERT INTO sitting (id, session_id, date, part, planned_start, planned_end) VALUES (1, 4, '2024-03-05', 'morning', '07:30', '11:30')").run();
    raw.prepare("INSERT INTO agenda_item (id, session_id, position, title, kind, planned_minutes, sitting_id) VALUES (1, 4, 0, 'Tờ trình', 'submission', 15, 1)").run();
    raw.prepare("INSERT INTO question_topic (id, session_id, title) VALUES (1, 4, 'Đất đai')").run();
    raw.prepare("INSERT INTO setting (key, value) VALUES ('current_session_id', '4')").run();
    raw.close();

    const db = openStore(file); // migrates
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.prepare('SELECT level, term, term_start_year FROM council').get()).toEqual({ level: 'district', term: 21, term_start_year: null });
    expect(db.prepare('SELECT id, kind FROM session ORDER BY id').all()).toEqual([{ id: 4, kind: 'extraordinary' }, { id: 5, kind: 'regular' }]);
    expect(db.prepare('SELECT session_id FROM sitting').all()).toEqual([{ session_id: 4 }]);
    db.prepare("INSERT INTO session (number, term, kind, start_date, end_date) VALUES (1, 22, 'urgent', '2026-08-01', '2026-08-01')").run();
    expect(() => db.prepare("INSERT INTO session (number, term, kind, start_date, end_date) VALUES (2, 22, 'bogus', '2026-08-01', '2026-08-01')").run()).toThrow(/CHECK/);
    // The references still cascade: removing the old session removes its sittings, items and topics.
    db.prepare('DELETE FROM session WHERE id = 4').run();
    expect(db.prepare('SELECT count(*) AS n FROM sitting').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM agenda_item').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM question_topic').get()).toEqual({ n: 0 });
    db.close();
  });

  it('leaves foreign keys as they were when migrating a connection that has them off', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = OFF');
    migrate(db);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(0);
    db.close();
  });
});

describe('templates', () => {
  it('starts a session from the year-end template with procedure items, sub-items, sittings and default minutes', () => {
    const { engine, db } = newEngine();
    seedBasics(engine); // session from 2026-12-08
    ok(engine, 'template.apply', { builtin: 'yearEnd' });
    const state = engine.current;
    const titles = state.agenda.map((i) => i.title);
    for (const t of ['Chào cờ', 'Tuyên bố lý do, giới thiệu đại biểu', 'Báo cáo số lượng đại biểu có mặt', 'Thông qua chương trình kỳ họp', 'Khai mạc kỳ họp', 'Thảo luận tổ', 'Chất vấn và trả lời chất vấn', 'Công tác nhân sự', 'Thông qua các nghị quyết', 'Bế mạc kỳ họp', 'Chào cờ bế mạc']) {
      expect(titles).toContain(t);
    }
    expect(titles.some((t) => t.startsWith('Thông báo của Ủy ban Mặt trận Tổ quốc'))).toBe(true);
    expect(titles.some((t) => t.startsWith('Phát biểu chỉ đạo'))).toBe(true);
    expect(state.sittings.map((s) => `${s.date} ${s.part}`)).toEqual(['2026-12-08 morning', '2026-12-08 afternoon', '2026-12-09 morning', '2026-12-09 afternoon']);
    const report = state.agenda.find((i) => i.title.startsWith('Báo cáo tình hình kinh tế'))!;
    expect(report.plannedMinutes).toBe(state.rules.defaultMinutes.report); // the council's default
    const verification = state.agenda[state.agenda.indexOf(report) + 1];
    expect(verification.kind).toBe('verification');
    expect(state.timing.items.find((t) => t.id === verification.id)?.parentId).toBe(report.id);
    expect(db.prepare('SELECT count(*) AS n FROM journal WHERE type = ?').get('template.apply')).toEqual({ n: 1 });
  });

  it('a commune council’s programme has no court or procuracy report (Luật 72/2025/QH15); a province’s keeps it', () => {
    const courts = 'Báo cáo công tác của Tòa án nhân dân và Viện kiểm sát nhân dân';
    const { engine } = newEngine();
    seedBasics(engine); // a province's council
    ok(engine, 'template.apply', { builtin: 'yearEnd' });
    expect(engine.current.agenda.map((i) => i.title)).toContain(courts);
    const commune = newEngine().engine;
    seedBasics(commune);
    ok(commune, 'council.save', { name: 'HĐND xã Tân Phú', level: 'commune', term: 1, totalSeats: 30 });
    ok(commune, 'template.apply', { builtin: 'yearEnd' });
    const titles = commune.current.agenda.map((i) => i.title);
    expect(titles).not.toContain(courts);
    expect(titles).toHaveLength(builtinTemplate('yearEnd', 'commune').length);
    expect(builtinTemplate('yearEnd', 'commune')).toHaveLength(builtinTemplate('yearEnd', 'province').length - 1);
  });

  it('a built-in programme names the session’s years, not “năm nay” and “năm sau”, as its programme and minutes must', () => {
    const { engine } = newEngine();
    seedBasics(engine); // session from 2026-12-08
    ok(engine, 'template.apply', { builtin: 'yearEnd' });
    const titles = engine.current.agenda.map((i) => i.title);
    expect(titles).toContain('Báo cáo tình hình kinh tế - xã hội năm 2026; kế hoạch phát triển kinh tế - xã hội năm 2027');
    expect(titles).toContain('Báo cáo dự toán ngân sách nhà nước năm 2027 và phương án phân bổ');
    expect(titles.filter((t) => /năm (nay|sau|trước)/.test(t))).toEqual([]);
    ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' });
    ok(engine, 'template.apply', { builtin: 'midYear' });
    const midYear = engine.current.agenda.map((i) => i.title);
    expect(midYear).toContain('Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2027; nhiệm vụ, giải pháp 6 tháng cuối năm 2027');
    expect(midYear).toContain('Báo cáo quyết toán ngân sách nhà nước năm 2026');
    // The templates themselves keep their words; a year is the session's, given when applied.
    expect(builtinTemplate('yearEnd', 'province').some((i) => i.title.includes('năm nay'))).toBe(true);
  });

  it('every built-in template opens with the flag salute and closes with it', () => {
    for (const key of BUILTIN_KEYS) {
      const items = builtinTemplate(key, 'province');
      expect(items[0].title).toBe('Chào cờ');
      expect(items.at(-1)!.title).toBe('Chào cờ bế mạc');
    }
  });

  it('saves an agenda as a template, exports and imports it back as the same agenda', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'template.apply', { builtin: 'thematic' });
    ok(engine, 'template.save', { name: 'Chuyên đề đất đai' });
    const saved = engine.current.prep.templates[0];
    expect(saved.name).toBe('Chuyên đề đất đai');
    const text = JSON.stringify(templateFile(saved.name, saved.items));

    // Another council imports the file and starts its session from it.
    const other = newEngine().engine;
    seedBasics(other);
    ok(other, 'template.import', { file: text });
    const imported = other.current.prep.templates[0];
    expect(imported.items).toEqual(saved.items);
    ok(other, 'template.apply', { templateId: imported.id });
    const shape = (e: typeof engine) => {
      const s = e.current;
      return s.agenda.map((i) => [i.title, i.kind, i.presenter, i.plannedMinutes, s.timing.items.find((t) => t.id === i.id)?.parentId !== null]);
    };
    expect(shape(other)).toEqual(shape(engine));
  });

  it('keeps the sittings’ hours of an imported programme in a template, so next year starts with them; a version 1 file still loads', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const rows = [
      { title: 'Khai mạc kỳ họp', kind: 'opening', sitting: { date: '2026-12-08', part: 'morning' }, slot: { start: '08:00', end: '08:30' } },
      { title: 'Thảo luận tại hội trường', kind: 'discussion', sitting: { date: '2026-12-08', part: 'afternoon' }, slot: { start: '14:00', end: '16:30' } },
      { title: 'Bế mạc kỳ họp', kind: 'closing', sitting: { date: '2026-12-09', part: 'morning' }, slot: { start: '07:45', end: '09:00' } },
    ];
    ok(engine, 'agenda.import', { rows });
    ok(engine, 'template.save', { name: 'Cuối năm' });
    const saved = engine.current.prep.templates[0];
    expect(saved.items.map((i) => i.hours)).toEqual([{ start: '08:00', end: '08:30' }, { start: '14:00', end: '16:30' }, { start: '07:45', end: '09:00' }]);
    const hours = (e: typeof engine) => e.current.sittings.map((s) => [s.date, s.part, s.plannedStart, s.plannedEnd]);

    // Next year's session, in another council's Gavel from the file: the same hours on its own days.
    const other = newEngine().engine;
    seedBasics(other);
    const next = ok(other, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-12-07', endDate: '2027-12-08' });
    ok(other, 'session.select', { id: next.id });
    ok(other, 'template.import', { file: JSON.stringify(templateFile(saved.name, saved.items)) });
    ok(other, 'template.apply', { templateId: other.current.prep.templates[0].id });
    expect(hours(other)).toEqual([
      ['2027-12-07', 'morning', '08:00', '08:30'],
      ['2027-12-07', 'afternoon', '14:00', '16:30'],
      ['2027-12-08', 'morning', '07:45', '09:00'],
    ]);

    // A file from before hours were kept: its sittings take the usual hours.
    const old = newEngine().engine;
    seedBasics(old);
    const v1 = { format: 'gavel-agenda-template', version: 1, name: 'Cũ', items: [{ title: 'Khai mạc kỳ họp', kind: 'opening', day: 1, part: 'morning' }] };
    ok(old, 'template.import', { file: JSON.stringify(v1) });
    ok(old, 'template.apply', { templateId: old.current.prep.templates[0].id });
    expect(hours(old)).toEqual([['2026-12-08', 'morning', '07:30', '11:30']]);
    // Hours that run backwards are no template's.
    const backwards = templateFile('Ngược', [{ ...saved.items[0], hours: { start: '11:00', end: '08:00' } }]);
    expect(refused(old, 'template.import', { file: JSON.stringify(backwards) }).en).toMatch(/not a Gavel agenda template/);
    // Hours are kept as the engine keeps every time of day ("07:30"), not as they were typed.
    const loose = templateFile('Lỏng', [{ ...saved.items[0], hours: { start: '7:30', end: '11:00' } }]);
    expect(refused(old, 'template.import', { file: JSON.stringify(loose) }).en).toMatch(/not a Gavel agenda template/);
  });

  it('refuses a newer template file, a file that is not a template, a duplicate name, and an empty agenda, changing nothing', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const before = dumpDb(db);
    const newer = { ...templateFile('Mẫu mới', builtinTemplate('thematic', 'province')), version: TEMPLATE_VERSION + 1 };
    expect(refused(engine, 'template.import', { file: JSON.stringify(newer) }).en).toMatch(/newer Gavel.*Nothing was imported/);
    expect(refused(engine, 'template.import', { file: JSON.stringify(newer) }).vi).toMatch(/phiên bản Gavel mới hơn/);
    expect(refused(engine, 'template.import', { file: 'Tiêu đề,Loại\nKhai mạc,khai mạc' }).en).toMatch(/not a Gavel agenda template/);
    expect(refused(engine, 'template.import', { file: JSON.stringify({ format: 'gavel-agenda-template', version: 1, name: 'X', items: [{ title: '', kind: 'report' }] }) }).en).toMatch(/not a Gavel agenda template/);
    expect(refused(engine, 'template.save', { name: 'Trống' }).en).toMatch(/no items/);
    expect(dumpDb(db)).toEqual(before);
    ok(engine, 'template.apply', { builtin: 'thematic' });
    ok(engine, 'template.save', { name: 'A' });
    expect(refused(engine, 'template.save', { name: 'a' }).en).toMatch(/already a template named/);
    // Case is ignored in Vietnamese letters too, and so are the two ways of writing them (NFC, NFD).
    ok(engine, 'template.save', { name: 'Kỳ họp giữa năm' });
    expect(refused(engine, 'template.save', { name: 'KỲ HỌP GIỮA NĂM' }).vi).toBe('Đã có mẫu chương trình tên «KỲ HỌP GIỮA NĂM». Hãy đặt tên khác.');
    const decomposed = templateFile('kỳ họp giữa năm'.normalize('NFD'), builtinTemplate('thematic', 'province'));
    refused(engine, 'template.import', { file: JSON.stringify(decomposed) }, 'template-name-taken');
    // Under another name it comes in; that name is checked too.
    refused(engine, 'template.import', { file: JSON.stringify(decomposed), name: 'a' }, 'template-name-taken');
    const { id } = ok(engine, 'template.import', { file: JSON.stringify(decomposed), name: 'Kỳ họp giữa năm (Hòa Bình)' });
    expect(engine.current.prep.templates.find((x) => x.id === id)?.name).toBe('Kỳ họp giữa năm (Hòa Bình)');
  });
});

describe('copy from an earlier session', () => {
  it('copies the agenda with sub-items, sittings shifted to the new dates and questioning topics with respondents', () => {
    const { engine } = newEngine();
    const { sessionId: first } = seedBasics(engine); // 2026-12-08
    const person = ok(engine, 'delegate.add', { fullName: 'Giám đốc Sở Tài chính', voting: false });
    const respondent = ok(engine, 'respondent.add', { delegateId: person.id });
    ok(engine, 'template.apply', { builtin: 'midYear' });
    ok(engine, 'topic.add', { title: 'Ngân sách', respondentIds: [respondent.id] });
    const source = engine.current;

    ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-07-14', endDate: '2027-07-15' });
    const preview = engine.current.prep.summaries.find((s) => s.id === first)!;
    expect(preview).toMatchObject({ items: source.agenda.length, sittings: 3, topics: 1 });
    expect(preview.subItems).toBeGreaterThan(0);
    ok(engine, 'session.copyFrom', { fromId: first, agenda: true, topics: true });
    const copy = engine.current;
    expect(copy.agenda.map((i) => [i.title, i.plannedMinutes])).toEqual(source.agenda.map((i) => [i.title, i.plannedMinutes]));
    expect(copy.sittings.map((s) => `${s.date} ${s.part}`)).toEqual(['2027-07-14 morning', '2027-07-14 afternoon', '2027-07-15 morning']);
    const parents = (s: typeof copy) => s.timing.items.map((t) => (t.parentId === null ? null : s.agenda.findIndex((i) => i.id === t.parentId)));
    expect(parents(copy)).toEqual(parents(source));
    expect(copy.questionTopics.map((t) => [t.title, t.respondentIds])).toEqual([['Ngân sách', [respondent.id]]]);
  });

  it('copies a topic this session already has only once, and refuses a copy of topics it has every one of, changing nothing', () => {
    const { engine, db } = newEngine();
    const { sessionId: first } = seedBasics(engine);
    const person = ok(engine, 'delegate.add', { fullName: 'Giám đốc Sở Tài chính', voting: false });
    const respondent = ok(engine, 'respondent.add', { delegateId: person.id });
    ok(engine, 'topic.add', { title: 'Ngân sách', respondentIds: [respondent.id] });
    ok(engine, 'topic.add', { title: 'Đất đai, môi trường', respondentIds: [respondent.id] });
    ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-07-14', endDate: '2027-07-15' });
    // Typed by hand before the copy, in other capitals and spacing.
    ok(engine, 'topic.add', { title: '  ngân  SÁCH ', respondentIds: [respondent.id] });
    expect(ok(engine, 'session.copyFrom', { fromId: first, agenda: false, topics: true })).toMatchObject({ topics: 1, topicsHere: 1 });
    expect(engine.current.questionTopics.map((t) => t.title)).toEqual(['ngân  SÁCH', 'Đất đai, môi trường']);
    const before = dumpDb(db);
    // Copied twice: before, every topic came again.
    expect(refused(engine, 'session.copyFrom', { fromId: first, agenda: false, topics: true }, 'copy-topics-here').vi).toBe(
      'Kỳ họp này đã có đủ các chủ đề chất vấn của kỳ họp được chọn. Chưa có gì được sao chép.',
    );
    expect(dumpDb(db)).toEqual(before);
  });

  it('makes no sitting after the session closes: a two-day programme in a one-day session leaves day 2 unplaced and says how many', () => {
    const { engine } = newEngine();
    const { sessionId: first } = seedBasics(engine); // two days from 2026-12-08
    ok(engine, 'template.apply', { builtin: 'yearEnd' });
    const dayTwo = engine.current.agenda.filter((i) => engine.current.sittings.find((s) => s.id === engine.current.timing.items.find((t) => t.id === i.id)?.sittingId)?.date === '2026-12-09').length;
    expect(dayTwo).toBeGreaterThan(0);

    const oneDay = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-03-10', endDate: '2027-03-10' });
    ok(engine, 'session.select', { id: oneDay.id });
    expect(ok(engine, 'session.copyFrom', { fromId: first, agenda: true, topics: false })).toMatchObject({ unplaced: dayTwo });
    expect(engine.current.sittings.map((s) => `${s.date} ${s.part}`)).toEqual(['2027-03-10 morning', '2027-03-10 afternoon']);

    const another = ok(engine, 'session.create', { number: 13, term: 16, kind: 'thematic', startDate: '2027-04-10', endDate: '2027-04-10' });
    ok(engine, 'session.select', { id: another.id });
    expect(ok(engine, 'template.apply', { builtin: 'yearEnd' }).unplaced).toBe(dayTwo);
    expect(engine.current.sittings.map((s) => s.date)).toEqual(['2027-04-10', '2027-04-10']);
  });

  it('refuses copying a session onto itself, copying nothing, or an empty source, changing nothing', () => {
    const { engine, db } = newEngine();
    const { sessionId: first } = seedBasics(engine);
    const second = ok(engine, 'session.create', { number: 12, term: 16, kind: 'urgent', startDate: '2027-01-05', endDate: '2027-01-05' });
    const before = dumpDb(db);
    expect(refused(engine, 'session.copyFrom', { fromId: second.id, agenda: true, topics: true }).en).toMatch(/another session/);
    expect(refused(engine, 'session.copyFrom', { fromId: first, agenda: false, topics: false }).en).toMatch(/at least one/);
    expect(refused(engine, 'session.copyFrom', { fromId: first, agenda: true, topics: true }).en).toMatch(/no agenda/);
    expect(refused(engine, 'session.copyFrom', { fromId: 999, agenda: true, topics: true }).en).toMatch(/999/);
    expect(dumpDb(db)).toEqual(before);
  });
});

describe('the 2025 law', () => {
  it('records the sessions of urgent matters and the first year of the term, kept by council.save', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'council.setTermYears', { startYear: 2026 });
    ok(engine, 'council.save', { name: 'HĐND tỉnh Phú Thọ', level: 'province', term: 1, totalSeats: 90 });
    expect(engine.current.council).toMatchObject({ term: 1, termStartYear: 2026, totalSeats: 90 });
    ok(engine, 'session.create', { number: 2, term: 1, kind: 'urgent', startDate: '2026-08-20', endDate: '2026-08-20' });
    expect(engine.current.sessions.list.find((s) => s.number === 2)?.kind).toBe('urgent');
    const reply = engine.dispatch({ type: 'council.setTermYears', startYear: 1800 }, { actor: 't', lang: 'en' });
    expect(reply.ok).toBe(false);
  });
});
