import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, diff, packRows, type PatchOp, type Row } from '../../../common/patch';

/** Rows as a slice holds them: an id, a few fields, some nested. */
const row = (id: number) =>
  fc.record({ id: fc.constant(id), title: fc.constantFrom('Khai mạc', 'Thảo luận', ''), position: fc.integer({ min: 0, max: 9 }), segments: fc.array(fc.integer(), { maxLength: 2 }) });
const rows = fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 10 }).chain((ids) => fc.tuple(...ids.map(row)));
const wire = (ops: PatchOp[]) => JSON.parse(JSON.stringify(ops)) as PatchOp[];

describe('compact patch forms (common/patch.ts)', () => {
  it('packed upserts apply to the same rows, in the same order, after a trip through JSON', () => {
    fc.assert(
      fc.property(rows, rows, (prev, next) => {
        const ops = diff(prev, next);
        expect(applyPatch(prev as Row[], wire(ops.map(packRows)))).toEqual(next);
      }),
    );
  });

  it('a few rows upserted or merged in place give the same list as the general path', () => {
    // A removal of an id no list holds sends applyRows down its general path, with the same meaning.
    const change = fc.record({ id: fc.integer({ min: 1, max: 14 }), title: fc.constantFrom('Bế mạc', 'Khai mạc'), position: fc.integer({ min: 0, max: 9 }) });
    const op = fc.record({ upsert: fc.array(change, { maxLength: 4 }), merge: fc.array(change.map(({ id, title }) => ({ id, title })), { maxLength: 4 }) });
    fc.assert(
      fc.property(rows, op, (prev, { upsert, merge }) => {
        const few: PatchOp = { op: 'rows', path: [], upsert, remove: [], merge };
        const general: PatchOp = { ...few, remove: [-1] };
        expect(applyPatch(prev as Row[], [few])).toEqual(applyPatch(prev as Row[], [general]));
      }),
    );
  });

  it('packs only lists of at least three rows with the same fields', () => {
    const op: PatchOp = { op: 'rows', path: [], upsert: [{ id: 1, a: 1 }, { id: 2, a: 2 }, { id: 3, a: 3 }], remove: [] };
    expect(packRows(op)).toEqual({ op: 'rows', path: [], upsert: [], remove: [], pack: { cols: ['id', 'a'], rows: [[1, 1], [2, 2], [3, 3]] } });
    const mixed: PatchOp = { op: 'rows', path: [], upsert: [{ id: 1, a: 1 }, { id: 2, b: 2 }, { id: 3, a: 3 }], remove: [] };
    expect(packRows(mixed)).toBe(mixed);
    const undef: PatchOp = { op: 'rows', path: [], upsert: [{ id: 1, a: 1 }, { id: 2, a: undefined }, { id: 3, a: 3 }], remove: [] };
    expect(packRows(undef)).toBe(undef);
  });

  it('renumber sets the field to each row’s index after a move, and keeps rows already right', () => {
    const prev: Row[] = [0, 1, 2, 3].map((i) => ({ id: i + 10, position: i, title: `Mục ${i}` }));
    const out = applyPatch(prev, [{ op: 'rows', path: [], upsert: [], remove: [], move: [13, 0], renumber: 'position' }]);
    expect(out.map((r) => [r.id, r.position])).toEqual([[13, 0], [10, 1], [11, 2], [12, 3]]);
    expect(out.map((r) => r.title)).toEqual(['Mục 3', 'Mục 0', 'Mục 1', 'Mục 2']);
    const same = applyPatch(prev, [{ op: 'rows', path: [], upsert: [], remove: [], renumber: 'position' }]);
    same.forEach((r, i) => expect(r).toBe(prev[i]));
  });
});

describe('rows identified by another field', () => {
  it('upserts, merges, removes and orders by the field `key` names', () => {
    const prev: Row[] = [
      { delegateId: 2, status: 'absent', time: null },
      { delegateId: 5, status: 'late', time: '08:10' },
    ] as unknown as Row[];
    const out = applyPatch(prev, [
      { op: 'rows', path: [], key: 'delegateId', upsert: [{ delegateId: 3, status: 'left', time: '10:00' } as unknown as Row], remove: [2], merge: [{ delegateId: 5, time: '08:20' } as unknown as Row], order: [3, 5] },
    ]);
    expect(out).toEqual([
      { delegateId: 3, status: 'left', time: '10:00' },
      { delegateId: 5, status: 'late', time: '08:20' },
    ]);
  });
});
