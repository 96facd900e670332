/**
 * The confidence vote's counting record (lấy phiếu tín nhiệm, Nghị quyết 96/2023/QH15) at A4
 * portrait, with 3 officials and with 35: its results table's header. Four levels beside the names
 * left "Dòng không hợp lệ" a column as narrow as "không" once the names took 35% of the page, and it
 * printed on three lines ("Dòng / không / hợp lệ"). Each name now has its line first, then each
 * header its second line, then the titles under the names the rest: "Dòng không / hợp lệ" on two
 * lines, no header broken inside a word ("Tín / nhiệm cao"), every full name on one line. Checked
 * in the DOCX's column widths and, where LibreOffice is installed, on the printed page (PNGs for a
 * person: GAVEL_KEEP_PDF=dir).
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
/** A province's officials rated in one ballot: the council's chair, vice chairs and committee heads, the people's committee's chair, vice chairs and members. */
const OFFICIALS = [
  ['Nguyễn Thị Phương Thảo', 'Chủ tịch Hội đồng nhân dân tỉnh', 'council'],
  ['Tôn Nữ Thị Ngọc Huyền', 'Phó Chủ tịch Hội đồng nhân dân tỉnh', 'council'],
  ['Trần Quốc Trưởng', 'Trưởng Ban Kinh tế - Ngân sách', 'council'],
  ['Lê Văn Dũng', 'Trưởng Ban Pháp chế', 'council'],
  ['Phạm Thị Hồng Nhung', 'Trưởng Ban Văn hóa - Xã hội', 'council'],
  ['Đặng Quốc Khánh', 'Trưởng Ban Dân tộc', 'council'],
  ['Vũ Thị Thanh Hương', 'Chủ tịch Ủy ban nhân dân tỉnh', 'committee'],
  ['Bùi Đức Thắng', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', 'committee'],
  ['Trương Công Hậu', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', 'committee'],
  ['Ngô Thị Kim Oanh', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', 'committee'],
  ['Đỗ Mạnh Cường', 'Giám đốc Sở Nội vụ', 'committee'],
  ['Huỳnh Văn Tuấn', 'Giám đốc Sở Công Thương', 'committee'],
  ['Lương Thị Diệu Linh', 'Giám đốc Sở Khoa học và Công nghệ', 'committee'],
  ['Phan Thanh Bình', 'Giám đốc Sở Tài chính', 'committee'],
  ['Hồ Sỹ Nguyên', 'Giám đốc Sở Y tế', 'committee'],
  ['Đinh Thị Lụa', 'Giám đốc Sở Giáo dục và Đào tạo', 'committee'],
  ['Mai Xuân Trường', 'Giám đốc Sở Xây dựng', 'committee'],
  ['Cao Văn Thịnh', 'Giám đốc Sở Tư pháp', 'committee'],
  ['Lâm Thị Bích Ngọc', 'Giám đốc Sở Văn hóa, Thể thao và Du lịch', 'committee'],
  ['Quách Văn Hải', 'Giám đốc Sở Nông nghiệp và Môi trường', 'committee'],
  ['Tạ Đình Phong', 'Chánh Thanh tra tỉnh', 'committee'],
  ['Kiều Thị Hạnh', 'Chánh Văn phòng Ủy ban nhân dân tỉnh', 'committee'],
  ['Lý Quang Vinh', 'Giám đốc Công an tỉnh', 'committee'],
  ['Âu Dương Minh', 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', 'committee'],
  ['Thái Thị Mỹ Dung', 'Giám đốc Sở Dân tộc và Tôn giáo', 'committee'],
  ['Chu Văn Lực', 'Giám đốc Sở Ngoại vụ', 'committee'],
  ['Hà Thị Thu Trang', 'Trưởng Ban Kinh tế - Ngân sách', 'council'],
  ['Triệu Văn Sáng', 'Giám đốc Sở Khoa học và Công nghệ', 'committee'],
  ['La Thị Ngân', 'Phó Chủ tịch Hội đồng nhân dân tỉnh', 'council'],
  ['Nông Đức Mạnh', 'Trưởng Ban Dân tộc', 'council'],
  ['Doãn Thị Xuân', 'Giám đốc Sở Y tế', 'committee'],
  ['Khổng Minh Tiến', 'Giám đốc Sở Tài chính', 'committee'],
  ['Giáp Văn Thành', 'Giám đốc Sở Xây dựng', 'committee'],
  ['Ninh Thị Hoa', 'Giám đốc Sở Nội vụ', 'committee'],
  ['Vương Đình Huệ', 'Chánh Thanh tra tỉnh', 'committee'],
] as const;
const SIZES = [3, 35] as const;
type Doc = `${(typeof langs)[number]}${(typeof SIZES)[number]}`;
const files = {} as Record<Doc, Uint8Array>;
const dir = process.env.GAVEL_KEEP_PDF ?? tempDir();

beforeAll(async () => {
  for (const n of SIZES) {
    const s = runScriptedSession(':memory:');
    const e = s.engine;
    const people = OFFICIALS.slice(0, n).map(([fullName, title, body]) => ({ delegateId: ok(e, 'delegate.add', { fullName, title, voting: false }).id, body, honorific: '' as const }));
    const id = ok(e, 'personnel.prepare', { kind: 'confidence', title: 'Lấy phiếu tín nhiệm năm 2028', people }).id;
    ok(e, 'personnel.committee', { id, head: s.people[6], members: [s.people[7], s.people[8]] });
    ok(e, 'personnel.open', { id, present: 33 });
    ok(e, 'personnel.ballots', { id, issued: 33, returned: 33, valid: 33, invalid: 0 });
    // Of the 35 seats, low confidence from 3 (neither threshold), 20 (more than half) and 26 (two thirds); one line spoilt each.
    const low = [3, 20, 26];
    const ids = e.current.personnel.find((v) => v.id === id)!.people.map((p) => p.id);
    ok(e, 'personnel.count', { id, lines: ids.map((personId, i) => ({ personId, counts: { high: 30 - low[i % 3], medium: 2, low: low[i % 3], invalid: 1 } })) });
    ok(e, 'personnel.close', { id });
    ok(e, 'personnel.announce', { id });
    for (const lang of langs) files[`${lang}${n}`] = (await reportFile(s.db, { doc: 'ballots', sessionId: s.sessionId, lang }))!.bytes;
  }
}, 120_000);

const HEAD = {
  vi: { invalid: ['Dòng không', 'hợp lệ'], levels: ['Tín nhiệm', 'cao'], words: ['Tín nhiệm', 'hợp lệ', 'chức vụ'] },
  en: { invalid: ['Invalid', 'line'], levels: ['High'], words: [] },
};
const docs = langs.flatMap((lang) => SIZES.map((n) => [lang, n] as const));

describe('the confidence vote’s counting record header', () => {
  it.each(docs)('gives "Dòng không hợp lệ" two lines and each full name its line (%s, %i officials)', (lang, n) => {
    const d = readDocx(files[`${lang}${n}`]);
    const table = d.tables.find((t) => d.paragraphs.some((p) => t.contains(p.el) && p.text.startsWith(OFFICIALS[0][0])))!;
    const widths = d.all(d.all(table, 'tblGrid')[0], 'gridCol').map((g) => Number(d.attr(g, 'w')));
    const total = widths.reduce((a, b) => a + b, 0);
    const needs = (s: string, bold: boolean) => cellTextTwips(s, bold) + TABLE_CELL.margins;
    // Number, person, three levels, the invalid lines: no result column (what follows is said in III).
    expect(widths).toHaveLength(6);
    expect(widths[5]).toBeGreaterThanOrEqual(Math.max(...HEAD[lang].invalid.map((l) => needs(l, true))));
    for (const k of [2, 3, 4]) expect(widths[k]).toBeGreaterThanOrEqual(Math.max(...HEAD[lang].levels.map((l) => needs(l, true))));
    // The names the most room, a third of the table or more, each full name on one line.
    expect(widths[1]).toBe(Math.max(...widths));
    expect(widths[1] / total).toBeGreaterThanOrEqual(1 / 3);
    expect(widths[1]).toBeGreaterThanOrEqual(Math.max(...OFFICIALS.slice(0, n).map(([name]) => needs(name, false))));
    const header = d.all(table, 'tr')[0];
    const text = d.paragraphs.filter((p) => header.contains(p.el)).map((p) => p.text).join(' | ');
    for (const w of HEAD[lang].words) expect(text).toContain(w.replace(' ', '\u00a0'));
  });

  it.skipIf(!hasOffice)('prints it so in LibreOffice: two lines at most, no word broken, each name on its line (3 and 35 officials, vi and en)', () => {
    const pages = printedPages(files, dir);
    for (const [lang, n] of docs) {
      const doc = `${lang}${n}` as Doc;
      const all = pages[doc].join('\n').split('\n');
      const first = all.findIndex((l) => /^\s*(1\s+)?Nguyễn Thị Phương Thảo(\s{2,}|\s*$)/.test(l));
      const ballots = all.findLastIndex((l, i) => i < first && /Số phiếu phát ra: \d|Ballots issued: \d/.test(l));
      const head = all.slice(ballots + 1, first).filter((l) => l.trim() !== '' && !/hợp lệ: \d|invalid: \d/.test(l) && !/^\s*\d+\s*$/.test(l));
      if (lang === 'vi') {
        expect(head.filter((l) => /Dòng không(\s|$)/.test(l)), `${doc}: ${head.join('\n')}`).toHaveLength(1);
        expect(head.filter((l) => /(^|\s)Dòng\s*$|(^|\s)Dòng\s{2,}/.test(l)), doc).toEqual([]);
      } else expect(head.some((l) => /Invalid/.test(l)), doc).toBe(true);
      // Three lines of text at most: a header of one line ("STT") is set midway down the two of the others.
      expect(head.length, `${doc}: ${head.join('\n')}`).toBeLessThanOrEqual(3);
      // No header line ends inside a word ("Tín" over "nhiệm", "hợp" over "lệ", "chức" over "vụ").
      expect(head.filter((l) => /(Tín|hợp|chức|Con)(\s{2,}|\s*$)/.test(l)), doc).toEqual([]);
      // Each full name whole on its line (pdftotext puts the row's number, or its counts, beside it).
      const table = all.slice(first, all.findIndex((l, i) => i > first && /^\s*III\./.test(l)));
      for (const [name] of OFFICIALS.slice(0, n)) expect(table.some((l) => new RegExp(`^\\s*(\\d+\\s+)?${name}(\\s{2,}|\\s*$)`, 'u').test(l)), `${doc}: ${name}`).toBe(true);
      execFileSync('pdftoppm', ['-png', '-r', '70', path.join(dir, `${doc}.pdf`), path.join(dir, doc)]);
    }
  }, 300_000);
});
