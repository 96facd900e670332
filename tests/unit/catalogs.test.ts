import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Each domain's catalog is spread into one map, so a code defined twice would silently take
 * the later domain's sentence. Every error code must be defined in exactly one catalog.
 */
describe('error catalogs', () => {
  it('define each error code once across all domains', async () => {
    const dir = path.resolve(__dirname, '../../electron/engine/catalog');
    const owners = new Map<string, string[]>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const mod = (await import(path.join(dir, file))) as Record<string, Record<string, unknown>>;
      for (const [name, catalog] of Object.entries(mod)) {
        if (!name.endsWith('Errors')) continue;
        for (const code of Object.keys(catalog)) owners.set(code, [...(owners.get(code) ?? []), file]);
      }
    }
    const twice = [...owners].filter(([, files]) => files.length > 1);
    expect(twice).toEqual([]);
  });
});

/** The same for the UI's dictionaries: a key owned by two domains would show one domain's text in the other's screen. */
describe('UI dictionaries', () => {
  it('define each key once across all domains, in both languages', async () => {
    const dir = path.resolve(__dirname, '../../src/lib/i18n');
    const owners = new Map<string, string[]>();
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
      const mod = (await import(path.join(dir, file))) as { en?: Record<string, string>; vi?: Record<string, string> };
      if (file === 'vi.ts') continue; // the foundation's Vietnamese half of en.ts
      for (const key of Object.keys(mod.en ?? {})) owners.set(key, [...(owners.get(key) ?? []), file]);
      if (mod.en && mod.vi) expect(Object.keys(mod.vi).sort(), file).toEqual(Object.keys(mod.en).sort());
    }
    const twice = [...owners].filter(([, files]) => files.length > 1);
    expect(twice).toEqual([]);
  });
});
