import type { Db } from './db';

/** Key/value settings stored as JSON text; callers own the shape of each key. */
export function getSetting<T>(db: Db, key: string): T | undefined {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(key) as { value: string } | undefined;
  return row ? (JSON.parse(row.value) as T) : undefined;
}

export function setSetting(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value),
  );
}

export function deleteSetting(db: Db, key: string): void {
  db.prepare('DELETE FROM setting WHERE key = ?').run(key);
}
