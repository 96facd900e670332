/**
 * A council with no roll call taken (a short session for urgent matters, the secretary counting the
 * hall): a vote's vacant seats were read from the roster as it is today, so a delegate added or
 * removed after the vote changed the old vote's counting record ("80 (1 ghế khuyết)" became "80")
 * and the console. The figure is now fixed when the vote opens (vote.vacant, personnel_vote.vacant),
 * by the same rule as before (common/attendance/vacancy.ts vacantAtOpening), and read, not counted again.
 */
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { newEngine, ok } from '../helpers';

describe('the vacancy a vote is counted against is fixed when it opens', () => {
  it('a delegate added or removed after the votes changes neither their records nor the console, in both languages', async () => {
    const { engine, db } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 80 });
    const sessionId = ok(engine, 'session.create', { number: 12, term: 16, kind: 'urgent', startDate: '2026-12-20', endDate: '2026-12-20' }).id;
    // 79 delegates hold the 80 seats: one vacant, and no roll call taken.
    const ids = Array.from({ length: 79 }, (_, i) => ok(engine, 'delegate.add', { fullName: `Đại biểu số ${i + 1}` }).id);
    const counters = ids.slice(0, 3);

    const hands = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về điều chỉnh dự toán ngân sách năm 2026', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: hands });
    ok(engine, 'vote.tally', { id: hands, for: 75, against: 2, abstain: 2 });
    ok(engine, 'vote.close', { id: hands });
    const secret = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế công chức năm 2027', method: 'secret' }).id;
    ok(engine, 'record.setCounters', { voteId: secret, counters });
    ok(engine, 'vote.open', { id: secret, present: 75 });
    ok(engine, 'vote.tally', { id: secret, issued: 75, returned: 75, valid: 75, invalid: 0, for: 70, against: 3, abstain: 2 });
    ok(engine, 'vote.close', { id: secret });
    const election = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh', posts: 1, people: [{ delegateId: ids[10], honorific: 'ms' }] }).id;
    ok(engine, 'personnel.committee', { id: election, head: counters[0], members: counters.slice(1) });
    ok(engine, 'personnel.open', { id: election, present: 75 });
    ok(engine, 'personnel.ballots', { id: election, issued: 75, returned: 75, valid: 75, invalid: 0 });
    const personId = engine.current.personnel.find((v) => v.id === election)!.people[0].id;
    ok(engine, 'personnel.count', { id: election, lines: [{ personId, counts: { agree: 70, disagree: 5 } }] });
    ok(engine, 'personnel.close', { id: election });

    const records = async (lang: 'vi' | 'en') => readDocx((await reportFile(db, { doc: 'ballots', sessionId, lang }))!.bytes).paragraphs.map((p) => p.text);
    const viLine = 'Tổng số đại biểu Hội đồng nhân dân: 80 (1 ghế khuyết); số đại biểu có mặt:\u00a075.';
    const enLine = 'Total council seats: 80 (1 seat vacant); delegates present:\u00a075.';
    const said = () => ({
      votes: engine.current.votes.map((v) => [v.id, v.vacant, v.result.passed]),
      personnel: engine.current.personnel.map((v) => [v.id, v.vacant, v.people[0].result?.outcome]),
    });
    const before = said();
    expect(before).toEqual({ votes: [[hands, 1, true], [secret, 1, true]], personnel: [[election, 1, 'elected']] });
    expect((await records('vi')).filter((t) => t === viLine)).toHaveLength(2);

    // The vacant seat filled after the votes: the roster now says none vacant.
    ok(engine, 'delegate.add', { fullName: 'Hoàng Thị Ánh Tuyết' });
    expect(engine.current.attendance.vacant).toBe(0);
    expect(said()).toEqual(before);
    expect((await records('vi')).filter((t) => t === viLine)).toHaveLength(2);
    expect((await records('en')).filter((t) => t === enLine)).toHaveLength(2);

    // Two delegates taken off the roster (entered by mistake): three vacant now, still one at the votes.
    ok(engine, 'delegate.remove', { id: ids[77] });
    ok(engine, 'delegate.remove', { id: ids[78] });
    expect(engine.current.attendance.vacant).toBe(2);
    expect(said()).toEqual(before);
    expect((await records('vi')).filter((t) => t === viLine)).toHaveLength(2);
  }, 30_000);
});
