/**
 * Two signers' names sit on one line in LibreOffice whatever their titles wrap to: the counting
 * record's "FOR THE COMMITTEE" over "HEAD" beside "MEMBERS", the minutes' "SECRETARIES OF THE
 * SESSION" beside "FOR THE PRESIDING BOARD" over "PRESIDING", the Vietnamese ones, and a title
 * of two lines (the English counting record's "FOR THE COUNTING COMMITTEE" wrapped, and its names
 * did not line up). Each pair is printed as its document prints it, converted to PDF, and the
 * first name of each side is found on the page with its height.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/documents/docx';
import { para, type DocModel, type DocPart } from '../../../electron/documents/blocks';
import { countingRecordWords } from '../../../electron/features/personnel/report-strings';
import { minutesWords } from '../../../electron/features/record/minutes-strings';
import { tempDir } from '../helpers';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;

type Pair = { left: { titles: string[]; names: string[] }; right: { titles: string[]; names: string[] } };

const PAIRS: Record<string, Pair> = Object.fromEntries(
  (['en', 'vi'] as const).flatMap((lang) => {
    const c = countingRecordWords[lang];
    const m = minutesWords[lang];
    return [
      [`${lang} counting record`, { left: { titles: [c.signLeft], names: ['Chu Thị Ngoan', 'Lục Văn Đoàn'] }, right: { titles: [c.signFor, c.signHead], names: ['Phùng Văn Khải'] } }],
      [`${lang} minutes, several`, { left: { titles: [m.secretariesSign], names: ['Nguyễn Thị Ngọc Ánh', 'Đặng Quốc Việt'] }, right: { titles: [m.chairsSign, m.chairTitle], names: ['Lương Xuân Quý'] } }],
      // A title of two lines beside one of one: what the English counting record once printed.
      [`${lang} a title that wraps`, { left: { titles: [c.signLeft], names: ['Chu Thị Ngoan'] }, right: { titles: ['For the counting committee of the session', c.signHead], names: ['Phùng Văn Khải'] } }],
      [`${lang} minutes, one each`, { left: { titles: [m.secretarySign], names: ['Nguyễn Thị Ngọc Ánh'] }, right: { titles: [m.chairSign], names: ['Lương Xuân Quý'] } }],
    ] as [string, Pair][];
  }),
);

function part(signatures: Pair): DocPart {
  return {
    header: { body: ['Hội đồng nhân dân', 'huyện Đầm Hà'], number: 'Số:    /BB-BKP', placeDate: 'Đầm Hà, ngày 18 tháng 12 năm 2019' },
    title: 'Biên bản',
    subtitle: ['Kỳ họp thứ 11'],
    blocks: [para('Biên bản được lập và công bố trước kỳ họp.')],
    signatures,
  };
}

/** The top of each word on a page of the PDF, from pdftotext's bounding boxes. */
function wordsOf(pdf: string, page: number): { word: string; top: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((x) => ({ word: x[2], top: Number(x[1]) }));
}

describe.skipIf(!hasSoffice || !hasPoppler)('two signers in LibreOffice', () => {
  it('have their names on one line, however many lines their titles take', async () => {
    const dir = tempDir();
    const names = Object.keys(PAIRS);
    for (const [k, name] of names.entries()) {
      const model: DocModel = { lang: name.startsWith('en') ? 'en' : 'vi', missing: [], fileName: 'x.docx', parts: [part(PAIRS[name])] };
      fs.writeFileSync(path.join(dir, `s${k}.docx`), await renderDocx(model));
    }
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((_, k) => path.join(dir, `s${k}.docx`))],
      { stdio: 'ignore', timeout: 150_000 },
    );
    const apart: Record<string, [number, number]> = {};
    for (const [k, name] of names.entries()) {
      const words = wordsOf(path.join(dir, `s${k}.pdf`), 1);
      const top = (fullName: string) => words.find((w) => w.word === fullName.split(' ').at(-1))!.top;
      const [left, right] = [top(PAIRS[name].left.names[0]), top(PAIRS[name].right.names[0])];
      if (Math.abs(left - right) > 1) apart[name] = [left, right];
    }
    expect(apart, 'pairs whose first names are not on one line (top of the left name, of the right one)').toEqual({});
  }, 180_000);
});
