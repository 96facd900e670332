/** `missing`: no file although Gavel has backups of it (raised by the keeper, which knows the backups). */
export type StoreErrorCode = 'not-sqlite' | 'not-gavel' | 'from-future' | 'damaged' | 'missing';

/** Raised when a file cannot be opened as a Gavel database; the file is left untouched. */
export class StoreOpenError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** For `from-future`: the schema the file was written with, for the sentence in each language. */
    readonly version?: number,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}
