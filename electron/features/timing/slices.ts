import type { Db } from '../../store/db';
import { listSittings, listTimings } from './store';
import { getCurrentSessionId } from '../council/sessions';
import { liveItemOf } from '../../../common/timing/liveItem';

/** Sittings of the current session, each with its own clock. */
export const agendaLiveSlices = {
  sittings: (db: Db) => {
    const sessionId = getCurrentSessionId(db);
    return sessionId === null ? [] : listSittings(db, sessionId);
  },
  /** Item timers and structure (join with `agenda` by id). */
  timing: (db: Db) => {
    const sessionId = getCurrentSessionId(db);
    // Each item's first and latest run segments only, as getLiveTiming reads them for a patch.
    const items = sessionId === null ? [] : listTimings(db, sessionId).map((t) => ({ ...t, segments: t.segments.length > 2 ? [t.segments[0], t.segments.at(-1)!] : t.segments }));
    return { items, /** The live item, by the one rule (engine/liveItem.ts). */ liveItemId: liveItemOf(items) };
  },
};
