/** Client helpers for personnel votes, shared by the chair console and the hall screen. */
import type { State } from '../../lib/live.svelte';
import type { PersonnelView, Body, Honorific } from '../../../common/personnel/model';
import type { Delegate } from '../../../common/roster/model';

export type { PersonnelView };

export function sessionPersonnel(data: State): PersonnelView[] {
  return data.personnel.filter((v) => v.sessionId === data.sessions.currentId);
}

export type PersonnelStage = 'draft' | 'open' | 'closed' | 'announced';
export const personnelStage = (v: PersonnelView): PersonnelStage => (v.status === 'closed' && v.announcedAt !== null ? 'announced' : v.status);

/**
 * What the hall follows: the latest personnel vote started in this session while it is
 * counted, and its results once announced (nothing between close and announcement).
 */
export function hallPersonnel(data: State): PersonnelView | null {
  const started = sessionPersonnel(data).filter((v) => v.openedAt !== null);
  const latest = started.sort((a, b) => b.openedAt! - a.openedAt! || b.id - a.id)[0];
  if (!latest) return null;
  return latest.status === 'open' || latest.announcedAt !== null ? latest : null;
}

/** A first guess the secretary can change: officials of the people's committee and its departments. */
export function guessBody(d: Pick<Delegate, 'title' | 'agency'>): Body {
  return /ủy ban|uỷ ban|ubnd|sở |giám đốc|people's committee/i.test(`${d.title} ${d.agency}`) ? 'committee' : 'council';
}

/** A first guess from the middle name ("Thị" is a woman's), to be checked by the secretary. */
export function guessHonorific(fullName: string): Honorific {
  return /(^|\s)thị(\s|$)/i.test(fullName) ? 'ms' : 'mr';
}
