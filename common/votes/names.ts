/**
 * A named vote by name, as its record lists it (the minutes, the votes' CSV): who voted for,
 * against, abstained, who was in the hall and cast no vote, and who was away. A secret ballot
 * has no names, whatever is stored: only a named vote is ever listed.
 */
import type { Delegate } from '../roster/model';
import type { VoteView } from './result';

export const ROLL_GROUPS = ['for', 'against', 'abstain', 'silent', 'away'] as const;

/** `silent`: in the hall when the vote opened, and no vote cast; `away`: not in the hall. */
export type RollGroup = (typeof ROLL_GROUPS)[number];

/**
 * The named vote's groups, each in the order of `delegates` (the roster's seat order); null for
 * any other method. The marks are the vote's current ones: after a correction, the corrected.
 */
export function namedRoll<D extends Pick<Delegate, 'id'>>(vote: Pick<VoteView, 'method' | 'marks' | 'voters'>, delegates: readonly D[]): Record<RollGroup, D[]> | null {
  if (vote.method !== 'named') return null;
  const here = new Set(vote.voters?.here ?? []);
  const away = new Set(vote.voters?.away ?? []);
  const roll: Record<RollGroup, D[]> = { for: [], against: [], abstain: [], silent: [], away: [] };
  for (const d of delegates) {
    const choice = vote.marks[d.id];
    if (choice) roll[choice].push(d);
    else if (here.has(d.id)) roll.silent.push(d);
    else if (away.has(d.id)) roll.away.push(d);
  }
  return roll;
}
