/**
 * When a vote (a resolution's, or a personnel ballot's) outranks everything else live, on the hall screen and on the
 * broadcast caption alike (one rule, so the two never show different things): while it is
 * open, and once its result is announced after the chair last moved the hall on.
 */
import type { State } from '../lib/live.svelte';
import { closedUnannounced, hallVote, sessionVotes } from '../features/votes/votes';
import { hallPersonnel, personnelAwaitingResult, sessionPersonnel } from '../features/personnel/personnel';

/**
 * When the chair last moved the hall on: started, resumed or finished an item, called or started a
 * speaker, called the next question or began an answer, opened a personnel ballot, announced a
 * result, chose a hall mode. A result announced after that is what the hall must see. `ownItem`, the agenda item
 * a vote belongs to: pausing and resuming it (a chair who stops the clock while reading the
 * announcement) is not moving on, as the questioning's own item is not for its questions
 * (questions.ts hallShowsQuestions); starting or resuming another item is.
 */
export function movedOnAt(d: State, ownItem: number | null = null): number {
  const itemStarts = d.timing.items.filter((i) => i.id !== ownItem).map((i) => i.segments.at(-1)?.startedAt ?? 0);
  // Finishing an item, its own included, is moving on: the result read out for it leaves the hall
  // and the air with it, as a broadcaster expects, rather than staying up until the next call.
  // When it was finished, not when its clock last stopped: finished from a pause or a suspension,
  // a result read out in the pause leaves too.
  const itemEnds = d.timing.items.map((i) => i.finishedAt ?? 0);
  const speech = d.speakers.current;
  // Every call the hall showed, not the current speech's alone: once the speech called after a
  // result was over (or its speaker put back in the queue before speaking), the floor was empty and
  // that result came back up on the hall and on air as if just announced. The queue shown and its
  // finished and withdrawn requests keep when each was called; a speech is called before it starts.
  const calls = [...d.speakers.queue, ...d.speakers.history].map((s) => s.calledAt ?? 0);
  const asked = d.questions.list.map((q) => q.askedAt ?? 0);
  const answered = d.questions.answers.map((a) => a.begunAt);
  const ballots = sessionPersonnel(d).map((p) => p.openedAt ?? 0);
  // A result announced is news over whatever came before it, a resolution's over a personnel
  // vote's and the other way round: a personnel result announced again after a correction comes
  // up over the resolution announced a minute before (each is still "since" its own announcement).
  const announced = [...sessionVotes(d), ...sessionPersonnel(d)].map((v) => v.announcedAt ?? 0);
  return Math.max(d.hall.modeSetAt ?? 0, speech?.calledAt ?? 0, speech?.startedAt ?? 0, ...calls, ...itemStarts, ...itemEnds, ...asked, ...answered, ...ballots, ...announced);
}

/**
 * When the chair last moved the hall on, for a vote or ballot of `agendaItemId` opened at
 * `openedAt`. One taken outside any item (a procedural vote) belongs to the item it interrupted:
 * the item live when it opened. Its result then stays up while that item is paused and resumed,
 * as an item's own vote's does; resuming a different paused item, starting one, or another item
 * paused or finished on the way back to this one, is moving on.
 */
function movedOnFrom(d: State, v: { agendaItemId: number | null; openedAt: number | null }): number {
  if (v.agendaItemId !== null) return movedOnAt(d, v.agendaItemId);
  const live = d.timing.items.find((i) => i.id === d.timing.liveItemId);
  if (!live || v.openedAt === null || liveItemAt(d, v.openedAt) !== live.id) return movedOnAt(d);
  const otherEnds = d.timing.items.filter((i) => i !== live).map((i) => i.segments.at(-1)?.endedAt ?? 0);
  return Math.max(movedOnAt(d, live.id), ...otherEnds);
}

/**
 * The item live at `at`, by liveItemOf's rule (common/timing/liveItem.ts): the one running then,
 * else the one paused last before then. Read from the first and latest run segments the timing
 * slice publishes; an item that ran only in a middle segment before `at` is not seen, so the
 * answer may be another item, and the hall then moves on (the safe side).
 */
function liveItemAt(d: State, at: number): number | null {
  let best: number | null = null;
  let bestAt = -Infinity;
  for (const i of d.timing.items) {
    for (const s of [i.segments[0], i.segments.at(-1)]) {
      if (!s || s.startedAt > at) continue;
      if (s.endedAt === null || s.endedAt > at) return i.id;
      if (s.endedAt > bestAt) [best, bestAt] = [i.id, s.endedAt];
    }
  }
  return best;
}

export const voteOpen = (d: State): boolean => hallVote(d)?.status === 'open';

/** Closed and awaiting its announcement, unless the chair has moved the hall on since the close. */
export const voteClosing = (d: State): boolean => {
  const v = closedUnannounced(d);
  return v !== null && v.closedAt! >= movedOnFrom(d, v);
};

/** A personnel ballot closed and awaiting its announcement, unless the chair has moved the hall on since the close. */
export const personnelClosing = (d: State): boolean => {
  const p = personnelAwaitingResult(d);
  return p !== null && p.closedAt! >= movedOnFrom(d, p);
};

/** Announced since the chair last moved the hall on: what the hall (and the caption) must show now. */
const announcedSinceMovedOn = (v: { announcedAt: number | null; agendaItemId: number | null; openedAt: number | null } | null, d: State): boolean =>
  v !== null && v.announcedAt !== null && v.announcedAt >= movedOnFrom(d, v);

/** A resolution's result announced since the chair last moved the hall on. */
export const freshResult = (d: State): boolean => announcedSinceMovedOn(hallVote(d), d);

/** A personnel result (election, confidence vote) announced since the chair last moved the hall on. */
export const freshPersonnelResult = (d: State): boolean => announcedSinceMovedOn(hallPersonnel(d), d);

/**
 * The roll call's report the chair put up, until the chair moves on (putting it up and taking
 * it down both move the hall on, so nothing older comes back) or a result is announced after it;
 * only while its roll call is the current one (not another sitting's or session's).
 */
export const freshAttendance = (d: State): boolean =>
  d.hall.attendance !== null && d.hall.attendance.rollCallId === d.attendance.currentId && d.hall.attendance.at >= movedOnAt(d);
