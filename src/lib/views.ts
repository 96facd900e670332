/** The console's views and their keys, in nav order: the nav, the layout check and the screenshots read this list. */
import type { MessageKey } from './i18n.svelte';

export const VIEW_IDS = ['setup', 'roster', 'agenda', 'attendance', 'live', 'speakers', 'questions', 'votes', 'hall', 'minutes', 'review', 'personnel', 'activity'] as const;
export type View = (typeof VIEW_IDS)[number];

export const VIEWS: { id: View; label: MessageKey; keys: string }[] = [
  { id: 'setup', label: 'nav.setup', keys: 'Alt+1' },
  { id: 'roster', label: 'nav.roster', keys: 'Alt+2' },
  { id: 'agenda', label: 'nav.agenda', keys: 'Alt+3' },
  { id: 'attendance', label: 'nav.attendance', keys: 'Alt+4' },
  { id: 'live', label: 'nav.live', keys: 'Alt+5' },
  { id: 'speakers', label: 'nav.speakers', keys: 'Alt+6' },
  { id: 'questions', label: 'nav.questions', keys: 'Alt+7' },
  { id: 'votes', label: 'nav.votes', keys: 'Alt+8' },
  { id: 'hall', label: 'nav.hallScreen', keys: 'Alt+9' },
  { id: 'minutes', label: 'nav.minutes', keys: 'Alt+M' },
  { id: 'review', label: 'nav.review', keys: 'Alt+R' },
  { id: 'personnel', label: 'nav.personnel', keys: 'Alt+P' },
  { id: 'activity', label: 'nav.activity', keys: 'Alt+J' },
];
