import type Database from 'better-sqlite3';
import { APPLICATION_ID, LATEST_VERSION, migrations } from './migrations/index';
import { StoreOpenError } from './open-error';

/** Applies every pending migration in one transaction and records the version reached. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > LATEST_VERSION) {
    throw new StoreOpenError('from-future', `The database has schema ${current}; this Gavel knows up to ${LATEST_VERSION}.`, current);
  }
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  // foreign_keys cannot change inside a transaction, so a rebuilding step turns it off around it.
  const rebuilds = pending.some((m) => m.rebuildsTables) && (db.pragma('foreign_keys', { simple: true }) as number) === 1;
  if (rebuilds) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const step of pending) {
        db.exec(step.up);
        step.data?.(db);
      }
      if (rebuilds && (db.pragma('foreign_key_check') as unknown[]).length > 0) throw new Error('A migration broke a foreign key; nothing was changed.');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${LATEST_VERSION}`);
    })();
  } finally {
    if (rebuilds) db.pragma('foreign_keys = ON');
  }
}
