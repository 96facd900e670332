/**
 * The election counting record's results table (biên bản kiểm phiếu bầu cử) at A4 portrait, with 2
 * candidates and with 13: its header. An election ballot is valid or invalid whole, so the table has
 * no invalid line column (it had an empty "Dòng không hợp lệ" one); the result column is wide enough
 * that "Trúng cử" / "Không trúng cử" never wraps, the names keep their room, and no header is broken
 * inside a word ("Đồng / ý", "Kết / quả"). The columns are shared out by Times New Roman's own letter
 * widths. Checked in the DOCX's column widths, and, where LibreOffice is installed, on the printed
 * page (and PNGs for a person: GAVEL_KEEP_PDF=dir).
 */
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { cellTextTwips } from '../../../electron/documents/widths';
import { TABLE_CELL } from '../../../electron/documents/page';
import { readDocx } from '../../docx';
import { hasOffice, printedPages } from '../../office-pages';
import { ok, tempDir } from '../helpers';
import { runScriptedSession } from './record-session';

const langs = ['vi', 'en'] as const;
/** Thirteen candidates for eleven posts of a province's people's committee, names of five words with every mark, long titles. */
const CANDIDATES = [
  ['Nguyễn Thị Phương Thảo', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch'],
  ['Tôn Nữ Thị Ngọc Huyền', 'Giám đốc Sở Nông nghiệp và Môi trường'],
  ['Hoàng Nguyễn Quốc Trưởng', 'Chánh Văn phòng Ủy ban nhân dân tỉnh'],
  ['Lê Văn Dũng', 'Giám đốc Sở Tài chính'],
  ['Phạm Thị Hồng Nhung', 'Giám đốc Sở Y tế'],
  ['Đặng Quốc Khánh', 'Giám đốc Công an tỉnh'],
  ['Vũ Thị Thanh Hương', 'Giám đốc Sở Giáo dục và Đào tạo'],
  ['Bùi Đức Thắng', 'Giám đốc Sở Xây dựng'],
  ['Trương Công Hậu', 'Chánh Thanh tra tỉnh'],
  ['Ngô Thị Kim Oanh', 'Giám đốc Sở Tư pháp'],
  ['Đỗ Mạnh Cường', 'Giám đốc Sở Nội vụ'],
  ['Huỳnh Văn Tuấn', 'Giám đốc Sở Công Thương'],
  ['Lương Thị Diệu Linh', 'Giám đốc Sở Khoa học và Công nghệ'],
] as const;
const SIZES = [2, 13] as const;
type Doc = `${(typeof langs)[number]}${(typeof SIZES)[number]}`;
const files = {} as Record<Doc, Uint8Array>;
const dir = process.env.GAVEL_KEEP_PDF ?? tempDir();

beforeAll(async () => {
  for (const n of SIZES) {
    const s = runScriptedSession(':memory:');
    const e = s.engine;
    const people = CANDIDATES.slice(0, n).map(([fullName, title]) => ({ delegateId: ok(e, 'delegate.add', { fullName, title, voting: false }).id, body: 'committee' as const, honorific: '' as const }));
    const id = ok(e, 'personnel.prepare', { kind: 'election', title: n === 2 ? 'Phó Chủ tịch Ủy ban nhân dân tỉnh' : 'Ủy viên Ủy ban nhân dân tỉnh', people, posts: n === 2 ? 1 : 11 }).id;
    ok(e, 'personnel.committee', { id, head: s.people[6], members: [s.people[7], s.people[8]] });
    ok(e, 'personnel.open', { id, present: 33 });
    ok(e, 'personnel.ballots', { id, issued: 33, returned: 33, valid: 32, invalid: 1 });
    const ids = e.current.personnel.find((v) => v.id === id)!.people.map((p) => p.id);
    const lines = ids.map((personId, i) => {
      // One post among two: one elected (20), one not (12); eleven among thirteen: two not.
      const agree = i === 1 || i === 7 ? 12 : n === 2 ? 20 : 30 - i;
      return { personId, counts: { agree, disagree: 32 - agree } };
    });
    ok(e, 'personnel.count', { id, lines });
    ok(e, 'personnel.close', { id });
    ok(e, 'personnel.announce', { id });
    for (const lang of langs) files[`${lang}${n}`] = (await reportFile(s.db, { doc: 'ballots', sessionId: s.sessionId, lang }))!.bytes;
  }
}, 120_000);

const HEAD = {
  vi: { invalid: 'Dòng không hợp lệ', words: ['Đồng ý', 'đồng ý', 'Kết quả', 'chức vụ'], results: ['Trúng cử', 'Không trúng cử'] },
  en: { invalid: 'Invalid line', words: [], results: ['Elected', 'Not elected'] },
};
const docs = langs.flatMap((lang) => SIZES.map((n) => [lang, n] as const));

describe('the election counting record’s header', () => {
  it.each(docs)('has no invalid line column, gives the names their room and the result one line (%s, %i candidates)', (lang, n) => {
    const d = readDocx(files[`${lang}${n}`]);
    const table = d.tables.find((t) => d.paragraphs.some((p) => t.contains(p.el) && p.text.startsWith(CANDIDATES[0][0])))!;
    const widths = d.all(d.all(table, 'tblGrid')[0], 'gridCol').map((g) => Number(d.attr(g, 'w')));
    const total = widths.reduce((a, b) => a + b, 0);
    const needs = (s: string, bold: boolean) => cellTextTwips(s, bold) + TABLE_CELL.margins;
    // No., name, agreeing, not agreeing, result: no column of invalid lines.
    expect(widths).toHaveLength(5);
    // The result whole on its line.
    expect(widths[4]).toBeGreaterThanOrEqual(Math.max(...HEAD[lang].results.map((r) => needs(r, false))));
    // The names the most room, a third of the table or more, each full name on one line.
    expect(widths[1]).toBe(Math.max(...widths));
    expect(widths[1] / total).toBeGreaterThanOrEqual(0.349);
    expect(widths[1]).toBeGreaterThanOrEqual(Math.max(...CANDIDATES.slice(0, n).map(([name]) => needs(name, false))));
    // Vietnamese words of two syllables held whole in the header by no-break spaces.
    const header = d.all(table, 'tr')[0];
    const text = d.paragraphs.filter((p) => header.contains(p.el)).map((p) => p.text).join(' | ');
    for (const w of HEAD[lang].words) expect(text).toContain(w.replace(' ', '\u00a0'));
    expect(text.replace(/\u00a0/g, ' ')).not.toContain(HEAD[lang].invalid);
  });

  it.skipIf(!hasOffice)('prints it so in LibreOffice: two lines at most, no word broken, the result whole (2 and 13 candidates, vi and en)', () => {
    const pages = printedPages(files, dir);
    for (const [lang, n] of docs) {
      const doc = `${lang}${n}` as Doc;
      const all = pages[doc].join('\n').split('\n');
      // The header's lines: from the ballots' sentence above the table to the first candidate's row.
      const first = all.findIndex((l) => /^\s*(1\s+)?Nguyễn Thị Phương Thảo(\s|$)/.test(l));
      const ballots = all.findLastIndex((l, i) => i < first && /Số phiếu phát ra: \d|Ballots issued: \d/.test(l));
      // Its lines, less the sentence's end ("không hợp lệ: 1.") and a page's number where the table starts a page.
      const head = all.slice(ballots + 1, first).filter((l) => l.trim() !== '' && !/hợp lệ: \d|invalid: \d/.test(l) && !/^\s*\d+\s*$/.test(l));
      // No column of invalid lines.
      expect(head.filter((l) => /Dòng|Invalid/.test(l)), doc).toEqual([]);
      expect(head.length, `${doc}: ${head.join('\n')}`).toBeLessThanOrEqual(3);
      // No header line ends inside a word ("Đồng" over "ý", "hợp" over "lệ", "Kết" over "quả").
      expect(head.filter((l) => /(Đồng|đồng|hợp|Kết|chức|Dis)(\s{2,}|\s*$)/.test(l)), doc).toEqual([]);
      // Each result whole at the end of its line.
      const table = all.slice(first, all.findIndex((l, i) => i > first && /^\s*III\./.test(l)));
      expect(table.filter((l) => /(Không|Trúng|Not)\s*$/.test(l)), doc).toEqual([]);
      execFileSync('pdftoppm', ['-png', '-r', '70', path.join(dir, `${doc}.pdf`), path.join(dir, doc)]);
    }
  }, 300_000);
});
