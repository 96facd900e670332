import { describe, expect, it } from 'vitest';
import { dumpDb, newEngine, ok, seedBasics } from '../helpers';

const secretary = (lang: 'vi' | 'en' = 'en') => ({ actor: 'Thư ký - laptop 2', lang, role: 'secretary' as const, deviceId: 1 });

function setUp() {
  const ctx = newEngine();
  seedBasics(ctx.engine);
  ok(ctx.engine, 'device.pair', { name: 'Thư ký - laptop 2' });
  const delegates = [1, 2, 3].map((seat) => ok(ctx.engine, 'delegate.add', { fullName: `Đại biểu ${seat}`, seatNumber: seat }).id);
  const item = ok(ctx.engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion' }).id;
  return { ...ctx, delegates, item };
}

describe('commands made on a stale view', () => {
  it('refuses a count typed against an older tally, naming who changed it, and changes nothing', () => {
    const { engine, db } = setUp();
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết A', method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 3 });
    const seen = engine.current.revision;
    // The chair enters a count while the secretary is still typing hers.
    ok(engine, 'vote.tally', { id, for: 2, against: 1, abstain: 0 });
    const before = dumpDb(db);
    const en = engine.dispatch({ type: 'vote.tally', id, for: 3, against: 0, abstain: 0, seen }, secretary('en'));
    const vi = engine.dispatch({ type: 'vote.tally', id, for: 3, against: 0, abstain: 0, seen }, secretary('vi'));
    expect(en).toMatchObject({ ok: false, error: { code: 'stale', message: 'The vote count was changed by the chair after you looked at it. Check it and try again.' } });
    expect(vi.ok ? '' : vi.error.message).toBe('Kết quả kiểm phiếu vừa được chủ tọa thay đổi sau khi anh/chị xem. Hãy xem lại rồi thực hiện lại.');
    expect(dumpDb(db)).toEqual(before);
    // Made on the current view, it goes through; and the chair then sees the device's name.
    expect(engine.dispatch({ type: 'vote.tally', id, for: 3, against: 0, abstain: 0, seen: engine.current.revision }, secretary()).ok).toBe(true);
    const chair = engine.dispatch({ type: 'vote.tally', id, for: 1, against: 1, abstain: 1, seen }, { actor: 'desktop', lang: 'en' });
    expect(chair.ok ? '' : chair.error.message).toBe('The vote count was changed by Thư ký - laptop 2 after you looked at it. Check it and try again.');
  });

  it('lets two operators mark different delegates of a named vote at once', () => {
    const { engine, delegates } = setUp();
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết B', method: 'named' }).id;
    ok(engine, 'vote.open', { id, present: 3 });
    const seen = engine.current.revision;
    ok(engine, 'vote.mark', { id, delegateId: delegates[0], choice: 'for' });
    expect(engine.dispatch({ type: 'vote.mark', id, delegateId: delegates[1], choice: 'against', seen }, secretary()).ok).toBe(true);
    const same = engine.dispatch({ type: 'vote.mark', id, delegateId: delegates[0], choice: 'against', seen }, secretary());
    expect(same.ok ? '' : same.error.code).toBe('stale');
  });

  it('refuses a count or mark typed on a view older than the chair’s undo of it', () => {
    const { engine, delegates } = setUp();
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết C', method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 3 });
    ok(engine, 'vote.tally', { id, for: 2, against: 1, abstain: 0 });
    const seen = engine.current.revision;
    ok(engine, 'undo', { scope: 'vote' });
    const stale = engine.dispatch({ type: 'vote.tally', id, for: 3, against: 0, abstain: 0, seen }, secretary());
    expect(stale.ok ? '' : stale.error.message).toBe('The vote count was changed by the chair after you looked at it. Check it and try again.');
    expect(engine.current.votes[0].tally).toMatchObject({ for: 0, against: 0, abstain: 0 });

    // A mark's undo is that delegate's: another delegate's mark on the same view goes through.
    const named = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết D', method: 'named' }).id;
    ok(engine, 'vote.close', { id });
    ok(engine, 'vote.open', { id: named, present: 3 });
    ok(engine, 'vote.mark', { id: named, delegateId: delegates[0], choice: 'for' });
    const view = engine.current.revision;
    ok(engine, 'undo', { scope: 'vote' });
    const same = engine.dispatch({ type: 'vote.mark', id: named, delegateId: delegates[0], choice: 'against', seen: view }, secretary());
    expect(same.ok ? '' : same.error.code).toBe('stale');
    expect(engine.dispatch({ type: 'vote.mark', id: named, delegateId: delegates[1], choice: 'against', seen: view }, secretary()).ok).toBe(true);
  });

  it('refuses a queue move made against an older order of that queue only', () => {
    const { engine, delegates, item } = setUp();
    ok(engine, 'speaker.focus', { agendaItemId: item });
    const a = ok(engine, 'speaker.request', { delegateId: delegates[0] }).id;
    ok(engine, 'speaker.request', { delegateId: delegates[1] });
    const seen = engine.current.revision;
    ok(engine, 'speaker.request', { delegateId: delegates[2] });
    const stale = engine.dispatch({ type: 'speaker.move', id: a, index: 1, seen }, secretary());
    expect(stale.ok ? '' : stale.error.message).toBe('The speaker queue was changed by the chair after you looked at it. Check it and try again.');
    // The sender's own changes are not news to it: quick repeated moves go through.
    const mine = engine.current.revision;
    expect(engine.dispatch({ type: 'speaker.move', id: a, index: 2, seen: mine }, secretary()).ok).toBe(true);
    expect(engine.dispatch({ type: 'speaker.move', id: a, index: 0, seen: mine }, secretary()).ok).toBe(true);
    // An unrelated change (the roster) does not make the queue stale.
    const now = engine.current.revision;
    ok(engine, 'delegate.update', { id: delegates[2], fullName: 'Đại biểu Ba' });
    expect(engine.dispatch({ type: 'speaker.move', id: a, index: 1, seen: now }, secretary()).ok).toBe(true);
  });

  it('refuses an agenda move made against an older order of the agenda, and changes nothing', () => {
    const { engine, db, item } = setUp();
    // The agenda is the chair's: the second operator here is the chair's other console (a browser tab beside the desktop window).
    const tab = (lang: 'vi' | 'en' = 'en') => ({ actor: 'browser@127.0.0.1', lang });
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' }).id;
    ok(engine, 'agenda.add', { title: 'Chất vấn', kind: 'questioning' });
    const seen = engine.current.revision;
    // The desktop window moves the report to the top while the tab still shows it second.
    ok(engine, 'agenda.move', { id: report, index: 0 });
    const before = dumpDb(db);
    const en = engine.dispatch({ type: 'agenda.move', id: item, index: 2, seen }, tab('en'));
    const vi = engine.dispatch({ type: 'agenda.move', id: item, index: 2, seen }, tab('vi'));
    expect(en).toMatchObject({ ok: false, error: { code: 'stale', message: 'The order of the agenda was changed by the chair after you looked at it. Check it and try again.' } });
    expect(vi.ok ? '' : vi.error.message).toBe('Thứ tự chương trình kỳ họp vừa được chủ tọa thay đổi sau khi anh/chị xem. Hãy xem lại rồi thực hiện lại.');
    expect(dumpDb(db)).toEqual(before);
    // An item added or removed changes what an index means just as a move does.
    const added = engine.current.revision;
    const extra = ok(engine, 'agenda.add', { title: 'Bế mạc', kind: 'closing', index: 0 }).id;
    expect(engine.dispatch({ type: 'agenda.move', id: item, index: 2, seen: added }, tab()).ok).toBe(false);
    const removed = engine.current.revision;
    ok(engine, 'agenda.remove', { id: extra });
    expect(engine.dispatch({ type: 'agenda.move', id: item, index: 2, seen: removed }, tab()).ok).toBe(false);
    // On the current view it goes through, and the sender's own quick moves do not refuse each other.
    const mine = engine.current.revision;
    expect(engine.dispatch({ type: 'agenda.move', id: item, index: 2, seen: mine }, tab()).ok).toBe(true);
    expect(engine.dispatch({ type: 'agenda.move', id: item, index: 1, seen: mine }, tab()).ok).toBe(true);
    // An unrelated change (an item's title) does not make the order stale.
    const now = engine.current.revision;
    ok(engine, 'agenda.update', { id: report, title: 'Báo cáo tình hình kinh tế - xã hội', kind: 'report', presenter: '', plannedMinutes: 20 });
    expect(engine.dispatch({ type: 'agenda.move', id: item, index: 0, seen: now }, tab()).ok).toBe(true);
  });

  describe('timing commands, sent by the chair’s other console (a browser tab beside the desktop window)', () => {
    const tab = (lang: 'vi' | 'en' = 'en') => ({ actor: 'browser@127.0.0.1', lang });
    const desktop = { actor: 'desktop', lang: 'en' } as const;
    function programme() {
      const ctx = setUp();
      const morning = ok(ctx.engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
      const items = ['Báo cáo kinh tế - xã hội', 'Báo cáo thẩm tra', 'Thảo luận tổ'].map((title) => ok(ctx.engine, 'agenda.add', { title, kind: 'report', plannedMinutes: 20 }).id);
      for (const id of items) ok(ctx.engine, 'agenda.assign', { id, sittingId: morning });
      ok(ctx.engine, 'sitting.open', { id: morning });
      const run = (type: string, payload: object, meta: { actor: string; lang: 'vi' | 'en' } = desktop) => {
        const reply = ctx.engine.dispatch({ ...payload, type }, meta);
        if (!reply.ok) throw new Error(`${type} refused: ${reply.error.message}`);
      };
      run('item.start', { id: items[0] });
      return { ...ctx, morning, items, run };
    }
    const timingOf = (engine: ReturnType<typeof setUp>['engine'], id: number) => engine.current.timing.items.find((t: { id: number }) => t.id === id)!;

    it('refuses “finish it and start the next” sent on a view from before the other console started another item, and changes nothing', () => {
      const { engine, db, items, run } = programme();
      // The tab shows the first report running; the desktop window meanwhile goes on to the second.
      const seen = engine.current.revision;
      run('item.start', { id: items[1], current: 'finish' });
      const before = dumpDb(db);
      // Without the check, "finish it" would have finished the second report, which the tab never showed running.
      const en = engine.dispatch({ type: 'item.start', id: items[2], current: 'finish', seen }, tab('en'));
      const vi = engine.dispatch({ type: 'item.start', id: items[2], current: 'finish', seen }, tab('vi'));
      expect(en).toMatchObject({ ok: false, error: { code: 'stale', message: 'The progress of the programme was changed by the chair after you looked at it. Check it and try again.' } });
      expect(vi.ok ? '' : vi.error.message).toBe('Tiến trình chương trình kỳ họp vừa được chủ tọa thay đổi sau khi anh/chị xem. Hãy xem lại rồi thực hiện lại.');
      expect(dumpDb(db)).toEqual(before);
      expect(timingOf(engine, items[1]).status).toBe('running');
      // On the view as it is now, the same command goes through.
      expect(engine.dispatch({ type: 'item.start', id: items[2], current: 'finish', seen: engine.current.revision }, tab()).ok).toBe(true);
      expect(timingOf(engine, items[1]).status).toBe('finished');
      expect(timingOf(engine, items[2]).status).toBe('running');
    });

    it('adds one minute, not two, when both consoles press +1 on the same view; each minute on the current view goes through', () => {
      const { engine, db, items, run } = programme();
      const seen = engine.current.revision;
      run('item.extend', { id: items[0], minutes: 1 });
      const before = dumpDb(db);
      const stale = engine.dispatch({ type: 'item.extend', id: items[0], minutes: 1, seen }, tab());
      expect(stale.ok ? '' : stale.error.code).toBe('stale');
      expect(dumpDb(db)).toEqual(before);
      expect(timingOf(engine, items[0]).extraMinutes).toBe(1);
      // The tab's own quick presses do not refuse each other.
      const mine = engine.current.revision;
      expect(engine.dispatch({ type: 'item.extend', id: items[0], minutes: 1, seen: mine }, tab()).ok).toBe(true);
      expect(engine.dispatch({ type: 'item.extend', id: items[0], minutes: 1, seen: mine }, tab()).ok).toBe(true);
      expect(timingOf(engine, items[0]).extraMinutes).toBe(3);
    });

    it('refuses a skip or a close on a view from before the other console’s undo or skip', () => {
      const { engine, db, morning, items, run } = programme();
      run('item.finish', { id: items[0] });
      const seen = engine.current.revision;
      // The desktop takes the finish back: the report runs again.
      run('undo', { scope: 'timing' });
      expect(timingOf(engine, items[0]).status).toBe('running');
      let before = dumpDb(db);
      const skip = engine.dispatch({ type: 'item.skip', id: items[1], seen }, tab());
      expect(skip.ok ? '' : skip.error.code).toBe('stale');
      expect(dumpDb(db)).toEqual(before);
      // The close the tab was asked about counted two items left; the desktop skips one meanwhile.
      run('item.finish', { id: items[0] });
      const asked = engine.current.revision;
      run('item.skip', { id: items[1] });
      before = dumpDb(db);
      const close = engine.dispatch({ type: 'sitting.close', id: morning, seen: asked }, tab());
      expect(close.ok ? '' : close.error.code).toBe('stale');
      expect(dumpDb(db)).toEqual(before);
      expect(engine.current.sittings.find((s: { id: number }) => s.id === morning)?.status).toBe('open');
      expect(engine.dispatch({ type: 'sitting.close', id: morning, seen: engine.current.revision }, tab()).ok).toBe(true);
    });

    it('is not made stale by a change elsewhere (the roster, a speaker request), and a timing command without `seen` is not checked', () => {
      const { engine, delegates, items, run } = programme();
      const seen = engine.current.revision;
      ok(engine, 'delegate.update', { id: delegates[2], fullName: 'Đại biểu Ba' });
      ok(engine, 'speaker.focus', { agendaItemId: items[0] });
      ok(engine, 'speaker.request', { delegateId: delegates[0] });
      expect(engine.dispatch({ type: 'item.pause', id: items[0], seen }, tab()).ok).toBe(true);
      // A LAN client or a test that sends no `seen` is run as before, whatever changed meanwhile.
      run('item.resume', { id: items[0] });
      expect(engine.dispatch({ type: 'item.extend', id: items[0], minutes: 1 }, tab()).ok).toBe(true);
      expect(timingOf(engine, items[0]).extraMinutes).toBe(1);
    });
  });

  it('accepts a command without `seen` as before, and refuses a malformed one', () => {
    const { engine } = setUp();
    const bad = engine.dispatch({ type: 'attendance.open', seen: -1 }, secretary());
    expect(bad.ok ? '' : bad.error.code).toBe('invalid');
  });
});
