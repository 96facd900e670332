/**
 * A signer's title lines ("TM. THƯỜNG TRỰC HĐND" over "CHỦ TỊCH") stand apart, single-spaced as in
 * a document of Nghị định 30: with no line rule in the file, LibreOffice set them exactly 12 pt apart
 * and the hook and dot of "CHỦ TỊCH" touched the line above.
 * The review report, the minutes (several chairs: "TM. ĐOÀN CHỦ TỌA" over "CHỦ TỌA") and the
 * counting record ("TM. BAN KIỂM PHIẾU" over "TRƯỞNG BAN") are signed by the same code (nd30.ts),
 * so each is checked: in the file, each title line single-spaced by its font ("auto"); printed, the
 * second line's top a line of 14 pt and more below the first's, then the room to sign, then the name.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/documents/docx';
import { para, type DocModel } from '../../../electron/documents/blocks';
import { exportReview } from '../../../electron/features/review/export';
import { countingRecordWords } from '../../../electron/features/personnel/report-strings';
import { minutesWords } from '../../../electron/features/record/minutes-strings';
import { readDocx } from '../../docx';
import { hasOffice } from '../../office-pages';
import { newEngine, ok, seedBasics, tempDir } from '../helpers';

const m = minutesWords.vi;
const c = countingRecordWords.vi;

/** A document signed by the shared code, as the minutes and the counting record are. */
const signed = (left: string[], right: string[], names: [string, string]): Promise<Buffer> => {
  const model: DocModel = {
    lang: 'vi',
    missing: [],
    fileName: 'x.docx',
    parts: [
      {
        header: { body: ['Hội đồng nhân dân', 'tỉnh Hòa Bình'], number: 'Số:    /BB-HĐND', placeDate: 'Hòa Bình, ngày 09 tháng 12 năm 2026' },
        title: 'Biên bản',
        subtitle: ['Kỳ họp thứ 11'],
        blocks: [para('Biên bản được lập và thông qua trước khi bế mạc kỳ họp.')],
        signatures: { left: { titles: left, names: [names[0]] }, right: { titles: right, names: [names[1]] } },
      },
    ],
  };
  return renderDocx(model);
};

async function documents(): Promise<Record<string, { bytes: Uint8Array; titles: [string, string]; name: string }>> {
  const e = newEngine();
  const { sessionId } = seedBasics(e.engine);
  ok(e.engine, 'delegate.add', { fullName: 'Bùi Đức Hinh', title: 'Chủ tịch HĐND tỉnh' });
  const review = (await exportReview(e.db, 'review-docx', { sessionId, lang: 'vi', now: e.clock() }))!.body;
  return {
    review: { bytes: review, titles: ['TM. THƯỜNG TRỰC HĐND', 'CHỦ TỊCH'], name: 'Bùi Đức Hinh' },
    minutes: { bytes: await signed([m.secretarySign], [m.chairsSign, m.chairTitle], ['Nguyễn Thị Ngọc Ánh', 'Lương Xuân Quý']), titles: ['TM. ĐOÀN CHỦ TỌA', 'CHỦ TỌA'], name: 'Lương Xuân Quý' },
    counting: { bytes: await signed([c.signLeft], [c.signFor, c.signHead], ['Chu Thị Ngoan', 'Phùng Văn Khải']), titles: ['TM. BAN KIỂM PHIẾU', 'TRƯỞNG BAN'], name: 'Phùng Văn Khải' },
  };
}

describe('a signer’s title lines', () => {
  it('are each single-spaced by their font in the file, in the review report, the minutes and the counting record', { timeout: 60_000 }, async () => {
    for (const [doc, { bytes, titles }] of Object.entries(await documents())) {
      const d = readDocx(bytes);
      for (const title of titles) {
        const p = d.paragraphs.find((x) => x.inTable && x.text === title);
        expect(p, `${doc}: ${title}`).toBeDefined();
        const spacing = d.all(p!.el, 'spacing')[0];
        expect({ line: d.attr(spacing, 'line'), rule: d.attr(spacing, 'lineRule') }, `${doc}: ${title}`).toEqual({ line: '240', rule: 'auto' });
      }
    }
  });

  it.skipIf(!hasOffice)('stand apart when printed, with the room to sign below them, in all three', { timeout: 180_000 }, async () => {
    const docs = await documents();
    const dir = tempDir();
    for (const [doc, { bytes }] of Object.entries(docs)) fs.writeFileSync(path.join(dir, `${doc}.docx`), bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(docs).map((d) => path.join(dir, `${d}.docx`))], { stdio: 'ignore', timeout: 150_000 });
    for (const [doc, { titles, name }] of Object.entries(docs)) {
      const pdf = path.join(dir, `${doc}.pdf`);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
      const html = execFileSync('pdftotext', ['-bbox', '-f', String(pages), '-l', String(pages), pdf, '-'], { encoding: 'utf8' });
      const words = [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((x) => ({ word: x[2], top: Number(x[1]) }));
      // Each line by its first word, found from the foot of the page up (the last page ends with the signatures).
      const top = (first: string) => words.findLast((w) => w.word === first)!.top;
      const [one, two] = titles.map((t) => top(t.split(' ')[0]));
      const signer = top(name.split(' ')[0]);
      // Times New Roman's single line at 14 pt is 16.1 pt; exactly 12 pt apart, the lines touched.
      expect(two - one, `${doc}: ${titles.join(' / ')}`).toBeGreaterThanOrEqual(14 * 1.1);
      // About 3 cm to sign in (72 pt) between the title and the name.
      expect(signer - two, `${doc}: the room to sign`).toBeGreaterThan(72);
    }
  });
});
