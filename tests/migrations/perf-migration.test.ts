import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/store/db';
import { LATEST_VERSION } from '../../electron/store/migrations/index';
import { schemaBefore } from '../unit/helpers';
import { getCurrentSpeech } from '../../electron/features/speakers/store';

describe('migration perf', () => {
  it('carries the speeches across and finds the one at the rostrum by the new index', () => {
    const { db } = schemaBefore('perf');
    // Two sessions, each with an item; a finished speech in the first, a speaking one in the second.
    db.exec(`
      INSERT INTO session (number, term, kind, title, start_date, end_date) VALUES (11, 4, 'regular', 'Cuối năm', '2026-12-08', '2026-12-09');
      INSERT INTO session (number, term, kind, title, start_date, end_date) VALUES (12, 4, 'thematic', 'Chuyên đề', '2026-12-20', '2026-12-20');
      INSERT INTO delegate (full_name) VALUES ('Nguyễn Văn An');
      INSERT INTO agenda_item (session_id, position, title, kind, planned_minutes) VALUES (1, 0, 'Báo cáo', 'report', 15);
      INSERT INTO agenda_item (session_id, position, title, kind, planned_minutes) VALUES (2, 0, 'Thảo luận', 'discussion', 30);
      INSERT INTO speech (agenda_item_id, delegate_id, kind, status, position, requested_at, limit_ms) VALUES (1, 1, 'speech', 'done', 0, 1000, 420000);
      INSERT INTO speech (agenda_item_id, delegate_id, kind, status, position, requested_at, limit_ms) VALUES (2, 1, 'speech', 'speaking', 0, 2000, 420000);
    `);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT count(*) FROM speech').pluck().get()).toBe(2);
    expect(getCurrentSpeech(db, 1)).toBeUndefined();
    expect(getCurrentSpeech(db, 2)).toMatchObject({ id: 2, status: 'speaking', requestedAt: 2000 });
    // The lookup walks the speeches at the rostrum, not every item's speeches.
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT s.* FROM speech s CROSS JOIN agenda_item a ON a.id = s.agenda_item_id
         WHERE a.session_id = ? AND s.status IN ('called', 'speaking') ORDER BY s.id LIMIT 1`,
      )
      .all(2) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toContain('speech_live');
    db.close();
  });
});
