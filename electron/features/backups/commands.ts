/**
 * A restore in the journal. Restoring a backup replaces the database, so it cannot be a command
 * of the database it replaces: the keeper (keeper.ts) and the terminal (cli.ts) run this one,
 * through journalRestore (restored.ts), on the restored database as soon as it is open, so the
 * Activity view says what was restored, when and by which console, and that the entries before
 * it come from the backup.
 */
import { z } from 'zod';
import { defineCommand } from '../../engine/define';
import { BACKUP_REASONS } from './store';
import { HELD_TIMERS } from '../../../common/backups/held';

/** A backup's file name, as listBackups gives it. */
const backupName = z.string().min(1).max(200);

export const backupCommands = {
  'backup.restored': defineCommand({
    schema: z.strictObject({
      name: backupName,
      /** When the backup was written, epoch ms. */
      takenAt: z.int().min(0),
      /** Why it was written, as the Backups panel lists it. */
      reason: z.enum(BACKUP_REASONS),
      /** The backup of what was there before (reason `before-restore`), to undo the restore from the panel; null if it could not be taken. */
      beforeRestore: backupName.nullable(),
      /**
       * The timers running in the backup that the restore paused at what they had run (restore.ts
       * holdTimers): which, whose, how long. The journal line lists them, so the chair reading it
       * later knows why the clocks stood still. Rows written before it read as none.
       */
      held: z
        .array(z.strictObject({ timer: z.enum(HELD_TIMERS), name: z.string().max(600), ranMs: z.int().min(0) }))
        .max(100)
        .default([]),
    }),
    // Named if a restore ever wrote a wrong one (the server writes it; no console does).
    fields: { en: { timer: 'Timer paused' }, vi: { timer: 'Đồng hồ tạm dừng' } },
    slices: [],
    // Nothing to change: the restored rows are the change; the journal row is the record.
    run() {},
  }),
};
