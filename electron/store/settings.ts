import type Database from 'better-sqlite3';

/** The store's connection (as db.ts names it), taken from better-sqlite3 so open-mark.ts, which db.ts opens with, can write settings without an import cycle. */
type Db = Database.Database;

/**
 * Settings read while one command runs and is published, by key (the stored JSON text, or
 * undefined when absent). A live command asks the same few settings (the current session,
 * the focus item, the rules) four to five times; each was a statement. The cache lives only
 * for one command (`withSettingsCache`), written through by setSetting/deleteSetting (the
 * only writers of the table), and is dropped when the command ends, committed or rolled
 * back, so it can never outlive a transaction it saw.
 */
const scoped = new WeakMap<Db, Map<string, string | undefined>>();

/** Runs `fn` (one command: its transaction and its publication) with settings reads cached. */
export function withSettingsCache<T>(db: Db, fn: () => T): T {
  if (scoped.has(db)) return fn();
  scoped.set(db, new Map());
  try {
    return fn();
  } finally {
    scoped.delete(db);
  }
}

/** A setting's stored JSON text (undefined when absent). */
export function getSettingText(db: Db, key: string): string | undefined {
  const cache = scoped.get(db);
  if (cache?.has(key)) return cache.get(key);
  const text = db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(key) as string | undefined;
  cache?.set(key, text);
  return text;
}

/** Key/value settings stored as JSON text; callers own the shape of each key. */
export function getSetting<T>(db: Db, key: string): T | undefined {
  const text = getSettingText(db, key);
  return text === undefined ? undefined : (JSON.parse(text) as T);
}

export function setSetting(db: Db, key: string, value: unknown): void {
  const text = JSON.stringify(value);
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, text);
  scoped.get(db)?.set(key, text);
}

export function deleteSetting(db: Db, key: string): void {
  db.prepare('DELETE FROM setting WHERE key = ?').run(key);
  scoped.get(db)?.set(key, undefined);
}
