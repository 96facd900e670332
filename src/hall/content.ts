/**
 * What the hall screen shows, in one place the integrator extends with one line per panel.
 *
 * - `liveContent`: automatic mode shows the FIRST provider whose `active(data)` is true, so
 *   the list is ordered most urgent first (a vote result, a question, a speech, the item).
 *   Add a panel as `{ id: 'vote', active: (d) => ..., component: VotePanel },` above the
 *   agenda line.
 * - `modeContent`: the component of each mode the chair chooses; the placeholders of the
 *   speaker queue and of a past vote are replaced here by the real panels.
 */
import type { Component } from 'svelte';
import type { State } from '../lib/live.svelte';
import type { HallMode } from '../../electron/store/hall';
import AgendaOverview from './modes/AgendaOverview.svelte';
import NotStarted from './modes/NotStarted.svelte';
import SpeakersPlaceholder from './modes/SpeakersPlaceholder.svelte';
import VotePlaceholder from './modes/VotePlaceholder.svelte';
import MessageMode from './modes/MessageMode.svelte';
import EmblemMode from './modes/EmblemMode.svelte';

export type HallContent = Component<{ data: State }>;

export interface LiveContent {
  id: string;
  /** True while this content is what the hall should follow. */
  active: (data: State) => boolean;
  component: HallContent;
}

export const liveContent: LiveContent[] = [
  { id: 'agenda', active: (d) => d.sessions.currentId !== null && d.agenda.length > 0, component: AgendaOverview },
];

/** Shown in automatic mode when nothing is live: before the session has a programme. */
export const idleContent: HallContent = NotStarted;

export const modeContent: Record<Exclude<HallMode, 'auto' | 'blank'>, HallContent> = {
  agenda: AgendaOverview,
  speakers: SpeakersPlaceholder,
  vote: VotePlaceholder,
  message: MessageMode,
  emblem: EmblemMode,
};

/** The content the hall shows now, or null for a blank screen. */
export function contentFor(data: State): { id: string; component: HallContent } | null {
  const mode = data.hall.mode;
  if (mode === 'blank') return null;
  if (mode !== 'auto') return { id: mode, component: modeContent[mode] };
  const live = liveContent.find((c) => c.active(data));
  return live ? { id: `auto:${live.id}`, component: live.component } : { id: 'auto:idle', component: idleContent };
}
