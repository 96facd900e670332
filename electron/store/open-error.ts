export type StoreErrorCode = 'not-sqlite' | 'not-gavel' | 'from-future' | 'damaged';

/** Raised when a file cannot be opened as a Gavel database; the file is left untouched. */
export class StoreOpenError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreOpenError';
  }
}
