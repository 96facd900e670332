import type { Db } from '../store/db';
import { listAgenda, type AgendaItem } from '../store/agenda';
import { getCouncil, type Council } from '../store/council';
import { listDelegates, type Delegate } from '../store/delegates';
import { getCurrentSessionId, listSessions, type Session } from '../store/sessions';

/**
 * The published state: everything a screen shows is a function of this. It is built
 * in slices so that a command republishes only the slices it touched.
 */
export interface State {
  revision: number;
  council: Council | null;
  sessions: { list: Session[]; currentId: number | null };
  delegates: Delegate[];
  agenda: AgendaItem[];
}

export type SliceName = Exclude<keyof State, 'revision'>;

type SliceBuilders = { [K in SliceName]: (db: Db) => State[K] };

export const sliceBuilders: SliceBuilders = {
  council: getCouncil,
  sessions: (db) => ({ list: listSessions(db), currentId: getCurrentSessionId(db) }),
  delegates: listDelegates,
  agenda: (db) => {
    const sessionId = getCurrentSessionId(db);
    return sessionId === null ? [] : listAgenda(db, sessionId);
  },
};

export const SLICE_NAMES = Object.keys(sliceBuilders) as SliceName[];

/** A published change: the new revision and the slices that changed (all of them on connect). */
export interface StateUpdate {
  revision: number;
  /** Engine clock at publication, epoch ms: screens measure their offset from it. */
  serverTime: number;
  slices: Partial<Omit<State, 'revision'>>;
}
