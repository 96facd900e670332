/**
 * The confidence vote's counting record with a very long full name (46 characters: "Tôn Nữ Thị
 * Hoàng Phương Thảo Nguyên Khánh Linh") among three officials. The names' column took the whole name on
 * one line, up to 35% of the page, before the headers had their second line, so the four level
 * columns beside it were left as narrow as their longest word and "Dòng không hợp lệ" printed on
 * three lines. Now every header keeps to two lines and the long name wraps in its cell (two lines,
 * as a reader expects of a long name). Checked in the DOCX's column widths and, where LibreOffice is
 * installed, on the printed page (PNGs for a person: GAVEL_KEEP_PDF=dir).
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

const LONG = 'Tôn Nữ Thị Hoàng Phương Thảo Nguyên Khánh Linh';
const OFFICIALS = [
  ['Nguyễn Thị Phương Thảo', 'Chủ tịch Hội đồng nhân dân tỉnh', 'council'],
  [LONG, 'Phó Chủ tịch Hội đồng nhân dân tỉnh', 'council'],
  ['Vũ Thị Thanh Hương', 'Chủ tịch Ủy ban nhân dân tỉnh', 'committee'],
] as const;
const langs = ['vi', 'en'] as const;
const files = {} as Record<(typeof langs)[number], Uint8Array>;
const dir = process.env.GAVEL_KEEP_PDF ?? tempDir();

beforeAll(async () => {
  const s = runScriptedSession(':memory:');
  const e = s.engine;
  const people = OFFICIALS.map(([fullName, title, body]) => ({ delegateId: ok(e, 'delegate.add', { fullName, title, voting: false }).id, body, honorific: '' as const }));
  const id = ok(e, 'personnel.prepare', { kind: 'confidence', title: 'Lấy phiếu tín nhiệm năm 2028', people }).id;
  ok(e, 'personnel.committee', { id, head: s.people[6], members: [s.people[7], s.people[8]] });
  ok(e, 'personnel.open', { id, present: 33 });
  ok(e, 'personnel.ballots', { id, issued: 33, returned: 33, valid: 33, invalid: 0 });
  const ids = e.current.personnel.find((v) => v.id === id)!.people.map((p) => p.id);
  const low = [3, 20, 26];
  ok(e, 'personnel.count', { id, lines: ids.map((personId, i) => ({ personId, counts: { high: 30 - low[i], medium: 2, low: low[i], invalid: 1 } })) });
  ok(e, 'personnel.close', { id });
  ok(e, 'personnel.announce', { id });
  for (const lang of langs) files[lang] = (await reportFile(s.db, { doc: 'ballots', sessionId: s.sessionId, lang }))!.bytes;
}, 120_000);

const HEAD = {
  vi: { invalid: ['Dòng không', 'hợp lệ'], levels: ['Tín nhiệm', 'thấp'] },
  en: { invalid: ['Invalid', 'line'], levels: ['High'] },
};
const needs = (s: string, bold: boolean) => cellTextTwips(s, bold) + TABLE_CELL.margins;

describe('the confidence vote’s counting record with a very long name', () => {
  it.each(langs)('gives every header two lines at most and the long name two lines in its cell (%s)', (lang) => {
    const d = readDocx(files[lang]);
    const table = d.tables.find((t) => d.paragraphs.some((p) => t.contains(p.el) && p.text.startsWith(OFFICIALS[0][0])))!;
    const widths = d.all(d.all(table, 'tblGrid')[0], 'gridCol').map((g) => Number(d.attr(g, 'w')));
    expect(widths).toHaveLength(6);
    // "Dòng không / hợp lệ" and "Tín nhiệm / thấp": each line of the header fits its column.
    expect(widths[5]).toBeGreaterThanOrEqual(Math.max(...HEAD[lang].invalid.map((l) => needs(l, true))));
    for (const k of [2, 3, 4]) expect(widths[k]).toBeGreaterThanOrEqual(Math.max(...HEAD[lang].levels.map((l) => needs(l, true))));
    // The long name cannot have one line beside them; it has two, broken between its words.
    const words = LONG.split(' ');
    const twoLines = Math.min(...words.slice(1).map((_, i) => Math.max(needs(words.slice(0, i + 1).join(' '), false), needs(words.slice(i + 1).join(' '), false))));
    expect(widths[1]).toBeLessThan(needs(LONG, false));
    expect(widths[1]).toBeGreaterThanOrEqual(twoLines);
    // The other names, short, still have their line, and the names keep the widest column.
    for (const [name] of [OFFICIALS[0], OFFICIALS[2]]) expect(widths[1]).toBeGreaterThanOrEqual(needs(name, false));
    expect(widths[1]).toBe(Math.max(...widths));
  });

  it.skipIf(!hasOffice)('prints it so in LibreOffice: the header on two lines, the long name on two (vi and en)', () => {
    const pages = printedPages(files, dir);
    for (const lang of langs) {
      const all = pages[lang].join('\n').split('\n');
      const first = all.findIndex((l) => /^\s*(1\s+)?Nguyễn Thị Phương Thảo(\s{2,}|\s*$)/.test(l));
      const ballots = all.findLastIndex((l, i) => i < first && /Số phiếu phát ra: \d|Ballots issued: \d/.test(l));
      const head = all.slice(ballots + 1, first).filter((l) => l.trim() !== '' && !/hợp lệ: \d|invalid: \d/.test(l) && !/^\s*\d+\s*$/.test(l));
      // Two lines of header text, a header of one line ("STT") set midway: three printed lines at most.
      expect(head.length, `${lang}: ${head.join('\n')}`).toBeLessThanOrEqual(3);
      if (lang === 'vi') {
        expect(head.filter((l) => /Dòng không(\s|$)/.test(l)), head.join('\n')).toHaveLength(1);
        expect(head.filter((l) => /(^|\s)Dòng\s*$|(^|\s)Dòng\s{2,}/.test(l))).toEqual([]);
      }
      expect(head.filter((l) => /(Tín|hợp|Con)(\s{2,}|\s*$)/.test(l)), head.join('\n')).toEqual([]);
      // The long name on two lines: its first words on one, the rest under them, before its title.
      const table = all.slice(first, all.findIndex((l, i) => i > first && /^\s*III\./.test(l)));
      const at = table.findIndex((l) => /^\s*(2\s+)?Tôn Nữ Thị/.test(l));
      expect(at, table.join('\n')).toBeGreaterThan(-1);
      // The cell's lines, its counts aside (pdftotext sets them between or beside the name's lines).
      const lines = table
        .slice(at, at + 5)
        .map((l) => l.trim().replace(/^2\s+/, '').split(/\s{2,}/)[0])
        .filter((l) => /^\p{L}/u.test(l));
      expect(`${lines[0]} ${lines[1]}`, table.join('\n')).toBe(LONG);
      expect(lines[2], table.join('\n')).toMatch(/^Phó Chủ tịch/);
      execFileSync('pdftoppm', ['-png', '-r', '70', path.join(dir, `${lang}.pdf`), path.join(dir, lang)]);
    }
  }, 300_000);
});
