/**
 * The UI's dictionaries are joined by spread (src/lib/i18n/index.ts), so a key defined by two
 * features would silently take the later one's words. Every key belongs to one file, and every
 * file has both languages for each of its keys.
 */
import { describe, expect, it } from 'vitest';
import { UI_STRINGS } from '../strings-files';


describe('UI dictionaries', () => {
  it('define each key in one feature file only, in both languages', async () => {
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    for (const [file, mod] of Object.entries(UI_STRINGS)) {
      if (!mod.en || !mod.vi) continue;
      expect(Object.keys(mod.vi).sort(), file).toEqual(Object.keys(mod.en).sort());
      for (const key of Object.keys(mod.en)) {
        if (owner.has(key)) collisions.push(`${key}: ${owner.get(key)} and ${file}`);
        owner.set(key, file);
      }
    }
    expect(collisions).toEqual([]);
  });
});
