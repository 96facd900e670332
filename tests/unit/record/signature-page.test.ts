/**
 * "Nơi nhận" never starts a page of its own, away from the signatures it belongs under: minutes
 * of every length around a page's end are printed by LibreOffice, and the page with the
 * recipients also holds the signers' titles and names. (LibreOffice does not keep a paragraph
 * after a table with it, so the recipients sit in the signature table's left cell.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/documents/docx';
import { heading, para, type DocModel } from '../../../electron/documents/blocks';
import { tempDir } from '../helpers';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;

/** Minutes with `n` paragraphs of proceedings, signed by two with three recipients. */
function minutes(n: number): DocModel {
  const filler = 'Đại biểu Nguyễn Thị Ngọc Ánh đề nghị làm rõ nguồn lực, tiến độ và trách nhiệm của các cơ quan.';
  return {
    lang: 'vi',
    missing: [],
    fileName: 'x.docx',
    parts: [
      {
        header: { body: ['Hội đồng nhân dân', 'huyện Đầm Hà'], number: 'Số:    /BB-HĐND', placeDate: 'Đầm Hà, ngày 18 tháng 12 năm 2019' },
        title: 'Biên bản',
        subtitle: ['Kỳ họp thứ 11'],
        blocks: [heading('II. NỘI DUNG'), ...Array.from({ length: n }, (_, k) => para(`${k + 1}. ${filler}`)), para('Biên bản này được lập và thông qua trước khi bế mạc kỳ họp.')],
        signatures: {
          left: { titles: ['Thư ký kỳ họp'], names: ['Nguyễn Thị Ngọc Ánh'] },
          right: { titles: ['TM. Đoàn chủ tọa', 'Chủ tọa'], names: ['Lương Xuân Quý'] },
          recipients: ['Thường trực HĐND huyện;', 'Các đại biểu HĐND huyện;', 'Lưu: VT.'],
        },
      },
    ],
  };
}

describe.skipIf(!hasSoffice || !hasPoppler)('the signatures and "Nơi nhận" in LibreOffice', () => {
  it('stay on one page whatever the length of the minutes', async () => {
    const dir = tempDir();
    const lengths = Array.from({ length: 26 }, (_, k) => 10 + k);
    for (const n of lengths) fs.writeFileSync(path.join(dir, `m${n}.docx`), await renderDocx(minutes(n)));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...lengths.map((n) => path.join(dir, `m${n}.docx`))],
      { stdio: 'ignore', timeout: 150_000 },
    );
    const apart: number[] = [];
    const alone: number[] = [];
    for (const n of lengths) {
      const pages = execFileSync('pdftotext', ['-layout', path.join(dir, `m${n}.pdf`), '-'], { encoding: 'utf8' }).split('\f');
      const page = pages.find((p) => p.includes('Nơi nhận:'))!;
      if (!(page.includes('THƯ KÝ KỲ HỌP') && page.includes('Lương Xuân Quý') && page.includes('Lưu: VT.'))) apart.push(n);
      // The closing sentence goes with the signatures. The paragraph before it is not held with them
      // (counting-record-pages.test.ts: kept, a long announcement left its first page a third empty).
      if (!page.includes('Biên bản này được lập')) alone.push(n);
    }
    expect(apart, 'lengths where "Nơi nhận" left its signatures').toEqual([]);
    expect(alone, 'lengths where the signatures left the closing sentence').toEqual([]);
  }, 180_000);
});
