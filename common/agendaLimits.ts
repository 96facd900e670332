/**
 * The limits of one agenda item, in one place: the engine's zod schemas, the import preview
 * (which checks a programme file before anything is sent) and the agenda form's inputs all read
 * them here, so a limit changed once is changed everywhere.
 */
export const AGENDA_LIMITS = {
  /** Characters of an item's title. */
  title: 500,
  /** Characters of the presenter's name and office. */
  presenter: 200,
  /** Ten hours: no single agenda item of a council session is planned longer. */
  plannedMinutes: 600,
} as const;
