import type { Db } from '../../store/db';
import { getCurrentSessionId } from '../council/sessions';
import { listTemplates, sessionSummaries } from './store';

export const prepSlices = {
  /** Saved agenda templates (built-ins are in engine/templates.ts) and what each other session holds, for copying. */
  prep: (db: Db) => ({ templates: listTemplates(db), summaries: sessionSummaries(db, getCurrentSessionId(db)) }),
};
