import { en, vi } from './strings';
import type { Lang } from '../strings';

/**
 * Who signs the review report for the council's Standing Committee, and as what (Nghị định
 * 30/2020, Phụ lục I: "TM." for the collective body, "KT." when a vice chair signs for the chair).
 */
export const SIGNER_ROLES = ['chair', 'viceChair'] as const;
export type SignerRole = (typeof SIGNER_ROLES)[number];

/** The office's choice for a session; `delegateId` null: the console's guess signs. */
export interface SignerChoice {
  delegateId: number | null;
  role: SignerRole;
}

/** What the Review view shows: the choice kept for the session (the default until one is made) and the guess. */
export interface ReviewSignerSlice {
  chosen: SignerChoice;
  /** The presiding board's first, else the roster's council chair; null when there is neither. */
  guessId: number | null;
}

export const DEFAULT_SIGNER: SignerChoice = { delegateId: null, role: 'chair' };

/** The title lines of a role, as catalog keys (common/review/strings.ts): printed in capitals on the report. */
export const SIGNER_TITLES: Record<SignerRole, readonly ('review.signer.standing' | 'review.signer.chair' | 'review.signer.forChair' | 'review.signer.viceChair')[]> = {
  chair: ['review.signer.standing', 'review.signer.chair'],
  viceChair: ['review.signer.standing', 'review.signer.forChair', 'review.signer.viceChair'],
};

/** Each role's name as the Review view's list shows it ("TM. Thường trực HĐND – Chủ tịch"), by language: refusals list them. */
export const signerRoleNames: Record<Lang, Record<SignerRole, string>> = {
  en: { chair: SIGNER_TITLES.chair.map((k) => en[k]).join(' – '), viceChair: SIGNER_TITLES.viceChair.map((k) => en[k]).join(' – ') },
  vi: { chair: SIGNER_TITLES.chair.map((k) => vi[k]).join(' – '), viceChair: SIGNER_TITLES.viceChair.map((k) => vi[k]).join(' – ') },
};
