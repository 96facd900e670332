import type { Migration } from './migration';

/**
 * The vacant seats a vote and a personnel vote were counted against ("80 (1 ghế khuyết)"), fixed
 * when each opens, as its seats and present are: with no roll call taken they were read from the
 * roster as it is now, so a delegate added or removed after the vote changed an old vote's counting
 * record. Null until the vote opens. A vote held before is given what the rule of its time gives
 * (common/attendance/vacancy.ts vacantAtOpening, frozen here): the seats less the voting delegates
 * on the roster of the roll call it opened under (its own, else the session's last taken before it
 * opened), or, with none taken by then, less those on the roster now.
 */
const fill = (table: 'vote' | 'personnel_vote', own: string) => `
    UPDATE ${table} SET vacant = max(0, seats - COALESCE(
      (SELECT (SELECT COUNT(*) FROM roll_call_member m WHERE m.roll_call_id = r.id) FROM roll_call r
        WHERE r.id = COALESCE(
          ${own},
          (SELECT b.id FROM roll_call b WHERE b.session_id = ${table}.session_id AND b.opened_at <= ${table}.opened_at ORDER BY b.opened_at DESC, b.id DESC LIMIT 1))),
      (SELECT COUNT(*) FROM delegate WHERE voting = 1)))
    WHERE status <> 'draft';`;

export const voteVacancy: Migration = {
  version: 29,
  name: 'vote-vacancy',
  up: `
    ALTER TABLE vote ADD COLUMN vacant INTEGER CHECK (vacant >= 0);
    ALTER TABLE personnel_vote ADD COLUMN vacant INTEGER CHECK (vacant >= 0);
    ${fill('vote', '(SELECT a.id FROM roll_call a WHERE a.id = vote.roll_call_id AND a.session_id = vote.session_id)')}
    ${fill('personnel_vote', 'NULL')}
  `,
};
