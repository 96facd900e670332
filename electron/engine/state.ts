import type { Db } from '../store/db';
import { listAgenda } from '../store/agenda';
import { getCouncil } from '../store/council';
import { listDelegates } from '../store/delegates';
import { getCurrentSessionId, listSessions } from '../store/sessions';
import { readRules } from './rules';
import { questionSlices } from './slices/questions';
import { voteSlices } from './votes/slice';
import { agendaLiveSlices } from './slices/agendaLive';
import { rosterSlices } from './slices/roster';
import { hallSlices } from './commands/hall';
import { deviceSlices } from './commands/devices';
import { overlaySlices } from './commands/overlay';

/** Slices of the foundation. Each later domain exports its own builders and is added below. */
const foundationSlices = {
  council: getCouncil,
  rules: readRules,
  sessions: (db: Db) => ({ list: listSessions(db), currentId: getCurrentSessionId(db) }),
  delegates: listDelegates,
  agenda: (db: Db) => {
    const sessionId = getCurrentSessionId(db);
    return sessionId === null ? [] : listAgenda(db, sessionId);
  },
};

/**
 * The published state is built in slices, so that a command republishes only the slices
 * it touched. Add a domain's builders to this spread; its slices join `State` by type.
 */
export const sliceBuilders = { ...foundationSlices, ...questionSlices, ...voteSlices, ...agendaLiveSlices, ...rosterSlices, ...hallSlices, ...deviceSlices, ...overlaySlices };

export type SliceName = keyof typeof sliceBuilders;

/** Everything a screen shows is a function of this. */
export type State = { revision: number } & { [K in SliceName]: ReturnType<(typeof sliceBuilders)[K]> };

export const SLICE_NAMES = Object.keys(sliceBuilders) as SliceName[];

/** A published change: the new revision and the slices that changed (all of them on connect). */
export interface StateUpdate {
  revision: number;
  /** Engine clock at publication, epoch ms: screens measure their offset from it. */
  serverTime: number;
  slices: Partial<Omit<State, 'revision'>>;
}
