import { describe, expect, it } from 'vitest';
import { parseAgendaTable } from '../../../common/agenda/import';
import { readSheet, rowsFromText, SpreadsheetError } from '../../../src/lib/spreadsheet';
import { dumpDb, newEngine, ok, seedBasics, refused } from '../helpers';
import { xlsx } from '../../xlsx';

/** A two-day year-end programme: 30 items over four sittings, with sub-items. */
function twoDayAgenda(): string {
  const lines = ['Tiêu đề,Loại,Người trình bày,Phút,Phiên'];
  const sittings = ['2026-12-08 sáng', '2026-12-08 chiều', '2026-12-09 sáng', '2026-12-09 chiều'];
  lines.push(`Khai mạc kỳ họp,khai mạc,Chủ tịch HĐND,20,${sittings[0]}`);
  for (let i = 1; i <= 7; i++) {
    const s = sittings[Math.min(3, Math.floor(i / 2))];
    lines.push(`"Tờ trình số ${i}, dự thảo nghị quyết",tờ trình,UBND tỉnh,15,${s}`);
    lines.push(`- Báo cáo thẩm tra số ${i},thẩm tra,Ban Kinh tế - Ngân sách,10,${s}`);
    lines.push(`- Thảo luận tờ trình ${i},thảo luận,,30,${s}`);
    lines.push(`- Biểu quyết thông qua,biểu quyết,,5,${s}`);
  }
  lines.push(`Bế mạc,bế mạc,Chủ tịch HĐND,15,${sittings[3]}`);
  return lines.join('\n');
}

describe('reading an agenda table', () => {
  it('reads titles, Vietnamese kinds, default minutes, sittings and sub-items', () => {
    const { rows, problems } = parseAgendaTable(
      rowsFromText('Nội dung;Loại;Người trình bày;Phút\nBáo cáo KT-XH;Báo cáo;Chủ tịch UBND;20\n- Thẩm tra;BÁO CÁO THẨM TRA;Ban KT-NS;\nChất vấn;chat van;;120'),
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { line: 2, title: 'Báo cáo KT-XH', kind: 'report', presenter: 'Chủ tịch UBND', plannedMinutes: 20, sub: false, sitting: undefined },
      { line: 3, title: 'Thẩm tra', kind: 'verification', presenter: 'Ban KT-NS', plannedMinutes: undefined, sub: true, sitting: undefined },
      { line: 4, title: 'Chất vấn', kind: 'questioning', presenter: '', plannedMinutes: 120, sub: false, sitting: undefined },
    ]);
  });

  it('names every malformed row and keeps only good ones', () => {
    const text = [
      '- Thảo luận mồ côi\tthảo luận\t\t30', // a sub-item before any main item
      'Báo cáo\tbáo cáo\tUBND\tmười lăm',
      '\tbáo cáo\tUBND\t15',
      'Tờ trình\tnghị định\t\t15',
      'Thảo luận\tthảo luận\t\t-5',
      'Biểu quyết\tbiểu quyết\t\t5\t2026-13-40 sáng',
      'Bế mạc\tbế mạc\t\t10.5',
      'Good\treport\tX\t15\t08/12/2026 chiều',
    ].join('\n');
    const { rows, problems } = parseAgendaTable(rowsFromText(text));
    expect(problems.map((p) => [p.line, p.problems.map((x) => x.problem)])).toEqual([
      [1, ['orphanSubItem']],
      [2, ['minutesInvalid']],
      [3, ['titleEmpty']],
      [4, ['kindUnknown']],
      [5, ['minutesInvalid']],
      [6, ['sittingInvalid']],
      [7, ['minutesInvalid']],
    ]);
    expect(rows.map((r) => [r.line, r.title, r.sitting])).toEqual([[8, 'Good', { date: '2026-12-08', part: 'afternoon' }]]);
  });

  it('reads a real XLSX workbook, numbers and dates included', async () => {
    const data = await xlsx([
      ['Title', 'Kind', 'Presenter', 'Minutes', 'Sitting'],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026', 'báo cáo', 'Chủ tịch UBND tỉnh', 25, '2026-12-08 morning'],
      ['- Báo cáo thẩm tra', 'thẩm tra', 'Trưởng ban Kinh tế - Ngân sách', 10, '2026-12-08 morning'],
      ['Chất vấn và trả lời chất vấn', 'questioning', '', 150, '2026-12-09 afternoon'],
      ['Giải lao', 'nghỉ giải lao', '', 'abc', ''],
    ], 'Chương trình');
    const cells = (await readSheet('chuong-trinh.xlsx', data)).rows;
    const { rows, problems } = parseAgendaTable(cells);
    expect(problems).toEqual([{ line: 5, problems: [{ problem: 'minutesInvalid', params: { value: 'abc', max: 600 } }] }]);
    expect(rows.map((r) => [r.title, r.kind, r.plannedMinutes, r.sub, r.sitting?.part])).toEqual([
      ['Báo cáo tình hình kinh tế - xã hội năm 2026', 'report', 25, false, 'morning'],
      ['Báo cáo thẩm tra', 'verification', 10, true, 'morning'],
      ['Chất vấn và trả lời chất vấn', 'questioning', 150, false, 'afternoon'],
    ]);
  });

  it('refuses a file that is not a workbook, and unknown file types', async () => {
    const junk = new TextEncoder().encode('this is not a zip').buffer as ArrayBuffer;
    await expect(readSheet('agenda.xlsx', junk)).rejects.toBeInstanceOf(SpreadsheetError);
    await expect(readSheet('agenda.pdf', junk)).rejects.toBeInstanceOf(SpreadsheetError);
  });
});

describe('agenda.import', () => {
  it('imports a 30-item two-day agenda in one command, with sittings and sub-items', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { rows, problems } = parseAgendaTable(rowsFromText(twoDayAgenda()));
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(30);
    const revision = engine.current.revision;
    ok(engine, 'agenda.import', { rows });
    expect(engine.current.revision).toBe(revision + 1);
    expect(engine.current.agenda).toHaveLength(30);
    expect(engine.current.sittings.map((s) => `${s.date} ${s.part} ${s.plannedStart}-${s.plannedEnd}`)).toEqual([
      '2026-12-08 morning 07:30-11:30',
      '2026-12-08 afternoon 13:30-17:00',
      '2026-12-09 morning 07:30-11:30',
      '2026-12-09 afternoon 13:30-17:00',
    ]);
    const items = engine.current.timing.items;
    const first = engine.current.agenda.find((i) => i.title === 'Tờ trình số 1, dự thảo nghị quyết')!;
    const children = items.filter((t) => t.parentId === first.id).map((t) => engine.current.agenda.find((i) => i.id === t.id)!.kind);
    expect(children).toEqual(['verification', 'discussion', 'vote']);
    expect(items.every((t) => t.sittingId !== null)).toBe(true);
    expect(engine.current.agenda.reduce((s, i) => s + i.plannedMinutes, 0)).toBe(20 + 7 * 60 + 15);
  });

  it('gives a sitting it creates the hours of the file’s timetable, from the first slot to the last', () => {
    const { engine } = newEngine();
    seedBasics(engine); // 2026-12-08 to 2026-12-09
    ok(engine, 'sitting.add', { date: '2026-12-09', part: 'morning', plannedStart: '08:00', plannedEnd: '11:00' });
    const text = [
      'STT,Thời gian,Nội dung,Cơ quan trình bày',
      '"NGÀY THỨ NHẤT: Thứ Ba, ngày 08/12/2026"',
      'Buổi sáng',
      '1,7h30 - 7h45,Chào cờ; tuyên bố lý do,Phó Chủ tịch HĐND',
      '2,7h45 - 9h00,Báo cáo kinh tế - xã hội,Chủ tịch UBND',
      '3,9h15 - 10h30,Thảo luận tại hội trường,',
      'Buổi chiều',
      '4,14h00,Thảo luận tổ,',
      '5,15h00 - 16h15,Biểu quyết thông qua nghị quyết,',
      '"NGÀY THỨ HAI: ngày 09/12/2026"',
      'Buổi sáng',
      '6,7h30 - 8h30,Chất vấn và trả lời chất vấn,',
      'Buổi chiều',
      '7,14h00,Bế mạc kỳ họp,Chủ tịch HĐND',
    ].join('\n');
    const { rows, problems } = parseAgendaTable(rowsFromText(text), { startDate: '2026-12-08', endDate: '2026-12-09' });
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.slot)).toEqual([
      { start: '07:30', end: '07:45' },
      { start: '07:45', end: '09:00' },
      { start: '09:15', end: '10:30' },
      { start: '14:00' },
      { start: '15:00', end: '16:15' },
      { start: '07:30', end: '08:30' },
      { start: '14:00' },
    ]);
    ok(engine, 'agenda.import', { rows });
    // Created now: the timetable's hours (a last row with a start alone ends after its minutes,
    // the closing's default 15). There already: the chair's hours stay.
    expect(engine.current.sittings.map((s) => `${s.date} ${s.part} ${s.plannedStart}-${s.plannedEnd}`)).toEqual([
      '2026-12-08 morning 07:30-10:30',
      '2026-12-08 afternoon 14:00-16:15',
      '2026-12-09 morning 08:00-11:00',
      '2026-12-09 afternoon 14:00-14:15',
    ]);
    // A slot the engine cannot read is refused like any other bad field.
    expect(refused(engine, 'agenda.import', { rows: [{ title: 'X', kind: 'discussion', slot: { start: '7h30' } }] }).code).toBe('import-row');
  });

  it('refuses the whole import on one bad row, naming it, and changes nothing', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    const before = dumpDb(db);
    const rows = [
      { line: 2, title: 'Báo cáo', kind: 'report', presenter: '', sub: false },
      { line: 3, title: 'Tờ trình', kind: 'submission', presenter: '', plannedMinutes: 9000, sub: false, sitting: { date: '2026-12-08', part: 'morning' } },
    ];
    expect(refused(engine, 'agenda.import', { rows })).toEqual({
      code: 'import-row',
      en: 'Line 3: Planned minutes must be at most 600.',
      vi: 'Dòng 3: Thời lượng dự kiến (phút) không được quá 600.',
    });
    expect(refused(engine, 'agenda.import', { rows: [{ title: 'X', kind: 'discussion', sub: true }] }).en).toBe('Line 1: a sub-item (starting with “-” or “a)”) must follow a main item.');
    refused(engine, 'agenda.import', { rows: [] }, 'import-empty');
    expect(dumpDb(db)).toEqual(before);
  });

  it('refuses a day outside the session’s dates, in the preview and in the engine', () => {
    const { engine, db } = newEngine();
    seedBasics(engine); // 2026-12-08 to 2026-12-09
    const { rows, problems } = parseAgendaTable(rowsFromText('Ngày,Buổi,Nội dung\n1,sáng,Khai mạc\n3,sáng,Bế mạc'), { startDate: '2026-12-08', endDate: '2026-12-09' });
    expect(rows.map((r) => r.title)).toEqual(['Khai mạc']);
    expect(problems).toEqual([{ line: 3, problems: [{ problem: 'dayOutside', params: { date: '2026-12-10', start: '2026-12-08', end: '2026-12-09' } }] }]);
    const before = dumpDb(db);
    const late = [{ line: 3, title: 'Bế mạc', kind: 'closing', sitting: { date: '2026-12-10', part: 'morning' } }];
    expect(refused(engine, 'agenda.import', { rows: late })).toEqual({
      code: 'import-row',
      en: 'Line 3: the day 10 Dec 2026 is outside the session’s dates (8 Dec 2026 – 9 Dec 2026).',
      vi: 'Dòng 3: ngày 10/12/2026 nằm ngoài thời gian kỳ họp (08/12/2026 – 09/12/2026).',
    });
    expect(dumpDb(db)).toEqual(before);
  });
});
