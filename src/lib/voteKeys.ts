/**
 * The keys of a vote's steps, one way for Votes (resolutions) and Personnel (elections, dismissals,
 * confidence votes): Alt+O open (start counting), Alt+C close, Alt+A announce, and for a closed
 * vote Alt+D correct and Alt+L hold again. Each is the chair's (common/roles.ts): built here with
 * the command it sends, so a secretary's `?` sheet marks it as the chair's and a press says so and
 * sends nothing (shortcuts.svelte.ts), in both views alike. Personnel's once had no command: its
 * keys were not marked and did nothing a secretary could see.
 */
import type { CommandType } from '../../electron/engine/commands';
import type { MessageKey } from './i18n.svelte';
import { CLOSED_VOTE_KEYS, LIVE_KEYS } from './liveKeys';
import { words, type Said } from './said.svelte';
import { translate } from './i18n.svelte';
import type { Shortcut } from './shortcuts.svelte';
import { toast } from './toast.svelte';

export type VoteKind = 'vote' | 'personnel';
type Step = 'open' | 'close' | 'announce' | 'correct' | 'revote';

const KEYS: Record<Step, string> = {
  open: LIVE_KEYS.voteOpen,
  close: LIVE_KEYS.voteClose,
  announce: LIVE_KEYS.voteAnnounce,
  correct: CLOSED_VOTE_KEYS.correct,
  revote: CLOSED_VOTE_KEYS.revote,
};

/** Each step's command and what the `?` sheet calls it; for a closed vote's steps, what to do when none is in hand. */
const STEPS: Record<VoteKind, Record<Step, { needs: CommandType; label: MessageKey; choose?: MessageKey }>> = {
  vote: {
    open: { needs: 'vote.open', label: 'shortcut.voteOpen' },
    close: { needs: 'vote.close', label: 'shortcut.voteClose' },
    announce: { needs: 'vote.announce', label: 'shortcut.voteAnnounce' },
    correct: { needs: 'vote.correct', label: 'shortcut.voteCorrect', choose: 'votes.key.chooseToCorrect' },
    revote: { needs: 'vote.revote', label: 'shortcut.voteRevote', choose: 'votes.key.chooseToRevote' },
  },
  personnel: {
    open: { needs: 'personnel.open', label: 'personnel.open' },
    close: { needs: 'personnel.close', label: 'personnel.close' },
    announce: { needs: 'personnel.announce', label: 'personnel.announce' },
    correct: { needs: 'personnel.correct', label: 'personnel.correctKey', choose: 'personnel.key.chooseToCorrect' },
    revote: { needs: 'personnel.revote', label: 'personnel.revoteKey', choose: 'personnel.key.chooseToRevote' },
  },
};

const key = (kind: VoteKind, step: Step, run: () => void, listed = true): Shortcut => ({
  keys: KEYS[step],
  label: STEPS[kind][step].label,
  run,
  needs: STEPS[kind][step].needs,
  ...(listed ? {} : { listed: false }),
});

/** Where the vote in hand stands, as its Open, Close and Announce keys need to know it. */
export interface VoteStage {
  status: 'draft' | 'open' | 'closed';
  announced: boolean;
  /** Closed and announced again after a correction (Votes), so Announce still has something to do. */
  reannounce?: boolean;
  /** Closed, and may be held again (Alt+L): every resolution; an election with a post left unfilled. */
  revote: boolean;
}

/**
 * The sentences of a step pressed at the wrong stage, by kind: each says why nothing happened and
 * what to do, the key to press named in it. Votes' and Personnel's keys say them from here alike.
 */
const WRONG: Record<VoteKind, Record<'alreadyOpen' | 'openClosed' | 'openClosedCorrect' | 'closeDraft' | 'alreadyClosed' | 'announceEarly' | 'alreadyAnnounced' | 'noneInHand', MessageKey>> = {
  vote: {
    alreadyOpen: 'votes.key.alreadyOpen',
    openClosed: 'votes.key.openClosed',
    openClosedCorrect: 'votes.key.openClosed',
    closeDraft: 'votes.key.closeDraft',
    alreadyClosed: 'votes.key.alreadyClosed',
    announceEarly: 'votes.key.announceEarly',
    alreadyAnnounced: 'votes.key.alreadyAnnounced',
    noneInHand: 'votes.key.noneInHand',
  },
  personnel: {
    alreadyOpen: 'personnel.key.alreadyOpen',
    openClosed: 'personnel.key.openClosed',
    openClosedCorrect: 'personnel.key.openClosedCorrect',
    closeDraft: 'personnel.key.closeDraft',
    alreadyClosed: 'personnel.key.alreadyClosed',
    announceEarly: 'personnel.key.announceEarly',
    alreadyAnnounced: 'personnel.key.alreadyAnnounced',
    noneInHand: 'personnel.key.noneInHand',
  },
};
/** What each kind calls holding a closed vote again, and correcting it: named with their keys in the sentences. */
const REVOTE_NAME: Record<VoteKind, MessageKey> = { vote: 'votes.revote', personnel: 'personnel.revote' };
const CORRECT_NAME: Record<VoteKind, MessageKey> = { vote: 'votes.correct', personnel: 'personnel.correct' };

/**
 * Why `step` does nothing for a vote at `stage`, in one sentence in every language, or null when it
 * is the step's stage (null `stage`: no vote in hand). Announce on a result already announced says so.
 */
export function wrongStage(kind: VoteKind, step: 'open' | 'close' | 'announce', stage: VoteStage | null): Said | null {
  const w = WRONG[kind];
  if (stage === null) return words(w.noneInHand, { key: KEYS[step] });
  const { status } = stage;
  if (step === 'open') {
    if (status === 'draft') return null;
    if (status === 'open') return words(w.alreadyOpen, { key: KEYS.close });
    return stage.revote
      ? words(w.openClosed, (l) => ({ revote: translate(l, REVOTE_NAME[kind]), key: KEYS.revote }))
      : words(w.openClosedCorrect, (l) => ({ correct: translate(l, CORRECT_NAME[kind]), key: KEYS.correct }));
  }
  if (step === 'close') {
    if (status === 'open') return null;
    if (status === 'draft') return words(w.closeDraft, { key: KEYS.open });
    return stage.announced ? alreadyAnnounced(kind) : words(w.alreadyClosed, { key: KEYS.announce });
  }
  if (status !== 'closed') return words(w.announceEarly, { key: KEYS.close });
  return stage.announced && !stage.reannounce ? alreadyAnnounced(kind) : null;
}

/** Announced already: a personnel vote's sentence also says how a wrong figure is put right and announced again. */
const alreadyAnnounced = (kind: VoteKind): Said => words(WRONG[kind].alreadyAnnounced, (l) => ({ correct: translate(l, CORRECT_NAME[kind]), key: KEYS.correct }));

/** The steps of no vote: with none in hand, the keys only say so (wrongStage). */
export const NO_STEP: Record<'open' | 'close' | 'announce', () => void> = { open: () => {}, close: () => {}, announce: () => {} };

/**
 * Open, close and announce the vote in hand (`stage()`; null for none): at its stage each key runs
 * the view's step; at another it says why nothing happened and what to do (wrongStage), by `say`
 * (the view's sentence under its buttons, aria-live). With no vote in hand the keys are still the
 * view's but not listed in the `?` sheet, as there is nothing they do there.
 */
export function voteStepKeys(kind: VoteKind, stage: () => VoteStage | null, run: Record<'open' | 'close' | 'announce', () => void>, say: (s: Said) => void = (s) => toast.show(s)): Shortcut[] {
  return (['open', 'close', 'announce'] as const).map((step) => {
    const act = () => {
      const why = wrongStage(kind, step, stage());
      if (why) say(why);
      else run[step]();
    };
    return key(kind, step, act, stage() !== null);
  });
}

/**
 * Alt+D and Alt+L: the view's keys whether or not a closed vote is in hand. Offered (`act` has the
 * step), each does it and is listed in the `?` sheet. Not offered (no vote chosen, a vote not yet
 * closed, an election with no post left to fill), the key still belongs to the view: pressed, it
 * says in one sentence what to do, and the browser does not take it (Alt+D went to the address bar
 * of a LAN console's browser); the `?` sheet does not list it, as there is nothing it does there.
 */
export function closedVoteKeys(kind: VoteKind, act: Partial<Record<'correct' | 'revote', () => void>> = {}): Shortcut[] {
  return (['correct', 'revote'] as const).map((step) => {
    const offered = act[step];
    return offered ? key(kind, step, offered) : key(kind, step, () => toast.show(words(STEPS[kind][step].choose!, { key: KEYS[step] })), false);
  });
}
