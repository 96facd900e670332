/**
 * The minutes read as the office reads the printed pages: a page never ends on an item's title
 * ("1.5. Báo cáo thẩm tra… (từ 7 giờ 50 phút đến 7 giờ 55 phút)") with its presenter on the next,
 * nor opens on a question's "Kết quả: đã trả lời tại kỳ họp." cut from its question and answer.
 * The paragraphs carry Word's keep-with-next; LibreOffice's pages show it held.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { tempDir } from '../helpers';
import { runScriptedSession } from './record-session';

const langs = ['vi', 'en'] as const;
const files = {} as Record<(typeof langs)[number], Uint8Array>;

beforeAll(async () => {
  const s = runScriptedSession(':memory:', { full: true });
  for (const lang of langs) files[lang] = (await reportFile(s.db, { doc: 'minutes', sessionId: s.sessionId, lang }))!.bytes;
}, 60_000);

/** Word's keep-with-next on the paragraph (`<w:keepNext/>`; the writer spells the default `w:val="false"`). */
const kept = (d: ReturnType<typeof readDocx>, p: { el: Element }) => d.all(p.el, 'keepNext').some((k) => !['false', '0'].includes(d.attr(k, 'val') ?? 'true'));

describe('the minutes keep together what reads together', () => {
  it('keep each item’s title, each list’s lead-in, each question and each answer with the paragraph after it', () => {
    for (const lang of langs) {
      const d = readDocx(files[lang]);
      const body = d.paragraphs.filter((p) => !p.inTable);
      const titles = body.filter((p) => /^\d+\.\d+\. /.test(p.text));
      expect(titles.length, lang).toBeGreaterThan(20);
      for (const p of titles) expect(kept(d, p), p.text).toBe(true);
      const outcome = lang === 'vi' ? 'Kết quả: ' : 'Outcome: ';
      const outcomes = body.map((p, i) => [p, i] as const).filter(([p]) => p.text.startsWith(outcome));
      expect(outcomes.length, lang).toBeGreaterThan(20);
      // Back from each outcome to its question ("- …"): every paragraph of the block is kept with the next.
      for (const [, i] of outcomes) {
        let k = i - 1;
        while (!body[k].text.startsWith('- ')) expect(kept(d, body[k]), body[k].text).toBe(true), k--;
        expect(kept(d, body[k]), body[k].text).toBe(true);
      }
      expect(kept(d, body.find((p) => /^(Có \d+ lượt phát biểu|\d+ speeches?)/.test(p.text))!), lang).toBe(true);
    }
  });

  const hasOffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;
  it.skipIf(!hasOffice)('printed by LibreOffice, no page opens on an outcome nor ends on an item’s title', () => {
    const dir = tempDir();
    for (const lang of langs) fs.writeFileSync(path.join(dir, `minutes-${lang}.docx`), files[lang]);
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...langs.map((l) => path.join(dir, `minutes-${l}.docx`))], {
      stdio: 'ignore',
      timeout: 150_000,
    });
    for (const lang of langs) {
      const pages = execFileSync('pdftotext', ['-layout', path.join(dir, `minutes-${lang}.pdf`), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
      expect(pages.length, lang).toBeGreaterThan(5);
      pages.forEach((page, k) => {
        const lines = page.split('\n').map((l) => l.trim()).filter((l) => l !== '');
        // Page 2 on opens with its number, then the text.
        const top = k === 0 ? lines[0] : lines[1];
        expect(top, `${lang} page ${k + 1}`).not.toMatch(/^(Kết quả|Outcome): /);
        if (k < pages.length - 1) expect(lines.at(-1), `${lang} page ${k + 1}`).not.toMatch(/^\d+\.\d+\. /);
      });
    }
  }, 180_000);
});
