/** Replacing a session's programme (a template, an earlier agenda, a programme file in its place). */
import { EngineError } from '../../engine/errors';
import type { Db } from '../../store/db';
import { listAgenda } from '../agenda/store';
import { itemHasHistory } from '../agenda/commands';
import { deleteAgenda, itemAttachment } from './store';

/**
 * Takes the current programme away before what replaces it is added. Refused, naming the first
 * such item, when an item is part of the session's record: it has run or has speeches (what the
 * agenda's own delete refuses), or questions or votes are attached to it.
 */
export function clearAgenda(db: Db, sessionId: number): void {
  for (const item of listAgenda(db, sessionId)) {
    if (itemHasHistory(db, item.id)) throw new EngineError('replace-item-run', { title: item.title });
    const attached = itemAttachment(db, item.id);
    if (attached) throw new EngineError(attached === 'questions' ? 'replace-item-questions' : 'replace-item-votes', { title: item.title });
  }
  deleteAgenda(db, sessionId);
}
