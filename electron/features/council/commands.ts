import { z } from 'zod';
import { currentRollCallId, setRollCallSeats } from '../attendance/store';
import { EngineError, localized, notFound } from '../../engine/errors';
import { formatDate } from '../../../common/dates';
import { romanNumeral } from '../../../common/term';
import { id, isoDate, optionalText, text } from '../../engine/validation';
import { getCouncil, saveCouncil } from './store';
import { listDelegates } from '../roster/store';
import { sessionUnderway } from '../timing/store';
import { deleteSession, findSessionByNumber, getCurrentSessionId, getSession, insertSession, setCurrentSessionId, updateSession, type SessionInput } from './sessions';
import { SESSION_KINDS } from '../../../common/council/model';
import type { Db } from '../../store/db';
import { defineCommand } from '../../engine/define';
import { rulesSchema, writeRules } from './rules';

const council = z.strictObject({
  name: text(200),
  level: z.enum(['province', 'commune', 'district', 'other']),
  term: z.int().min(1).max(99),
  totalSeats: z.int().min(1).max(1000),
});

const sessionFields = {
  number: z.int().min(1).max(999),
  term: z.int().min(1).max(99),
  kind: z.enum(SESSION_KINDS),
  title: optionalText(300),
  startDate: isoDate,
  endDate: isoDate,
  /** Left out, a new session's hall speaks Vietnamese and an edited one keeps its language. */
  hallLang: z.enum(['vi', 'en']).optional(),
};

function checkSession(db: Db, s: SessionInput, selfId?: number): void {
  // Dates and the term as the console writes them: "08/12/2026", "khóa IV".
  if (s.endDate < s.startDate) throw localized('dates-reversed', (l) => ({ start: formatDate(s.startDate, l), end: formatDate(s.endDate, l) }));
  const same = findSessionByNumber(db, s.term, s.number);
  if (same && same.id !== selfId) throw new EngineError('duplicate-session', { number: s.number, term: romanNumeral(s.term) });
}

export const councilCommands = {
  'council.save': defineCommand({
    schema: council,
    slices: 'all',
    run({ db }, c) {
      const voting = listDelegates(db).filter((d) => d.voting).length;
      if (c.totalSeats < voting) throw new EngineError('seats-below-roster', { seats: c.totalSeats, voting });
      saveCouncil(db, c);
      // The roll call under way counts against the seats as they are now; held ones keep theirs.
      const underWay = currentRollCallId(db);
      if (underWay !== null) setRollCallSeats(db, underWay, c.totalSeats);
    },
  }),

  'rules.save': defineCommand({
    schema: rulesSchema,
    slices: 'all',
    run({ db }, rules) {
      writeRules(db, rules);
    },
  }),

  'session.create': defineCommand({
    schema: z.strictObject(sessionFields),
    slices: 'all',
    run({ db }, s) {
      if (!getCouncil(db)) throw new EngineError('no-council');
      checkSession(db, { ...s, hallLang: s.hallLang ?? 'vi' });
      const sessionId = insertSession(db, { ...s, hallLang: s.hallLang ?? 'vi' });
      // A new session becomes the one being worked on: that is why it was created. Not while
      // the current one is sitting, though: the console and the hall follow the current session,
      // and the hall would show "not started" in front of the delegates.
      const current = getCurrentSessionId(db);
      const selected = current === null || !sessionUnderway(db, current);
      if (selected) setCurrentSessionId(db, sessionId);
      return { id: sessionId, selected };
    },
  }),

  'session.update': defineCommand({
    schema: z.strictObject({ id, ...sessionFields }),
    slices: ['sessions'],
    run({ db }, input) {
      const before = getSession(db, input.id);
      if (!before) throw notFound('session', input.id);
      const s = { ...input, hallLang: input.hallLang ?? before.hallLang };
      checkSession(db, s, s.id);
      updateSession(db, s);
    },
  }),

  'session.select': defineCommand({
    schema: z.strictObject({ id }),
    slices: 'all',
    run({ db }, { id: sessionId }) {
      if (!getSession(db, sessionId)) throw notFound('session', sessionId);
      setCurrentSessionId(db, sessionId);
    },
  }),

  'session.delete': defineCommand({
    schema: z.strictObject({ id }),
    slices: 'all',
    run({ db }, { id: sessionId }) {
      if (!getSession(db, sessionId)) throw notFound('session', sessionId);
      refuseIfUnderway(db, sessionId);
      deleteSession(db, sessionId);
    },
  }),
};

/** Refuses while the session has a sitting open or suspended, or an item running. */
function refuseIfUnderway(db: Db, sessionId: number): void {
  if (!sessionUnderway(db, sessionId)) return;
  const s = getSession(db, sessionId)!;
  throw new EngineError('session-underway', { number: s.number, term: romanNumeral(s.term) });
}

/** The current session's id, or a refusal that says to pick one. */
export function requireSession(db: Db): number {
  const sessionId = getCurrentSessionId(db);
  if (sessionId === null) throw new EngineError('no-session');
  return sessionId;
}
