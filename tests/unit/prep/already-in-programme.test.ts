import { describe, expect, it } from 'vitest';
import { alreadyInProgramme, programmeItems, sittingKey, type FileRow, type ProgrammeItem } from '../../../common/agenda/already';
import { parseAgendaTable } from '../../../common/agenda/import';
import { rowsFromText } from '../../../src/lib/spreadsheet';
import { PROGRAMME_25 } from '../../fixtures/programme25';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

const MORNING = '2026-12-08 morning';
const row = (title: string, sub = false, sitting: string | null = MORNING): FileRow => ({ title, sub, sitting });
const item = (id: number, title: string, parentId: number | null = null, sitting: string | null = MORNING): ProgrammeItem => ({ id, title, parentId, sitting });

describe('which rows of a file are already in the programme', () => {
  it('matches a title however its spaces, case and diacritics were typed, but not another word', () => {
    const items = [item(1, 'Báo cáo tình hình kinh tế - xã hội năm 2026')];
    // Decomposed diacritics (Unikey's "Unicode tổ hợp"), a double space, a trailing one, capitals.
    const typed = ' Báo cáo  tình hình KINH TẾ - xã hội năm 2026 '.normalize('NFD');
    expect(typed).not.toBe(typed.normalize('NFC'));
    expect(alreadyInProgramme([row(typed)], items)).toEqual([1]);
    // Diacritics count: "năm 2026" is not "nằm 2026".
    expect(alreadyInProgramme([row('Báo cáo tình hình kinh tế - xã hội nằm 2026')], items)).toEqual([null]);
  });

  it('matches only in the same sitting, or with none on either side', () => {
    const items = [item(1, 'Giải lao'), item(2, 'Thảo luận', null, null)];
    expect(alreadyInProgramme([row('Giải lao', false, '2026-12-08 afternoon'), row('Giải lao'), row('Thảo luận', false, null), row('Thảo luận')], items)).toEqual([null, 1, 2, null]);
  });

  it('tells a sub-item from another of the same title under another main item', () => {
    const items = [item(1, 'Tờ trình về dự toán ngân sách'), item(2, 'Báo cáo thẩm tra', 1), item(3, 'Tờ trình về đầu tư công')];
    const rows = [row('Tờ trình về dự toán ngân sách'), row('Báo cáo thẩm tra', true), row('Tờ trình về đầu tư công'), row('Báo cáo thẩm tra', true)];
    // The second report's verification is not in the programme: its own, not the first report's.
    expect(alreadyInProgramme(rows, items)).toEqual([1, 2, 3, null]);
    // The same title as a main item is not the sub-item, nor the other way round.
    expect(alreadyInProgramme([row('Báo cáo thẩm tra')], items)).toEqual([null]);
    expect(alreadyInProgramme([row('Tờ trình về đầu tư công'), row('Tờ trình về dự toán ngân sách', true)], items)).toEqual([3, null]);
  });

  it('takes a sub-item under a new main item as new, even if its title is elsewhere', () => {
    const items = [item(1, 'Chất vấn'), item(2, 'Lĩnh vực giáo dục', 1)];
    expect(alreadyInProgramme([row('Chất vấn chiều'), row('Lĩnh vực giáo dục', true)], items)).toEqual([null, null]);
    expect(alreadyInProgramme([row('Lĩnh vực giáo dục', true)], items)).toEqual([null]); // no main item above it
  });

  it('lets each item answer for one row: a file listing it twice adds the second', () => {
    expect(alreadyInProgramme([row('Giải lao'), row('Giải lao')], [item(7, 'Giải lao')])).toEqual([7, null]);
    expect(alreadyInProgramme([row('Giải lao'), row('Giải lao')], [])).toEqual([null, null]);
  });

  it('names each item’s sitting from the outline and the sittings', () => {
    const sittings = [{ id: 4, date: '2026-12-08', part: 'morning' }];
    expect(programmeItems([{ id: 1, title: 'A' }, { id: 2, title: 'B' }], [{ id: 1, parentId: null, sittingId: 4 }, { id: 2, parentId: 1, sittingId: null }], sittings)).toEqual([
      { id: 1, title: 'A', parentId: null, sitting: MORNING },
      { id: 2, title: 'B', parentId: 1, sitting: null },
    ]);
    expect(sittingKey(null)).toBeNull();
  });
});

describe('agenda.import of a file already imported', () => {
  const read = (text = PROGRAMME_25) => parseAgendaTable(rowsFromText(text), { startDate: '2026-12-08', endDate: '2026-12-09' });
  const journal = (db: ReturnType<typeof newEngine>['db']) => (db.prepare("SELECT count(*) AS n FROM journal WHERE type = 'agenda.import'").get() as { n: number }).n;

  it('adds nothing the second time: refused with the count in words, the programme and journal as they were', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const { rows, problems } = read();
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(25);
    expect(ok(engine, 'agenda.import', { rows })).toMatchObject({ added: 25, skipped: 0 });
    const before = dumpDb(db);
    expect(refused(engine, 'agenda.import', { rows }, 'import-all-present')).toEqual({
      code: 'import-all-present',
      en: 'All 25 rows to import are already in this session’s programme (same title, same sitting, under the same main item). Nothing was imported.',
      vi: 'Cả 25 dòng cần nhập đã có trong chương trình kỳ họp này (cùng nội dung, cùng phiên họp, thuộc cùng mục chính). Chưa có gì được nhập.',
    });
    expect(dumpDb(db)).toEqual(before);
    expect(journal(db)).toBe(1);
  });

  it('adds only the corrected file’s new rows, a new sub-item under its main item already there', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'agenda.import', { rows: read().rows });
    const lines = PROGRAMME_25.split('\n');
    // The office adds a third questioning field under "Chất vấn và trả lời chất vấn", and a closing song.
    lines.splice(14, 0, '- Chất vấn lĩnh vực y tế\tchất vấn\tGiám đốc Sở Y tế\t45\t2026-12-09 sáng');
    lines.push('Hát Quốc ca\tbế mạc\tBan Tổ chức kỳ họp\t3\t2026-12-09 chiều');
    const { rows } = read(lines.join('\n'));
    expect(ok(engine, 'agenda.import', { rows })).toMatchObject({ added: 2, skipped: 25 });
    const { agenda, timing } = engine.current;
    expect(agenda).toHaveLength(27);
    const health = agenda.find((a) => a.title === 'Chất vấn lĩnh vực y tế')!;
    const questioning = agenda.find((a) => a.title === 'Chất vấn và trả lời chất vấn')!;
    expect(timing.items.find((t) => t.id === health.id)!.parentId).toBe(questioning.id);
    // After its main item's other sub-items, not at the programme's end.
    const titles = agenda.map((a) => a.title);
    expect(titles.indexOf('Chất vấn lĩnh vực y tế')).toBe(titles.indexOf('Chất vấn lĩnh vực giáo dục và đào tạo') + 1);
    expect(agenda.at(-1)!.title).toBe('Hát Quốc ca');
  });

  it('skips rows already there when they land in the sitting chosen for rows without one', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const rows = read('Nội dung\tLoại\nKhai mạc\tkhai mạc\nBế mạc\tbế mạc').rows;
    ok(engine, 'agenda.import', { rows, sittingId });
    // Without the sitting they are other items (none in the programme has no sitting).
    expect(ok(engine, 'agenda.import', { rows })).toMatchObject({ added: 2, skipped: 0 });
    refused(engine, 'agenda.import', { rows, sittingId }, 'import-all-present');
  });

  it('replaces the programme whole, nothing skipped', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { rows } = read();
    ok(engine, 'agenda.import', { rows });
    expect(ok(engine, 'agenda.import', { rows, replace: true })).toMatchObject({ added: 25, skipped: 0 });
    expect(engine.current.agenda).toHaveLength(25);
  });

  it('refuses a bad row after rows already there, naming it, and changes nothing', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const { rows } = read();
    ok(engine, 'agenda.import', { rows });
    const before = dumpDb(db);
    const bad = [...rows, { line: 27, title: 'Bế mạc', kind: 'closing', sitting: { date: '2026-12-10', part: 'morning' } }];
    expect(refused(engine, 'agenda.import', { rows: bad }).en).toBe('Line 27: the day 10 Dec 2026 is outside the session’s dates (8 Dec 2026 – 9 Dec 2026).');
    expect(refused(engine, 'agenda.import', { rows: [{ title: '   ', kind: 'closing' }] }).code).toBe('import-row');
    expect(dumpDb(db)).toEqual(before);
  });
});
