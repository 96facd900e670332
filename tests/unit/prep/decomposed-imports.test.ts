/**
 * Text copied from some PDFs, or typed in Word with Unikey's "Unicode tổ hợp", has its diacritics
 * apart (NFD: "Nguyê\u0303n"). Every import reads it with them joined (NFC), as the roster's always
 * did: the programme's file and pasted lines, its Word paragraphs, a list of resolutions, a list of
 * delegates. So the previews show, and the commands send, what the console stores.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Document, Packer, Paragraph } from 'docx';
import { parseAgendaTable } from '../../../common/agenda/import';
import { readProgrammeSheet, readProgrammeText } from '../../../src/lib/programmeFile';
import { readSheet, rowsFromPaste } from '../../../src/lib/spreadsheet';
import { wardRosterXlsx, xlsx } from '../../xlsx';
import { wardRosterDocx } from '../../office-docx';

// The Word files are read with the browser's DOMParser, the Excel ones in Node: both here, as prepare-votes.test.ts does.
globalThis.DOMParser ??= (new JSDOM('').window as unknown as { DOMParser: typeof DOMParser }).DOMParser;

const apart = (s: string) => s.normalize('NFD');
const joined = (cells: string[][]) => cells.flat().every((c) => c === c.normalize('NFC'));
const arrayBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;

const PROGRAMME = [
  'I. PHIÊN KHAI MẠC',
  '1. Chào cờ',
  '2. Khai mạc kỳ họp - Chủ tịch HĐND xã Nguyễn Văn Hùng',
  '3. Báo cáo tình hình kinh tế - xã hội năm 2026 - Ủy ban nhân dân xã',
  '4. Tờ trình về dự toán ngân sách xã năm 2027',
  '5. Bế mạc kỳ họp',
];

describe('a programme with its diacritics apart', () => {
  it('is read from pasted lines with them joined, as the same lines typed with them joined', () => {
    const sheet = readProgrammeText(apart(PROGRAMME.join('\n')));
    expect(joined(sheet.rows)).toBe(true);
    const typed = parseAgendaTable(readProgrammeText(PROGRAMME.join('\n')).rows).rows;
    expect(parseAgendaTable(sheet.rows).rows).toEqual(typed);
    expect(typed.map((r) => r.title)).toContain('Báo cáo tình hình kinh tế - xã hội năm 2026 - Ủy ban nhân dân xã');
  });

  it('is read from pasted rows of a table, from a Word document’s paragraphs and from a workbook with them joined', async () => {
    const table = apart('STT\tNội dung\tNgười trình bày\n1\tKhai mạc kỳ họp\tChủ tịch HĐND xã\n2\tBáo cáo thẩm tra của Ban Kinh tế - Xã hội\tTrưởng Ban\n');
    expect(joined(readProgrammeText(table).rows)).toBe(true);
    expect(joined(rowsFromPaste(table))).toBe(true);

    const doc = new Document({ sections: [{ children: [new Paragraph(apart('CHƯƠNG TRÌNH KỲ HỌP THỨ HAI')), ...PROGRAMME.map((p) => new Paragraph(apart(p)))] }] });
    const paragraphs = await readProgrammeSheet('Chương trình.docx', arrayBuffer(await Packer.toBuffer(doc)));
    expect(paragraphs.fromParagraphs).toBe(true);
    expect(joined(paragraphs.rows)).toBe(true);

    const workbook = await readProgrammeSheet('chuong-trinh.xlsx', await xlsx([['STT', 'Nội dung'], [1, apart('Thảo luận tại hội trường')]]));
    expect(workbook.rows[1]).toEqual(['1', 'Thảo luận tại hội trường']);
  });
});

describe('any list read with its diacritics apart', () => {
  it('comes from a workbook, a Word table and a text file with them joined', async () => {
    expect(joined((await readSheet('danh-sach.xlsx', arrayBuffer(await wardRosterXlsx(true)))).rows)).toBe(true);
    expect(joined((await readSheet('danh-sach.docx', arrayBuffer(await wardRosterDocx(true)))).rows)).toBe(true);
    const csv = new TextEncoder().encode(apart('Số NQ;Tên nghị quyết\n12/NQ-HĐND;Nghị quyết về dự toán ngân sách xã năm 2027\n'));
    expect((await readSheet('nghi-quyet.csv', csv.buffer as ArrayBuffer)).rows[1]).toEqual(['12/NQ-HĐND', 'Nghị quyết về dự toán ngân sách xã năm 2027']);
  });
});
