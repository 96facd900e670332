export const SPEECH_KINDS = ['speech', 'secondSpeech', 'debateReply', 'pointOfOrder', 'explanation'] as const;

export type SpeechKind = (typeof SPEECH_KINDS)[number];

export type SpeechStatus = 'queued' | 'called' | 'speaking' | 'done' | 'withdrawn';

/** A request at the rostrum (called, or speaking): the floor, shown whatever item the Speakers view has chosen. */
export const AT_ROSTRUM: ReadonlySet<string> = new Set<SpeechStatus>(['called', 'speaking']);

export interface Speech {
  id: number;
  agendaItemId: number;
  delegateId: number;
  kind: SpeechKind;
  note: string;
  status: SpeechStatus;
  position: number;
  requestedAt: number;
  /** The kind's limit when called, ms; extra time is kept apart so the record shows both. */
  limitMs: number;
  extraMs: number;
  /** Timer as data (common/timing/timer.ts). */
  startedAt: number | null;
  accumulatedMs: number;
  pauses: number;
  firstStartedAt: number | null;
  finishedAt: number | null;
  /** When the chair last called this speaker to the floor (the hall follows the latest move). */
  calledAt: number | null;
}

/** What the post-session review needs of a speech that used the floor. */
export type FloorSpeech = Pick<Speech, 'id' | 'agendaItemId' | 'delegateId' | 'kind' | 'limitMs' | 'extraMs' | 'startedAt' | 'accumulatedMs'>;

/**
 * The kinds a new request of `kind` would duplicate on an item: one waiting speech (or second
 * speech) per person, and one of each other kind. The engine refuses a duplicate; the console's
 * picker shows such people as already queued.
 */
export const duplicateKinds = (kind: SpeechKind): readonly SpeechKind[] =>
  kind === 'speech' || kind === 'secondSpeech' ? ['speech', 'secondSpeech'] : [kind];
