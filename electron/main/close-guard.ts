/**
 * Closing the console in the middle of a sitting, by a stray click on its ✕, Alt+F4 or Quit in
 * front of the hall, asks first, and says what is under way: an open vote, a ballot count, a
 * running clock (the agenda item's, a speaker's, a question's or an answer's). Nothing would be
 * lost (every command is committed, and timers are data, so a clock goes on counting while Gavel
 * is closed), but the chair's screen would be gone while the hall waits. The decision, the wording
 * and what each button does are pure, tested without Electron (tests/unit/main/close-guard.test.ts).
 */
import { fill, type Lang } from '../../common/strings';
import { sittingInProgress } from '../../common/timing/model';
import type { State } from '../engine/state';
import { closeDialog } from '../server/strings';

/** What the question reads of the published state. */
export type CloseState = Pick<State, 'sittings' | 'votes' | 'personnel' | 'timing' | 'agenda' | 'speakers' | 'questions' | 'respondents' | 'delegates'>;

/** Something the chair would leave under way, as the question names it. */
export type UnderWay =
  | { kind: 'vote' | 'count' | 'item'; title: string }
  | { kind: 'speech' | 'question' | 'answer'; name: string };

/** The buttons, in order: Close first, Keep it open second (the default, and what Esc or the box's ✕ choose). */
export const CLOSE_BUTTON = 0;
export const KEEP_BUTTON = 1;

export interface CloseQuestion {
  message: string;
  detail: string;
  /** [close, keep], at CLOSE_BUTTON and KEEP_BUTTON. */
  buttons: [string, string];
  defaultId: typeof KEEP_BUTTON;
  cancelId: typeof KEEP_BUTTON;
}

/** What is open or running now, votes first, then clocks from the widest (the item) to the narrowest. */
export function underWay(state: CloseState): UnderWay[] {
  const name = (delegateId: number | undefined) => state.delegates.find((d) => d.id === delegateId)?.fullName ?? '';
  const respondent = (id: number) => name(state.respondents.find((r) => r.id === id)?.delegateId);
  const running = (x: { startedAt: number | null }) => x.startedAt !== null;
  const speech = state.speakers.current;
  return [
    ...state.votes.filter((v) => v.status === 'open').map((v) => ({ kind: 'vote' as const, title: v.resolutionTitle })),
    ...state.personnel.filter((p) => p.status === 'open').map((p) => ({ kind: 'count' as const, title: p.title })),
    ...state.timing.items
      .filter((t) => t.status === 'running')
      .map((t) => ({ kind: 'item' as const, title: state.agenda.find((a) => a.id === t.id)?.title ?? '' })),
    ...(speech && running(speech) ? [{ kind: 'speech' as const, name: name(speech.delegateId) }] : []),
    ...state.questions.list.filter(running).map((q) => ({ kind: 'question' as const, name: name(q.askerId) })),
    ...state.questions.answers.filter((a) => a.endedAt === null && running(a)).map((a) => ({ kind: 'answer' as const, name: respondent(a.respondentId) })),
  ];
}

/**
 * The question to ask before the console closes, or null to close at once: nothing is asked
 * before the first sitting opens, between sittings and after the last, unless a vote or a clock
 * was left under way.
 */
export function closeConsoleQuestion(state: CloseState, lang: Lang): CloseQuestion | null {
  const open = underWay(state);
  const sitting = sittingInProgress(state.sittings);
  if (!sitting && open.length === 0) return null;
  const w = closeDialog[lang];
  const buttons: [string, string] = [w.close, w.keep];
  const asked = { message: sitting ? w.message : w.messageOpen, buttons, defaultId: KEEP_BUTTON, cancelId: KEEP_BUTTON } as const;
  if (open.length === 0) return { ...asked, detail: w.detail };
  const votes = open.some((x) => x.kind === 'vote' || x.kind === 'count');
  const clocks = open.some((x) => x.kind !== 'vote' && x.kind !== 'count');
  const lines = [
    w.underWay,
    ...open.map((x) => `• ${fill(w[x.kind], 'title' in x ? { title: x.title } : { name: x.name })}`),
    '',
    ...(votes ? [w.votesStay] : []),
    ...(clocks ? [w.clocksRun] : []),
    w.saved,
  ];
  return { ...asked, detail: lines.join('\n') };
}

/** What the chair's answer does: true closes the console (and quits, if it was the last window); anything else keeps it. */
export function closes(response: number): boolean {
  return response === CLOSE_BUTTON;
}

/**
 * The console window was asked to close: `keep` it (the chair chose Keep it open), `close` it
 * (the hall window stays up, so the app goes on), or `close-and-quit` (it is the last window: the
 * quit that follows is already confirmed, and must not ask again). Asked only when the quit is not
 * confirmed yet; `mayClose` asks the chair (closeConsoleQuestion) when something is under way.
 */
export function consoleClose(quitConfirmed: boolean, mayClose: () => boolean, otherWindowsOpen: boolean): 'keep' | 'close' | 'close-and-quit' {
  if (quitConfirmed) return 'close';
  if (!mayClose()) return 'keep';
  return otherWindowsOpen ? 'close' : 'close-and-quit';
}
