/**
 * The one way tests print a document as a reader gets it: LibreOffice turns the DOCX files into
 * PDF (one soffice run for all of them, with a profile of its own so runs never share one), and
 * pdftotext gives each page's text. `hasOffice` says whether this machine can (.ci/run installs
 * libreoffice-writer-nogui, poppler-utils and fonts-liberation2).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { readDocx } from './docx';
import { tempDir } from './unit/helpers';

export const hasOffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

/**
 * Each named DOCX printed, as its pages' text (`pdftotext -layout`, one string per page). `dir`
 * keeps the PDFs where a test (or a person) wants to look at them.
 */
export function printedPages<K extends string>(docs: Record<K, Uint8Array>, dir = tempDir()): Record<K, string[]> {
  const names = Object.keys(docs) as K[];
  for (const name of names) fs.writeFileSync(path.join(dir, `${name}.docx`), docs[name]);
  execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...names.map((n) => path.join(dir, `${n}.docx`))], {
    stdio: 'ignore',
    timeout: 150_000,
  });
  const pages = (name: K) => execFileSync('pdftotext', ['-layout', path.join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
  return Object.fromEntries(names.map((n) => [n, pages(n)])) as Record<K, string[]>;
}

/** Word's keep-with-next on the paragraph (`<w:keepNext/>`; the writer spells the default `w:val="false"`). */
export const kept = (d: ReturnType<typeof readDocx>, p: { el: Element }) => d.all(p.el, 'keepNext').some((k) => !['false', '0'].includes(d.attr(k, 'val') ?? 'true'));
