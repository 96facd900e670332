import { EngineError } from '../../engine/errors';
import type { BallotCounts } from '../../../common/votes/model';

/**
 * Ballots must fit one another: issued within those present, returned within issued, valid
 * and invalid within returned, and (once final) sorted whole. Secret-ballot resolutions and
 * personnel votes refuse the same things in the same words.
 */
export function checkBallots(present: number, t: BallotCounts, final: boolean): void {
  if (t.issued > present) throw new EngineError('issued-over-present', { issued: t.issued, present });
  if (t.returned > t.issued) throw new EngineError('returned-over-issued', { returned: t.returned, issued: t.issued });
  const sorted = t.valid + t.invalid;
  if (sorted > t.returned) throw new EngineError('ballots-over-returned', { sorted, returned: t.returned });
  if (final && sorted !== t.returned) throw new EngineError('ballots-unsorted', { valid: t.valid, invalid: t.invalid, returned: t.returned });
}
