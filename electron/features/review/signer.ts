/**
 * Who signs the review report: the office's choice kept for the session (review_signer), else
 * the console's guess. Read by the Review view's slice and by the report alike.
 */
import type { Db } from '../../store/db';
import { listOfficers } from '../record/store';
import { getDelegate, listDelegates } from '../roster/store';
import { presidingSignerOf } from '../../../common/record/signer';
import { getCurrentSessionId } from '../council/sessions';
import { DEFAULT_SIGNER, type ReviewSignerSlice, type SignerChoice, type SignerRole } from '../../../common/review/signer';

/**
 * The guess, as the minutes and the results notice are signed (presidingSignerOf): the first of the
 * presiding board still on the roster, else the roster's council chair; else none.
 */
export function guessSignerId(db: Db, sessionId: number): number | null {
  const roster = listDelegates(db);
  const byId = new Map(roster.map((d) => [d.id, d]));
  const chairs = listOfficers(db, sessionId, 'chair').flatMap((id) => byId.get(id) ?? []);
  return presidingSignerOf(chairs, roster)?.id ?? null;
}

export function getSignerChoice(db: Db, sessionId: number): SignerChoice {
  const row = db.prepare('SELECT delegate_id AS delegateId, role FROM review_signer WHERE session_id = ?').get(sessionId) as SignerChoice | undefined;
  return row ?? DEFAULT_SIGNER;
}

export function saveSignerChoice(db: Db, sessionId: number, c: SignerChoice): void {
  db.prepare(
    'INSERT INTO review_signer (session_id, delegate_id, role) VALUES (?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET delegate_id = excluded.delegate_id, role = excluded.role',
  ).run(sessionId, c.delegateId, c.role);
}

/** Who signs a session's report, and as what: the name is null when nobody is chosen or guessed. */
export function reportSigner(db: Db, sessionId: number): { name: string | null; role: SignerRole } {
  const c = getSignerChoice(db, sessionId);
  const id = c.delegateId ?? guessSignerId(db, sessionId);
  return { name: id === null ? null : (getDelegate(db, id)?.fullName ?? null), role: c.role };
}

/** The Review view's slice: the current session's choice and the guess beside it. */
function reviewSigner(db: Db): ReviewSignerSlice | null {
  const sessionId = getCurrentSessionId(db);
  if (sessionId === null) return null;
  return { chosen: getSignerChoice(db, sessionId), guessId: guessSignerId(db, sessionId) };
}

export const reviewSlices = { reviewSigner };
