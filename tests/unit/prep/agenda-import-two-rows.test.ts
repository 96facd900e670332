/**
 * A programme whose header is set over two rows, as offices lay it out ("Thời gian" merged over
 * "Bắt đầu" and "Kết thúc", the other headings merged down): named over both rows, as the roster
 * import names "Ngày sinh / Nữ" (one reading, common/mapping.ts), its start and end read as slots.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHeaderRow, guessAgendaMapping, parseAgendaTable, programmeTable } from '../../../common/agenda/import';
import { isHeading, joinRows } from '../../../common/timing/stats';
import { readSheet } from '../../../src/lib/spreadsheet';
import { PROGRAMME_TWO_ROWS } from '../../fixtures/province/build-programme-two-rows';
import { newEngine, ok } from '../helpers';

const file = path.join(import.meta.dirname, '../../fixtures/province', PROGRAMME_TWO_ROWS);
const sheet = async () => {
  const b = fs.readFileSync(file);
  return (await readSheet(PROGRAMME_TWO_ROWS, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)).rows;
};
const DATES = { startDate: '2026-12-08', endDate: '2026-12-09' };

describe('a programme with a two-row header', () => {
  it('names its columns over both rows and reads start and end as one column of slots', async () => {
    const raw = await sheet();
    const table = programmeTable(raw);
    const header = findHeaderRow(table);
    expect(header).toBe(4);
    expect(table[header]).toEqual(['STT', 'Thời gian', '', 'Nội dung', 'Cơ quan, người thực hiện']);
    // The second header row is left empty, so each row keeps the line the spreadsheet shows.
    expect(table[header + 1].every((c) => c === '')).toBe(true);
    expect(table).toHaveLength(raw.length);
    expect(guessAgendaMapping(table[header], table.slice(header + 1))).toMatchObject({ number: 0, minutes: 1, title: 3, presenter: 4 });
    // Read by its first row only, the second header row was an item without a title, refused.
    expect(parseAgendaTable(raw, DATES).problems[0].line).toBe(6);
  });

  it('leaves a one-row header as it is when "Buổi sáng" across the table follows it', () => {
    const table = [
      ['STT', 'Thời gian', 'Nội dung', 'Buổi'],
      ['Buổi sáng', '', '', ''],
      ['1', '7h30 - 7h45', 'Chào cờ', ''],
    ];
    expect(programmeTable(table)).toEqual(table);
  });

  it('imports every row with its minutes, sitting and parts, the parts as headings of 0 minutes', async () => {
    const { rows, problems } = parseAgendaTable(programmeTable(await sheet()), DATES);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(27);
    const row = (start: string) => rows.find((r) => r.title.startsWith(start))!;
    expect(row('Báo cáo tình hình kinh tế')).toMatchObject({ plannedMinutes: 30, sub: true, presenter: 'Chủ tịch UBND tỉnh', sitting: { date: '2026-12-08', part: 'morning' }, slot: { start: '08:00', end: '08:30' } });
    expect(row('Phiên khai mạc')).toMatchObject({ plannedMinutes: 0, sub: false });
    // The opening's 30 minutes go to its three untimed items.
    expect(['Chào cờ', 'Báo cáo số lượng', 'Diễn văn khai mạc'].map((t) => row(t).plannedMinutes)).toEqual([10, 10, 10]);
    expect(row('Nhóm vấn đề thứ hai')).toMatchObject({ plannedMinutes: 75, kind: 'questioning', sitting: { date: '2026-12-08', part: 'afternoon' } });
    // "12" in STT under part IV is the questioning's own closing explanation; the next day ends the part.
    expect(row('Phát biểu giải trình, làm rõ thêm')).toMatchObject({ sub: true, kind: 'questioning', plannedMinutes: 30 });
    expect(row('Tờ trình về kế hoạch đầu tư công')).toMatchObject({ sub: false, sitting: { date: '2026-12-09', part: 'morning' } });
    expect(row('Biểu quyết thông qua các nghị quyết:')).toMatchObject({ plannedMinutes: 0, kind: 'vote' });
    expect(row('Thông qua dự thảo Nghị quyết về kế hoạch đầu tư công')).toMatchObject({ sub: true, plannedMinutes: 22, sitting: { date: '2026-12-09', part: 'morning' } });

    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 35 });
    ok(engine, 'session.create', { number: 4, term: 9, kind: 'regular', ...DATES });
    ok(engine, 'agenda.import', { rows });
    const live = joinRows(engine.current.agenda, engine.current.timing.items);
    expect(live.filter((r) => isHeading(r, live)).map((r) => r.item.title)).toEqual([
      'Phiên khai mạc',
      'Trình bày các báo cáo, tờ trình',
      'Thảo luận tại hội trường',
      'Chất vấn và trả lời chất vấn',
      'Biểu quyết thông qua các nghị quyết:',
    ]);
    expect(live.length - 5).toBe(22);
    // The sittings take the timetable's hours.
    expect(engine.current.sittings.map((s) => [s.date, s.part, s.plannedStart, s.plannedEnd])).toEqual([
      ['2026-12-08', 'morning', '07:30', '11:30'],
      ['2026-12-08', 'afternoon', '14:00', '17:00'],
      ['2026-12-09', 'morning', '07:30', '11:30'],
    ]);
  });
});
