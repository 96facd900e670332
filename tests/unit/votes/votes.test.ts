import { describe, expect, it } from 'vitest';
import type { Engine } from '../../../electron/engine/engine';
import type { CommandType } from '../../../electron/engine/commands';
import { votesCsv } from '../../../common/votes/csv';
import { newEngine, ok, refused, seedBasics, tempDir } from '../helpers';
import path from 'node:path';
import { announcements } from '../../../common/votes/announce';

/** A 58-seat council with `voters` voting delegates and one guest, and a vote item on the agenda. */
function setUp(voters = 5) {
  const ctx = newEngine();
  seedBasics(ctx.engine);
  const delegates: number[] = [];
  for (let i = 1; i <= voters; i++) delegates.push(ok(ctx.engine, 'delegate.add', { fullName: `Đại biểu ${i}`, seatNumber: i }).id);
  const guest = ok(ctx.engine, 'delegate.add', { fullName: 'Giám đốc Sở Tài chính', voting: false }).id;
  const item = ok(ctx.engine, 'agenda.add', { title: 'Biểu quyết thông qua các nghị quyết', kind: 'vote' }).id;
  return { ...ctx, delegates, guest, item };
}

function create(engine: Engine, payload: object) {
  return ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027', method: 'hands', ...payload }).id;
}

const vote = (engine: Engine, id: number) => engine.current.votes.find((v) => v.id === id)!;

describe('show of hands', () => {
  it('opens, counts, closes and announces under the ordinary rule of total seats', () => {
    const { engine, item } = setUp();
    const id = create(engine, { agendaItemId: item, resolutionNumber: '45/NQ-HĐND' });
    expect(vote(engine, id)).toMatchObject({ status: 'draft', ruleKind: 'ordinary', rule: { base: 'seats', comparison: 'moreThan', numerator: 1, denominator: 2 } });
    ok(engine, 'vote.open', { id, present: 52 });
    expect(vote(engine, id)).toMatchObject({ status: 'open', seats: 58, present: 52 });
    ok(engine, 'vote.tally', { id, for: 28, against: 2, abstain: 1 });
    let r = vote(engine, id).result;
    expect(r).toMatchObject({ base: 58, needed: 30, has: 28, passed: false, uncounted: 21, notVoting: 21, canStillPass: true });
    ok(engine, 'vote.tally', { id, for: 28, against: 20, abstain: 4 });
    expect(vote(engine, id).result.canStillPass).toBe(false);
    ok(engine, 'vote.tally', { id, for: 49, against: 2, abstain: 1 });
    ok(engine, 'vote.close', { id });
    ok(engine, 'vote.announce', { id });
    const v = vote(engine, id);
    r = v.result;
    expect(r).toMatchObject({ passed: true, needed: 30, has: 49 });
    expect(v.versions).toHaveLength(1);
    expect(v.announcedAt).not.toBeNull();
    expect(announcements(v).vi).toBe(
      'Có 49/58 đại biểu tán thành, chiếm 84,48% tổng số đại biểu Hội đồng nhân dân; 2 đại biểu không tán thành, chiếm 3,45%; 1 đại biểu không biểu quyết, chiếm 1,72%. Như vậy, Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027 (số\u00a045/NQ-HĐND) đã được Hội đồng nhân dân thông qua.',
    );
    expect(announcements(v).en).toBe(
      '49 of 58 delegates in favour, 84.48% of the total number of council delegates; 2 against, 3.45%; 1 abstaining, 1.72%. Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027 (No.\u00a045/NQ-HĐND) is therefore adopted by the council.',
    );
  });

  it('takes the number present from the roster when none is entered', () => {
    const { engine } = setUp(7);
    const id = create(engine, {});
    ok(engine, 'vote.open', { id });
    expect(vote(engine, id).present).toBe(7);
  });

  it.each([
    ['counts beyond those present', 'vote.tally', { for: 40, against: 10, abstain: 3 }, 'counts-over-present'],
    ['a negative count', 'vote.tally', { for: -1, against: 0, abstain: 0 }, 'invalid'],
    ['a fraction', 'vote.tally', { for: 2.5, against: 0, abstain: 0 }, 'invalid'],
    ['text for a number', 'vote.tally', { for: '12', against: 0, abstain: 0 }, 'invalid'],
    ['a named mark', 'vote.mark', { delegateId: 1, choice: 'for' }, 'wrong-method'],
  ])('refuses %s and changes nothing', (_, type, payload, code) => {
    const { engine } = setUp();
    const id = create(engine, {});
    ok(engine, 'vote.open', { id, present: 52 });
    ok(engine, 'vote.tally', { id, for: 10, against: 0, abstain: 0 });
    expect(refused(engine, type as CommandType, { id, ...payload }).code).toBe(code);
  });

  it('says what is wrong in both languages', () => {
    const { engine } = setUp();
    const id = create(engine, {});
    ok(engine, 'vote.open', { id, present: 52 });
    expect(refused(engine, 'vote.tally', { id, for: 50, against: 2, abstain: 1 })).toMatchObject({
      en: 'In favour, against and abstaining add up to 53, more than the 52 present.',
      vi: 'Tán thành, không tán thành và không biểu quyết cộng lại (53) nhiều hơn số đại biểu có mặt (52).',
    });
    expect(refused(engine, 'vote.tally', { id, for: -3, against: 0, abstain: 0 }).vi).toBe('Tán thành phải từ 0 trở lên.');
  });

  it('refuses a second open vote, present beyond the seats, and rule changes once open', () => {
    const { engine } = setUp();
    const a = create(engine, {});
    const b = create(engine, { resolutionTitle: 'Nghị quyết về dự toán ngân sách' });
    refused(engine, 'vote.open', { id: a, present: 59 }, 'present-over-seats');
    ok(engine, 'vote.open', { id: a, present: 50 });
    refused(engine, 'vote.open', { id: b }, 'vote-already-open');
    refused(engine, 'vote.update', { id: a, resolutionTitle: 'X', method: 'hands', ruleKind: 'dismissal' }, 'vote-not-draft');
    refused(engine, 'vote.announce', { id: a }, 'vote-not-closed');
    refused(engine, 'vote.create', { resolutionTitle: 'X', method: 'hands', ruleKind: 'custom', rule: { base: 'ballots', comparison: 'moreThan', numerator: 1, denominator: 2 } }, 'ballots-base-needs-secret');
    refused(engine, 'vote.create', { resolutionTitle: '   ', method: 'hands' }, 'invalid');
  });

  it('records a rule changed before opening', () => {
    const { engine } = setUp();
    const id = create(engine, {});
    ok(engine, 'vote.update', { id, resolutionTitle: 'Nghị quyết miễn nhiệm', method: 'hands', ruleKind: 'dismissal' });
    expect(vote(engine, id).rule).toEqual({ base: 'seats', comparison: 'atLeast', numerator: 2, denominator: 3 });
    ok(engine, 'vote.update', { id, resolutionTitle: 'Nghị quyết', method: 'hands', ruleKind: 'custom', rule: { base: 'present', comparison: 'atLeast', numerator: 3, denominator: 4 } });
    ok(engine, 'vote.open', { id, present: 40 });
    ok(engine, 'vote.tally', { id, for: 30, against: 10, abstain: 0 });
    expect(vote(engine, id).result).toMatchObject({ base: 40, needed: 30, passed: true });
  });
});

describe('named vote', () => {
  it('marks present voting delegates, keeps live totals, and refuses guests', () => {
    const { engine, delegates, guest } = setUp(5);
    const id = create(engine, { method: 'named', ruleKind: 'custom', rule: { base: 'present', comparison: 'moreThan', numerator: 1, denominator: 2 } });
    ok(engine, 'vote.open', { id });
    ok(engine, 'vote.mark', { id, delegateId: delegates[0], choice: 'for' });
    ok(engine, 'vote.mark', { id, delegateId: delegates[1], choice: 'for' });
    ok(engine, 'vote.mark', { id, delegateId: delegates[2], choice: 'against' });
    expect(vote(engine, id).tally).toMatchObject({ for: 2, against: 1, abstain: 0 });
    expect(vote(engine, id).result).toMatchObject({ needed: 3, canStillPass: true, uncounted: 2 });
    ok(engine, 'vote.mark', { id, delegateId: delegates[2], choice: 'for' });
    ok(engine, 'vote.mark', { id, delegateId: delegates[3], choice: 'abstain' });
    ok(engine, 'vote.mark', { id, delegateId: delegates[3], choice: null });
    expect(vote(engine, id).tally).toMatchObject({ for: 3, against: 0, abstain: 0 });
    expect(vote(engine, id).marks).toEqual({ [delegates[0]]: 'for', [delegates[1]]: 'for', [delegates[2]]: 'for' });
    const msg = refused(engine, 'vote.mark', { id, delegateId: guest, choice: 'for' }, 'not-a-voter').en;
    expect(msg).toBe('Giám đốc Sở Tài chính is not a voting delegate.');
    refused(engine, 'vote.mark', { id, delegateId: 999, choice: 'for' }, 'not-found');
    refused(engine, 'vote.mark', { id, delegateId: delegates[4], choice: 'maybe' }, 'invalid');
    refused(engine, 'vote.tally', { id, for: 1, against: 0, abstain: 0 }, 'wrong-method');
    ok(engine, 'vote.close', { id });
    expect(vote(engine, id).result.passed).toBe(true);
  });

  it('refuses more marks than the number present', () => {
    const { engine, delegates } = setUp(5);
    const id = create(engine, { method: 'named' });
    ok(engine, 'vote.open', { id, present: 2 });
    ok(engine, 'vote.mark', { id, delegateId: delegates[0], choice: 'for' });
    ok(engine, 'vote.mark', { id, delegateId: delegates[1], choice: 'for' });
    refused(engine, 'vote.mark', { id, delegateId: delegates[2], choice: 'for' }, 'marks-over-present');
  });
});

describe('secret ballot', () => {
  it('opens only once its counting committee is named, as a personnel vote does, and its new round keeps it', () => {
    const { engine, delegates, item } = setUp();
    const id = create(engine, { agendaItemId: item, method: 'secret', resolutionTitle: 'Nghị quyết miễn nhiệm Phó Chủ tịch UBND tỉnh', ruleKind: 'dismissal' });
    // Refused in words naming the ballot and where to name its committee; nothing changes (refused() checks the database).
    const no = refused(engine, 'vote.open', { id, present: 50 }, 'vote-no-counters');
    expect(no.vi).toBe('Bỏ phiếu kín phải có Ban kiểm phiếu: hãy chọn Ban kiểm phiếu cho «Nghị quyết miễn nhiệm Phó Chủ tịch UBND tỉnh» (trưởng ban trước, rồi các ủy viên) ở mục «Ban kiểm phiếu» của cuộc biểu quyết (màn hình Biểu quyết, hoặc màn hình Biên bản), rồi mới mở biểu quyết.');
    expect(no.en).toBe('A secret ballot is counted by a counting committee: name it for “Nghị quyết miễn nhiệm Phó Chủ tịch UBND tỉnh” (its head first, then the members) in the vote’s “Counting committee” box in Votes (or in Minutes), then open the vote.');
    // A show of hands needs none.
    ok(engine, 'vote.open', { id: create(engine, { method: 'hands' }), present: 50 });
    ok(engine, 'vote.close', { id: engine.current.votes.find((v) => v.status === 'open')!.id });
    ok(engine, 'record.setCounters', { voteId: id, counters: [delegates[2], delegates[0]] });
    ok(engine, 'vote.open', { id, present: 50 });
    ok(engine, 'vote.tally', { id, issued: 50, returned: 50, valid: 50, invalid: 0, for: 30, against: 20, abstain: 0 });
    ok(engine, 'vote.close', { id });
    const again = ok(engine, 'vote.revote', { id }).id;
    expect(engine.current.record?.counters[again]).toEqual([delegates[2], delegates[0]]);
    ok(engine, 'vote.open', { id: again, present: 50 });
  });

  it('checks ballots against one another and counts against valid ballots', () => {
    const { engine, delegates } = setUp();
    const id = create(engine, { method: 'secret', ruleKind: 'custom', rule: { base: 'ballots', comparison: 'moreThan', numerator: 1, denominator: 2 } });
    ok(engine, 'record.setCounters', { voteId: id, counters: delegates.slice(0, 3) });
    ok(engine, 'vote.open', { id, present: 50 });
    const open = { id, for: 0, against: 0, abstain: 0 };
    refused(engine, 'vote.tally', { ...open, issued: 51 }, 'issued-over-present');
    refused(engine, 'vote.tally', { ...open, issued: 50, returned: 51 }, 'returned-over-issued');
    refused(engine, 'vote.tally', { ...open, issued: 50, returned: 49, valid: 48, invalid: 2 }, 'ballots-over-returned');
    refused(engine, 'vote.tally', { id, issued: 50, returned: 49, valid: 47, invalid: 2, for: 40, against: 7, abstain: 1 }, 'counts-over-valid');
    ok(engine, 'vote.tally', { id, issued: 50, returned: 49, valid: 46, invalid: 2, for: 40, against: 5, abstain: 1 });
    refused(engine, 'vote.close', { id }, 'ballots-unsorted');
    ok(engine, 'vote.tally', { id, issued: 50, returned: 49, valid: 47, invalid: 2, for: 40, against: 6, abstain: 1 });
    ok(engine, 'vote.close', { id });
    const v = vote(engine, id);
    expect(v.result).toMatchObject({ base: 49, needed: 25, passed: true });
    expect(announcements(v).vi).toMatch(/^Số phiếu phát ra: 50; số phiếu thu vào: 49; số phiếu hợp lệ: 47; số phiếu không hợp lệ: 2\. Có 40\/49 phiếu tán thành, chiếm 81,63% tổng số phiếu thu vào;/);
  });
});

describe('correction and revote', () => {
  it('keeps every version with its reason, and holds a revote as a new round', () => {
    const { engine } = setUp();
    const id = create(engine, {});
    ok(engine, 'vote.open', { id, present: 50 });
    ok(engine, 'vote.tally', { id, for: 29, against: 15, abstain: 6 });
    ok(engine, 'vote.close', { id });
    expect(vote(engine, id).result.passed).toBe(false);
    refused(engine, 'vote.correct', { id, reason: ' ', tally: { for: 31, against: 13, abstain: 6 } }, 'invalid');
    refused(engine, 'vote.correct', { id, reason: 'Đếm lại', tally: { for: 40, against: 13, abstain: 6 } }, 'counts-over-present');
    ok(engine, 'vote.correct', { id, reason: 'Tổ 2 đếm sót 2 phiếu tán thành', tally: { for: 31, against: 13, abstain: 6 } });
    const v = vote(engine, id);
    expect(v.versions.map((x) => [x.version, x.reason, x.tally.for, x.result.passed])).toEqual([
      [1, '', 29, false],
      [2, 'Tổ 2 đếm sót 2 phiếu tán thành', 31, true],
    ]);
    expect(v.result.passed).toBe(true);

    const again = ok(engine, 'vote.revote', { id }).id;
    expect(vote(engine, again)).toMatchObject({ status: 'draft', round: 2, revoteOf: id, resolutionTitle: v.resolutionTitle, rule: v.rule });
    expect(vote(engine, id).versions).toHaveLength(2);
  });

  it('a revote made while a voting item is under way belongs to that item; made during another kind of item, to the first round’s', () => {
    const { engine, item } = setUp();
    const id = create(engine, { agendaItemId: item });
    ok(engine, 'vote.open', { id, present: 5 });
    ok(engine, 'vote.tally', { id, for: 2, against: 3, abstain: 0 });
    ok(engine, 'vote.close', { id });
    // Day two: the programme's own "Biểu quyết lại …" item is under way.
    const again = ok(engine, 'agenda.add', { title: 'Biểu quyết lại Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027', kind: 'vote' }).id;
    const talk = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' }).id;
    ok(engine, 'item.start', { id: again });
    // Before: the second round stayed with day one's item, and opening it asked whether to vote on another item's resolution.
    expect(vote(engine, ok(engine, 'vote.revote', { id }).id)).toMatchObject({ round: 2, agendaItemId: again });
    ok(engine, 'item.start', { id: talk, current: 'finish' });
    expect(vote(engine, ok(engine, 'vote.revote', { id }).id)).toMatchObject({ round: 2, agendaItemId: item });
  });

  it('corrects a named vote mark by mark', () => {
    const { engine, delegates } = setUp(3);
    const id = create(engine, { method: 'named' });
    ok(engine, 'vote.open', { id });
    for (const d of delegates) ok(engine, 'vote.mark', { id, delegateId: d, choice: 'against' });
    ok(engine, 'vote.close', { id });
    ok(engine, 'vote.correct', { id, reason: 'Bấm nhầm', marks: [{ delegateId: delegates[0], choice: 'for' }] });
    expect(vote(engine, id).tally).toMatchObject({ for: 1, against: 2 });
    expect(vote(engine, id).versions.map((v) => v.tally.for)).toEqual([0, 1]);
    expect(vote(engine, id).versions.map((v) => v.marks[delegates[0]])).toEqual(['against', 'for']);
  });
});

describe('persistence and export', () => {
  it('keeps an open vote with its counts through a restart', () => {
    const file = path.join(tempDir(), 'gavel.db');
    let { engine, db } = newEngine(file);
    seedBasics(engine);
    const d = ok(engine, 'delegate.add', { fullName: 'Lò Văn Minh' }).id;
    const id = create(engine, { method: 'named' });
    ok(engine, 'vote.open', { id });
    ok(engine, 'vote.mark', { id, delegateId: d, choice: 'for' });
    db.close();
    ({ engine, db } = newEngine(file));
    expect(vote(engine, id)).toMatchObject({ status: 'open', present: 1, marks: { [d]: 'for' }, tally: { for: 1 } });
    db.close();
  });

  it('exports a session’s votes as CSV with a byte-order mark', () => {
    const { engine, item } = setUp();
    const id = create(engine, { agendaItemId: item, resolutionNumber: '45/NQ-HĐND', presentedBy: 'UBND tỉnh' });
    ok(engine, 'vote.open', { id, present: 50 });
    ok(engine, 'vote.tally', { id, for: 48, against: 1, abstain: 0 });
    ok(engine, 'vote.close', { id });
    const csv = votesCsv(engine.current.votes, new Map([[item, 'Biểu quyết thông qua các nghị quyết']]), engine.current.delegates, 'vi', () => '08/12/2026 09:00');
    const lines = csv.split('\r\n');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    // The presenting body beside the resolution, as the minutes and the results notice name it.
    expect(lines[0]).toMatch(/^\uFEFF"Mục chương trình","Số nghị quyết","Nghị quyết","Cơ quan trình","Lần biểu quyết"/);
    expect(lines[1]).toBe(
      '"Biểu quyết thông qua các nghị quyết","45/NQ-HĐND","Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027","UBND tỉnh","1","Quá 1/2 tổng số đại biểu","Giơ tay","50","Số đếm tại hội trường","58","48","1","0","","","","","58","30","82,76","Thông qua","1","08/12/2026 09:00","08/12/2026 09:00","","","","",""',
    );
    const en = votesCsv(engine.current.votes, new Map(), engine.current.delegates, 'en', () => '12/8/2026 09:00').split('\r\n');
    expect(en[0]).toMatch(/^\uFEFF"Agenda item","Resolution number","Resolution","Presented by","Round"/);
    expect(en[1]).toMatch(/^"","45\/NQ-HĐND","Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027","UBND tỉnh","1",/);
  });
});

describe('a session of six resolutions', () => {
  it('votes them by the three methods, corrects one, and the CSV agrees with every announcement', () => {
    const { engine, delegates, item } = setUp(5);
    const plan = [
      { method: 'hands', title: 'Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027', tally: { for: 49, against: 2, abstain: 1 } },
      { method: 'hands', title: 'Nghị quyết về dự toán ngân sách địa phương năm 2027', tally: { for: 29, against: 20, abstain: 3 } },
      { method: 'secret', title: 'Nghị quyết miễn nhiệm Phó Chủ tịch UBND tỉnh', ruleKind: 'dismissal', tally: { issued: 52, returned: 52, valid: 51, invalid: 1, for: 39, against: 10, abstain: 2 } },
      { method: 'secret', title: 'Nghị quyết bãi nhiệm đại biểu', ruleKind: 'dismissal', tally: { issued: 52, returned: 50, valid: 50, invalid: 0, for: 38, against: 12, abstain: 0 } },
      { method: 'named', title: 'Nghị quyết về chương trình giám sát năm 2027', ruleKind: 'custom', rule: { base: 'present', comparison: 'moreThan', numerator: 1, denominator: 2 } },
      { method: 'hands', title: 'Nghị quyết về lịch họp năm 2027', ruleKind: 'custom', rule: { base: 'cast', comparison: 'atLeast', numerator: 3, denominator: 4 }, tally: { for: 36, against: 12, abstain: 0 } },
    ] as const;
    const ids: number[] = [];
    for (const p of plan) {
      const id = create(engine, { agendaItemId: item, resolutionTitle: p.title, method: p.method, ...('ruleKind' in p ? { ruleKind: p.ruleKind } : {}), ...('rule' in p ? { rule: p.rule } : {}) });
      if (p.method === 'secret') ok(engine, 'record.setCounters', { voteId: id, counters: delegates.slice(0, 3) });
      ok(engine, 'vote.open', { id, present: p.method === 'named' ? 5 : 52 });
      if (p.method === 'named') delegates.forEach((d, i) => ok(engine, 'vote.mark', { id, delegateId: d, choice: i < 3 ? 'for' : 'against' }));
      else ok(engine, 'vote.tally', { id, ...p.tally });
      ok(engine, 'vote.close', { id });
      ok(engine, 'vote.announce', { id });
      ids.push(id);
    }
    ok(engine, 'vote.correct', { id: ids[1], reason: 'Tổ 3 báo cáo thiếu', tally: { for: 31, against: 18, abstain: 3 } });

    const votes = engine.current.votes;
    expect(votes.map((v) => v.result.passed)).toEqual([true, true, true, false, true, true]);
    expect(votes.map((v) => [v.result.has, v.result.needed, v.result.base])).toEqual([
      [49, 30, 58], [31, 30, 58], [39, 39, 58], [38, 39, 58], [3, 3, 5], [36, 36, 48],
    ]);
    const rows = votesCsv(votes, new Map(), engine.current.delegates, 'vi', String).slice(1).trim().split('\r\n').slice(1).map((line) => JSON.parse(`[${line}]`) as string[]);
    rows.forEach((row, i) => {
      const v = votes[i];
      const [forCount, base, pct, result, versions] = [row[10], row[17], row[19], row[20], row[21]];
      expect(announcements(v).vi).toContain(`Có ${forCount}/${base} `);
      expect(announcements(v).vi).toContain(`chiếm ${pct}%`);
      expect(announcements(v).vi).toContain(result === 'Thông qua' ? 'đã được Hội đồng nhân dân thông qua' : 'không được Hội đồng nhân dân thông qua');
      expect(versions).toBe(i === 1 ? '2' : '1');
    });
  });
});

describe('the council’s own rules', () => {
  it('start new votes from rules.majority, while votes already created keep theirs', () => {
    const { engine } = setUp();
    const before = create(engine, {});
    const rules = engine.current.rules;
    ok(engine, 'rules.save', { ...rules, majority: { ...rules.majority, ordinary: { base: 'present', comparison: 'moreThan', numerator: 1, denominator: 2 } } });
    const after = create(engine, {});
    expect(vote(engine, before).rule.base).toBe('seats');
    expect(vote(engine, after).rule.base).toBe('present');
    expect(refused(engine, 'rules.save', { ...rules, majority: { ...rules.majority, ordinary: { base: 'seats', comparison: 'moreThan', numerator: 0, denominator: 2 } } }).en).toBe('Numerator must be at least 1.');
  });
});

describe('the count boxes a chair must fix', () => {
  it('are the three counts of a show of hands, and the ballot counts first for a secret ballot, in the form’s order', async () => {
    const { wrongBoxes } = await import('../../../src/features/votes/votes');
    const draft = { for: 'x', against: '', abstain: '2', issued: 'x', returned: '', valid: '-1', invalid: '' };
    expect(wrongBoxes(draft, false)).toEqual(['for']);
    expect(wrongBoxes(draft, true)).toEqual(['issued', 'valid', 'for']);
  });
});
