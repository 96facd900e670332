/** Small helpers shared by the console's speaker view and the hall's speaker panel. */
import type { Speech } from '../../../common/speakers/model';
import type { Delegate } from '../../../common/roster/model';
import { elapsedMs } from '../../../common/timing/timer';
import type { MessageKey } from '../../lib/i18n.svelte';

export type { Speech };

/** The limit a speaker is held to: the kind's limit plus extra time given. */
export const speechLimitMs = (s: Speech): number => s.limitMs + s.extraMs;

export const kindKey = (kind: Speech['kind']): MessageKey => `spk.kind.${kind}` as MessageKey;

/** What to show under a name: title and group, or agency for officials. */
export function personLine(d: Delegate | undefined): string {
  if (!d) return '';
  return [d.title, d.voting ? d.group : d.agency || d.group].filter(Boolean).join(' · ');
}

/** Spoken time including the running segment, ms. */
export const spokenMs = (s: Speech, now: number): number => elapsedMs(s, now);
