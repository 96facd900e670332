/**
 * One key grammar for every live view (Live, Speakers, Questions, Votes): the same key does
 * the same thing wherever it applies, so a chair who presses `f` to end an answer ends it.
 * Views register their shortcuts from this table; the `?` sheet and the README list it.
 */
import type { MessageKey } from './i18n.svelte';
import type { CommandType } from '../../electron/engine/commands';

export const LIVE_KEYS = {
  /** Start, pause or resume what is on the floor: the item, the speech, the question or answer. */
  startPause: 'Space',
  /** Call the next: item, speaker, question. */
  next: 'n',
  /** End what is on the floor: the item, the speech, the question or the answer. */
  finish: 'f',
  /** One more minute for what is on the floor (`=`, the same key without Shift, counts as `+`). */
  addMinute: '+',
  /** Take back the last action of the view. */
  undo: 'Ctrl+Z',
  /** Do again what the view's undo took back last (Ctrl+Shift+Z does the same). */
  redo: 'Ctrl+Y',
  /** Speakers: withdraw the selected request. */
  withdraw: 'w',
  /**
   * Speakers: the next kind of request (speech, second speech, debate reply, point of order,
   * explanation) for the one being registered; an Alt key, so it works while a name is typed.
   */
  kind: 'Alt+K',
  /** Speakers: the same, backward, for a kind just passed. */
  kindBack: 'Alt+Shift+K',
  /** Questions: the respondent answers; the answer is marked as given; a follow-up question. */
  answer: 'a',
  markAnswered: 'd',
  followUp: 'r',
  /** Questions: the respondent will answer in writing (declines in the sitting): the questions go to a written answer. */
  written: 'v',
  /**
   * Votes: open, close, announce. Alt+A also announces a personnel vote's result, and during the
   * roll call (Attendance, Live) shows or takes down the attendance report on the hall.
   */
  voteOpen: 'Alt+O',
  voteClose: 'Alt+C',
  voteAnnounce: 'Alt+A',
  /**
   * Live: close the sitting in progress (open or suspended), as its Close button does, asking
   * the same question first. An Alt key, as the votes' steps are: a step that ends something
   * for the record is not one stray letter away.
   */
  closeSitting: 'Alt+S',
} as const;

export type LiveAction = keyof typeof LIVE_KEYS;

/**
 * The actions that run the floor and the votes, the chair's only (common/roles.ts), by one of
 * the commands each sends: a secretary's `?` sheet says these keys are the chair's.
 */
const CHAIR_ACTIONS: Partial<Record<LiveAction, CommandType>> = {
  startPause: 'item.start',
  next: 'item.start',
  finish: 'item.finish',
  addMinute: 'item.extend',
  answer: 'answer.start',
  markAnswered: 'question.mark',
  written: 'question.mark',
  followUp: 'question.followUp',
  voteOpen: 'vote.open',
  voteClose: 'vote.close',
  // Not voteAnnounce: the same key puts the attendance report on the hall, the secretary's to do; its line says whose each half is.
  closeSitting: 'sitting.close',
};

/** The grammar as the `?` sheet shows it: each action's key and what it does (`keys.<action>`). */
export const LIVE_GRAMMAR: { keys: string; label: MessageKey; needs?: CommandType }[] = (Object.keys(LIVE_KEYS) as LiveAction[]).map((action) => ({
  keys: LIVE_KEYS[action],
  label: `keys.${action}` as MessageKey,
  needs: CHAIR_ACTIONS[action],
}));

/**
 * Speakers and Live, while an item is over with requests left waiting on it: carry them over to
 * the item chosen in the offer (its continuation, "… (tiếp)", unless the chair picks another).
 * Registered only while such an offer shows, so not in the grammar above; T for "tiếp". Taken
 * nowhere else (the views' Alt+1 … Alt+9, Alt+M, Alt+R, Alt+P, Alt+J, Alt+K, Alt+S, Alt+A…).
 */
export const CARRY_KEY = 'Alt+T';

/**
 * Speakers, while a request begun on one item is typed and the view shows another: put it on the
 * item shown, or back on the one where it was begun while that one still takes requests. Only
 * Speakers' (so not in the grammar above); I for "item". Taken nowhere else (see CARRY_KEY).
 */
export const REQUEST_ITEM_KEY = 'Alt+I';

/**
 * Votes: the two ways a closed vote's result is put right, by the chair, while such a vote is in
 * hand: correct the count with a reason (Alt+D, "đính chính"), or hold the vote again as a new
 * round (Alt+L, "biểu quyết lại"). The Votes view registers them only then, so they are not in
 * the grammar above. Neither is taken in that view (the vote's Alt+O, Alt+C, Alt+A, the views'
 * Alt+1 … Alt+9, Alt+M, Alt+R, Alt+P, Alt+J), nor by Personnel's Alt+E, which edits a vote not yet
 * opened: Personnel's own correction and new round may take the same two.
 */
export const CLOSED_VOTE_KEYS = {
  correct: 'Alt+D',
  revote: 'Alt+L',
} as const;
