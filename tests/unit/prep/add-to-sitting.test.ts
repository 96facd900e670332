/**
 * An item typed in after a template goes into the sitting the office names: after that sitting's
 * last item (with its sub-items), not at the end of the programme under no sitting. One
 * transaction, one undo step; a sitting that is not this session's is refused, changing nothing.
 */
import { describe, expect, it } from 'vitest';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';
import type { Db } from '../../../electron/store/db';

function prepared() {
  const { engine, db } = newEngine();
  seedBasics(engine);
  ok(engine, 'template.apply', { builtin: 'yearEnd' });
  return { engine, db };
}

/** What adding an item changes: the programme and its sittings. */
const programme = (db: Db) => {
  const all = dumpDb(db);
  return { agenda_item: all.agenda_item, sitting: all.sitting };
};

describe('agenda.add into a sitting', () => {
  it("puts the item after the sitting's last item and in that sitting; undo takes it out again", () => {
    const { engine, db } = prepared();
    const [morning] = engine.current.sittings;
    const before = programme(db);
    const inMorning = engine.current.timing.items.filter((i) => i.sittingId === morning.id);
    const lastOfMorning = engine.current.agenda.findIndex((a) => a.id === inMorning.at(-1)!.id);

    const { id } = ok(engine, 'agenda.add', { title: 'Báo cáo bổ sung', kind: 'report', sittingId: morning.id });
    expect(engine.current.agenda[lastOfMorning + 1]).toMatchObject({ id, title: 'Báo cáo bổ sung', plannedMinutes: 15 });
    expect(engine.current.timing.items.find((i) => i.id === id)).toMatchObject({ sittingId: morning.id, parentId: null });
    // The next sitting's items follow it, as they did.
    expect(engine.current.timing.items[lastOfMorning + 2].sittingId).not.toBe(morning.id);

    expect(ok(engine, 'undo', { scope: 'prep' })).toMatchObject({ action: 'add', subject: 'Báo cáo bổ sung' });
    expect(programme(db)).toEqual(before);
  });

  it('goes after the sub-items of the last main item, never between them', () => {
    const { engine } = prepared();
    const [morning] = engine.current.sittings;
    const last = engine.current.timing.items.findLast((i) => i.sittingId === morning.id && i.parentId === null)!;
    const subsBefore = engine.current.timing.items.filter((i) => i.parentId === last.id).length;
    // The last item of the morning gets a sub-item that sits in no sitting: it still travels with its main item.
    const sub = ok(engine, 'agenda.add', { title: 'Báo cáo thẩm tra', kind: 'verification' }).id;
    ok(engine, 'agenda.move', { id: sub, index: engine.current.agenda.findIndex((a) => a.id === last.id) + 1 + subsBefore });
    ok(engine, 'agenda.setParent', { id: sub, parentId: last.id });
    ok(engine, 'agenda.assign', { id: sub, sittingId: null });
    const { id } = ok(engine, 'agenda.add', { title: 'Tờ trình bổ sung', kind: 'submission', sittingId: morning.id });
    const order = engine.current.agenda.map((a) => a.id);
    expect(order.indexOf(id)).toBe(order.indexOf(sub) + 1);
  });

  it('into a sitting with no items yet: after the items of the sittings before it', () => {
    const { engine } = prepared();
    // The last sitting's items are taken out of it (they land under no sitting): it is empty.
    const added = engine.current.sittings.at(-1)!.id;
    for (const i of engine.current.timing.items.filter((i) => i.sittingId === added)) ok(engine, 'agenda.assign', { id: i.id, sittingId: null });
    const sittingOrder = engine.current.sittings.map((s) => s.id);
    const { id } = ok(engine, 'agenda.add', { title: 'Giải trình thêm', kind: 'discussion', sittingId: added });
    // Every item before it is in an earlier sitting, every one after it in a later one (or none).
    const timing = engine.current.timing.items;
    const at = timing.findIndex((i) => i.id === id);
    const rank = (s: number | null) => (s === null ? Infinity : sittingOrder.indexOf(s));
    expect(timing.slice(0, at).every((i) => rank(i.sittingId) < rank(added))).toBe(true);
    expect(timing.slice(at + 1).every((i) => rank(i.sittingId) > rank(added))).toBe(true);
    expect(timing[at].sittingId).toBe(added);
  });

  it('without a sitting it goes at the end under no sitting, as before', () => {
    const { engine } = prepared();
    const { id } = ok(engine, 'agenda.add', { title: 'Mục thêm', kind: 'report' });
    expect(engine.current.timing.items.at(-1)).toMatchObject({ id, sittingId: null });
  });

  it('refuses a sitting that is not one of this session, with a clear sentence, changing nothing', () => {
    const { engine } = prepared();
    const r = refused(engine, 'agenda.add', { title: 'Mục thêm', kind: 'report', sittingId: 999 }, 'not-found');
    expect(r.en).toMatch(/sitting/i);
    expect(r.vi).toMatch(/phiên họp/i);
    // A sitting of another session is not this session's either.
    const other = engine.current.sittings[0].id;
    ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2026-12-20', endDate: '2026-12-20' });
    refused(engine, 'agenda.add', { title: 'Mục thêm', kind: 'report', sittingId: other }, 'not-found');
  });
});
