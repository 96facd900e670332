/**
 * A counting record's pages: the closing sentence stays with the signatures, and the announcement
 * before it starts under the results table when the page has room, instead of going whole to the
 * next page with them (the full two-day session's first record left a third of page 1 empty).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { countingRecordWords } from '../../../electron/features/personnel/report-strings';
import { readDocx } from '../../docx';
import { tempDir } from '../helpers';
import { runScriptedSession } from './record-session';

const langs = ['vi', 'en'] as const;
const files = {} as Record<(typeof langs)[number], Uint8Array>;

beforeAll(async () => {
  const s = runScriptedSession(':memory:', { full: true });
  for (const lang of langs) files[lang] = (await reportFile(s.db, { doc: 'ballots', sessionId: s.sessionId, lang }))!.bytes;
}, 60_000);

/** Word's keep-with-next on the paragraph (`<w:keepNext/>`; the writer spells the default `w:val="false"`). */
const kept = (d: ReturnType<typeof readDocx>, p: { el: Element }) => d.all(p.el, 'keepNext').some((k) => !['false', '0'].includes(d.attr(k, 'val') ?? 'true'));

describe('a counting record’s announcement and signatures', () => {
  it('keep the closing sentence with the signatures, and leave the announcement before it free to start on the page of the results', () => {
    for (const lang of langs) {
      const d = readDocx(files[lang]);
      const body = d.paragraphs.filter((p) => !p.inTable);
      const closings = body.map((p, i) => [p, i] as const).filter(([p]) => p.text === countingRecordWords[lang].closing);
      // The resolution's record and the election's.
      expect(closings.length, lang).toBe(2);
      for (const [p, i] of closings) {
        expect(kept(d, p), lang).toBe(true);
        expect(kept(d, body[i - 1]), body[i - 1].text).toBe(false);
      }
    }
  });

  const hasOffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
  it.skipIf(!hasOffice)('printed by LibreOffice, the first record’s announcement begins on its first page and the closing sentence is on the signatures’ page', () => {
    const dir = tempDir();
    for (const lang of langs) fs.writeFileSync(path.join(dir, `ballots-${lang}.docx`), files[lang]);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...langs.map((l) => path.join(dir, `ballots-${l}.docx`))], {
      stdio: 'ignore',
      timeout: 150_000,
    });
    const start = { vi: 'Số phiếu phát ra: 33', en: 'Ballots issued: 33' };
    for (const lang of langs) {
      const pages = execFileSync('pdftotext', ['-layout', path.join(dir, `ballots-${lang}.pdf`), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      expect(pages[0], lang).toContain(start[lang]);
      const signed = pages.filter((p) => p.includes(countingRecordWords[lang].signFor.toUpperCase()));
      expect(signed.length, lang).toBe(2);
      for (const page of signed) expect(page, lang).toContain(countingRecordWords[lang].closing.slice(0, 20));
    }
  }, 180_000);
});
