import type { Db } from '../../store/db';
import { getEmblemDataUrl, getHall, readOverlay } from './store';

/** The hall screen's slices: small `hall` (republished on every switch) and the emblem apart. */
export const hallSlices = {
  hall: getHall,
  hallEmblem: (db: Db) => ({ dataUrl: getEmblemDataUrl(db) }),
};

/** The broadcast overlay's settings (/overlay). */
export const overlaySlices = { overlay: readOverlay };
