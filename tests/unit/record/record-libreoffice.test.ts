/**
 * The generated documents open in LibreOffice: each is converted to PDF headless and the PDF's
 * pages and text are checked with pdftotext. Skipped, saying why, only where soffice is absent
 * (.ci/run installs libreoffice-writer-nogui, poppler-utils and fonts-liberation2).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { tempDir } from '../helpers';
import { runScriptedSession } from './record-session';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const hasPoppler = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice || !hasPoppler) {
  console.warn('record-libreoffice: SKIPPED — soffice or pdftotext is not installed (apt-get install libreoffice-writer-nogui poppler-utils fonts-liberation2).');
}

describe.skipIf(!hasSoffice || !hasPoppler)('the documents in LibreOffice', () => {
  it('converts the minutes, the counting record and the notice to PDF with the expected pages and text', async () => {
    const s = runScriptedSession();
    const dir = tempDir();
    for (const doc of ['minutes', 'ballots', 'notice'] as const) {
      fs.writeFileSync(path.join(dir, `${doc}.docx`), (await reportFile(s.db, { doc, sessionId: s.sessionId }))!.bytes);
    }
    // A private profile, so a LibreOffice the user has open is never touched.
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...['minutes', 'ballots', 'notice'].map((d) => path.join(dir, `${d}.docx`))],
      { stdio: 'ignore', timeout: 150_000 },
    );
    const pages = (name: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path.join(dir, `${name}.pdf`)], { encoding: 'utf8' }))![1]);
    const text = (name: string, ...range: string[]) => execFileSync('pdftotext', ['-layout', ...range, path.join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' });

    // Minutes of a two-day session of 22 items and 32 speeches: several pages, not dozens.
    expect(pages('minutes')).toBeGreaterThanOrEqual(4);
    expect(pages('minutes')).toBeLessThanOrEqual(14);
    const first = text('minutes', '-f', '1', '-l', '1');
    for (const s of ['HỘI ĐỒNG NHÂN DÂN', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Đầm Hà, ngày 18 tháng 12 năm 2019', 'BIÊN BẢN', 'khóa IV, nhiệm kỳ 2016–2021']) {
      expect(first).toContain(s);
    }
    // No page number on page 1; "2" centred at the top of page 2.
    expect(first.split('\n')[0].trim()).not.toBe('1');
    expect(text('minutes', '-f', '2', '-l', '2').split('\n').find((l) => l.trim() !== '')!.trim()).toBe('2');
    const last = text('minutes', '-f', String(pages('minutes')), '-l', String(pages('minutes')));
    for (const s of ['THƯ KÝ KỲ HỌP', 'TM. ĐOÀN CHỦ TỌA', 'Nguyễn Thị Ngọc Ánh', 'Lương Xuân Quý', 'Nơi nhận:']) expect(last).toContain(s);

    expect(pages('ballots')).toBeLessThanOrEqual(2);
    expect(text('ballots')).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(pages('notice')).toBeLessThanOrEqual(2);
    expect(text('notice')).toContain('THÔNG BÁO');
  }, 180_000);
});
