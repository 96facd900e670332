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
import { words } from './said.svelte';
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

/** Open, close and announce the vote in hand: the view's `run` for each says what it does at the wrong stage. */
export function voteStepKeys(kind: VoteKind, run: Record<'open' | 'close' | 'announce', () => void>): Shortcut[] {
  return (['open', 'close', 'announce'] as const).map((step) => key(kind, step, run[step]));
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
