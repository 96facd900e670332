import type { AgendaItem } from '../../common/agenda/model';

/**
 * Kinds that someone presents (a report, a submission, the opening speech…). Discussion,
 * questioning, votes, elections and breaks are chaired, not presented: the hall names no
 * presenter for them even when the programme put "Chủ tọa" in that column.
 */
const CHAIRED = new Set(['discussion', 'questioning', 'vote', 'election', 'break']);

export const presenterOf = (item: Pick<AgendaItem, 'kind' | 'presenter'>): string => (CHAIRED.has(item.kind) ? '' : item.presenter);
