/**
 * A part of the programme that keeps its own time: "II. Thảo luận" with the office's 120 minutes
 * beside it, over "Thảo luận tại tổ" (60) and "Thảo luận tại hội trường" (60). It is a part whatever
 * its minutes: the engine does not start it, `n` passes it, and its 120 minutes are its budget,
 * never added to its sub-items' plans in the forecast, the Time used panel, the review, or the
 * sitting's being done. A report over its verification stays the presentation, taken up.
 */
import { describe, expect, it } from 'vitest';
import { computeReview } from '../../../common/review/figures';
import { readReviewInput } from '../../../electron/features/review/input';
import { readRecord } from '../../../electron/features/record/read';
import { forecast, isHeading, isPart, joinRows, notTakenUp, partOf, totalsByGroup, totalsBySitting, type ItemShape, type Row } from '../../../common/timing/stats';
import type { Engine } from '../../../electron/engine/engine';
import { newEngine, ok, refused, seedBasics } from '../helpers';

const MIN = 60_000;
const rowsOf = (engine: Engine): Row[] => joinRows(engine.current.agenda, engine.current.timing.items);

/** The next item `n` starts: the first pending one the sitting takes up (LiveView's `next`). */
const nextUp = (engine: Engine): Row => {
  const rows = rowsOf(engine);
  return rows.find((r) => r.timing.status === 'pending' && !notTakenUp(r, rows))!;
};

function morningWithPart() {
  const { engine, db, clock } = newEngine();
  const { sessionId } = seedBasics(engine);
  const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '10:00' }).id;
  const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '14:00', plannedEnd: '17:00' }).id;
  const add = (title: string, kind: 'opening' | 'discussion' | 'report' | 'verification' | 'vote', plannedMinutes: number, sittingId = morning) => {
    const id = ok(engine, 'agenda.add', { title, kind, plannedMinutes }).id;
    ok(engine, 'agenda.assign', { id, sittingId });
    return id;
  };
  const opening = add('Khai mạc kỳ họp', 'opening', 15);
  const part = add('Thảo luận về tình hình kinh tế - xã hội', 'discussion', 120);
  const group = add('Thảo luận tại tổ', 'discussion', 60);
  const hall = add('Thảo luận tại hội trường', 'discussion', 60);
  ok(engine, 'agenda.setParent', { id: group, parentId: part });
  ok(engine, 'agenda.setParent', { id: hall, parentId: part });
  const vote = add('Biểu quyết thông qua Nghị quyết', 'vote', 10, afternoon);
  return { engine, db, clock, sessionId, morning, afternoon, ids: { opening, part, group, hall, vote } };
}

describe('which main items are parts', () => {
  const shape = (kind: ItemShape['kind'], plannedMinutes: number): ItemShape => ({ kind, plannedMinutes, title: 'Mục', presenter: '', parentId: null });

  it('a main item over items of its own group, of no kind of its own, or of 0 minutes: whatever its minutes', () => {
    expect(partOf(shape('discussion', 120), ['discussion', 'discussion'])).toBe(true);
    expect(partOf(shape('report', 80), ['report', 'submission', 'verification'])).toBe(true);
    expect(partOf(shape('vote', 30), ['vote', 'vote'])).toBe(true);
    expect(partOf(shape('other', 45), ['opening', 'report'])).toBe(true);
    expect(partOf(shape('report', 0), ['verification'])).toBe(true);
  });

  it('not a report over its verification and discussion, an item with nothing under it, nor a sub-item', () => {
    expect(partOf(shape('report', 20), ['verification', 'discussion'])).toBe(false);
    expect(partOf(shape('submission', 10), ['verification', 'vote'])).toBe(false);
    expect(partOf(shape('discussion', 120), [])).toBe(false);
    expect(partOf({ ...shape('discussion', 60), parentId: 3 }, ['discussion'])).toBe(false);
  });
});

describe('a part that keeps its own time, run in the engine', () => {
  it('is a heading: n passes it, the engine refuses to start it and changes nothing', () => {
    const { engine, ids } = morningWithPart();
    const rows = rowsOf(engine);
    const part = rows.find((r) => r.item.id === ids.part)!;
    expect([isPart(part, rows), isHeading(part, rows), notTakenUp(part, rows)]).toEqual([true, true, true]);
    ok(engine, 'item.start', { id: nextUp(engine).item.id });
    expect(nextUp(engine).item.id).toBe(ids.group);
    const r = refused(engine, 'item.start', { id: ids.part, current: 'finish' }, 'item-is-part');
    expect(r.en).toBe('“Thảo luận về tình hình kinh tế - xã hội” is a part of the programme: its time is its items’ time. Start one of its items.');
    expect(r.vi).toBe('«Thảo luận về tình hình kinh tế - xã hội» là một phần của chương trình: thời gian của phần là thời gian của các mục trong phần. Hãy bắt đầu một mục trong phần.');
    // A report over its verification is the presentation: it starts.
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report', plannedMinutes: 20 }).id;
    const check = ok(engine, 'agenda.add', { title: 'Báo cáo thẩm tra', kind: 'verification', plannedMinutes: 10 }).id;
    ok(engine, 'agenda.setParent', { id: check, parentId: report });
    ok(engine, 'item.start', { id: report, current: 'finish' });
    expect(engine.current.timing.items.find((i) => i.id === report)!.status).toBe('running');
  });

  it('its budget is not planned beside its sub-items: the morning is 135 minutes, not 255, and not overbooked', () => {
    const { engine, clock, morning, ids } = morningWithPart();
    const rows = rowsOf(engine);
    expect(totalsBySitting(rows, clock()).get(morning)!.plannedMs).toBe(135 * MIN);
    expect(totalsByGroup(rows, clock()).discussion.plannedMs).toBe(120 * MIN);
    // Before the sitting opens: from its planned start, 135 minutes of items, 15 minutes to spare.
    const sitting = engine.current.sittings.find((s) => s.id === morning)!;
    const epoch = (date: string, time: string) => Date.parse(`${date}T${time}:00Z`);
    clock.set(epoch('2026-12-08', '07:00'));
    const f = forecast(rows, sitting, clock(), epoch);
    expect(f.remainingMs).toBe(135 * MIN);
    expect(f.overrunMs).toBe(-15 * MIN);
    expect(f.heaviest.map((h) => h.id)).not.toContain(ids.part);
  });

  it('run item by item as n does: the time used, the review and the record count each minute once', () => {
    const { engine, db, clock, sessionId, morning, afternoon, ids } = morningWithPart();
    for (const minutes of [15, 50, 70]) {
      ok(engine, 'item.start', { id: nextUp(engine).item.id, current: 'finish' });
      clock.advance(minutes * MIN);
    }
    // The hall discussion, last of the morning, is running: the part is still not started.
    expect(engine.current.timing.items.find((i) => i.id === ids.hall)!.status).toBe('running');
    expect(engine.current.timing.items.find((i) => i.id === ids.part)!.status).toBe('pending');
    const rows = rowsOf(engine);
    const t = totalsBySitting(rows, clock()).get(morning)!;
    expect([t.plannedMs, t.plannedRunMs, t.actualMs]).toEqual([135 * MIN, 135 * MIN, 135 * MIN]);

    // n into the afternoon: the morning, its part never started, is done and closed, not suspended.
    ok(engine, 'item.start', { id: nextUp(engine).item.id, current: 'finish' });
    expect(nextUp(engine)).toBeUndefined();
    expect(engine.current.sittings.find((s) => s.id === morning)!.status).toBe('closed');
    expect(engine.current.timing.items.find((i) => i.id === ids.vote)!.status).toBe('running');
    clock.advance(10 * MIN);
    ok(engine, 'item.finish', { id: ids.vote });

    const review = computeReview(readReviewInput(db, sessionId, clock())!);
    expect(review.time.session).toMatchObject({ plannedMs: 145 * MIN, plannedRunMs: 145 * MIN, actualMs: 145 * MIN });
    const [am, pm] = review.time.sittings;
    expect([am.sittingId, am.plannedMs, am.actualMs]).toEqual([morning, 135 * MIN, 135 * MIN]);
    expect([pm.sittingId, pm.plannedMs]).toEqual([afternoon, 10 * MIN]);
    expect(review.time.days[0]).toMatchObject({ plannedMs: 145 * MIN, actualMs: 145 * MIN });
    // The part held no time of its own: not an item the record says was taken up.
    const record = readRecord(db, sessionId)!;
    const held = record.sittings.flatMap((s) => s.items.map((e) => e.item.id));
    expect(held).toEqual([ids.opening, ids.group, ids.hall, ids.vote]);
  });

  it('in a review by sitting, a part planned in another sitting than its items still plans nothing', () => {
    const { engine, db, clock, sessionId, afternoon, ids } = morningWithPart();
    ok(engine, 'agenda.assign', { id: ids.part, sittingId: afternoon });
    const review = computeReview(readReviewInput(db, sessionId, clock())!);
    expect(review.time.sittings.map((s) => s.plannedMs)).toEqual([135 * MIN, 10 * MIN]);
    expect(review.time.session.plannedMs).toBe(145 * MIN);
  });
});
