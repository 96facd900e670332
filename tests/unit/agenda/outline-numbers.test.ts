/**
 * A programme as an office lays it out: parts headed "I. …" / "Phần thứ nhất: …" of 0 minutes over
 * their items. The console numbers sub-items under their main item (1, 2, 2.1, 2.2) and `n` passes
 * the headings for the next item that can be taken.
 */
import { describe, expect, it } from 'vitest';
import { parseAgendaTable } from '../../../common/agenda/import';
import { outlineNumbers } from '../../../common/agenda/outline';
import { isHeading, joinRows } from '../../../common/timing/stats';
import { newEngine, ok } from '../helpers';

const PROGRAMME = [
  ['STT', 'Nội dung', 'Cơ quan trình bày', 'Thời gian (phút)'],
  ['', 'Buổi sáng', '', ''],
  ['', 'I. PHIÊN KHAI MẠC', '', '0'],
  ['', '1. Chào cờ', 'Ban Tổ chức', '5'],
  ['', '2. Diễn văn khai mạc kỳ họp', 'Chủ tịch HĐND tỉnh', '15'],
  ['', 'Phần thứ hai: báo cáo, tờ trình', '', '0'],
  ['', 'Báo cáo tình hình kinh tế - xã hội năm 2026', 'UBND tỉnh', '20'],
  ['', 'a) Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Ban Kinh tế - Ngân sách', '10'],
  ['', 'Thảo luận tại hội trường', 'Đại biểu HĐND', '90'],
];

function session() {
  const { engine } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 35 });
  ok(engine, 'session.create', { number: 4, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
  const { rows, problems } = parseAgendaTable(PROGRAMME, { startDate: '2026-12-08', endDate: '2026-12-09' });
  expect(problems).toEqual([]);
  ok(engine, 'agenda.import', { rows });
  return engine;
}

describe('the programme’s outline', () => {
  it('numbers sub-items under their main item, as the programme is read', () => {
    const engine = session();
    const parentOf = new Map(engine.current.timing.items.map((i) => [i.id, i.parentId]));
    const numbers = outlineNumbers(engine.current.agenda.map((i) => ({ id: i.id, parentId: parentOf.get(i.id) ?? null })));
    expect(engine.current.agenda.map((i) => `${numbers.get(i.id)}. ${i.title}`)).toEqual([
      '1. Phiên khai mạc',
      '1.1. Chào cờ',
      '1.2. Diễn văn khai mạc kỳ họp',
      '2. Phần thứ hai: báo cáo, tờ trình',
      '3. Báo cáo tình hình kinh tế - xã hội năm 2026',
      '3.1. Báo cáo thẩm tra của Ban Kinh tế - Ngân sách',
      '4. Thảo luận tại hội trường',
    ]);
    // A sub-item left above its main item (an older version's order) counts as a main item.
    expect([...outlineNumbers([{ id: 2, parentId: 1 }, { id: 1, parentId: null }, { id: 3, parentId: 1 }])]).toEqual([[2, '1'], [1, '2'], [3, '2.1']]);
  });

  it('tells the headings of 0 minutes from the items taken up', () => {
    const engine = session();
    const rows = joinRows(engine.current.agenda, engine.current.timing.items);
    expect(rows.filter((r) => isHeading(r, rows)).map((r) => r.item.title)).toEqual(['Phiên khai mạc', 'Phần thứ hai: báo cáo, tờ trình']);
    // A report with minutes of its own, its verification under it, is taken up; at 0 minutes over its sub-items it only heads them.
    const report = rows.find((r) => r.item.title.startsWith('Báo cáo tình hình'))!;
    expect(isHeading({ ...report, item: { ...report.item, plannedMinutes: 5 } }, rows)).toBe(false);
    expect(isHeading({ ...report, item: { ...report.item, kind: 'opening', plannedMinutes: 0 } }, rows)).toBe(true);
  });
});
