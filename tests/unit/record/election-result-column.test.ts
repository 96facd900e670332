/**
 * The election counting record's results table (biên bản kiểm phiếu bầu cử) at A4 portrait: each
 * result word whole on one line. The "Kết quả" column was only as wide as its longest word, so beside
 * long names "Trúng cử" wrapped to "Trúng / cử" (the office's reading, r27). Checked in the DOCX's
 * own column widths, and, where LibreOffice is installed, on the printed page.
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
const files = {} as Record<(typeof langs)[number], Uint8Array>;
/** Three candidates for two posts, names of five words with every mark, and long titles. */
const CANDIDATES = [
  ['Nguyễn Thị Phương Thảo', 'Trưởng phòng Văn hóa, Khoa học và Thông tin huyện'],
  ['Tôn Nữ Thị Ngọc Huyền', 'Phó Trưởng phòng Nông nghiệp và Môi trường huyện'],
  ['Hoàng Nguyễn Quốc Trưởng', 'Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'],
] as const;
/** Where the PDFs and their PNGs go: GAVEL_KEEP_PDF keeps them for a person to look at. */
const dir = process.env.GAVEL_KEEP_PDF ?? tempDir();

beforeAll(async () => {
  const s = runScriptedSession(':memory:');
  const e = s.engine;
  const people = CANDIDATES.map(([fullName, title]) => ({ delegateId: ok(e, 'delegate.add', { fullName, title, voting: false }).id, body: 'committee' as const, honorific: '' as const }));
  const id = ok(e, 'personnel.prepare', { kind: 'election', title: 'Ủy viên Ủy ban nhân dân huyện', people, posts: 2 }).id;
  ok(e, 'personnel.committee', { id, head: s.people[6], members: [s.people[7], s.people[8]] });
  ok(e, 'personnel.open', { id, present: 33 });
  ok(e, 'personnel.ballots', { id, issued: 33, returned: 33, valid: 33, invalid: 0 });
  const ids = e.current.personnel.find((v) => v.id === id)!.people.map((p) => p.id);
  const counts = [[30, 3], [25, 8], [9, 24]];
  ok(e, 'personnel.count', { id, lines: ids.map((personId, i) => ({ personId, counts: { agree: counts[i][0], disagree: counts[i][1] } })) });
  ok(e, 'personnel.close', { id });
  ok(e, 'personnel.announce', { id });
  for (const lang of langs) files[lang] = (await reportFile(s.db, { doc: 'ballots', sessionId: s.sessionId, lang }))!.bytes;
}, 60_000);

const RESULTS = { vi: ['Trúng cử', 'Trúng cử', 'Không trúng cử'], en: ['Elected', 'Elected', 'Not elected'] };

describe('the election counting record’s results', () => {
  it.each(langs)('give each result a column wide enough to hold it on one line (%s)', (lang) => {
    const d = readDocx(files[lang]);
    const table = d.tables.find((t) => d.paragraphs.some((p) => t.contains(p.el) && p.text.startsWith(CANDIDATES[0][0])))!;
    expect(table).toBeDefined();
    const rows = d.all(table, 'tr').map((tr) => d.all(tr, 'tc'));
    const cellText = (tc: Element) => d.paragraphs.filter((p) => tc.contains(p.el)).map((p) => p.text).join('\n');
    // The results, each held by no-break spaces so the line cannot break inside it.
    expect(rows.slice(1).map((r) => cellText(r.at(-1)!))).toEqual(RESULTS[lang].map((x) => x.replace(/ /g, '\u00a0')));
    // Its column is as wide as the longest result needs (in Times New Roman's letters, as the columns are shared out), cell margins included.
    const widths = d.all(d.all(table, 'tblGrid')[0], 'gridCol').map((g) => Number(d.attr(g, 'w')));
    const longest = Math.max(...RESULTS[lang].map((x) => cellTextTwips(x, false)));
    expect(widths.at(-1)!).toBeGreaterThanOrEqual(longest + TABLE_CELL.margins);
    // The names keep the most room of any column.
    expect(widths[1]).toBe(Math.max(...widths));
  });

  it.skipIf(!hasOffice)('print each result whole on its line, beside names of five words (LibreOffice, A4 portrait)', () => {
    const pages = printedPages(files, dir);
    for (const lang of langs) {
      // The table's lines: from the first candidate's name to the announcement (III) under it.
      const all = pages[lang].join('\n').split('\n');
      const from = all.findIndex((l) => l.includes(CANDIDATES[0][0]));
      const lines = all.slice(from, all.findIndex((l, i) => i > from && /^\s*III\./.test(l)));
      const ending = (word: string) => lines.filter((l) => new RegExp(`(^|\\s)${word}\\s*$`).test(l)).length;
      // Each result whole at the end of a line ("Không trúng cử", not "Không" over "trúng cử").
      for (const r of new Set(RESULTS[lang])) expect(ending(r), `${lang}: ${r}`).toBe(RESULTS[lang].filter((x) => x === r).length);
      expect(lines.filter((l) => /(Không|Trúng|Not)\s*$/.test(l)), lang).toEqual([]);
      // The PNG a person looks at: pdftoppm -png -r 70.
      execFileSync('pdftoppm', ['-png', '-r', '70', path.join(dir, `${lang}.pdf`), path.join(dir, lang)]);
    }
  }, 200_000);
});
