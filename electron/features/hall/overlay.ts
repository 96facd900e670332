/**
 * The broadcast overlay (/overlay): a lower third for a mixer's browser source. What it
 * shows follows the live state; the chair only turns it on or off, chooses what it follows,
 * types a caption, and picks a key colour for mixers without alpha. Kept as one setting.
 */
import { z } from 'zod';
import { readOverlay, saveOverlay } from './store';
import { defineCommand } from '../../engine/define';
import { OVERLAY_FOLLOWS, OVERLAY_KEYS } from '../../../common/hall/model';
import { OVERLAY_LIMITS } from '../../../common/limits';
import { overlayFields } from './strings';


export const overlayCommands = {
  /** Changes any of the overlay's settings; the rest stay as they are. */
  'overlay.set': defineCommand({
    schema: z.strictObject({
      visible: z.boolean().optional(),
      follow: z.enum(OVERLAY_FOLLOWS).optional(),
      caption: z.string().trim().max(OVERLAY_LIMITS.caption).optional(),
      key: z.enum(OVERLAY_KEYS).optional(),
    }),
    fields: overlayFields,
    slices: ['overlay'],
    run({ db, now }, changes) {
      const before = readOverlay(db);
      const next = { ...before };
      for (const [k, v] of Object.entries(changes)) if (v !== undefined) (next as Record<string, unknown>)[k] = v;
      // When it was typed: on automatic, a caption is news only until the chair moves on (src/overlay/caption.ts).
      if (next.caption !== before.caption) next.captionAt = now;
      saveOverlay(db, next);
    },
  }),
};
