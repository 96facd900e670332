/**
 * What the hall screen shows, in one place: a new panel is one line here.
 *
 * - `liveContent`: automatic mode shows the FIRST provider whose `active(data)` is true, so
 *   the list is ordered most urgent first (the sitting suspended, an open vote, a question, a
 *   speech, the item).
 * - `modeContent`: the component of each mode the chair chooses.
 */
import type { Component } from 'svelte';
import type { State } from '../lib/live.svelte';
import type { HallMode } from '../../common/hall/model';
import AgendaOverview from './modes/AgendaOverview.svelte';
import NotStarted from './modes/NotStarted.svelte';
import SessionClosed from './modes/SessionClosed.svelte';
import SittingSuspended from './modes/SittingSuspended.svelte';
import AgendaPanel from './AgendaPanel.svelte';
import QuestionPanel from './QuestionPanel.svelte';
import SpeakerPanel from './SpeakerPanel.svelte';
import VoteChosen from './VoteChosen.svelte';
import VoteLive from './VoteLive.svelte';
import { hallShowsQuestions } from '../features/questions/questions';
import { freshAttendance, freshPersonnelResult, freshResult, personnelClosing, voteClosing, voteOpen } from './voteFirst';
import AttendancePanel from './AttendancePanel.svelte';
import MessageMode from './modes/MessageMode.svelte';
import EmblemMode from './modes/EmblemMode.svelte';
import PersonnelLive from './PersonnelLive.svelte';
import { hallPersonnel } from '../features/personnel/personnel';
import { sittingSuspended } from '../../common/timing/model';

export type HallContent = Component<{ data: State }>;

export interface LiveContent {
  id: string;
  /** True while this content is what the hall should follow. */
  active: (data: State) => boolean;
  component: HallContent;
}

/** The live item as the engine publishes it (one rule: engine/liveItem.ts). */
const liveItem = (d: State) => d.timing.items.find((i) => i.id === d.timing.liveItemId);
const itemLive = (d: State) => liveItem(d) !== undefined;
/**
 * Someone speaks, or people wait to speak on the item that is on, or on an item not yet timed
 * (a queue run without the agenda's clock). Not on an item the chair has finished or skipped:
 * the hall must not keep inviting its leftover requests.
 */
const speakersLive = (d: State) => {
  if (d.speakers.current !== null) return true;
  if (d.speakers.queue.length === 0) return false;
  const item = liveItem(d);
  if (item !== undefined) return item.id === d.speakers.itemId;
  const focus = d.timing.items.find((i) => i.id === d.speakers.itemId);
  return focus?.status !== 'finished' && focus?.status !== 'skipped';
};
const personnelOpen = (d: State) => hallPersonnel(d)?.status === 'open';
/**
 * A ballot under way (open, or closed and awaiting its result) or the roll call's report the chair
 * put up: shown even while the sitting is suspended, as delegates cannot vote on a screen that
 * hides the ballot, and a report put up that did not appear would leave the chair's Alt+A
 * offering "put up" with no sign of why.
 */
const ballotOrReport = (d: State) => voteOpen(d) || voteClosing(d) || personnelOpen(d) || personnelClosing(d) || freshAttendance(d);

/** Most urgent first: what the hall must see now, then what it may keep seeing. */
export const liveContent: LiveContent[] = [
  // The sitting suspended: that it is, over anything left on the floor when it stopped (a speaker's
  // frozen "TẠM DỪNG 7:00", a result from before), as the broadcast says (overlay/caption.ts); not
  // over what the hall must see to act or the chair put up on purpose (ballotOrReport).
  { id: 'suspended', active: (d) => sittingSuspended(d.sittings) && !ballotOrReport(d), component: SittingSuspended },
  { id: 'vote', active: voteOpen, component: VoteLive },
  // Closed, the vote stays up (without counts) until its result is announced.
  { id: 'vote', active: voteClosing, component: VoteLive },
  // A result just announced outranks the item and the queue that were already on.
  { id: 'result', active: freshResult, component: VoteLive },
  { id: 'personnel', active: personnelOpen, component: PersonnelLive },
  // Counted and closed, the ballot stays up (without figures) until its result is announced.
  { id: 'personnel', active: personnelClosing, component: PersonnelLive },
  // An election's or confidence vote's result, as a resolution's: over the item it belongs to.
  { id: 'personnelResult', active: freshPersonnelResult, component: PersonnelLive },
  // The roll call's report the chair put up: over the floor, as a result is, until the chair moves
  // on. A result announced after it is newer news and comes first; a ballot being held too.
  { id: 'attendance', active: freshAttendance, component: AttendancePanel },
  { id: 'question', active: hallShowsQuestions, component: QuestionPanel },
  { id: 'speaker', active: speakersLive, component: SpeakerPanel },
  { id: 'item', active: itemLive, component: AgendaPanel },
  // A result from before the chair moved on is not brought back when nothing runs (the
  // morning's vote at the end of the afternoon): the programme is shown instead.
  // Every sitting closed: the session is over (not the programme, with a break never timed left "to come").
  { id: 'closed', active: (d) => d.sittings.length > 0 && d.sittings.every((s) => s.status === 'closed'), component: SessionClosed },
  { id: 'agenda', active: (d) => d.sessions.currentId !== null && d.agenda.length > 0, component: AgendaOverview },
];

/** Shown in automatic mode when nothing is live: before the session has a programme. */
export const idleContent: HallContent = NotStarted;

export const modeContent: Record<Exclude<HallMode, 'auto' | 'blank'>, HallContent> = {
  agenda: AgendaOverview,
  speakers: SpeakerPanel,
  vote: VoteChosen,
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
