/**
 * Edits that cross on the forms that set a session up (engine/edits.ts): the minutes' details and
 * officers, an item's document, a counting committee, the review's signer, the council, a session
 * and the rules of procedure. On real SQLite through the engine, from two senders: a change of a
 * field the other changed after `seen` is refused, naming who and what it is now, and changes
 * nothing; another field goes through; the same value agrees; a bad `seen` is a clear error.
 */
import { describe, expect, it } from 'vitest';
import { dumpDb, newEngine, ok, seedBasics } from '../helpers';
import type { CommandMeta } from '../../../electron/engine/protocol';

const chair = (lang: 'vi' | 'en' = 'en'): CommandMeta => ({ actor: 'desktop', lang, consoleId: 'chair-console-0001' });
const secretary = (lang: 'vi' | 'en' = 'en'): CommandMeta => ({ actor: 'Thư ký Lan', lang, role: 'secretary', deviceId: 1, consoleId: 'secretary-console-01' });
/** The chair's second window: the same actor, another console. */
const chairTab = (lang: 'vi' | 'en' = 'en'): CommandMeta => ({ actor: 'desktop', lang, consoleId: 'chair-console-0002' });

function setUp() {
  const ctx = newEngine();
  const { sessionId } = seedBasics(ctx.engine);
  ok(ctx.engine, 'device.pair', { name: 'Thư ký Lan' });
  const an = ok(ctx.engine, 'delegate.add', { fullName: 'Nguyễn Văn An', seatNumber: 5 }).id;
  const binh = ok(ctx.engine, 'delegate.add', { fullName: 'Trần Thị Bình', seatNumber: 6 }).id;
  return { ...ctx, sessionId, an, binh };
}
type Ctx = ReturnType<typeof setUp>;
const message = (reply: { ok: boolean; error?: { message: string } }) => (reply.ok ? 'saved' : reply.error!.message);

/**
 * The four cases every watched command must meet: `first` (by `one`) then `crossing` (by `other`,
 * from the same view) is refused with `en`/`vi` and changes nothing; `apart` (another field, same
 * view) goes through; `same` (the first's value again) agrees.
 */
function crosses(
  ctx: Ctx,
  c: { one: (l?: 'vi' | 'en') => CommandMeta; other: (l?: 'vi' | 'en') => CommandMeta; first: object; crossing: object; apart?: object; same: object; en: RegExp; vi: RegExp },
) {
  const { engine, db } = ctx;
  const seen = engine.current.revision;
  expect(engine.dispatch({ ...c.first, seen } as never, c.one()).ok).toBe(true);
  const before = dumpDb(db);
  const en = engine.dispatch({ ...c.crossing, seen } as never, c.other('en'));
  expect(en).toMatchObject({ ok: false, error: { code: 'edit-crossed' } });
  expect(message(en)).toMatch(c.en);
  expect(message(engine.dispatch({ ...c.crossing, seen } as never, c.other('vi')))).toMatch(c.vi);
  expect(dumpDb(db)).toEqual(before);
  expect(engine.dispatch({ ...c.same, seen } as never, c.other()).ok).toBe(true);
  if (c.apart) expect(engine.dispatch({ ...c.apart, seen } as never, c.other()).ok).toBe(true);
  // Sent again from a view that shows the other's change, it replaces it.
  expect(engine.dispatch({ ...c.crossing, seen: engine.current.revision } as never, c.other()).ok).toBe(true);
}

describe('the Minutes setup form on two consoles', () => {
  it('refuses a place changed since the form was read, keeps another field, and agrees on the same place', () => {
    const ctx = setUp();
    crosses(ctx, {
      one: chair,
      other: secretary,
      first: { type: 'record.setSession', place: 'Hội trường UBND tỉnh' },
      crossing: { type: 'record.setSession', place: 'Hội trường 2' },
      apart: { type: 'record.setSession', minutesNumber: '5' },
      same: { type: 'record.setSession', place: 'Hội trường UBND tỉnh' },
      en: /^The chair changed the place \(now “Hội trường UBND tỉnh”\) of the minutes while you were editing it/,
      vi: /^Chủ tọa vừa sửa địa điểm \(nay là «Hội trường UBND tỉnh»\) của biên bản kỳ họp trong lúc/,
    });
    expect(ctx.engine.current.record).toMatchObject({ place: 'Hội trường 2', minutesNumber: '5' });
  });

  it('watches the presiding board and the secretaries each as one list, naming the list as it is now', () => {
    const ctx = setUp();
    crosses(ctx, {
      one: secretary,
      other: chair,
      first: { type: 'record.setOfficers', chairs: [ctx.an, ctx.binh] },
      crossing: { type: 'record.setOfficers', chairs: [ctx.binh] },
      apart: { type: 'record.setOfficers', secretaries: [ctx.an] },
      same: { type: 'record.setOfficers', chairs: [ctx.an, ctx.binh] },
      en: /^Thư ký Lan changed the presiding board \(now Nguyễn Văn An, Trần Thị Bình\) of the minutes/,
      vi: /^Thư ký Lan vừa sửa đoàn chủ tọa \(nay là Nguyễn Văn An, Trần Thị Bình\) của biên bản kỳ họp/,
    });
    expect(ctx.engine.current.record).toMatchObject({ chairs: [ctx.binh], secretaries: [ctx.an] });
    // Emptied on one console, the list is named as empty on the other.
    const seen = ctx.engine.current.revision;
    ok(ctx.engine, 'record.setOfficers', { secretaries: [] });
    expect(message(ctx.engine.dispatch({ type: 'record.setOfficers', secretaries: [ctx.binh], seen }, secretary()))).toMatch(/^The chair changed the secretaries \(now nobody\)/);
  });

  it('refuses a document number changed since, keeps its date, and counts a cleared document as a change', () => {
    const ctx = setUp();
    const item = ok(ctx.engine, 'agenda.add', { title: 'Tờ trình về kế hoạch đầu tư công', kind: 'submission' }).id;
    crosses(ctx, {
      one: chair,
      other: secretary,
      first: { type: 'record.setDocument', agendaItemId: item, docNumber: '152/TTr-UBND' },
      crossing: { type: 'record.setDocument', agendaItemId: item, docNumber: '153/TTr-UBND' },
      apart: { type: 'record.setDocument', agendaItemId: item, docNumber: '152/TTr-UBND', docDate: '2026-12-01' },
      same: { type: 'record.setDocument', agendaItemId: item, docNumber: '152/TTr-UBND' },
      en: /^The chair changed the document number \(now “152\/TTr-UBND”\) of the agenda item “Tờ trình về kế hoạch đầu tư công”/,
      vi: /^Chủ tọa vừa sửa số văn bản \(nay là «152\/TTr-UBND»\) của mục chương trình «Tờ trình về kế hoạch đầu tư công»/,
    });
    ok(ctx.engine, 'record.setDocument', { agendaItemId: item, docNumber: '152/TTr-UBND', docDate: '2026-12-01' });
    const seen = ctx.engine.current.revision;
    ok(ctx.engine, 'record.setDocument', { agendaItemId: item, docNumber: '', docDate: null });
    expect(message(ctx.engine.dispatch({ type: 'record.setDocument', agendaItemId: item, docNumber: '9/TTr-UBND', docDate: '2026-12-02', seen }, secretary()))).toMatch(
      /^The chair changed the document number \(now empty\) and the document date \(now empty\)/,
    );
  });

  it('watches a secret ballot’s counting committee as one list', () => {
    const ctx = setUp();
    const vote = ok(ctx.engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế năm 2027', method: 'secret' }).id;
    crosses(ctx, {
      one: secretary,
      other: chair,
      first: { type: 'record.setCounters', voteId: vote, counters: [ctx.an] },
      crossing: { type: 'record.setCounters', voteId: vote, counters: [ctx.binh] },
      same: { type: 'record.setCounters', voteId: vote, counters: [ctx.an] },
      en: /^Thư ký Lan changed the counting committee \(now Nguyễn Văn An\) of the vote “Nghị quyết về biên chế năm 2027”/,
      vi: /^Thư ký Lan vừa sửa ban kiểm phiếu \(nay là Nguyễn Văn An\) của cuộc biểu quyết «Nghị quyết về biên chế năm 2027»/,
    });
  });

  it('refuses a review signer chosen since, and keeps the role chosen on the other console', () => {
    const ctx = setUp();
    crosses(ctx, {
      one: chair,
      other: secretary,
      first: { type: 'review.setSigner', delegateId: ctx.an, role: 'chair' },
      crossing: { type: 'review.setSigner', delegateId: ctx.binh, role: 'chair' },
      apart: { type: 'review.setSigner', delegateId: ctx.an, role: 'viceChair' },
      same: { type: 'review.setSigner', delegateId: ctx.an, role: 'chair' },
      en: /^The chair changed the signer \(now Nguyễn Văn An\) of the review report/,
      vi: /^Chủ tọa vừa sửa người ký \(nay là Nguyễn Văn An\) của báo cáo rút kinh nghiệm/,
    });
  });
});

describe('a vote draft’s custom rule in two windows of the chair', () => {
  it('watches the majority a custom rule needs, apart from its kind', () => {
    const ctx = setUp();
    const rule = (numerator: number, denominator: number) => ({ base: 'seats' as const, comparison: 'atLeast' as const, numerator, denominator });
    const vote = ok(ctx.engine, 'vote.create', { resolutionTitle: 'Nghị quyết về miễn nhiệm', method: 'hands', ruleKind: 'custom', rule: rule(1, 2) }).id;
    crosses(ctx, {
      one: chair,
      other: chairTab,
      first: { type: 'vote.update', id: vote, rule: rule(2, 3) },
      crossing: { type: 'vote.update', id: vote, rule: rule(3, 4) },
      apart: { type: 'vote.update', id: vote, resolutionNumber: '12/NQ-HĐND' },
      same: { type: 'vote.update', id: vote, rule: rule(2, 3) },
      en: /^The chair changed the majority needed \(now at least 2\/3 of total seats\) of the vote “Nghị quyết về miễn nhiệm”/,
      vi: /^Chủ tọa vừa sửa tỷ lệ cần đạt \(nay là ít nhất 2\/3 tổng số đại biểu\) của cuộc biểu quyết «Nghị quyết về miễn nhiệm»/,
    });
  });
});

describe('the council, session and rules forms in two windows of the chair', () => {
  const council = { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 } as const;

  it('refuses the seats changed in the other window, keeps its new name', () => {
    const ctx = setUp();
    crosses(ctx, {
      one: chair,
      other: chairTab,
      first: { ...council, totalSeats: 60 },
      crossing: { ...council, totalSeats: 62 },
      apart: { ...council, totalSeats: 60, name: 'HĐND tỉnh Phú Thọ' },
      same: { ...council, totalSeats: 60 },
      en: /^The chair changed the total number of seats \(now 60\) of the council while you were editing it/,
      vi: /^Chủ tọa vừa sửa tổng số đại biểu \(nay là 60\) của thông tin Hội đồng nhân dân trong lúc/,
    });
    expect(ctx.engine.current.council).toMatchObject({ totalSeats: 62 });
  });

  it('refuses a session’s dates changed in the other window', () => {
    const ctx = setUp();
    const s = { type: 'session.update', id: ctx.sessionId, number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' } as const;
    crosses(ctx, {
      one: chair,
      other: chairTab,
      first: { ...s, endDate: '2026-12-10' },
      crossing: { ...s, endDate: '2026-12-11' },
      apart: { ...s, endDate: '2026-12-10', title: 'Kỳ họp cuối năm' },
      same: { ...s, endDate: '2026-12-10' },
      en: /^The chair changed the last day \(now 10 Dec 2026\) of session 11 of term XVI/,
      vi: /^Chủ tọa vừa sửa ngày bế mạc \(nay là 10\/12\/2026\) của kỳ họp thứ 11 khóa XVI/,
    });
  });

  it('watches each rule apart: the speech limit changed in one window, the quorum in the other', () => {
    const ctx = setUp();
    const rules = (change: Record<string, unknown>) => ({ type: 'rules.save', ...ctx.engine.current.rules, ...change });
    const limits = { ...ctx.engine.current.rules.limits };
    const first = rules({ limits: { ...limits, speech: 5 * 60 } });
    crosses(ctx, {
      one: chair,
      other: chairTab,
      first,
      crossing: { ...first, limits: { ...limits, speech: 150 } },
      apart: { ...first, quorum: { numerator: 1, denominator: 2 } },
      same: first,
      en: /^The chair changed the time limit for speech \(now 5 min\) of the rules of procedure/,
      vi: /^Chủ tọa vừa sửa thời gian phát biểu \(nay là 5 phút\) của nội quy kỳ họp/,
    });
    expect(ctx.engine.current.rules.limits.speech).toBe(150);
    const seen = ctx.engine.current.revision;
    expect(ctx.engine.dispatch({ ...rules({ quorum: { numerator: 1, denominator: 2 } }), seen } as never, chairTab()).ok).toBe(true);
    expect(message(ctx.engine.dispatch({ ...rules({ chime: false, quorum: { numerator: 3, denominator: 4 } }), seen } as never, chair('vi')))).toMatch(
      /^Chủ tọa vừa sửa túc số \(nay là 1\/2\) của nội quy kỳ họp/,
    );
  });

  it('refuses a bad seen with a clear sentence, changing nothing', () => {
    const { engine, db } = setUp();
    const before = dumpDb(db);
    for (const seen of [-1, 1.5, 'x']) {
      const reply = engine.dispatch({ ...council, totalSeats: 70, seen } as never, chair());
      expect(reply).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringMatching(/^Revision seen must be/) } });
      expect(engine.dispatch({ type: 'record.setSession', place: 'X', seen } as never, secretary()).ok).toBe(false);
    }
    expect(dumpDb(db)).toEqual(before);
  });
});
