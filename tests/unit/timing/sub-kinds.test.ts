/**
 * Whether each item of a long programme is taken up, asked of every row (the console's `n` and the
 * sitting's items left): the sub-items of each row are read from one map of the programme, not by
 * going through the whole programme again for each row (quadratic: a 300-item programme, 90 000
 * rows read per question asked of all of them).
 */
import { describe, expect, it } from 'vitest';
import type { AgendaKind } from '../../../common/agenda/model';
import { isHeading, isPart, joinRows, notTakenUp, partIds, type Row } from '../../../common/timing/stats';

/** 300 items: 30 parts ("Phần …", 0 minutes, or a discussion over discussions), each over 9 sub-items, some sent to study. */
function programme(): Row[] {
  const agenda = [];
  const timings = [];
  let id = 0;
  for (let p = 0; p < 30; p++) {
    const part = ++id;
    const kind: AgendaKind = p % 3 === 0 ? 'other' : p % 3 === 1 ? 'discussion' : 'report';
    agenda.push({ id: part, sessionId: 1, position: part, title: `Phần ${p + 1}`, kind, presenter: '', plannedMinutes: p % 2 ? 0 : 90 });
    timings.push({ id: part, sittingId: 1, parentId: null, status: 'pending' as const, startedAt: null, accumulatedMs: 0, extraMinutes: 0, finishedAt: null, segments: [] });
    for (let s = 0; s < 9; s++) {
      const sub = ++id;
      const subKind: AgendaKind = s % 3 === 0 ? 'discussion' : s % 3 === 1 ? 'verification' : 'report';
      const title = s === 4 ? 'Báo cáo công tác (gửi đại biểu nghiên cứu, không trình bày)' : `Mục ${p + 1}.${s + 1}`;
      agenda.push({ id: sub, sessionId: 1, position: sub, title, kind: subKind, presenter: '', plannedMinutes: s === 4 ? 0 : 20 });
      timings.push({ id: sub, sittingId: 1, parentId: part, status: 'pending' as const, startedAt: null, accumulatedMs: 0, extraMinutes: 0, finishedAt: null, segments: [] });
    }
  }
  return joinRows(agenda, timings);
}

/** The rows, counting how many of them are read. */
function counted(rows: Row[]): { rows: Row[]; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(rows, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
      return Reflect.get(target, key, receiver);
    },
  });
  return { rows: proxy, reads: () => reads };
}

describe('parts and headings of a 300-item programme', () => {
  it('finds the parts, headings and items not taken up as before', () => {
    const rows = programme();
    expect(rows).toHaveLength(300);
    // Reference: each row's sub-items found by going through the programme, as the rule reads.
    const subsOf = (r: Row) => rows.filter((x) => x.timing.parentId === r.item.id);
    const parts = rows.filter((r) => isPart(r, rows));
    // A part: no kind of its own, or 0 minutes, or over a sub-item of its own group (a discussion over discussions, a report over reports).
    expect(parts.map((r) => r.item.title)).toEqual(rows.filter((r) => r.timing.parentId === null && subsOf(r).length > 0).map((r) => r.item.title));
    expect([...partIds(rows)]).toEqual(parts.map((r) => r.item.id));
    expect(rows.filter((r) => isHeading(r, rows))).toEqual(parts);
    // The parts and each part's study report are passed over; nothing else.
    expect(rows.filter((r) => notTakenUp(r, rows)).length).toBe(60);
    expect(notTakenUp(rows[1], rows)).toBe(false);
  });

  it('reads the programme a few times over to ask it of every row, not once per row', () => {
    const { rows, reads } = counted(programme());
    const left = rows.filter((r) => !notTakenUp(r, rows) && !isHeading(r, rows) && !isPart(r, rows));
    expect(left).toHaveLength(240);
    // Before: 300 rows × 3 questions × 300 rows read = 270 000.
    expect(reads()).toBeLessThan(300 * 4);
  });

  it('maps a programme again when it has grown since it was asked', () => {
    const rows = programme();
    const last = rows[rows.length - 1];
    expect(isPart(last, rows)).toBe(false);
    // An item put under the last one (a list the caller built on): the last is now a part over its own group.
    rows.push({ item: { ...last.item, id: 1000, title: 'Mục mới' }, timing: { ...last.timing, id: 1000, parentId: null } });
    rows.push({ item: { ...last.item, id: 1001, title: 'Mục con' }, timing: { ...last.timing, id: 1001, parentId: 1000 } });
    expect(isPart(rows[300], rows)).toBe(true);
  });
});
