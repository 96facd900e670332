import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The browser's own question froze the page (what other consoles did meanwhile came in only once
 * answered), spoke the browser's language on its buttons and put the keyboard on OK. The console
 * asks in the page instead, one way (src/lib/ask.ts): no `confirm(` anywhere in the renderer, not
 * even in a comment, so the next one is caught before it ships.
 */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(svelte|ts|js|html)$/.test(e.name) ? [p] : [];
  });
}

describe('asking before a step', () => {
  it('never calls the browser’s confirm() in src/', () => {
    const root = path.join(__dirname, '../../src');
    const found = sources(root).flatMap((file) =>
      fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\bconfirm\s*\(/.test(line) ? [`${path.relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });
});
