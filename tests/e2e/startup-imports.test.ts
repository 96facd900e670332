/**
 * What the built server and desktop app load before they can answer: the document writers
 * (DOCX, XLSX, CSV, charts) are loaded when a document is first written, never at start, where
 * each costs tens of milliseconds of a chair's cold start. Reads the build's static imports
 * (`import … from "…"`, not `import("…")`), following the app's own chunks.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SERVE_JS } from './harness';

const MAIN_DIR = path.dirname(SERVE_JS);
const WRITERS = ['docx', 'write-excel-file', 'fflate', 'papaparse', 'echarts', '@resvg/resvg-js'];

/** Every package the entry loads statically, through the app's chunks. */
function staticPackages(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(file, 'utf8');
    for (const m of code.matchAll(/^import\s+(?:[^;'"]*?\s+from\s+)?"([^"]+)";?$/gm)) {
      const spec = m[1];
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
    }
  };
  visit(entry);
  return packages;
}

describe('start-up imports of the build', () => {
  for (const entry of ['serve.js', 'index.js']) {
    it(`${entry} loads no document writer at start`, () => {
      const file = path.join(MAIN_DIR, entry);
      expect(fs.existsSync(file), `${file} is missing: run npm run build`).toBe(true);
      const loaded = staticPackages(file);
      expect(loaded.has('better-sqlite3'), 'the walk follows the chunks to the store').toBe(true);
      expect([...loaded].filter((p) => WRITERS.includes(p))).toEqual([]);
    });
  }
});
