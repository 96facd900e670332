/**
 * `missing`: no file although Gavel has backups of it (raised by the keeper, which knows the
 * backups). `unwritable`: a whole database Gavel may not write to (a read-only disk, a folder
 * without write permission, a full disk), the file system's reason in `fsCode`.
 */
export type StoreErrorCode = 'not-sqlite' | 'not-gavel' | 'from-future' | 'damaged' | 'missing' | 'unwritable';

/** Raised when a file cannot be opened as a Gavel database; the file is left untouched. */
export class StoreOpenError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** For `from-future`: the schema the file was written with, for the sentence in each language. */
    readonly version?: number,
    /** For `unwritable`: the file system's error code (EROFS, EACCES, ENOSPC…). */
    readonly fsCode?: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}
