/**
 * The review's DOCX report in LibreOffice: its tables keep every word whole (a column narrower
 * than its longest word printed "Numb er", "45/ NQ- HĐN D"). Skipped, saying why, only where
 * soffice is absent (.ci/run installs libreoffice-writer-nogui, poppler-utils and fonts-liberation2).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportReview } from '../../../electron/features/review/export';
import { readDocx } from '../../docx';
import { handSession } from './review-session';
import { runScriptedSession } from '../record/record-session';
import { printedPages } from '../../office-pages';
import { ok, tempDir } from '../helpers';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice || !hasPoppler) {
  console.warn('review-libreoffice: SKIPPED — soffice or pdftotext is not installed (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2).');
}

describe.skipIf(!hasSoffice || !hasPoppler)('the review report in LibreOffice', () => {
  it('breaks no word of its tables across lines, in either language', async () => {
    const s = handSession();
    const dir = tempDir();
    const words: Record<string, string[]> = {};
    for (const lang of ['vi', 'en'] as const) {
      const body = (await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body;
      fs.writeFileSync(path.join(dir, `review-${lang}.docx`), body);
      words[lang] = [...new Set(readDocx(body).paragraphs.filter((p) => p.inTable).flatMap((p) => p.text.split(/\s+/)))].filter((w) => w.length >= 3);
    }
    // A private profile, so a LibreOffice the user has open is never touched.
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'review-vi.docx'), path.join(dir, 'review-en.docx')], {
      stdio: 'ignore',
      timeout: 150_000,
    });
    for (const lang of ['vi', 'en'] as const) {
      const printed = new Set(execFileSync('pdftotext', ['-raw', path.join(dir, `review-${lang}.pdf`), '-'], { encoding: 'utf8' }).normalize('NFC').split(/\s+/));
      expect(words[lang].length).toBeGreaterThan(20);
      expect(words[lang].filter((w) => !printed.has(w.normalize('NFC'))), lang).toEqual([]);
    }
  }, 180_000);

  it('fills its first page: the kinds table starts under the chart rather than leaving the page half empty, its last rows held together', async () => {
    // The two-day session of 25 items: seven rows of time by kind of work, too many to fit whole under the chart.
    const s = runScriptedSession(':memory:', { full: true });
    const docs: Record<string, Uint8Array> = {};
    for (const lang of ['vi', 'en'] as const) docs[lang] = (await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body;
    const pages = printedPages(docs);
    for (const [lang, first, last, beforeLast] of [
      ['vi', 'Buổi sáng 17/12/2019', 'Cả kỳ họp', 'Ngày 18/12/2019'],
      ['en', 'Morning 17 Dec 2019', 'Whole session', 'Day 18 Dec 2019'],
    ] as const) {
      // Kept whole, the table went overleaf and left a third of page 1 blank under the chart.
      expect(pages[lang][0], lang).toContain(first);
      // Its last two rows on one page, under the header repeated there.
      const at = pages[lang].findIndex((p) => p.split('\n').some((l) => l.trim().startsWith(last)));
      expect(pages[lang][at], lang).toContain(beforeLast);
    }
  }, 180_000);

  it("keeps a respondent's name on one line and a vote's result on two, in either language", async () => {
    // Officials of three and four words ("Phạm Thị Hồng Nhung"); six votes, one failed.
    const s = runScriptedSession();
    const dir = tempDir();
    for (const lang of ['vi', 'en'] as const) {
      fs.writeFileSync(path.join(dir, `review-${lang}.docx`), (await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body);
    }
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'review-vi.docx'), path.join(dir, 'review-en.docx')], {
      stdio: 'ignore',
      timeout: 150_000,
    });
    for (const lang of ['vi', 'en'] as const) {
      // -raw prints each line of a cell as it is laid out: a name broken in its cell is two lines.
      const lines = execFileSync('pdftotext', ['-raw', path.join(dir, `review-${lang}.pdf`), '-'], { encoding: 'utf8' }).normalize('NFC').split('\n');
      for (const name of ['Trần Văn Lâm', 'Phạm Thị Hồng Nhung', 'Đinh Công Sơn']) {
        expect(lines.some((l) => l.startsWith(`${name} `)), `${lang}: ${name}`).toBe(true);
      }
      // The result above its margin, the margin whole: "(needed 18," above "12 to spare)" was three lines.
      const margins = lines.filter((l) => /^\((cần|needed) 18, /.test(l));
      expect(margins, lang).toHaveLength(6);
      expect(margins.every((l) => l.endsWith(')')), lang).toBe(true);
      // Each header on two lines at most: no line of a header is a lone word of three (Hỏi / trả / lời).
      const head = lines.findIndex((l) => l.startsWith(lang === 'vi' ? 'Người trả lời Cơ quan' : 'Respondent Agency'));
      expect(lines.slice(head, head + 8).join(' | '), lang).toContain(lang === 'vi' ? 'Hỏi / trả lời' : 'Asking / | answering');
    }
  }, 180_000);

  it('leaves no page short before a chart or the signatures: each page but the last printed down to its foot, the closing on a page with the report', async () => {
    // The two-day session of 25 items, 35 seats. Before, a page ended at three quarters of its height
    // above the questions' chart (420 px tall for a ring of two slices), another above the votes table
    // (its header and two rows of four lines held together), and the closing sentence and signatures
    // stood alone on a last page.
    const s = runScriptedSession(':memory:', { full: true });
    const docs: Record<string, Uint8Array> = {};
    for (const lang of ['vi', 'en'] as const) docs[lang] = (await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body;
    const dir = tempDir();
    const pages = printedPages(docs, dir);
    // An empty line under each of its fifteen tables ran the Vietnamese report to a ninth page.
    expect([pages.vi.length, pages.en.length]).toEqual([8, 8]);
    for (const lang of ['vi', 'en'] as const) {
      // Each page drawn in grey at 20 dpi (PGM: a header, then a byte a pixel); where its last ink is.
      execFileSync('pdftoppm', ['-gray', '-r', '20', path.join(dir, `${lang}.pdf`), path.join(dir, `page-${lang}`)]);
      const inkTo = fs
        .readdirSync(dir)
        .filter((f) => f.startsWith(`page-${lang}-`) && f.endsWith('.pgm'))
        .sort((a, b) => parseInt(a.slice(lang.length + 6)) - parseInt(b.slice(lang.length + 6)))
        .map((f) => {
          const pgm = fs.readFileSync(path.join(dir, f));
          const [, width, height] = /^P5\s+(\d+)\s+(\d+)\s+\d+\s/.exec(pgm.toString('latin1', 0, 40))!.map(Number);
          const start = pgm.length - width * height;
          let last = 0;
          for (let y = 0; y < height; y++) if (pgm.subarray(start + y * width, start + (y + 1) * width).some((v) => v < 200)) last = y;
          return last / height;
        });
      expect(inkTo.length, lang).toBe(pages[lang].length);
      // The text ends at 93 % of an A4 page (20 mm bottom margin). A chart cannot be split, so the
      // page before one ends where the text before it ends: 0.81 here since tables' columns are sized
      // by the font's real letter widths (their heads on two lines). The fault this guards against,
      // a chart taller than it needs moved overleaf, left pages at three quarters.
      // A table of a few rows (six at most, and its head) is kept whole with its title, so the page
      // before one ends where the text before it ends (0.74 to 0.76 here, before the attendance or the
      // six longest overruns in questioning: the table and its title need a fifth of a page).
      const keptWhole = new Set(
        readDocx(docs[lang]).tables.filter((t) => t.getElementsByTagNameNS(t.namespaceURI, 'tr').length <= 7).map((t) => t.previousElementSibling?.textContent?.trim()),
      );
      const opensWithKeptTable = (k: number) => keptWhole.has(pages[lang][k + 1]?.split('\n').map((l) => l.trim()).filter(Boolean)[1]);
      // A row is never split either: a page ends above a vote's row of five lines (0.799 here) when it has no room for it.
      // The report's last table goes overleaf with the closing and the signatures, two fifths of a page together (0.62 here).
      const floor = (k: number) => (!opensWithKeptTable(k) ? 0.78 : k === inkTo.length - 2 ? 0.55 : 0.7);
      inkTo.slice(0, -1).forEach((share, k) => expect(share, `${lang} page ${k + 1}`).toBeGreaterThan(floor(k)));
      // The signatures' page carries the report's last table whole under its title: not the closing
      // sentence alone, nor a sitting's row alone under its repeated header.
      expect(pages[lang].at(-1), lang).toMatch(lang === 'vi' ? /Đại biểu có mặt: đã điểm danh và chưa điểm danh[\s\S]*Sáng 17\/12[\s\S]*Chiều 18\/12/ : /Delegates present: confirmed present and not marked[\s\S]*Morning 17 Dec[\s\S]*Afternoon 18 Dec/);
    }
  }, 180_000);

  it('prints the attendance of eight columns with each sitting on one line, its heads on two, the table whole under its title', async () => {
    // The two-day session of four sittings, 35 seats, with a delegate who left early and one never
    // arrived: the "Về sớm" and "Chưa đến" columns make eight. Their heads at 13 pt took the width,
    // "Buổi chiều 17/12/2019" took two and three lines, and the table broke with its last row overleaf.
    const s = runScriptedSession(':memory:', { full: true });
    const rollCalls = s.db.prepare('SELECT id FROM roll_call ORDER BY id').pluck().all() as number[];
    ok(s.engine, 'attendance.select', { id: rollCalls[3] });
    ok(s.engine, 'attendance.mark', { delegateId: s.people[10], status: 'left', time: '16:00' });
    ok(s.engine, 'attendance.select', { id: rollCalls[1] });
    ok(s.engine, 'attendance.mark', { delegateId: s.people[11], status: 'notArrived' });
    const docs: Record<string, Uint8Array> = {};
    for (const lang of ['vi', 'en'] as const) docs[lang] = (await exportReview(s.db, 'review-docx', { sessionId: s.sessionId, lang, now: s.clock() }))!.body;
    const pages = printedPages(docs);
    for (const [lang, title, row, heads] of [
      ['vi', 'Điểm danh theo phiên họp', /^\s*(Sáng|Chiều) 1[78]\/12\s+35\s+3\d\s/, ['Chưa đến', 'Về sớm']],
      ['en', 'Attendance per sitting', /^\s*(Morning|Afternoon) 1[78] Dec\s+35\s+3\d\s/, ['Not yet', 'Left']],
    ] as const) {
      const at = pages[lang].findIndex((p) => p.includes(title));
      const lines = pages[lang][at].split('\n');
      const top = lines.findIndex((l) => l.includes(title));
      const rows = lines.map((l, i) => (row.test(l) ? i : -1)).filter((i) => i > top);
      // Four sittings, each a line of its own with its figures, all on the title's page.
      expect(rows, `${lang}: ${lines.slice(top, top + 16).join('\n')}`).toHaveLength(4);
      // The heads between title and first row: two lines at most (three lines of text, a head of one
      // line, "Phiên họp", set midway down the two of the others), and the new columns among them.
      const head = lines.slice(top + 1, rows[0]).filter((l) => l.trim() !== '');
      expect(head.length, `${lang}: ${head.join('\n')}`).toBeLessThanOrEqual(3);
      for (const h of heads) expect(head.join('\n'), lang).toContain(h);
    }
  }, 180_000);
});
