/**
 * Documents read as the office reads them: printed by LibreOffice (its pages break as Word's with
 * Liberation's fonts) and read back page by page with pdftotext. Shared by the page-layout tests.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { readDocx } from '../../docx';
import { tempDir } from '../helpers';

/** soffice and pdftotext are both installed (.ci/run installs them); the printed tests are skipped where not. */
export const hasOffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

/** Prints each DOCX, by name, in one LibreOffice run; each one's pages as pdftotext -layout reads them. */
export function printedPages<N extends string>(docs: Record<N, Uint8Array>): Record<N, string[]> {
  const dir = tempDir();
  const names = Object.keys(docs) as N[];
  for (const name of names) fs.writeFileSync(path.join(dir, `${name}.docx`), docs[name]);
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => path.join(dir, `${n}.docx`))], {
    stdio: 'ignore',
    timeout: 150_000,
  });
  // pdftotext ends every page with a form feed: the last piece is empty.
  const pagesOf = (name: N) => execFileSync('pdftotext', ['-layout', path.join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  return Object.fromEntries(names.map((n) => [n, pagesOf(n)])) as Record<N, string[]>;
}

/** Word's keep-with-next on the paragraph (`<w:keepNext/>`; the writer spells the default `w:val="false"`). */
export const kept = (d: ReturnType<typeof readDocx>, p: { el: Element }) => d.all(p.el, 'keepNext').some((k) => !['false', '0'].includes(d.attr(k, 'val') ?? 'true'));
