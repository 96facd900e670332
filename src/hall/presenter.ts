import type { AgendaItem } from '../../common/agenda/model';
import { keepDash } from '../../common/strings';

/**
 * Kinds that someone presents (a report, a submission, the opening speech…). Discussion,
 * questioning, votes, elections and breaks are chaired, not presented: the hall names no
 * presenter for them even when the programme put "Chủ tọa" in that column. A dash in the
 * presenter's title stays with the word before it (keepDash), as the hall's titles do.
 */
const CHAIRED = new Set(['discussion', 'questioning', 'vote', 'election', 'break']);

export const presenterOf = (item: Pick<AgendaItem, 'kind' | 'presenter'>): string => (CHAIRED.has(item.kind) ? '' : keepDash(item.presenter));
