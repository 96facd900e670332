import { notFound } from '../../engine/errors';
import type { Sitting } from '../../../common/timing/model';
import type { Db } from '../../store/db';
import { requireSession } from '../council/commands';
import { getSitting } from './store';

/**
 * The sitting of the current session with this id; anything else is not found. Apart from the
 * timing commands so that the agenda's (adding an item to a sitting) can check it too.
 */
export function requireSitting(db: Db, sittingId: number): Sitting {
  const s = getSitting(db, sittingId);
  if (!s || s.sessionId !== requireSession(db)) throw notFound('sitting', sittingId);
  return s;
}
