import { describe, expect, it } from 'vitest';
import { dumpDb, ok, refused } from '../helpers';
import { CONFIDENCE_COUNTS, prepareConfidence, RETIRING, setUp, view } from './fixtures';

/**
 * The `personnel` undo scope: the ballots and lines the counting committee reads out are taken
 * back while the vote is open; once closed, a line's step (which touches only its person's row,
 * not the vote's) is refused by the vote's status, changing nothing.
 */
function openConfidence() {
  const ctx = setUp();
  const id = prepareConfidence(ctx.engine, ctx.officials, { 7: RETIRING });
  ok(ctx.engine, 'personnel.committee', { id, head: ctx.counters[0], members: ctx.counters.slice(1) });
  ok(ctx.engine, 'personnel.open', { id, present: 56 });
  return { ...ctx, id };
}

describe('undoing personnel counts', () => {
  it('takes back ballots and a line while the vote is open, exactly', () => {
    const { engine, db, id } = openConfidence();
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    expect(engine.current.undo.personnel).toMatchObject({ action: 'ballots', subject: '56/56/56/0' });
    const before = dumpDb(db);
    const first = view(engine, id).people[0];
    ok(engine, 'personnel.count', { id, lines: [{ personId: first.id, counts: { high: 49 } }] });
    expect(engine.current.undo.personnel).toMatchObject({ action: 'line', subject: 'Lương Xuân Quý' });
    ok(engine, 'undo', { scope: 'personnel' });
    const { journal: _j, undo_step: _u, redo_step: _r, ...now } = dumpDb(db);
    const { journal: _j2, undo_step: _u2, redo_step: _r2, ...then } = before;
    expect(now).toEqual(then);
    ok(engine, 'undo', { scope: 'personnel' });
    expect(view(engine, id).ballots).toEqual({ issued: 0, returned: 0, valid: 0, invalid: 0 });
  });

  it('counts the lines of a step that entered several', () => {
    const { engine, id } = openConfidence();
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    const [a, b] = view(engine, id).people;
    ok(engine, 'personnel.count', { id, lines: [{ personId: a.id, counts: { high: 40 } }, { personId: b.id, counts: { high: 30 } }] });
    expect(engine.current.undo.personnel).toMatchObject({ action: 'line', subject: 'Lương Xuân Quý', count: 2 });
  });

  it('refuses after the close a line step the close did not touch, changing nothing', () => {
    const { engine, id } = openConfidence();
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    const rated = view(engine, id).people.filter((p) => !p.exemptReason);
    rated.forEach((p, i) => {
      const [high, medium, low, invalid] = CONFIDENCE_COUNTS[i];
      ok(engine, 'personnel.count', { id, lines: [{ personId: p.id, counts: { high, medium, low, invalid } }] });
    });
    ok(engine, 'personnel.close', { id });
    const r = refused(engine, 'undo', { scope: 'personnel' }, 'undo-personnel-closed');
    expect(r.en).toBe('The vote “Lấy phiếu tín nhiệm năm 2026” is closed, so its counts can no longer be undone or redone. To put them right, correct the counts (with a reason); an election that left a post unfilled can also hold a new round.');
    expect(r.vi).toBe('Cuộc bỏ phiếu «Lấy phiếu tín nhiệm năm 2026» đã kết thúc nên không thể hoàn tác hay làm lại số phiếu nữa. Để sửa, hãy đính chính số phiếu (ghi rõ lý do); cuộc bầu còn thiếu người trúng cử thì có thể bầu lại (vòng mới).');
    ok(engine, 'personnel.announce', { id });
    refused(engine, 'undo', { scope: 'personnel' }, 'undo-personnel-closed');
    expect(view(engine, id).people[6].counts).toMatchObject({ high: 44, medium: 12, low: 0 });
  });

  it('refuses a step taken in another session', () => {
    const { engine, id } = openConfidence();
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2026-12-20', endDate: '2026-12-20' });
    expect(engine.current.undo.personnel).toMatchObject({ elsewhere: { sessionId: 1 } });
    refused(engine, 'undo', { scope: 'personnel' }, 'undo-other-session');
  });
});
