/**
 * What the broadcast overlay shows, from the published state alone: the same facts as the
 * hall screen, reduced to one lower third. `auto` follows the most urgent live thing:
 * an open vote or a result just announced (first, as on the hall), a personnel ballot being
 * counted or its result just announced, the roll call's report while the hall shows it, a question or answer, the
 * current speaker, the chair's typed caption if typed since the chair last moved on, else the running item (a result
 * from before the chair moved on is not brought back on air). The sitting suspended, none of the
 * floor, whatever it is pinned to: that it is suspended, and when it resumes by the hall's countdown.
 */
import type { State } from '../lib/live.svelte';
import type { TimerState } from '../../common/timing/timer';
import { respondentPerson, delegateName, hallShowsQuestions, questionLimitMs, answerLimitMs } from '../features/questions/questions';
import { closedUnannounced, hallVote, type VoteView } from '../features/votes/votes';
import { freshAttendance, freshPersonnelResult, freshResult, movedOnAt, personnelClosing, voteClosing, voteOpen } from '../hall/voteFirst';
import { hallPersonnel, personnelAwaitingResult, type PersonnelView } from '../features/personnel/personnel';
import { personLine, speechLimitMs } from '../features/speakers/speakers';
import { keepDash } from '../../common/strings';
import { sittingSuspended, sittingUnderway } from '../../common/timing/model';
import { currentRow, joinRows, limitMs } from '../../common/timing/stats';

export type Caption =
  | { kind: 'speaker'; name: string; line: string; timer: TimerState; limitMs: number | null }
  | { kind: 'question'; followUp: boolean; asker: string; respondent: string; title: string; timer: TimerState; limitMs: number }
  | { kind: 'answer'; respondent: string; title: string; timer: TimerState; limitMs: number }
  | { kind: 'vote'; vote: VoteView }
  | { kind: 'personnel'; vote: PersonnelView }
  | { kind: 'attendance'; present: number; total: number; vacant: number; quorum: boolean }
  | { kind: 'item'; title: string }
  | { kind: 'break'; title: string; timer: TimerState; limitMs: number }
  /** The sitting suspended: the countdown the hall shows under the chair's message, or null (no planned end). */
  | { kind: 'suspended'; timer: TimerState | null; limitMs: number }
  | { kind: 'caption'; text: string };

function speaker(d: State): Caption | null {
  const current = d.speakers.current;
  const who = current && d.delegates.find((p) => p.id === current.delegateId);
  return current && who ? { kind: 'speaker', name: who.fullName, line: keepDash(personLine(who)), timer: current, limitMs: speechLimitMs(current) } : null;
}

function question(d: State): Caption | null {
  if (!hallShowsQuestions(d)) return null;
  const qs = d.questions;
  const live = qs.live!;
  if (live.kind === 'question') {
    const q = qs.list.find((x) => x.id === live.questionId);
    const who = q && respondentPerson(d, q.respondentId);
    return q && who ? { kind: 'question', followUp: q.parentId !== null, asker: delegateName(d, q.askerId), respondent: who.name, title: keepDash(who.title || who.agency), timer: q, limitMs: questionLimitMs(q) } : null;
  }
  const a = qs.answers.find((x) => x.id === live.answerId);
  const who = a && respondentPerson(d, a.respondentId);
  return a && who ? { kind: 'answer', respondent: who.name, title: keepDash(who.title || who.agency), timer: a, limitMs: answerLimitMs(a) } : null;
}

function vote(d: State): Caption | null {
  const v = hallVote(d) ?? closedUnannounced(d);
  return v ? { kind: 'vote', vote: v } : null;
}

/** An election or confidence vote being counted, awaiting its result, or its result just announced (as the hall follows it). */
function personnel(d: State): Caption | null {
  if (personnelClosing(d)) return { kind: 'personnel', vote: personnelAwaitingResult(d)! };
  const p = hallPersonnel(d);
  return p && (p.status === 'open' || freshPersonnelResult(d)) ? { kind: 'personnel', vote: p } : null;
}

/** The roll call's report while the hall shows it: present of the seats, and whether the sitting may proceed. */
function attendance(d: State): Caption | null {
  const a = d.attendance;
  return freshAttendance(d) ? { kind: 'attendance', present: a.present, total: a.totalSeats, vacant: a.vacant, quorum: a.quorum } : null;
}

/**
 * The live item as the engine publishes it (one rule: engine/liveItem.ts). The programme's break
 * with its clock: the hall counts it down (AgendaPanel.svelte), so the broadcast says when the
 * sitting resumes from the same row and the same limit, not a bare "Giải lao".
 */
function item(d: State): Caption | null {
  const row = currentRow(joinRows(d.agenda, d.timing.items), d.timing.liveItemId);
  if (!row) return null;
  const limit = limitMs(row);
  if (row.item.kind === 'break' && limit > 0) return { kind: 'break', title: row.item.title, timer: row.timing, limitMs: limit };
  return { kind: 'item', title: row.item.title };
}

/**
 * When a running break ends, as the hall reads a time of day: "9 giờ 45", "10 giờ" / "9:45", to the nearest
 * minute of the engine's clock (`endsAt`, epoch ms) in this computer's local time.
 */
export function resumeClock(endsAt: number, lang: 'vi' | 'en'): string {
  const d = new Date(Math.round(endsAt / 60_000) * 60_000);
  const [h, m] = [d.getHours(), String(d.getMinutes()).padStart(2, '0')];
  if (lang === 'en') return `${h}:${m}`;
  return m === '00' ? `${h} giờ` : `${h} giờ ${m}`;
}

function typed(d: State): Caption | null {
  return d.overlay.caption ? { kind: 'caption', text: d.overlay.caption } : null;
}

/**
 * On automatic, the typed caption when nothing else is live, if typed since the chair last moved
 * on: "Giải lao 15 phút" typed for the break is not back on air when the sitting closes hours later.
 */
function freshTyped(d: State): Caption | null {
  return d.overlay.captionAt !== null && d.overlay.captionAt >= movedOnAt(d) ? typed(d) : null;
}

/**
 * A title cut to `max` characters at the last space before it, with "…": on air a word is
 * never cut in half. A title that fits is left as it is.
 */
export function clipAtWord(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  // One long word (no space in the first half): cut it rather than show nearly nothing.
  const head = space > max / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.\-–]+$/u, '')}…`;
}

/**
 * Off the floor: the sitting is suspended, or it has closed and the next has not opened. Nothing
 * said on the floor is news then (a speaker's clock frozen at 4:12, a result or an item from before
 * the suspension): the chair's typed caption ("Giải lao đến 9 giờ 45"), else, suspended, that it is.
 */
function offTheFloor(d: State): 'suspended' | 'closed' | null {
  if (sittingSuspended(d.sittings)) return 'suspended';
  if (sittingUnderway(d.sittings)) return null;
  return d.sittings.some((x) => x.status === 'closed') ? 'closed' : null;
}

/**
 * The sitting suspended, as the hall shows it: the countdown under the chair's message while the
 * hall shows that message (MessageMode.svelte), the same clock, so the broadcast says when the
 * sitting resumes; without one there is no planned end, and the caption says only that it is suspended.
 */
function suspended(d: State): Caption {
  const countdown = d.hall.mode === 'message' ? d.hall.countdown : null;
  return { kind: 'suspended', timer: countdown, limitMs: countdown?.limitMs ?? 0 };
}

export function overlayCaption(d: State | null): Caption | null {
  if (!d || !d.overlay.visible) return null;
  const off = offTheFloor(d);
  if (off) {
    if (d.overlay.follow === 'caption') return typed(d);
    // A pin to the speaker, the item or the vote has nothing of the floor to follow: it says what
    // automatic says, so a viewer sees that the sitting is suspended, not an empty strip.
    return freshTyped(d) ?? (off === 'suspended' ? suspended(d) : null);
  }
  switch (d.overlay.follow) {
    case 'speaker':
      return speaker(d);
    case 'item':
      return item(d);
    case 'vote':
      return vote(d);
    case 'caption':
      return typed(d);
    default:
      // The hall's order: an open vote (or one just closed, awaiting its result), or a result just announced, before the floor (a
      // questioning left with its answer running must not keep its timer on air over the vote);
      // an older result never (once the chair moved on, it is not news when nothing runs).
      // A caption typed since the chair last moved on comes before the bare item title: typed
      // during the programme's "Giải lao" item ("tiếp tục lúc 9 giờ 45"), it never went on air.
      return (voteOpen(d) || voteClosing(d) || freshResult(d) ? vote(d) : null) ?? personnel(d) ?? attendance(d) ?? question(d) ?? speaker(d) ?? freshTyped(d) ?? item(d);
  }
}
