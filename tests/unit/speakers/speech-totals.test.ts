import { describe, expect, it } from 'vitest';
import { generateSession, REALISTIC } from '../../../bench/generate';
import { newEngine } from '../helpers';

type Row = { delegate_id: number; agenda_item_id: number; accumulated_ms: number; first_started_at: number | null; delegate_group: string };

// speechTotals is summed by SQLite (GROUP BY); this recounts the same rows by hand.
describe('speech totals', () => {
  it('equal a count over every speech that used the floor, by delegate, group and item', () => {
    const { engine, db, clock } = newEngine();
    // Time passes between commands, so every speech has its own length.
    let step = 0;
    engine.subscribe(() => clock.advance(1000 + (step++ % 7) * 5000));
    generateSession(engine, { ...REALISTIC, speeches: 60, questions: 2, votes: 1 });
    // One request still waiting: it has not spoken, so it must not count.
    const waiting = engine.current.delegates[3];
    expect(engine.dispatch({ type: 'speaker.request', delegateId: waiting.id }, { actor: 't', lang: 'en' }).ok).toBe(true);
    const rows = db
      .prepare('SELECT s.delegate_id, s.agenda_item_id, s.accumulated_ms, s.first_started_at, d.delegate_group FROM speech s JOIN delegate d ON d.id = s.delegate_id')
      .all() as Row[];
    const expected = { byDelegate: {} as Record<string, { count: number; ms: number }>, byGroup: {} as Record<string, { count: number; ms: number }>, byItem: {} as Record<string, { count: number; ms: number }> };
    for (const r of rows.filter((x) => x.first_started_at !== null)) {
      for (const [map, key] of [[expected.byDelegate, r.delegate_id], [expected.byGroup, r.delegate_group], [expected.byItem, r.agenda_item_id]] as const) {
        const t = (map[key] ??= { count: 0, ms: 0 });
        t.count += 1;
        t.ms += r.accumulated_ms;
      }
    }
    expect(rows.length).toBe(61);
    expect(Object.values(expected.byItem).some((t) => t.ms > 0)).toBe(true);
    expect(engine.current.speechTotals).toEqual(expected);
    expect(Object.values(engine.current.speechTotals.byGroup).reduce((n, t) => n + t.count, 0)).toBe(60);
  });
});
