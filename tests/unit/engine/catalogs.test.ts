import { describe, expect, it } from 'vitest';
import { ENGINE_STRINGS, UI_STRINGS } from '../strings-files';

/**
 * Each domain's catalog is spread into one map, so a code defined twice would silently take
 * the later domain's sentence. Every error code must be defined in exactly one catalog.
 */
describe('error catalogs', () => {
  it('define each error code once across all domains', async () => {
    expect(Object.keys(ENGINE_STRINGS).length).toBeGreaterThanOrEqual(12);
    const owners = new Map<string, string[]>();
    for (const [file, mod] of Object.entries(ENGINE_STRINGS)) {
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
    expect(Object.keys(UI_STRINGS).length).toBeGreaterThan(15);
    const owners = new Map<string, string[]>();
    for (const [file, mod] of Object.entries(UI_STRINGS)) {
      if (file.endsWith('/vi.ts')) continue; // the foundation's Vietnamese half of en.ts
      for (const key of Object.keys(mod.en ?? {})) owners.set(key, [...(owners.get(key) ?? []), file]);
      if (mod.en && mod.vi) expect(Object.keys(mod.vi).sort(), file).toEqual(Object.keys(mod.en).sort());
    }
    const twice = [...owners].filter(([, files]) => files.length > 1);
    expect(twice).toEqual([]);
  });
});
