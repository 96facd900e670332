/** auto: the most urgent live thing (vote, question, speaker, item); the others pin one kind. */
export const OVERLAY_FOLLOWS = ['auto', 'speaker', 'item', 'vote', 'caption'] as const;

export type OverlayFollow = (typeof OVERLAY_FOLLOWS)[number];

/** Key colours a mixer can key out: none (transparent), green, blue, magenta. */
export const OVERLAY_KEYS = ['none', '#00b140', '#0047bb', '#ff00ff'] as const;

export interface Overlay {
  visible: boolean;
  follow: OverlayFollow;
  caption: string;
  /** When the caption was last changed (engine clock, epoch ms); null: never since this was kept. */
  captionAt: number | null;
  key: (typeof OVERLAY_KEYS)[number];
}

export const HALL_MODES = ['auto', 'agenda', 'speakers', 'vote', 'message', 'emblem', 'blank'] as const;

export type HallMode = (typeof HALL_MODES)[number];

export type HallTheme = 'dark' | 'light';

/** A countdown shown under the chair's message (a break, a recess): timer data, not ticks. */
export interface HallCountdown {
  startedAt: number | null;
  accumulatedMs: number;
  limitMs: number;
}

export interface HallAttendance {
  at: number;
  rollCallId: number;
}

export interface HallScreen {
  mode: HallMode;
  /** The past vote shown in mode 'vote'. */
  voteId: number | null;
  message: string;
  countdown: HallCountdown | null;
  theme: HallTheme;
  /** When the chair last chose a mode, epoch ms: a result announced before it has been moved past. */
  modeSetAt: number;
  /** During a question, the hall also shows its text (the chair's choice). */
  showQuestionText: boolean;
  /**
   * The roll call's report the chair put up: when (epoch ms) and which roll call, or null. In
   * automatic mode the hall shows it, as an announced result, until the chair moves on, takes it
   * down, or another roll call (another sitting's, another session's) becomes the current one.
   */
  attendance: HallAttendance | null;
}

/** Largest emblem kept: it travels to every screen in the state, so it stays small. */
export const EMBLEM_MAX_BYTES = 256 * 1024;
