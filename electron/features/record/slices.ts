import type { Db } from '../../store/db';
import { getCurrentSessionId } from '../council/sessions';
import { countersOfSession, documentsOfSession, getSessionRecord, listOfficers, notesOfSession, presidingBySitting } from './store';

/** The current session's record as the screens edit it: place, officers, documents, notes. */
function record(db: Db) {
  const sessionId = getCurrentSessionId(db);
  if (sessionId === null) return null;
  return {
    sessionId,
    ...getSessionRecord(db, sessionId),
    chairs: listOfficers(db, sessionId, 'chair'),
    secretaries: listOfficers(db, sessionId, 'secretary'),
    /** Presiding chair by sitting id. */
    presiding: presidingBySitting(db, sessionId),
    /** Document number and date by agenda item id. */
    documents: documentsOfSession(db, sessionId),
    /** Notes by subject, then by the subject's id. */
    notes: notesOfSession(db, sessionId),
    /** Counting committee by vote id. */
    counters: countersOfSession(db, sessionId),
  };
}

export const recordSlices = { record };
export type RecordSlice = NonNullable<ReturnType<typeof record>>;
