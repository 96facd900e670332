/**
 * Before a personnel ballot the office prints its papers: in Chromium at 1366×768, a prepared vote
 * in Personnel has "Print ballots (DOCX)", which downloads the vote's ballot paper in the hall's
 * language (the delegates mark it), whatever the console's: a line per candidate, the boxes to
 * mark, and no line for a person not rated. Both console languages; SHOTS=<folder> keeps a screenshot.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';
import { readDocx } from '../docx';

const chromium = onBrowser();
const shots = process.env.SHOTS;
const BUTTON = { vi: 'In phiếu (DOCX)', en: 'Print ballots (DOCX)' } as const;

describe.each(['vi', 'en'] as const)('ballot papers from Personnel, console in %s', (lang) => {
  let server: Served | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('downloads the prepared vote\'s paper in the hall\'s language', async () => {
    const dataDir = tempDataDir();
    server = await serve(dataDir);
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND xã Tân Lạc', level: 'commune', term: 1, totalSeats: 35 },
      { type: 'session.create', number: 3, term: 1, kind: 'regular', hallLang: 'vi', startDate: '2026-12-08', endDate: '2026-12-09' },
      { type: 'delegate.add', fullName: 'Đinh Công Kỳ', title: 'Chủ tịch Ủy ban nhân dân xã', seatNumber: 1 },
      { type: 'delegate.add', fullName: 'Hà Thị Ngọc Ánh', title: 'Phó Chủ tịch Ủy ban nhân dân xã', seatNumber: 2 },
      { type: 'delegate.add', fullName: 'Bùi Văn Thắng', title: 'Phó Chủ tịch Ủy ban nhân dân xã', seatNumber: 3 },
      {
        type: 'personnel.prepare',
        kind: 'confidence',
        title: 'Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND xã bầu năm 2026',
        people: [
          { delegateId: 1, body: 'committee' },
          { delegateId: 2, body: 'committee' },
          { delegateId: 3, body: 'committee', exemptReason: 'Được bầu trong năm 2026' },
        ],
      },
    ]);
    const page = await openPage(chromium.browser, server.url + '#personnel', lang);
    await page.setViewportSize({ width: 1366, height: 768 });
    const button = page.getByRole('button', { name: BUTTON[lang] });
    await button.waitFor();
    if (shots) await page.screenshot({ path: `${shots}/personnel-ballot-papers-${lang}.png` });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toBe('phieu-bau-ky-hop-3-1.docx');
    const file = path.join(dataDir, 'phieu.docx');
    await download.saveAs(file);
    const docx = readDocx(fs.readFileSync(file));
    expect(docx.text).toContain('PHIẾU LẤY PHIẾU TÍN NHIỆM');
    expect(docx.text).toContain('Đối với người giữ chức vụ do HĐND xã bầu năm 2026');
    expect(docx.text).toContain('Hà Thị Ngọc Ánh');
    // Exempt: not on the paper.
    expect(docx.text).not.toContain('Bùi Văn Thắng');
    await page.getByText(lang === 'vi' ? 'Đã lưu phieu-bau-ky-hop-3-1.docx.' : 'Saved phieu-bau-ky-hop-3-1.docx.').waitFor();
  });
});
