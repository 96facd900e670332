import type { Db } from '../../store/db';
import { getCurrentSessionId } from '../council/sessions';
import { listTemplates, sessionSummaries } from './store';

/** Undo scope of preparing the agenda: a template applied, an earlier agenda copied, a programme file imported, each taken back whole. */
export const PREP_UNDO_SCOPE = 'prep';

export const prepSlices = {
  /** Saved agenda templates (built-ins are in engine/templates.ts) and what each other session holds, for copying. */
  prep: (db: Db) => ({ templates: listTemplates(db), summaries: sessionSummaries(db, getCurrentSessionId(db)) }),
};
