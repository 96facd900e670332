import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Svelte drops the whitespace at the start of a block, so `{#if x} · {y}` renders "a· b" and
 * `{#if x} <span>` glues the span to the word before ("2027(round 2)", "term IV· Kỳ họp").
 * A space that must show is written `{' · '}` or `{' '}`.
 */
function svelteFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? svelteFiles(p) : e.name.endsWith('.svelte') ? [p] : [];
  });
}

describe('spaces the page must show', () => {
  it('no inline {#if} block starts with a space Svelte would drop', () => {
    const root = path.join(__dirname, '../../src');
    const found = svelteFiles(root).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\{#if [^}]*\} +(?:[^\s{<]|<(?:span|b|strong|em|i)\b)/.test(line) ? [`${path.relative(root, file)}:${i + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
