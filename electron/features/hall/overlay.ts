/**
 * The broadcast overlay (/overlay): a lower third for a mixer's browser source. What it
 * shows follows the live state; the chair only turns it on or off, chooses what it follows,
 * types a caption, and picks a key colour for mixers without alpha. Kept as one setting.
 */
import { z } from 'zod';
import type { Db } from '../../store/db';
import { getSetting, setSetting } from '../../store/settings';
import { defineCommand } from '../../engine/define';

/** auto: the most urgent live thing (vote, question, speaker, item); the others pin one kind. */
export const OVERLAY_FOLLOWS = ['auto', 'speaker', 'item', 'vote', 'caption'] as const;
export type OverlayFollow = (typeof OVERLAY_FOLLOWS)[number];
/** Key colours a mixer can key out: none (transparent), green, blue, magenta. */
export const OVERLAY_KEYS = ['none', '#00b140', '#0047bb', '#ff00ff'] as const;

export interface Overlay {
  visible: boolean;
  follow: OverlayFollow;
  caption: string;
  key: (typeof OVERLAY_KEYS)[number];
}

const KEY = 'overlay';
const DEFAULT: Overlay = { visible: false, follow: 'auto', caption: '', key: 'none' };

export function readOverlay(db: Db): Overlay {
  return { ...DEFAULT, ...getSetting<Partial<Overlay>>(db, KEY) };
}

export const overlaySlices = { overlay: readOverlay };

export const overlayCommands = {
  /** Changes any of the overlay's settings; the rest stay as they are. */
  'overlay.set': defineCommand({
    schema: z.strictObject({
      visible: z.boolean().optional(),
      follow: z.enum(OVERLAY_FOLLOWS).optional(),
      caption: z.string().trim().max(120).optional(),
      key: z.enum(OVERLAY_KEYS).optional(),
    }),
    slices: ['overlay'],
    run({ db }, changes) {
      const next = { ...readOverlay(db) };
      for (const [k, v] of Object.entries(changes)) if (v !== undefined) (next as Record<string, unknown>)[k] = v;
      setSetting(db, KEY, next);
    },
  }),
};
