// @vitest-environment jsdom
/**
 * A provincial council's three-day programme as its office writes it in Word
 * (tests/fixtures/province/chuong-trinh-ky-hop.docx, built by build.ts): one table, the days
 * across it, "Sáng"/"Chiều" merged down the first column, times as "7h30" or "14h00-15h30", the
 * parts numbered "I."…"X." with their items "1.", "2." or "a)", "b)" under them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgendaTable } from '../../../common/agenda/import';
import { readSheet } from '../../../src/lib/spreadsheet';

const dir = path.join(import.meta.dirname, '../../fixtures/province');
const file = (name: string) => {
  const b = fs.readFileSync(path.join(dir, name));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
const programme = async () =>
  parseAgendaTable((await readSheet('chuong-trinh-ky-hop.docx', file('chuong-trinh-ky-hop.docx'))).rows, { startDate: '2026-12-08', endDate: '2026-12-10' });

describe('the province programme in Word', () => {
  it('reads a part numbered "II." as a main item, without the numeral, and its "1." or "a)" items as its sub-items', async () => {
    const { rows, problems } = await programme();
    expect(problems).toEqual([]);
    const at = (title: string) => rows.find((r) => r.title.startsWith(title))!;
    expect(at('Phiên khai mạc')).toMatchObject({ sub: false, kind: 'opening' });
    expect(at('Chào cờ')).toMatchObject({ sub: true, kind: 'opening' });
    expect(at('Diễn văn khai mạc')).toMatchObject({ sub: true, kind: 'opening' });
    // "…kiểm tra tư cách đại biểu; số đại biểu có mặt" is where the roll call's result is read out:
    // procedure, in its part's kind, not report-reading time asking for a document number.
    expect(at('Báo cáo kết quả kiểm tra tư cách')).toMatchObject({ sub: true, kind: 'opening' });
    expect(at('Trình bày các báo cáo')).toMatchObject({ sub: false, kind: 'other' });
    expect(at('Thảo luận tại tổ')).toMatchObject({ sub: false, kind: 'discussion', plannedMinutes: 150 });
    expect(at('Thảo luận tại hội trường')).toMatchObject({ sub: false, kind: 'discussion' });
    expect(at('Công tác nhân sự')).toMatchObject({ sub: false, kind: 'election' });
    expect(at('Miễn nhiệm chức danh')).toMatchObject({ sub: true, kind: 'election' });
    expect(at('Thông qua các nghị quyết')).toMatchObject({ sub: false, kind: 'vote', plannedMinutes: 0 });
    expect(at('Biểu quyết thông qua Nghị quyết về kế hoạch')).toMatchObject({ sub: true, kind: 'vote', plannedMinutes: 40 });
    expect(at('Phiên bế mạc')).toMatchObject({ sub: false, kind: 'closing' });
    expect(at('Chào cờ bế mạc')).toMatchObject({ sub: true, kind: 'closing' });
    // No title keeps the office's numbering: the console numbers its items itself.
    expect(rows.filter((r) => /^([IVX]+|\d+)[.)] /.test(r.title))).toEqual([]);
  });

  it('gives a part’s items of no kind of their own the part’s kind', async () => {
    const { rows } = await programme();
    expect(rows.filter((r) => r.title.startsWith('Nhóm vấn đề')).map((r) => [r.sub, r.kind])).toEqual([
      [true, 'questioning'],
      [true, 'questioning'],
    ]);
  });

  it('shares a part’s time among its untimed items, so the sitting’s plan does not count it twice', async () => {
    const { rows } = await programme();
    const part = rows.findIndex((r) => r.title === 'Trình bày các báo cáo, tờ trình');
    expect(rows.slice(part, part + 5).map((r) => r.plannedMinutes)).toEqual([0, 20, 20, 20, 20]);
    // "7h30 I. PHIÊN KHAI MẠC", then "1. Chào cờ" and "2. Tuyên bố lý do" untimed, then "7h40 3. Diễn văn":
    // the ten minutes from 7h30 to 7h40 are the two untimed items'; the part itself plans none.
    const opening = rows.findIndex((r) => r.title.startsWith('Phiên khai mạc'));
    expect(rows.slice(opening, opening + 6).map((r) => r.plannedMinutes)).toEqual([0, 5, 5, 20, 10, 15]);
    const questions = rows.findIndex((r) => r.title === 'Chất vấn và trả lời chất vấn');
    expect(rows.slice(questions, questions + 3).map((r) => r.plannedMinutes)).toEqual([0, 45, 45]);
  });

  it('plans each sitting as the timetable does', async () => {
    const { rows } = await programme();
    const planned = (date: string, part: string) => rows.filter((r) => r.sitting?.date === date && r.sitting.part === part).reduce((n, r) => n + (r.plannedMinutes ?? 0), 0);
    expect(rows.filter((r) => r.plannedMinutes === undefined).map((r) => r.title)).toEqual([]);
    // 7h00 to 11h30; 14h00 to 17h00; 7h30 to 11h30; 14h00 to 17h00; 7h30 to 11h15. The first morning's
    // last 30 minutes are the courts' and procuracy's reports sent to the delegates to study, not
    // presented: the sitting takes none of its time for them (0 minutes, passed by n).
    expect([planned('2026-12-08', 'morning'), planned('2026-12-08', 'afternoon'), planned('2026-12-09', 'morning'), planned('2026-12-09', 'afternoon'), planned('2026-12-10', 'morning')]).toEqual([240, 180, 240, 180, 225]);
  });

  it('puts every row in its day and part of day', async () => {
    const { rows } = await programme();
    const sittings = [...new Set(rows.map((r) => `${r.sitting?.date} ${r.sitting?.part}`))];
    expect(sittings).toEqual(['2026-12-08 morning', '2026-12-08 afternoon', '2026-12-09 morning', '2026-12-09 afternoon', '2026-12-10 morning']);
  });
});

describe('the list of resolutions in Word', () => {
  it('reads as 22 votes, each with the body that submits it', async () => {
    const { rows, problems } = parseAgendaTable((await readSheet('danh-muc-nghi-quyet.docx', file('danh-muc-nghi-quyet.docx'))).rows);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(22);
    expect(rows.every((r) => r.kind === 'vote' && !r.sub)).toBe(true);
    expect(rows[0]).toMatchObject({ title: 'Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027', presenter: 'UBND tỉnh' });
  });
});
