// @vitest-environment jsdom
/**
 * A programme typed in Word as paragraphs, not a table (tests/fixtures/province/build-programme-paragraphs.ts):
 * the agenda's import reads its paragraphs as the rows of a programme table, numbered items with
 * their times and the dash lines under them, the title lines above and the signature block below
 * left out; each row is named by its paragraph. A list of delegates so typed is still refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph } from 'docx';
import { parseAgendaTable } from '../../../common/agenda/import';
import { paragraphProgramme } from '../../../common/agenda/paragraphs';
import { readProgrammeSheet } from '../../../src/lib/programmeFile';
import { readSheet } from '../../../src/lib/spreadsheet';
import { programmeDocx } from '../../office-docx';
import { PARAGRAPHS_DATES, PROGRAMME_PARAGRAPHS } from '../../fixtures/province/build-programme-paragraphs';
import { newEngine, refused, seedBasics } from '../helpers';

const FILE = path.join(import.meta.dirname, '../../fixtures/province', PROGRAMME_PARAGRAPHS);
const fixture = (): ArrayBuffer => {
  const b = fs.readFileSync(FILE);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
};
async function docx(lines: string[]): Promise<ArrayBuffer> {
  const b = await Packer.toBuffer(new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] }));
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

describe('a programme typed as paragraphs in Word', () => {
  it('is read from its paragraphs: items with their times, parts, dash lines joined, days and parts of day', async () => {
    const sheet = await readProgrammeSheet(PROGRAMME_PARAGRAPHS, fixture());
    expect(sheet.fromParagraphs).toBe(true);
    const { rows, problems } = parseAgendaTable(sheet.rows, PARAGRAPHS_DATES);
    expect(problems).toEqual([]);
    const titles = rows.map((r) => r.title);
    // Neither the letterhead, the title, the note nor the signature block is an item.
    expect(titles.filter((t) => /CHƯƠNG TRÌNH|Kèm theo|HỘI ĐỒNG|Ghi chú|THƯỜNG TRỰC|CHỦ TỊCH|Trần Tú Anh$/.test(t))).toEqual([]);
    expect(rows).toHaveLength(22);
    expect(rows[0]).toMatchObject({ title: 'Phiên khai mạc', kind: 'opening', sub: false, sitting: { date: '2026-12-08', part: 'morning' } });
    expect(rows[1]).toMatchObject({ title: 'Chào cờ', kind: 'opening', sub: true, plannedMinutes: 5, slot: { start: '07:30', end: '07:35' } });
    expect(rows.find((r) => r.title.startsWith('Phát biểu khai mạc'))).toMatchObject({ presenter: 'Đồng chí Trần Tú Anh, Chủ tịch HĐND tỉnh', plannedMinutes: 20 });
    // The dash lines under an item: who presents it, and the verification report it takes up.
    expect(rows.find((r) => r.title.startsWith('Báo cáo tình hình kinh tế'))).toMatchObject({
      title: 'Báo cáo tình hình kinh tế - xã hội năm 2026; mục tiêu, nhiệm vụ, giải pháp năm 2027; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND tỉnh',
      kind: 'report',
      presenter: 'Đồng chí Võ Trọng Hải, Chủ tịch UBND tỉnh',
    });
    // "- Các tổ đại biểu" says who discuss, as the templates have it, not more of the title.
    expect(rows.find((r) => r.title.startsWith('Thảo luận tại tổ về'))).toMatchObject({ title: 'Thảo luận tại tổ về các báo cáo, tờ trình, dự thảo nghị quyết', presenter: 'Các tổ đại biểu', sitting: { date: '2026-12-08', part: 'afternoon' } });
    // The second day, numbered again from 1 without parts: main items.
    expect(rows.filter((r) => r.sitting?.date === '2026-12-09').map((r) => [r.title, r.kind, r.sub, r.sitting?.part])).toEqual([
      ['Thảo luận tại hội trường', 'discussion', false, 'morning'],
      ['Nghỉ giải lao', 'break', false, 'morning'],
      ['Chất vấn và trả lời chất vấn', 'questioning', false, 'morning'],
      ['Công tác nhân sự: bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh', 'election', false, 'afternoon'],
      ['Biểu quyết thông qua các nghị quyết', 'vote', false, 'afternoon'],
      ['Phát biểu bế mạc kỳ họp', 'closing', false, 'afternoon'],
      ['Chào cờ bế mạc', 'closing', false, 'afternoon'],
    ]);
    // Outside a part, a dash line naming who presents joins its item; nothing of it is an item of its own.
    expect(rows.find((r) => r.title === 'Phát biểu bế mạc kỳ họp')?.presenter).toBe('Đồng chí Trần Tú Anh, Chủ tịch HĐND tỉnh');
    expect(rows.find((r) => r.title.startsWith('Chất vấn'))?.presenter).toBe('Giám đốc Sở Tài chính; Giám đốc Sở Nông nghiệp và Môi trường');
  });

  it('names each row by its paragraph, counted from the top without the empty ones', async () => {
    const sheet = await readProgrammeSheet(PROGRAMME_PARAGRAPHS, fixture());
    const { rows } = parseAgendaTable(sheet.rows, PARAGRAPHS_DATES);
    const chaoCo = rows.find((r) => r.title === 'Chào cờ')!;
    // Letterhead cells are in its table; the paragraphs: title (1), motto line (2), note (3), day (4), part (5), part I (6), Chào cờ (7).
    expect(sheet.places?.[chaoCo.line - 1]).toEqual({ paragraph: 7 });
  });

  it('the engine names a row it refuses by its paragraph', () => {
    const { engine } = newEngine();
    seedBasics(engine); // 8 to 9 December
    const row = { line: 9, title: 'Bế mạc kỳ họp', kind: 'closing', presenter: '', sub: false, sitting: { date: '2026-12-10', part: 'morning' }, place: { paragraph: 41 } };
    expect(refused(engine, 'agenda.import', { rows: [row] }, 'import-row')).toMatchObject({
      en: 'Paragraph 41: the day 10 Dec 2026 is outside the session’s dates (8 Dec 2026 – 9 Dec 2026).',
      vi: 'Đoạn 41: ngày 10/12/2026 nằm ngoài thời gian kỳ họp (08/12/2026 – 09/12/2026).',
    });
  });

  it('a document of paragraphs alone, no letterhead table, is read too', async () => {
    const sheet = await readProgrammeSheet('ct.docx', await docx(['CHƯƠNG TRÌNH KỲ HỌP', 'Sáng ngày 08/12/2026', '1. 7h30: Khai mạc kỳ họp', '2. 8h00: Báo cáo tình hình kinh tế - xã hội', '- Đồng chí Chủ tịch UBND tỉnh', 'TM. THƯỜNG TRỰC HĐND']));
    expect(sheet.fromParagraphs).toBe(true);
    const { rows } = parseAgendaTable(sheet.rows, PARAGRAPHS_DATES);
    expect(rows.map((r) => [r.title, r.kind, r.sitting?.part])).toEqual([
      ['Khai mạc kỳ họp', 'opening', 'morning'],
      ['Báo cáo tình hình kinh tế - xã hội', 'report', 'morning'],
    ]);
    // The dash line under the report, outside any part, names who presents it: its presenter, not an item.
    expect(rows[1].presenter).toBe('Đồng chí Chủ tịch UBND tỉnh');
  });

  it('a programme kept in a Word table is read from its table as before', async () => {
    const sheet = await readProgrammeSheet('Chuong trinh ky hop.docx', await programmeDocx());
    expect(sheet.fromParagraphs).toBe(false);
    expect(sheet.rows).toEqual((await readSheet('Chuong trinh ky hop.docx', await programmeDocx())).rows);
  });

  it('a document with neither a table nor a programme, and a list of delegates as paragraphs, are still refused', async () => {
    const letter = await docx(['Kính gửi: các đại biểu', 'Văn phòng xin gửi tài liệu kỳ họp.']);
    await expect(readProgrammeSheet('thu.docx', letter)).rejects.toMatchObject({ reason: 'spreadsheet.noProgramme' });
    const list = await docx(['DANH SÁCH ĐẠI BIỂU', '1. Nguyễn Văn Hùng', '2. Trần Thị Lan']);
    await expect(readSheet('danh-sach.docx', list)).rejects.toMatchObject({ reason: 'spreadsheet.noTable' });
  });
});

describe('paragraphProgramme', () => {
  it('splits the number and a leading time off, keeps parts, letters and dashes in the title', () => {
    const { rows, kept } = paragraphProgramme(['CHƯƠNG TRÌNH', '', 'NGÀY THỨ NHẤT', 'I. KHAI MẠC', '1. (7h30 - 7h45) Chào cờ', '1.2. Báo cáo thẩm tra', 'a) Tờ trình về …', '- 7 giờ 45 - 8 giờ: Phát biểu khai mạc', '2. Đón tiếp đại biểu', 'Nơi nhận:', '- Như trên;']);
    expect(rows).toEqual([
      ['CHƯƠNG TRÌNH'],
      ['STT', 'Nội dung', 'Thời gian'],
      ['NGÀY THỨ NHẤT'],
      ['', 'I. KHAI MẠC', ''],
      ['1', 'Chào cờ', '7h30 - 7h45'],
      ['1.2', 'Báo cáo thẩm tra', ''],
      ['', 'a) Tờ trình về …', ''],
      ['', '- Phát biểu khai mạc', '7 giờ 45 - 8 giờ'],
      ['2', 'Đón tiếp đại biểu', ''],
    ]);
    expect(kept).toEqual([0, 2, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('a programme typed with Word’s own numbering', () => {
  it('reads the numbers and bullets Word shows, which the text does not hold', async () => {
    const { AlignmentType, LevelFormat } = await import('docx');
    const list = (text: string, reference: string, level = 0) => new Paragraph({ text, numbering: { reference, level } });
    const b = await Packer.toBuffer(
      new Document({
        numbering: {
          config: [
            {
              reference: 'ct',
              levels: [
                { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.', alignment: AlignmentType.LEFT },
                { level: 1, format: LevelFormat.DECIMAL, text: '%2.', alignment: AlignmentType.LEFT },
              ],
            },
            { reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '\uF0BE', alignment: AlignmentType.LEFT }] },
          ],
        },
        sections: [
          {
            children: [
              new Paragraph({ text: 'CHƯƠNG TRÌNH KỲ HỌP' }),
              new Paragraph({ text: 'Sáng ngày 08/12/2026' }),
              list('PHIÊN KHAI MẠC', 'ct'),
              list('Chào cờ', 'ct', 1),
              list('Phát biểu khai mạc kỳ họp', 'ct', 1),
              list('Đồng chí Chủ tịch HĐND tỉnh', 'dash'),
              list('BÁO CÁO', 'ct'),
              list('Báo cáo tình hình kinh tế - xã hội năm 2026', 'ct', 1),
              list('Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'dash'),
            ],
          },
        ],
      }),
    );
    const sheet = await readProgrammeSheet('ct.docx', b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    expect(sheet.rows.slice(3)).toEqual([
      ['', 'I. PHIÊN KHAI MẠC', ''],
      ['1', 'Chào cờ', ''],
      ['2', 'Phát biểu khai mạc kỳ họp', ''],
      ['', '- Đồng chí Chủ tịch HĐND tỉnh', ''],
      ['', 'II. BÁO CÁO', ''],
      ['1', 'Báo cáo tình hình kinh tế - xã hội năm 2026', ''],
      ['', '- Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', ''],
    ]);
    const { rows } = parseAgendaTable(sheet.rows, PARAGRAPHS_DATES);
    expect(rows.map((r) => [r.title, r.sub, r.presenter])).toEqual([
      ['Phiên khai mạc', false, ''],
      ['Chào cờ', true, ''],
      ['Phát biểu khai mạc kỳ họp', true, 'Đồng chí Chủ tịch HĐND tỉnh'],
      ['Báo cáo', false, ''],
      ['Báo cáo tình hình kinh tế - xã hội năm 2026; Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', true, ''],
    ]);
  });
});

describe('a programme’s paragraphs pasted from Word', () => {
  it('reads them as the document’s paragraphs, the commas in a title no columns', async () => {
    const { readProgrammeText } = await import('../../../src/lib/programmeFile');
    const sheet = readProgrammeText(['CHƯƠNG TRÌNH KỲ HỌP', '', 'Sáng ngày 08/12/2026', '1. 7h30 - 8h00: Báo cáo tình hình kinh tế - xã hội năm 2026; mục tiêu, nhiệm vụ, giải pháp năm 2027', '- Đồng chí Chủ tịch UBND tỉnh'].join('\r\n'));
    expect(sheet.fromParagraphs).toBe(true);
    const { rows, problems } = parseAgendaTable(sheet.rows, PARAGRAPHS_DATES);
    expect(problems).toEqual([]);
    expect(rows).toMatchObject([{ title: 'Báo cáo tình hình kinh tế - xã hội năm 2026; mục tiêu, nhiệm vụ, giải pháp năm 2027', kind: 'report', presenter: 'Đồng chí Chủ tịch UBND tỉnh', plannedMinutes: 30 }]);
    expect(sheet.places?.[rows[0].line - 1]).toEqual({ paragraph: 3 });
  });

  it('keeps rows copied from Excel or a Word table, and a CSV with its header, as rows', async () => {
    const { readProgrammeText } = await import('../../../src/lib/programmeFile');
    expect(readProgrammeText('Khai mạc kỳ họp\tKhai mạc\tChủ tịch HĐND\t15')).toMatchObject({ fromParagraphs: false, rows: [['Khai mạc kỳ họp', 'Khai mạc', 'Chủ tịch HĐND', '15']] });
    expect(readProgrammeText('STT,Nội dung,Số phút\n1,"Báo cáo tình hình kinh tế - xã hội, năm 2026",30')).toMatchObject({ fromParagraphs: false });
  });
});

describe('the times offices type at a paragraph’s start', () => {
  it('are the row’s time, never its number: “7 giờ 30 phút:”, “Từ 8h00 đến 8h30:”, a slot with only a space after it', () => {
    const { rows } = paragraphProgramme(['Buổi sáng', '7 giờ 30 phút: Đón tiếp đại biểu', '07:30 - 08:00 Khai mạc kỳ họp', 'Từ 8h00 đến 8h30: Báo cáo tình hình kinh tế - xã hội', '14 giờ: Bế mạc', '3 Báo cáo thẩm tra']);
    expect(rows.slice(2)).toEqual([
      ['', 'Đón tiếp đại biểu', '7 giờ 30 phút'],
      ['', 'Khai mạc kỳ họp', '07:30 - 08:00'],
      ['', 'Báo cáo tình hình kinh tế - xã hội', '8h00 đến 8h30'],
      ['', 'Bế mạc', '14 giờ'],
      ['3', 'Báo cáo thẩm tra', ''],
    ]);
  });
});

describe('a timetable typed as dash lines, no item numbered', () => {
  it('reads each dash line with its own time as an item, not as a line under the one before', () => {
    const lines = ['CHƯƠNG TRÌNH', 'Sáng ngày 08/12/2026', '- 7h30 - 7h35: Chào cờ', '- 7h35 - 7h45: Tuyên bố lý do, giới thiệu đại biểu', '- 7h45 - 8h05: Khai mạc kỳ họp', '+ Đồng chí Chủ tịch HĐND tỉnh', 'Chiều ngày 08/12/2026', '- 14h00 - 14h15: Bế mạc kỳ họp'];
    const { rows, problems } = parseAgendaTable(paragraphProgramme(lines).rows, PARAGRAPHS_DATES);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.title, r.sub, r.plannedMinutes, r.presenter])).toEqual([
      ['Chào cờ', false, 5, ''],
      ['Tuyên bố lý do, giới thiệu đại biểu', false, 10, ''],
      ['Khai mạc kỳ họp', false, 20, 'Đồng chí Chủ tịch HĐND tỉnh'],
      ['Bế mạc kỳ họp', false, 15, ''],
    ]);
  });
});
