/**
 * Limits typed once: the engine's zod schemas, the import previews (which check a file before
 * anything is sent), the forms' inputs and the sentences that name a limit all read them here,
 * so a limit changed once is changed everywhere.
 */

/** One agenda item. */
export const AGENDA_LIMITS = {
  /** Characters of an item's title. */
  title: 500,
  /** Characters of the presenter's name and office. */
  presenter: 200,
  /** Ten hours: no single agenda item of a council session is planned longer. */
  plannedMinutes: 600,
} as const;

/** The council's rules of procedure (nội quy). */
export const RULES_LIMITS = {
  /** Seconds of a speaking limit (a speech, a question, an answer): one hour. */
  speakingSeconds: 3600,
  /** Seconds before the planned end at which a timer turns amber. */
  warnSeconds: 3600,
  /** The largest number on either side of the quorum's fraction. */
  quorumTerm: 100,
} as const;

/** One delegate on the roster. */
export const ROSTER_LIMITS = {
  /** Characters of a full name. */
  fullName: 120,
  /** The highest seat number. */
  seatNumber: 9999,
} as const;

/** The broadcast overlay's lower third. */
export const OVERLAY_LIMITS = {
  /** Characters of the chair's typed caption: on air whole, in two lines (capitals too), in a smaller type than a title's. */
  caption: 120,
} as const;

/** While a sitting is open, a backup this often (minutes). */
export const PERIODIC_BACKUP_MINUTES = 10;

/**
 * The largest copy the Backups panel takes to restore from a file, in MB: a year of a province's
 * sessions is a few tens of MB; a file larger is not a Gavel backup, and is refused before it is
 * read whole (the server writes what it receives to a temporary file).
 */
export const BACKUP_UPLOAD_MAX_MB = 256;
