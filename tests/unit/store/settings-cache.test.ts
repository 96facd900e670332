import { describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/store/db';
import { getSetting, setSetting, withSettingsCache } from '../../../electron/store/settings';

describe('settings read cache (one command at a time)', () => {
  it('serves repeated reads inside a command, writes through, and is dropped with a rolled-back transaction', () => {
    const db = openStore(':memory:');
    setSetting(db, 'focus', 1);
    const attempt = db.transaction(() => {
      expect(getSetting(db, 'focus')).toBe(1);
      setSetting(db, 'focus', 2);
      expect(getSetting(db, 'focus')).toBe(2); // write-through: the command sees its own change
      throw new Error('refused after writing');
    });
    expect(() => withSettingsCache(db, attempt)).toThrow('refused after writing');
    // The rollback undid the write; a later command must not be served the cached 2.
    expect(withSettingsCache(db, () => getSetting(db, 'focus'))).toBe(1);
  });

  it('caches nothing outside a command: a write by plain SQL is seen at once', () => {
    const db = openStore(':memory:');
    setSetting(db, 'rules', { a: 1 });
    expect(getSetting(db, 'rules')).toEqual({ a: 1 });
    db.prepare("UPDATE setting SET value = '{\"a\":2}' WHERE key = 'rules'").run();
    expect(getSetting(db, 'rules')).toEqual({ a: 2 });
  });

  it('reads a setting once per command however often it is asked', () => {
    const db = openStore(':memory:');
    setSetting(db, 'current_session_id', 7);
    let reads = 0;
    const prepare = db.prepare.bind(db);
    db.prepare = ((sql: string) => {
      if (sql.includes('FROM setting')) reads++;
      return prepare(sql);
    }) as typeof db.prepare;
    withSettingsCache(db, () => {
      for (let i = 0; i < 5; i++) expect(getSetting(db, 'current_session_id')).toBe(7);
      expect(getSetting(db, 'missing')).toBeUndefined();
      expect(getSetting(db, 'missing')).toBeUndefined();
    });
    expect(reads).toBe(2);
  });
});
