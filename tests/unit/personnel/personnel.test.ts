import { describe, expect, it } from 'vitest';
import { Engine } from '../../../electron/engine/engine';
import { migrate } from '../../../electron/store/db';
import { manualClock, newEngine, ok, refused, schemaBefore } from '../helpers';
import { reportFile } from '../../../electron/documents/index';
import { minutesModel } from '../../../electron/features/record/minutes';
import { noticeModel } from '../../../electron/features/record/ballots';
import { countingRecordCsv, personnelResultsCsv } from '../../../common/personnel/csv';
import { readDocx } from '../../docx';
import Papa from 'papaparse';
import { voteHeading } from '../../../common/personnel/words';
import { chosenLabel } from '../../../src/features/personnel/personnel';
import { countAll, countedConfidenceVote, OFFICIALS, prepareConfidence, RETIRING, setUp, view } from './fixtures';

describe('confidence vote on eight officials', () => {
  it('prepares from the roster, counts, closes and announces the statutory sentences', () => {
    const ctx = setUp();
    const { engine } = ctx;
    let sawDraft = false;
    const id = countedConfidenceVote(ctx, {
      whileDraft(id) {
        sawDraft = true;
        const draft = view(engine, id);
        expect(draft).toMatchObject({ kind: 'confidence', status: 'draft', rules: { resign: { base: 'seats', numerator: 1, denominator: 2 } } });
        expect(draft.people.map((p) => [p.fullName, p.title, p.body])).toEqual(OFFICIALS.map(([n, t, b]) => [n, t, b]));
        expect(draft.people[7]).toMatchObject({ exemptReason: RETIRING, result: null });
      },
    });
    expect(sawDraft).toBe(true);
    const v = view(engine, id);
    expect(v.status).toBe('closed');
    expect(v.versions).toHaveLength(1);
    expect(v.committee.map((c) => [c.fullName, c.role])).toEqual([
      ['Phạm Văn Đức', 'head'],
      ['Lê Thị Mai', 'member'],
      ['Vũ Văn Hải', 'member'],
    ]);
    expect(v.people.map((p) => p.result?.outcome ?? 'exempt')).toEqual([
      'confidence',
      'confidence',
      'mayResign',
      'dismissalProposed',
      'confidence',
      'confidence',
      'confidence',
      'exempt',
    ]);
    expect(v.people[0].announcement!.vi).toBe(
      'Ông Lương Xuân Quý được 49/58 phiếu tín nhiệm cao, chiếm 84,48% tổng số đại biểu Hội đồng nhân dân; 5/58 phiếu tín nhiệm, chiếm 8,62%; 1/58 phiếu tín nhiệm thấp, chiếm 1,72%.',
    );
    // Never "49/58 ballots" (read as 49 of 58 ballots when 56 were issued): each level, its count of the 58 seats and the share.
    expect(v.people[0].announcement!.en).toBe(
      'Mr Lương Xuân Quý: high confidence, 49 of 58 (84.48% of the total number of council delegates); confidence, 5 of 58 (8.62%); low confidence, 1 of 58 (1.72%).',
    );
    expect(v.people[2].announcement!.vi).toContain('có trên một nửa tổng số đại biểu đánh giá tín nhiệm thấp, có thể xin từ chức');
    expect(v.people[3].announcement!.vi).toContain('từ hai phần ba tổng số đại biểu trở lên đánh giá tín nhiệm thấp');
  });

  it('refuses counts outside what the ballots allow, naming the person and the level, and changes nothing', () => {
    const { engine, officials, counters } = setUp();
    const id = prepareConfidence(engine, officials, { 7: 'Được bầu trong năm' });
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'personnel.open', { id, present: 56 });
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 55, valid: 54, invalid: 1 });
    const [quy, hoa] = view(engine, id).people;
    ok(engine, 'personnel.count', { id, lines: [{ personId: quy.id, counts: { high: 49, medium: 4 } }] });

    expect(refused(engine, 'personnel.count', { id, lines: [{ personId: quy.id, counts: { low: 2 } }] }, 'personnel-line-over').vi).toBe(
      'Không thể ghi 2 phiếu «tín nhiệm thấp» cho Lương Xuân Quý: các mức của người này cộng lại thành 55, nhiều hơn 54 phiếu hợp lệ.',
    );
    expect(refused(engine, 'personnel.count', { id, lines: [{ personId: hoa.id, counts: { high: 60 } }] }, 'personnel-line-over').en).toBe(
      'Cannot record 60 “high confidence” for Trần Thị Hoa: this person’s levels would add up to 60, more than the 54 valid ballots.',
    );
    expect(refused(engine, 'personnel.count', { id, lines: [{ personId: hoa.id, counts: { agree: 3 } }] }, 'personnel-level-wrong').en).toContain(
      'Trần Thị Hoa',
    );
    const exempt = view(engine, id).people[7];
    expect(refused(engine, 'personnel.count', { id, lines: [{ personId: exempt.id, counts: { high: 1 } }] }, 'personnel-exempt').en).toContain('Được bầu trong năm');
    refused(engine, 'personnel.count', { id, lines: [{ personId: hoa.id, counts: { high: -1 } }] }, 'invalid');
    refused(engine, 'personnel.count', { id, lines: [{ personId: 99_999, counts: { high: 1 } }] }, 'not-found');
    // Ballots that no longer hold the lines already counted.
    refused(engine, 'personnel.ballots', { id, issued: 56, returned: 55, valid: 50, invalid: 5 }, 'personnel-line-over');
    refused(engine, 'personnel.ballots', { id, issued: 56, returned: 57, valid: 54, invalid: 1 }, 'returned-over-issued');
    refused(engine, 'personnel.ballots', { id, issued: 57, returned: 55, valid: 54, invalid: 1 }, 'issued-over-present');
    // Closing with lines not accounting for every valid ballot.
    expect(refused(engine, 'personnel.close', { id }, 'personnel-line-short').en).toContain('Lương Xuân Quý adds up to 53 of 54');
  });

  it('takes the delegates present from the roll call, and with none taken asks for the number rather than claim every seat', () => {
    const { engine, officials, counters } = setUp();
    const id = prepareConfidence(engine, officials.slice(0, 2));
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    // No roll call: before, the vote opened with every seat present (58 of 58).
    const e = refused(engine, 'personnel.open', { id }, 'personnel-present-needed');
    expect(e.vi).toBe('Kỳ họp chưa điểm danh: hãy nhập số đại biểu có mặt trước khi mở cuộc bỏ phiếu.');
    expect(e.en).toContain('enter the number of delegates present');
    expect(view(engine, id)).toMatchObject({ status: 'draft', present: 0 });
    // A roll call with two delegates absent: its count is taken.
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    const away = engine.current.delegates.filter((d) => d.voting).slice(0, 2);
    for (const d of away) ok(engine, 'attendance.mark', { delegateId: d.id, status: 'absent' });
    ok(engine, 'personnel.open', { id });
    const voters = engine.current.delegates.filter((d) => d.voting).length;
    expect(view(engine, id)).toMatchObject({ status: 'open', present: voters - 2 });
  });

  it('refuses to open without a counting committee, and a second open vote', () => {
    const { engine, officials, counters } = setUp();
    const a = prepareConfidence(engine, officials.slice(0, 2));
    const b = prepareConfidence(engine, officials.slice(2, 4));
    refused(engine, 'personnel.open', { id: a }, 'personnel-no-committee');
    ok(engine, 'personnel.committee', { id: a, head: counters[0] });
    ok(engine, 'personnel.committee', { id: b, head: counters[1] });
    ok(engine, 'personnel.open', { id: a, present: 56 });
    refused(engine, 'personnel.open', { id: b }, 'personnel-already-open');
    refused(engine, 'personnel.show', { id: a }, 'personnel-not-closed');
    refused(engine, 'personnel.committee', { id: b, head: counters[1], members: [counters[1]] }, 'personnel-counter-twice');
    refused(engine, 'personnel.update', { id: a, kind: 'confidence', title: 'x', people: [{ delegateId: officials[0] }] }, 'personnel-not-draft');
    refused(engine, 'personnel.prepare', { kind: 'confidence', title: 'x', people: [{ delegateId: officials[0] }, { delegateId: officials[0] }] }, 'personnel-person-twice');
    // An empty list says whom to add, by the kind, rather than "List must include at least 1."
    const none = refused(engine, 'personnel.prepare', { kind: 'confidence', title: 'Lấy phiếu tín nhiệm năm 2026', people: [] }, 'personnel-no-people');
    expect(none.vi).toBe('Danh sách «Lấy phiếu tín nhiệm năm 2026» chưa có ai: hãy thêm những người được lấy phiếu từ danh sách đại biểu trước.');
    expect(refused(engine, 'personnel.prepare', { kind: 'election', title: 'Phó Chủ tịch UBND huyện', people: [] }, 'personnel-no-people').en).toBe(
      'Nobody is on the list of “Phó Chủ tịch UBND huyện” yet: add the candidates from the roster first.',
    );
    refused(engine, 'personnel.update', { id: b, kind: 'dismissal', title: 'Phó Chủ tịch UBND huyện', people: [] }, 'personnel-no-people');
  });

  it('names the box a blank title was left in: the post or the name of the vote, not "Title"', () => {
    const { engine, officials } = setUp();
    const blank = refused(engine, 'personnel.prepare', { kind: 'confidence', title: '  ', people: [{ delegateId: officials[0] }] }, 'invalid');
    expect(blank.vi).toMatch(/^Chức vụ hoặc tên đợt lấy phiếu /);
    expect(blank.en).toMatch(/^Post or name of the vote /);
    const id = prepareConfidence(engine, officials.slice(0, 1));
    expect(refused(engine, 'personnel.update', { id, kind: 'election', title: '', people: [{ delegateId: officials[0] }] }, 'invalid').vi).toMatch(/^Chức vụ hoặc tên đợt lấy phiếu /);
    // Elsewhere `title` keeps its own words (an agenda item's).
    expect(refused(engine, 'agenda.add', { title: '', kind: 'report' }, 'invalid').vi).toMatch(/^Tiêu đề|^Nội dung/);
  });

  it('corrects with a reason, keeping every version', () => {
    const { engine, officials, counters } = setUp();
    const id = prepareConfidence(engine, officials.slice(0, 2));
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'personnel.open', { id, present: 56 });
    countAll(engine, id, [
      [49, 5, 2, 0],
      [40, 10, 6, 0],
    ]);
    ok(engine, 'personnel.close', { id });
    const quy = view(engine, id).people[0];
    const { version } = ok(engine, 'personnel.correct', {
      id,
      reason: 'Ban kiểm phiếu đếm lại tờ kiểm phiếu số 3',
      lines: [{ personId: quy.id, counts: { high: 50, low: 1 } }],
    });
    expect(version).toBe(2);
    const v = view(engine, id);
    expect(v.versions.map((x) => [x.version, x.reason, x.lines[quy.id].high, x.results[quy.id].percent.vi.high])).toEqual([
      [1, '', 49, '84,48'],
      [2, 'Ban kiểm phiếu đếm lại tờ kiểm phiếu số 3', 50, '86,21'],
    ]);
    expect(v.people[0].counts).toMatchObject({ high: 50, medium: 5, low: 1 });
  });

  it('keeps a person removed from the roster after being rated, by name and title', () => {
    const { engine, officials, counters } = setUp();
    const id = prepareConfidence(engine, officials.slice(0, 2));
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'delegate.remove', { id: officials[1] });
    ok(engine, 'delegate.remove', { id: counters[0] });
    const v = view(engine, id);
    expect(v.people[1]).toMatchObject({ delegateId: null, fullName: 'Trần Thị Hoa', title: 'Phó Chủ tịch Hội đồng nhân dân tỉnh' });
    expect(v.committee[0]).toMatchObject({ delegateId: null, fullName: 'Phạm Văn Đức', role: 'head' });
  });

  it('edits a draft whose person was taken off the roster since: kept by the draft\'s person id, by name and title, or left off; never added back from the roster', () => {
    const { engine, officials } = setUp();
    const id = prepareConfidence(engine, officials.slice(0, 3));
    const other = prepareConfidence(engine, officials.slice(3, 4));
    ok(engine, 'delegate.remove', { id: officials[1] });
    const hoa = view(engine, id).people[1];
    expect(hoa).toMatchObject({ delegateId: null, fullName: 'Trần Thị Hoa' });
    const fields = { kind: 'confidence', title: 'Lấy phiếu tín nhiệm năm 2026' } as const;
    // Kept: the form sends the person on the draft, not a roster entry that is gone.
    ok(engine, 'personnel.update', { id, ...fields, people: [{ delegateId: officials[0] }, { personId: hoa.id, honorific: 'ms', title: 'Phó Chủ tịch HĐND tỉnh' }, { delegateId: officials[2] }] });
    expect(view(engine, id).people.map((p) => [p.delegateId, p.fullName, p.title, p.honorific])).toEqual([
      [officials[0], 'Lương Xuân Quý', 'Chủ tịch Hội đồng nhân dân tỉnh', ''],
      [null, 'Trần Thị Hoa', 'Phó Chủ tịch HĐND tỉnh', 'ms'],
      [officials[2], 'Nguyễn Văn Bình', 'Trưởng Ban Pháp chế', ''],
    ]);
    // Her title as the draft kept it when the form leaves it out; the person id of someone still on the roster is them.
    const kept = view(engine, id).people;
    ok(engine, 'personnel.update', { id, ...fields, people: [{ personId: kept[0].id }, { personId: kept[1].id }] });
    expect(view(engine, id).people.map((p) => [p.delegateId, p.fullName, p.title])).toEqual([
      [officials[0], 'Lương Xuân Quý', 'Chủ tịch Hội đồng nhân dân tỉnh'],
      [null, 'Trần Thị Hoa', 'Phó Chủ tịch HĐND tỉnh'],
    ]);
    const now = view(engine, id).people;
    // Refused, nothing changed: the roster entry that is gone, a person of another vote, one person twice, a person id on a new vote.
    refused(engine, 'personnel.update', { id, ...fields, people: [{ delegateId: officials[1] }] }, 'not-found');
    refused(engine, 'personnel.update', { id, ...fields, people: [{ personId: view(engine, other).people[0].id }] }, 'not-found');
    refused(engine, 'personnel.update', { id, ...fields, people: [{ personId: now[1].id }, { personId: now[1].id }] }, 'personnel-person-twice');
    refused(engine, 'personnel.update', { id, ...fields, people: [{ personId: now[0].id }, { delegateId: officials[0] }] }, 'personnel-person-twice');
    refused(engine, 'personnel.prepare', { ...fields, people: [{ personId: now[1].id }] }, 'not-found');
    // Left off: the secretary takes her off the list.
    ok(engine, 'personnel.update', { id, ...fields, people: [{ personId: now[0].id }] });
    expect(view(engine, id).people.map((p) => p.fullName)).toEqual(['Lương Xuân Quý']);
  });
});

describe('election of one chair with two candidates', () => {
  function election(engine: Engine, officials: number[], counters: number[]) {
    const id = (
      ok(engine, 'personnel.prepare', {
        kind: 'election',
        title: 'Chủ tịch Hội đồng nhân dân tỉnh',
        posts: 1,
        people: [
          { delegateId: officials[0], honorific: 'mr' },
          { delegateId: officials[2], honorific: 'mr' },
        ],
      })
    ).id;
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'personnel.open', { id, present: 56 });
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 55, invalid: 1 });
    return id;
  }

  it('elects the higher count above half the seats, saying who can still be elected while counting', () => {
    const { engine, officials, counters } = setUp();
    const id = election(engine, officials, counters);
    const [a, b] = view(engine, id).people;
    ok(engine, 'personnel.count', { id, lines: [{ personId: a.id, counts: { agree: 20, disagree: 2 } }, { personId: b.id, counts: { agree: 2, disagree: 27 } }] });
    expect(view(engine, id).people.map((p) => [p.result!.canStillPass, p.result!.uncounted])).toEqual([
      [true, 33],
      [false, 26],
    ]);
    ok(engine, 'personnel.count', { id, lines: [{ personId: a.id, counts: { agree: 45, disagree: 10 } }, { personId: b.id, counts: { agree: 8, disagree: 47 } }] });
    ok(engine, 'personnel.close', { id });
    const v = view(engine, id);
    expect(v.people.map((p) => p.result!.outcome)).toEqual(['elected', 'notElected']);
    expect(v.people[0].announcement!.vi).toBe(
      'Ông Lương Xuân Quý được 45/58 phiếu đồng ý, chiếm 77,59% tổng số đại biểu Hội đồng nhân dân. Như vậy, ông Lương Xuân Quý đã trúng cử chức vụ Chủ tịch Hội đồng nhân dân tỉnh.',
    );
    // The chair may put this result on the hall's result mode, as a resolution vote is.
    ok(engine, 'personnel.show', { id });
    expect(engine.current.hall).toMatchObject({ mode: 'vote', voteId: null });
    expect(engine.current.personnelHall).toEqual({ voteId: id });
    expect(v.people[1].announcement!.en).toBe(
      'Mr Nguyễn Văn Bình: in favour, 8 of 58 (13.79% of the total number of council delegates). Mr Nguyễn Văn Bình is therefore not elected.',
    );
  });

  it('has no invalid line per candidate: a ballot is valid or invalid whole (DESIGN.md §7), so a candidate\'s line is agreeing and not agreeing, refused otherwise, changing nothing', () => {
    const { engine, officials, counters } = setUp();
    const id = election(engine, officials, counters);
    const [a, b] = view(engine, id).people;
    const said = refused(engine, 'personnel.count', { id, lines: [{ personId: a.id, counts: { agree: 44, disagree: 10, invalid: 1 } }] }, 'personnel-level-wrong');
    expect(said.vi).toContain('dòng không hợp lệ');
    expect(view(engine, id).people[0].counts).toMatchObject({ agree: 0, disagree: 0, invalid: 0 });
    // Every one of the 55 valid ballots kept or crossed each candidate: the lines close at 55.
    ok(engine, 'personnel.count', { id, lines: [{ personId: a.id, counts: { agree: 45, disagree: 10 } }, { personId: b.id, counts: { agree: 8, disagree: 47 } }] });
    ok(engine, 'personnel.close', { id });
    for (const lang of ['vi', 'en'] as const) {
      const record = countingRecordCsv(engine.current.personnel, lang);
      expect(record).not.toMatch(lang === 'vi' ? /Dòng không hợp lệ/ : /Invalid line/);
    }
  });

  it('leaves the body column of an election\'s candidates empty in the results CSV: a candidate belongs to no body yet', () => {
    const { engine, officials, counters } = setUp();
    const id = election(engine, officials, counters);
    const [a, b] = view(engine, id).people;
    ok(engine, 'personnel.count', { id, lines: [{ personId: a.id, counts: { agree: 45, disagree: 10 } }, { personId: b.id, counts: { agree: 8, disagree: 47 } }] });
    ok(engine, 'personnel.close', { id });
    for (const lang of ['vi', 'en'] as const) {
      const [head, ...rows] = Papa.parse<string[]>(personnelResultsCsv(engine.current.personnel, lang).slice(1).trim()).data;
      const body = head.indexOf(lang === 'vi' ? 'Cơ quan' : 'Body');
      // Before, each read "Hội đồng nhân dân" / "Council", whatever post the election fills.
      expect(rows.map((r) => r[body])).toEqual(['', '']);
    }
  });

  it('names the post in the sentence without the title\'s opening words: "trúng cử chức vụ Ủy viên …", not "chức vụ Bầu bổ sung Ủy viên …"', () => {
    const ctx = setUp();
    const { engine } = ctx;
    const cases: [string, string, string][] = [
      ['Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh khóa XVI', 'chức vụ Ủy viên Ủy ban nhân dân tỉnh khóa XVI.', 'elected Ủy viên Ủy ban nhân dân tỉnh khóa XVI.'],
      ['Bầu chức danh Phó Chủ tịch Hội đồng nhân dân tỉnh', 'chức vụ Phó Chủ tịch Hội đồng nhân dân tỉnh.', 'elected Phó Chủ tịch Hội đồng nhân dân tỉnh.'],
      ['Election of the Vice Chair', 'chức vụ the Vice Chair.', 'elected the Vice Chair.'],
      ['Phó Chủ tịch Ủy ban nhân dân tỉnh', 'chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.', 'elected Phó Chủ tịch Ủy ban nhân dân tỉnh.'],
    ];
    for (const [title, vi, en] of cases) {
      const id = closedElection(ctx, title);
      const said = view(engine, id).people[0].announcement!;
      expect(said.vi, title).toMatch(new RegExp(`đã trúng cử ${vi.replace(/[.]/g, '\\.')}$`));
      expect(said.en, title).toMatch(new RegExp(`is therefore ${en.replace(/[.]/g, '\\.')}$`));
    }
  });

  it('refuses more agreeing ballots than posts allow; a tie goes to a new round of those level', () => {
    const { engine, officials, counters } = setUp();
    const id = election(engine, officials, counters);
    const [a, b] = view(engine, id).people;
    ok(engine, 'personnel.count', { id, lines: [{ personId: a.id, counts: { agree: 40, disagree: 15 } }] });
    refused(engine, 'personnel.count', { id, lines: [{ personId: b.id, counts: { agree: 40 } }] }, 'personnel-agree-over-posts');
    // One post, 55 valid: at most 55 agreeing in all; a tie of two at 27 each cannot pass half of 58 either.
    ok(engine, 'personnel.count', { id, lines: [{ personId: a.id, counts: { agree: 27, disagree: 28 } }, { personId: b.id, counts: { agree: 27, disagree: 28 } }] });
    ok(engine, 'personnel.close', { id });
    expect(view(engine, id).people.map((p) => p.result!.outcome)).toEqual(['notElected', 'notElected']);
    const { id: next } = ok(engine, 'personnel.revote', { id });
    const r2 = view(engine, next);
    expect(r2).toMatchObject({ round: 2, revoteOf: id, status: 'draft', title: 'Chủ tịch Hội đồng nhân dân tỉnh' });
    expect(r2.people.map((p) => p.fullName)).toEqual(['Lương Xuân Quý', 'Nguyễn Văn Bình']);
    expect(r2.committee).toHaveLength(1);
    const { id: only } = ok(engine, 'personnel.revote', { id, personIds: [a.id] });
    expect(view(engine, only).people.map((p) => p.fullName)).toEqual(['Lương Xuân Quý']);
  });

  it('holds the new round of a tie for the posts still to fill: two posts, one elected, two level for the other, is a round for one post', () => {
    const { engine, officials, counters } = setUp();
    const people = [0, 1, 2].map((i) => ({ delegateId: officials[i] }));
    const { id } = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', posts: 2, people });
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'personnel.open', { id, present: 56 });
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    const [a, b, c] = view(engine, id).people;
    const line = (p: { id: number }, agree: number) => ({ personId: p.id, counts: { agree, disagree: 56 - agree } });
    ok(engine, 'personnel.count', { id, lines: [line(a, 40), line(b, 30), line(c, 30)] });
    ok(engine, 'personnel.close', { id });
    expect(view(engine, id).people.map((p) => p.result!.outcome)).toEqual(['elected', 'tie', 'tie']);
    // Said as the rules of procedure say it ("số phiếu ngang nhau"); before, "… bằng ứng cử viên khác cho chức vụ cuối cùng", read as a post called "the last".
    expect(view(engine, id).people[1].announcement!.vi).toContain(
      'Như vậy, Trần Thị Hoa chưa trúng cử do có số phiếu ngang nhau với ứng cử viên khác ở vị trí cuối cùng cần bầu; Hội đồng nhân dân bầu lại trong số những người có số phiếu ngang nhau.',
    );

    const { id: next } = ok(engine, 'personnel.revote', { id });
    const round2 = view(engine, next);
    expect(round2.people.map((p) => p.fullName)).toEqual([b.fullName, c.fullName]);
    // Before, the round kept both posts: both level candidates could pass, three elected to two posts.
    expect(round2.posts).toBe(1);
    ok(engine, 'personnel.open', { id: next, present: 56 });
    ok(engine, 'personnel.ballots', { id: next, issued: 56, returned: 56, valid: 56, invalid: 0 });
    const [b2, c2] = round2.people;
    refused(engine, 'personnel.count', { id: next, lines: [line(b2, 31), line(c2, 30)] }, 'personnel-agree-over-posts');
    ok(engine, 'personnel.count', { id: next, lines: [line(b2, 33), line(c2, 23)] });
    ok(engine, 'personnel.close', { id: next });
    expect(view(engine, next).people.map((p) => p.result!.outcome)).toEqual(['elected', 'notElected']);
  });

  it('holds the new round of candidates short of the majority without the one already elected', () => {
    const { engine, officials, counters } = setUp();
    const people = [0, 1, 2].map((i) => ({ delegateId: officials[i] }));
    const { id } = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Ủy viên Ủy ban nhân dân tỉnh', posts: 2, people });
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'personnel.open', { id, present: 56 });
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    const [a, b, c] = view(engine, id).people;
    // 58 seats: 30 is needed. One passes, two fall short (29 and 27).
    const line = (p: { id: number }, agree: number) => ({ personId: p.id, counts: { agree, disagree: 56 - agree } });
    ok(engine, 'personnel.count', { id, lines: [line(a, 45), line(b, 29), line(c, 27)] });
    ok(engine, 'personnel.close', { id });
    expect(view(engine, id).people.map((p) => p.result!.outcome)).toEqual(['elected', 'notElected', 'notElected']);
    const round2 = view(engine, ok(engine, 'personnel.revote', { id }).id);
    // Before, the elected candidate was on the new ballot again, for both posts.
    expect(round2.people.map((p) => p.fullName)).toEqual([b.fullName, c.fullName]);
    expect(round2.posts).toBe(1);
  });
});

describe('dismissal of an official the council elected', () => {
  it('takes two thirds of the total seats by default (DESIGN.md §7), and the council’s own dismissal rule when it sets one, leaving a delegate’s two thirds alone', () => {
    const { engine, officials, counters } = setUp();
    const dismiss = (title: string) => {
      const id = ok(engine, 'personnel.prepare', { kind: 'dismissal', title, people: [{ delegateId: officials[5], honorific: 'mr' }] }).id;
      ok(engine, 'personnel.committee', { id, head: counters[0] });
      ok(engine, 'personnel.open', { id, present: 56 });
      ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
      // 35 of 58 seats (60,34%): more than half, short of two thirds (39).
      ok(engine, 'personnel.count', { id, lines: [{ personId: view(engine, id).people[0].id, counts: { agree: 35, disagree: 21 } }] });
      ok(engine, 'personnel.close', { id });
      return view(engine, id);
    };
    const byDefault = dismiss('Phó Chủ tịch Ủy ban nhân dân tỉnh');
    expect(byDefault.rules.pass).toEqual({ base: 'seats', comparison: 'atLeast', numerator: 2, denominator: 3 });
    expect(byDefault.people[0].result).toMatchObject({ needed: 39 });
    expect(byDefault.people[0].result!.outcome).not.toBe('dismissed');

    // The council reads the law as more than half for an official: its own rule, the delegate's untouched.
    const rules = engine.current.rules;
    ok(engine, 'rules.save', { ...rules, personnel: { ...rules.personnel, dismissal: { base: 'seats', comparison: 'moreThan', numerator: 1, denominator: 2 } } });
    const p = dismiss('Ủy viên Ủy ban nhân dân tỉnh').people[0];
    expect(p.result).toMatchObject({ needed: 30, outcome: 'dismissed' });
    expect(p.announcement!.vi).toBe(
      'Ông Quách Thế Tản được 35/58 phiếu đồng ý, chiếm 60,34% tổng số đại biểu Hội đồng nhân dân. Như vậy, ông Quách Thế Tản đã được miễn nhiệm chức vụ Ủy viên Ủy ban nhân dân tỉnh.',
    );
    expect(engine.current.rules.majority.dismissal).toEqual({ base: 'seats', comparison: 'atLeast', numerator: 2, denominator: 3 });
    // The first vote keeps the rule it was prepared with.
    expect(view(engine, byDefault.id).rules.pass.numerator).toBe(2);
  });

  it('is not held again as a new round, passed or not, nor is a confidence vote or an election that filled its posts: the engine refuses, changing nothing', () => {
    const ctx = setUp();
    const { engine, officials, counters } = ctx;
    const held = (kind: 'dismissal' | 'removal' | 'election', agree: number) => {
      const id = ok(engine, 'personnel.prepare', { kind, title: 'Ủy viên Ủy ban nhân dân tỉnh', people: [{ delegateId: officials[5], honorific: 'mr' }] }).id;
      ok(engine, 'personnel.committee', { id, head: counters[0] });
      ok(engine, 'personnel.open', { id, present: 56 });
      ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
      ok(engine, 'personnel.count', { id, lines: [{ personId: view(engine, id).people[0].id, counts: { agree, disagree: 56 - agree } }] });
      ok(engine, 'personnel.close', { id });
      return id;
    };
    // Before, "New round" on a removal that passed prepared a second removal ballot of the same person.
    const removed = held('removal', 45);
    expect(view(engine, removed).people[0].result!.outcome).toBe('removed');
    const r = refused(engine, 'personnel.revote', { id: removed }, 'personnel-revote-kind');
    expect(r.vi).toBe('«Ủy viên Ủy ban nhân dân tỉnh» (bãi nhiệm) đã được quyết định bằng lần bỏ phiếu này nên không bỏ phiếu lại (vòng mới); đề nghị mới được chuẩn bị thành một cuộc bỏ phiếu mới.');
    expect(r.en).toBe('“Ủy viên Ủy ban nhân dân tỉnh” (removal) is decided by this ballot and is not held again as a new round; a new proposal is prepared as a new vote.');
    refused(engine, 'personnel.revote', { id: held('dismissal', 20) }, 'personnel-revote-kind');
    refused(engine, 'personnel.revote', { id: countedConfidenceVote(ctx) }, 'personnel-revote-kind');
    const filled = refused(engine, 'personnel.revote', { id: held('election', 45) }, 'personnel-revote-filled');
    expect(filled.vi).toBe('Cuộc bầu «Ủy viên Ủy ban nhân dân tỉnh» đã bầu đủ số người cần bầu: không có gì để bầu lại (vòng mới).');
    // An election whose candidate fell short leaves the post unfilled: its new round is held.
    ok(engine, 'personnel.revote', { id: held('election', 20) });
  });
});

describe('exports', () => {
  async function closedVote() {
    const ctx = setUp();
    const id = prepareConfidence(ctx.engine, ctx.officials.slice(0, 3), { 2: 'Nghỉ hưu' });
    ok(ctx.engine, 'personnel.committee', { id, head: ctx.counters[0], members: ctx.counters.slice(1) });
    ok(ctx.engine, 'personnel.open', { id, present: 56 });
    countAll(ctx.engine, id, [
      [49, 5, 1, 1],
      [20, 6, 30, 0],
    ]);
    ok(ctx.engine, 'personnel.close', { id });
    return { ...ctx, id };
  }

  it('results and counting record as CSV say the numbers of the count', async () => {
    const { engine } = await closedVote();
    const votes = engine.current.personnel;
    const results = Papa.parse<string[]>(personnelResultsCsv(votes, 'vi').slice(1).trim()).data;
    expect(results[0].slice(0, 5)).toEqual(['Cuộc bỏ phiếu', 'Loại', 'Lần', 'STT', 'Họ và tên']);
    const quy = results.find((r) => r[4] === 'Lương Xuân Quý')!;
    expect(quy).toContain('84,48');
    expect(quy).toContain('49');
    expect(results.find((r) => r[4] === 'Trần Thị Hoa')).toContain('Tín nhiệm thấp trên 1/2: có thể xin từ chức');
    expect(results.find((r) => r[4] === 'Nguyễn Văn Bình')![7]).toBe('Nghỉ hưu');
    const record = personnelRecordText(countingRecordCsv(votes, 'en'));
    expect(record).toContain('Counting committee,Head,Phạm Văn Đức');
    expect(record).toContain('Valid ballots,56');
    expect(record).toContain('Mr Lương Xuân Quý: high confidence, 49 of 58 (84.48% of the total number of council delegates)');
  });

  it('numbers only the officials voted on in both CSVs; one exempt between them is listed after them, unnumbered, with the reason', () => {
    const { engine, officials, counters } = setUp();
    // The second of three is exempt: before, the results numbered the rated 1 and 3 and the exempt 2.
    const id = prepareConfidence(engine, officials.slice(0, 3), { 1: 'Được bầu trong năm 2026' });
    ok(engine, 'personnel.committee', { id, head: counters[0], members: counters.slice(1) });
    ok(engine, 'personnel.open', { id, present: 56 });
    countAll(engine, id, [
      [49, 5, 1, 1],
      [20, 6, 30, 0],
    ]);
    ok(engine, 'personnel.close', { id });
    const votes = engine.current.personnel;
    for (const lang of ['vi', 'en'] as const) {
      const [, ...rows] = Papa.parse<string[]>(personnelResultsCsv(votes, lang).slice(1).trim()).data;
      expect(rows.map((r) => [r[3], r[4], r[7]])).toEqual([
        ['1', 'Lương Xuân Quý', ''],
        ['2', 'Nguyễn Văn Bình', ''],
        ['', 'Trần Thị Hoa', 'Được bầu trong năm 2026'],
      ]);
    }
    const record = Papa.parse<string[]>(countingRecordCsv(votes, 'vi').slice(1).trim()).data;
    const table = record.slice(record.findIndex((r) => r[0] === 'STT') + 1).filter((r) => r[1] && r[0] !== 'Kết quả');
    expect(table.map((r) => [r[0], r[1]])).toEqual([
      ['1', 'Lương Xuân Quý'],
      ['2', 'Nguyễn Văn Bình'],
      ['', 'Trần Thị Hoa'],
    ]);
    expect(table[2][3]).toBe('Không lấy phiếu (lý do): Được bầu trong năm 2026');
  });

  it('writes the counting record as a Nghị định 30 DOCX with the shared builder', async () => {
    const { db } = await closedVote();
    const file = (await reportFile(db, { doc: 'personnel', sessionId: 1, lang: 'vi' }))!;
    expect(file.fileName).toBe('bien-ban-kiem-phieu-nhan-su-ky-hop-11.docx');
    const docx = readDocx(file.bytes);
    expect(docx.text).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(docx.text).toContain('Lấy phiếu tín nhiệm năm 2026');
    expect(docx.text).not.toContain('Lấy phiếu tín nhiệm: Lấy phiếu tín nhiệm');
    expect(docx.text).toContain('1. Phạm Văn Đức, Đại biểu – Trưởng ban.');
    expect(docx.text).toContain('Số phiếu phát ra: 56; số phiếu thu vào: 56; số phiếu hợp lệ: 56; số phiếu không hợp lệ: 0.');
    // Each count above its share, so the person's column keeps the room a name and title need.
    expect(docx.text).toContain('49\n84,48%');
    expect(docx.text).toContain('Ông Lương Xuân Quý được 49/58 phiếu tín nhiệm cao, chiếm 84,48% tổng số đại biểu Hội đồng nhân dân');
    // The reason inside the sentence's brackets in lower case, as the minutes write it; before, "(Nghỉ hưu)."
    // The post with the name, as the console's count grid gives it; the record wrote the name alone.
    expect(docx.text).toContain('Nguyễn Văn Bình (Trưởng Ban Pháp chế): không lấy phiếu (nghỉ hưu).');
    expect(docx.text).not.toContain('Nguyễn Văn Bình: không lấy phiếu');
    // The title says what was counted, so the opening takes it in rather than repeating the kind before it.
    expect(docx.text).toContain('đã tiến hành kiểm phiếu lấy phiếu tín nhiệm năm 2026.');
    expect(docx.text).not.toMatch(/lấy phiếu tín nhiệm: lấy phiếu tín nhiệm/i);
  });

  it('gives the person\'s column the room a name and title need: name over title, the body only where the title does not say it', async () => {
    const { db } = await closedVote();
    const table = (await import('../../../electron/features/personnel/report')).personnelRecordModel(db, 1, 'vi')!.parts[0].blocks.find((b) => b.kind === 'table')!;
    if (table.kind !== 'table') throw new Error('no table');
    // The person's column is the widest, about a third of the page; each level's count sits above its share.
    expect(table.widths[1]).toBeGreaterThanOrEqual(30);
    expect(Math.max(...table.widths)).toBe(table.widths[1]);
    expect(table.rows[1].slice(1, 3)).toEqual(['Lương Xuân Quý\nChủ tịch Hội đồng nhân dân tỉnh', '49\n84,48%']);
    expect(table.rows.map((r) => r[1]).join('\n')).not.toContain('(Hội đồng nhân dân)');
    // Printed, the cell breaks its line where the text does.
    const docx = readDocx((await reportFile(db, { doc: 'personnel', sessionId: 1, lang: 'en' }))!.bytes);
    expect(docx.text).toContain('Lương Xuân Quý\nChủ tịch Hội đồng nhân dân tỉnh');
  });

  it('gives the person\'s column more room in English than the levels: "High", "Confidence", "Low" head them, as on the console and the hall', async () => {
    const { db } = await closedVote();
    const { personnelRecordModel } = await import('../../../electron/features/personnel/report');
    const table = (lang: 'vi' | 'en') => {
      const t = personnelRecordModel(db, 1, lang)!.parts[0].blocks.find((b) => b.kind === 'table')!;
      if (t.kind !== 'table') throw new Error('no table');
      return t;
    };
    const [vi, en] = [table('vi'), table('en')];
    // Before, "High / confidence" and "Low / confidence" took a sixth of the page each and the
    // outcome column another, and the names had a third: each line wrapped to three or four.
    expect(en.widths[1]).toBeGreaterThanOrEqual(40);
    expect(en.widths[1]).toBeGreaterThanOrEqual(vi.widths[1]);
    // No outcome column: what low confidence calls for is said whole in the announcement.
    expect(en.rows[0].length).toBe(6);
    expect(en.rows[0][6]).toBeUndefined();
    const docx = readDocx((await reportFile(db, { doc: 'personnel', sessionId: 1, lang: 'en' }))!.bytes);
    const results = docx.tables.find((t) => t.textContent?.includes('Full name and title'))!;
    const head = docx.all(results, 'tr')[0];
    const cells = docx.all(head, 'tc').map((c) => docx.paragraphs.find((p) => c.contains(p.el))!.text);
    expect(cells.slice(2, 5)).toEqual(['High', 'Confidence', 'Low']);
    // "Confidence" prints whole where its column holds it.
    expect(docx.all(docx.all(head, 'tc')[3], 'softHyphen').length).toBe(0);
    expect(docx.text).toContain('Ms Trần Thị Hoa was rated low confidence by more than half of the total number of council delegates and may resign; otherwise the council holds a binding vote of confidence.');
  });

  it('numbers each counting record’s pages on its own: from 1, none on its first page', async () => {
    const { engine, db, officials, counters } = await closedVote();
    const second = prepareConfidence(engine, officials.slice(0, 1));
    ok(engine, 'personnel.committee', { id: second, head: counters[0], members: counters.slice(1) });
    ok(engine, 'personnel.open', { id: second, present: 56 });
    countAll(engine, second, [[50, 6, 0, 0]]);
    ok(engine, 'personnel.close', { id: second });
    const docx = readDocx((await reportFile(db, { doc: 'personnel', sessionId: 1, lang: 'vi' }))!.bytes);
    const sections = docx.all(docx.doc, 'sectPr');
    expect(sections).toHaveLength(2);
    for (const s of sections) {
      expect(docx.all(s, 'titlePg')).toHaveLength(1);
      expect(docx.attr(docx.all(s, 'pgNumType')[0], 'start')).toBe('1');
    }
    expect(docx.text.match(/BIÊN BẢN KIỂM PHIẾU/g)).toHaveLength(2);
  });

  it('says each correction of the count as a sentence with its reason, in both languages', async () => {
    const { engine, db, id } = await closedVote();
    const first = view(engine, id).people[0].id;
    ok(engine, 'personnel.correct', { id, reason: 'Tổ kiểm phiếu đọc nhầm một phiếu.', lines: [{ personId: first, counts: { high: 48, medium: 6 } }] });
    const vi = readDocx((await reportFile(db, { doc: 'personnel', sessionId: 1, lang: 'vi' }))!.bytes).text;
    expect(vi).toContain('Kết quả kiểm phiếu được đính chính lần 1, lý do: Tổ kiểm phiếu đọc nhầm một phiếu.');
    expect(vi).not.toMatch(/Phiên bản|Đính chính\n/);
    expect(vi).toContain('48\n82,76%');
    const en = readDocx((await reportFile(db, { doc: 'personnel', sessionId: 1, lang: 'en' }))!.bytes).text;
    expect(en).toContain('Correction 1 to the count: Tổ kiểm phiếu đọc nhầm một phiếu.');
    expect(en).not.toContain('Version 2');
    // With the counts it replaced and their shares (the table prints only the corrected ones); only the line that changed.
    expect(vi).toContain('Trước khi đính chính lần 1: Lương Xuân Quý: tín nhiệm cao 49 (84,48%), tín nhiệm 5 (8,62%), tín nhiệm thấp 1 (1,72%), dòng không hợp lệ 1 (1,72%).');
    expect(en).toContain('Before correction 1: Lương Xuân Quý: high confidence 49 (84.48%), confidence 5 (8.62%), low confidence 1 (1.72%), invalid line 1 (1.72%).');
    expect(vi).not.toMatch(/Trước khi đính chính lần 1:.*Trần Thị Hoa/);
    // The minutes say it too, as they say a corrected resolution's earlier counts.
    const minutes = (lang: 'vi' | 'en') => reportFile(db, { doc: 'minutes', sessionId: 1, lang }).then((f) => readDocx(f!.bytes).text);
    expect(await minutes('vi')).toContain(
      'Kết quả đã được đính chính (trước khi đính chính: Lương Xuân Quý: tín nhiệm cao 49, tín nhiệm 5, tín nhiệm thấp 1, dòng không hợp lệ 1): Tổ kiểm phiếu đọc nhầm một phiếu.',
    );
    expect(await minutes('en')).toContain(
      'The result was corrected (before the correction: Lương Xuân Quý: high confidence 49, confidence 5, low confidence 1, invalid line 1): Tổ kiểm phiếu đọc nhầm một phiếu.',
    );
  });

  it('says the ballots before a correction when the correction changed them', async () => {
    const { engine, db, id } = await closedVote();
    const first = view(engine, id).people[0].id;
    ok(engine, 'personnel.correct', {
      id,
      reason: 'Thiếu một phiếu',
      ballots: { issued: 56, returned: 56, valid: 55, invalid: 1 },
      lines: [
        { personId: first, counts: { high: 48, medium: 5, low: 1, invalid: 1 } },
        { personId: view(engine, id).people[1].id, counts: { high: 20, medium: 5, low: 30, invalid: 0 } },
      ],
    });
    const vi = readDocx((await reportFile(db, { doc: 'personnel', sessionId: 1, lang: 'vi' }))!.bytes).text;
    expect(vi).toContain('Trước khi đính chính lần 1: số phiếu phát ra 56, thu vào 56, hợp lệ 56, không hợp lệ 0; Lương Xuân Quý: tín nhiệm cao 49 (84,48%)');
  });

  it('names the council in English in the English counting record, as the minutes do', async () => {
    const { db } = await closedVote();
    const docx = readDocx((await reportFile(db, { doc: 'personnel', sessionId: 1, lang: 'en' }))!.bytes);
    expect(docx.text).toContain("PEOPLE’S COUNCIL\nHÒA BÌNH PROVINCE");
    expect(docx.text).toContain("the counting committee of session 11 of the People’s Council of Hòa Bình province, term XVI");
    // The council's own name stays Vietnamese only inside the titles the office typed.
    expect(docx.text).not.toMatch(/tỉnh Hòa Bình|TỈNH HÒA BÌNH/);
  });

  it('writes an earlier session’s counting record after another session is selected', async () => {
    const { engine, db } = await closedVote();
    ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-03-10', endDate: '2027-03-10' });
    expect(engine.current.sessions.currentId).not.toBe(1);
    const docx = readDocx((await reportFile(db, { doc: 'personnel', sessionId: 1, lang: 'vi' }))!.bytes);
    expect(docx.text).toContain('Lấy phiếu tín nhiệm năm 2026');
    expect(docx.text).not.toContain('Lấy phiếu tín nhiệm: Lấy phiếu tín nhiệm');
    expect(docx.text).not.toContain('Kỳ họp chưa có cuộc bỏ phiếu nhân sự nào đã kết thúc.');
  });

  it('puts the personnel votes’ counting records in the session’s counting records (the Minutes view’s, `export ballots`), in the order they were counted', async () => {
    const ctx = await closedVote();
    ctx.clock.advance(60_000);
    closedElection(ctx, 'Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh');
    const file = (await reportFile(ctx.db, { doc: 'ballots', sessionId: 1, lang: 'vi' }))!;
    const text = readDocx(file.bytes).text;
    // Before, a session whose only secret ballots were personnel votes got a record saying it had none.
    expect(text).not.toContain('Kỳ họp chưa có nội dung nào biểu quyết bằng hình thức bỏ phiếu kín.');
    const confidence = text.indexOf('Ông Lương Xuân Quý được 49/58 phiếu tín nhiệm cao, chiếm 84,48% tổng số đại biểu Hội đồng nhân dân');
    const election = text.indexOf('Như vậy, bà Trần Thị Hoa đã trúng cử chức vụ Ủy viên Ủy ban nhân dân tỉnh.');
    expect(confidence).toBeGreaterThan(0);
    expect(election).toBeGreaterThan(confidence);
    expect(text.match(/BIÊN BẢN KIỂM PHIẾU/g)).toHaveLength(2);
  });
});

/** CSV rows joined plainly, to look for a row's leading cells. */
/** An election of one candidate under `title`, held and closed: 50 of 56 agree. */
function closedElection({ engine, officials, counters }: ReturnType<typeof setUp>, title: string): number {
  const id = ok(engine, 'personnel.prepare', { kind: 'election', title, posts: 1, people: [{ delegateId: officials[1], honorific: 'ms' }] }).id;
  ok(engine, 'personnel.committee', { id, head: counters[0] });
  ok(engine, 'personnel.open', { id, present: 56 });
  ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
  ok(engine, 'personnel.count', { id, lines: [{ personId: view(engine, id).people[0].id, counts: { agree: 50, disagree: 6 } }] });
  ok(engine, 'personnel.close', { id });
  return id;
}

function personnelRecordText(csv: string): string {
  return Papa.parse<string[]>(csv.slice(1).trim()).data.map((r) => r.join(',')).join('\n');
}

describe('migration', () => {
  it('keeps the honorific of a line prepared before the guess was kept, taken as chosen; a guess or a choice sent is kept as such', () => {
    const { db } = schemaBefore('honorific-guessed');
    db.prepare("INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND xã Tân Lạc', 'commune', 1, 25)").run();
    db.prepare("INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 3, 1, 'regular', '2026-12-08', '2026-12-08')").run();
    db.prepare("INSERT INTO delegate (id, full_name, title, voting) VALUES (7, 'Nguyễn Ngọc Lan', 'Phó Chủ tịch UBND xã', 1)").run();
    db.prepare("INSERT INTO delegate (id, full_name, title, voting) VALUES (8, 'Lò Văn Pấng', '', 1)").run();
    const rule = { base: 'seats', comparison: 'atLeast', numerator: 2, denominator: 3 };
    db.prepare("INSERT INTO personnel_vote (id, session_id, kind, title, posts, rules, created_at) VALUES (1, 1, 'dismissal', 'Phó Chủ tịch UBND xã', 0, ?, 0)").run(JSON.stringify({ pass: rule, resign: rule, dismiss: rule }));
    db.prepare("INSERT INTO personnel_person (vote_id, position, delegate_id, full_name, title, body, honorific) VALUES (1, 1, 7, 'Nguyễn Ngọc Lan', 'Phó Chủ tịch UBND xã', 'council', 'ms')").run();
    migrate(db);
    expect(db.prepare('SELECT honorific, honorific_guessed FROM personnel_person').get()).toEqual({ honorific: 'ms', honorific_guessed: 0 });
    const engine = new Engine(db, manualClock());
    ok(engine, 'session.select', { id: 1 });
    const { id } = ok(engine, 'personnel.prepare', {
      kind: 'election',
      title: 'Phó Chủ tịch UBND xã',
      people: [
        { delegateId: 7, honorific: 'ms' },
        { delegateId: 8, honorific: 'mr', honorificGuessed: true },
      ],
    });
    const people = () => engine.current.personnel.find((v) => v.id === id)!.people.map((p) => [p.honorific, p.honorificGuessed]);
    expect(people()).toEqual([
      ['ms', false],
      ['mr', true],
    ]);
    // The secretary confirms the guess: the same honorific, now hers; a line is changed, none added.
    ok(engine, 'personnel.update', { id, people: [{ delegateId: 7, honorific: 'ms' }, { delegateId: 8, honorific: 'mr' }] });
    expect(people()).toEqual([
      ['ms', false],
      ['mr', false],
    ]);
    refused(engine, 'personnel.update', { id, people: [{ delegateId: 7, honorificGuessed: 'yes' }] }, 'invalid');
    expect(people()).toEqual([
      ['ms', false],
      ['mr', false],
    ]);
  });


  it('adds personnel votes to a database of the version before, keeping its roster', () => {
    const { db } = schemaBefore('personnel');
    db.prepare("INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND xã Tân Lạc', 'commune', 1, 25)").run();
    db.prepare("INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 3, 1, 'regular', '2026-12-08', '2026-12-08')").run();
    db.prepare("INSERT INTO delegate (id, full_name, title, voting) VALUES (7, 'Lò Văn Pấng', 'Chủ tịch UBND xã', 1)").run();
    migrate(db);
    const engine = new Engine(db, manualClock());
    ok(engine, 'session.select', { id: 1 });
    const { id } = ok(engine, 'personnel.prepare', { kind: 'confidence', title: 'Lấy phiếu tín nhiệm', people: [{ delegateId: 7, body: 'committee' }] });
    expect(engine.current.personnel.find((v) => v.id === id)!.people[0]).toMatchObject({ fullName: 'Lò Văn Pấng', title: 'Chủ tịch UBND xã', body: 'committee' });
  });
});

/** An official's announced sentence as the minutes and the notice write it: the office after the name. */
function withOffice(p: { fullName: string; title: string; honorific: string; announcement: { vi: string; en: string } | null }, lang: 'vi' | 'en'): string {
  const name = `${{ vi: { mr: 'Ông', ms: 'Bà' }, en: { mr: 'Mr', ms: 'Ms' } }[lang][p.honorific as 'mr' | 'ms']} ${p.fullName}`;
  // "Ông X được …" → "Ông X, <office>, được …"; English's "Mr X: …" → "Mr X, <office>: …".
  return p.announcement![lang].replace(`${name} `, `${name}, ${p.title}, `).replace(`${name}: `, `${name}, ${p.title}: `);
}

describe('personnel votes in the minutes', () => {
  /** Every text of a document model, in reading order. */
  const textOf = (model: unknown): string => {
    const out: string[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) (k === 'text' && typeof v === 'string' ? out.push(v) : walk(v));
    };
    walk(model);
    return out.join(' ');
  };

  it('say an election as titled, never "bầu chức danh Bầu bổ sung …", in the minutes, the counting record and the notice', async () => {
    const ctx = setUp();
    const { engine, db } = ctx;
    const sessionId = engine.current.sessions.currentId!;
    const elect = (title: string) => ok(engine, 'personnel.announce', { id: closedElection(ctx, title) });
    elect('Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh');
    elect('Phó Chủ tịch Ủy ban nhân dân tỉnh');
    const minutes = textOf(reportModelOf(db, sessionId, 'vi').parts);
    expect(minutes).toContain('Hội đồng nhân dân bỏ phiếu kín bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh.');
    expect(minutes).toContain('Hội đồng nhân dân bỏ phiếu kín bầu chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(textOf(reportModelOf(db, sessionId, 'en').parts)).toContain('The council held a secret ballot to elect the Ủy viên Ủy ban nhân dân tỉnh.');
    expect(textOf(noticeModel(db, sessionId, 'vi')!.parts)).toContain('bỏ phiếu kín bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh.');
    const record = readDocx((await reportFile(db, { doc: 'personnel', sessionId, lang: 'en' }))!.bytes).text;
    expect(record).toContain('counted the ballots of the election to the post of Ủy viên Ủy ban nhân dân tỉnh.');
    for (const text of [minutes, record]) expect(text).not.toMatch(/(chức vụ|chức danh|post of) Bầu/);
  });

  it('tell the confidence vote under its item: ballots, each sentence, who was not rated, the counting record; an open ballot is missing', () => {
    const ctx = setUp();
    const { engine, db, officials, counters } = ctx;
    const sessionId = engine.current.sessions.currentId!;
    const item = ok(engine, 'agenda.add', { title: 'Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND bầu', kind: 'election', plannedMinutes: 60 }) as { id: number };
    const id = countedConfidenceVote(ctx, { agendaItemId: item.id });
    const v = view(engine, id);

    const vi = reportModelOf(db, sessionId, 'vi');
    const text = textOf(vi.parts);
    // The title says what the vote is, so the sentence takes it in instead of quoting it after the same words.
    expect(text).toContain('Hội đồng nhân dân tiến hành lấy phiếu tín nhiệm năm 2026 đối với người giữ chức vụ do Hội đồng nhân dân bầu.');
    expect(text).not.toContain('lấy phiếu tín nhiệm («');
    expect(text).toContain('Số phiếu phát ra: 56; số phiếu thu vào: 56; số phiếu hợp lệ: 56; số phiếu không hợp lệ: 0.');
    // Each sentence as announced, with the office rated after the name, as the counting record's table has it.
    for (const p of v.people.filter((x) => x.announcement)) expect(text).toContain(withOffice(p, 'vi'));
    expect(text).toContain('Ông Lương Xuân Quý, Chủ tịch Hội đồng nhân dân tỉnh, được 49/58 phiếu tín nhiệm cao');
    // Addressed as every rated official is ("Ông …"), not by the bare name.
    expect(text).toContain(`Ông ${OFFICIALS[7][0]}, ${OFFICIALS[7][1]}, không lấy phiếu tín nhiệm (nghỉ hưu từ tháng 01/2027).`);
    expect(text).toContain('Kết quả kiểm phiếu được ghi tại biên bản kiểm phiếu của Ban kiểm phiếu kèm theo.');
    // Under its item, after the item's title.
    expect(text.indexOf('Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND bầu')).toBeLessThan(text.indexOf('Số phiếu phát ra'));
    expect(vi.missing.map((m) => m.text).join(' ')).not.toContain('Lấy phiếu tín nhiệm năm 2026');
    expect(textOf(reportModelOf(db, sessionId, 'en').parts)).toContain(withOffice(v.people[0], 'en'));
    expect(textOf(reportModelOf(db, sessionId, 'en').parts)).toContain('Mr Lương Xuân Quý, Chủ tịch Hội đồng nhân dân tỉnh: high confidence, 49 of 58');

    // A second ballot opened and not closed: in the minutes as still open, and named as missing.
    const second = prepareConfidence(engine, officials.slice(0, 2));
    ok(engine, 'personnel.committee', { id: second, head: counters[0], members: counters.slice(1) });
    ok(engine, 'personnel.open', { id: second, present: 56 });
    const again = reportModelOf(db, sessionId, 'vi');
    expect(again.missing.map((m) => m.text)).toContain('Cuộc bỏ phiếu «Lấy phiếu tín nhiệm năm 2026» chưa kết thúc.');
    expect(again.missing.find((m) => m.text.startsWith('Cuộc bỏ phiếu'))?.fix).toEqual({ view: 'personnel' });
    // A draft list is preparation, not the record.
    prepareConfidence(engine, officials.slice(0, 1));
    expect(textOf(reportModelOf(db, sessionId, 'vi').parts).match(/tiến hành lấy phiếu tín nhiệm/g)).toHaveLength(2);
  });

  it('say a dismissal as the dismissal (miễn nhiệm) its result sentence announces, not "miễn nhiệm, bãi nhiệm" of a person who did nothing wrong', async () => {
    const { engine, db, officials, counters } = setUp();
    const id = ok(engine, 'personnel.prepare', { kind: 'dismissal', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', people: [{ delegateId: officials[5], honorific: 'mr' }] }).id;
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'personnel.open', { id, present: 56 });
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    ok(engine, 'personnel.count', { id, lines: [{ personId: view(engine, id).people[0].id, counts: { agree: 50, disagree: 6 } }] });
    ok(engine, 'personnel.close', { id });
    const sessionId = engine.current.sessions.currentId!;
    const minutes = textOf(reportModelOf(db, sessionId, 'vi').parts);
    expect(minutes).toContain('Hội đồng nhân dân bỏ phiếu kín miễn nhiệm chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(minutes).toContain('đã được miễn nhiệm chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    const record = readDocx((await reportFile(db, { doc: 'personnel', sessionId, lang: 'vi' }))!.bytes).text;
    expect(record).toContain('đã tiến hành kiểm phiếu miễn nhiệm chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    // Before: "bỏ phiếu kín miễn nhiệm, bãi nhiệm chức danh …", a removal for wrongdoing said of a routine dismissal.
    for (const text of [minutes, record]) expect(text).not.toContain('bãi nhiệm chức vụ');
  });

  it('word a removal (bãi nhiệm) as a removal and a dismissal (miễn nhiệm) as a dismissal, in every document and on every screen', async () => {
    const { engine, db, officials, counters } = setUp();
    const sessionId = engine.current.sessions.currentId!;
    const closed = (kind: 'dismissal' | 'removal', title: string, agree: number) => {
      const id = ok(engine, 'personnel.prepare', { kind, title, people: [{ delegateId: officials[5], honorific: 'mr' }] }).id;
      ok(engine, 'personnel.committee', { id, head: counters[0] });
      ok(engine, 'personnel.open', { id, present: 56 });
      ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
      ok(engine, 'personnel.count', { id, lines: [{ personId: view(engine, id).people[0].id, counts: { agree, disagree: 56 - agree } }] });
      ok(engine, 'personnel.close', { id });
      ok(engine, 'personnel.announce', { id });
      return view(engine, id);
    };
    // The kind the secretary chose words the vote, whatever its title: the post alone is enough.
    const removal = closed('removal', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', 50);
    const dismissal = closed('dismissal', 'Phó Chủ tịch Hội đồng nhân dân tỉnh', 50);
    const kept = closed('removal', 'Bãi nhiệm chức vụ Chánh Văn phòng Ủy ban nhân dân tỉnh', 20);
    // Before: "đã được miễn nhiệm chức vụ …" and "Được miễn nhiệm" for a removal for wrongdoing.
    expect(removal.people[0].result!.outcome).toBe('removed');
    expect(removal.people[0].announcement!.vi).toContain('Như vậy, ông Lương Xuân Quý đã bị bãi nhiệm chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.'.replace('Lương Xuân Quý', removal.people[0].fullName));
    expect(removal.people[0].announcement!.en).toContain('is therefore removed from the post of Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(kept.people[0].announcement!.vi).toContain('không bị bãi nhiệm.');
    expect(dismissal.people[0].announcement!.vi).toContain('đã được miễn nhiệm chức vụ Phó Chủ tịch Hội đồng nhân dân tỉnh.');
    // The console, hall and caption head each as it is: before, "Miễn nhiệm, bãi nhiệm: …" for both.
    expect(voteHeading(removal, 'vi')).toBe('Bãi nhiệm: Phó Chủ tịch Ủy ban nhân dân tỉnh');
    expect(voteHeading(removal, 'en')).toBe('Removal: Phó Chủ tịch Ủy ban nhân dân tỉnh');
    expect(voteHeading(kept, 'vi')).toBe('Bãi nhiệm chức vụ Chánh Văn phòng Ủy ban nhân dân tỉnh');
    expect(voteHeading(dismissal, 'vi')).toBe('Miễn nhiệm: Phó Chủ tịch Hội đồng nhân dân tỉnh');
    expect(voteHeading(dismissal, 'en')).toBe('Dismissal: Phó Chủ tịch Hội đồng nhân dân tỉnh');
    expect([chosenLabel(removal), chosenLabel(dismissal)]).toEqual(['personnel.outcome.removed', 'personnel.outcome.dismissed']);
    const kinds = Papa.parse<string[]>(personnelResultsCsv([removal, dismissal], 'vi').replace(/^\uFEFF/, '')).data.slice(1, 3).map((row) => row[1]);
    expect(kinds).toEqual(['Bãi nhiệm', 'Miễn nhiệm']);
    expect(countingRecordCsv([removal], 'vi')).toContain('"BIÊN BẢN KIỂM PHIẾU","Bãi nhiệm: Phó Chủ tịch Ủy ban nhân dân tỉnh"');

    const minutes = textOf(reportModelOf(db, sessionId, 'vi').parts);
    expect(minutes).toContain('Hội đồng nhân dân bỏ phiếu kín bãi nhiệm chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(minutes).toContain('Hội đồng nhân dân bỏ phiếu kín miễn nhiệm chức vụ Phó Chủ tịch Hội đồng nhân dân tỉnh.');
    expect(textOf(reportModelOf(db, sessionId, 'en').parts)).toContain('The council held a secret ballot on removal from the post of Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    const record = readDocx((await reportFile(db, { doc: 'personnel', sessionId, lang: 'vi' }))!.bytes).text;
    // Before: the opening said "kiểm phiếu miễn nhiệm chức danh …" and the table "Được miễn nhiệm" for the removal.
    expect(record).toContain('đã tiến hành kiểm phiếu bãi nhiệm chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(record).toContain('Bãi nhiệm: Phó Chủ tịch Ủy ban nhân dân tỉnh');
    // The table's result, held whole by no-break spaces (report.ts resultsTable).
    expect(record.replaceAll('\u00a0', ' ')).toContain('Bị bãi nhiệm');
    expect(record).toContain('Miễn nhiệm: Phó Chủ tịch Hội đồng nhân dân tỉnh');
    expect(record).not.toContain('Miễn nhiệm, bãi nhiệm');
    const recordEn = readDocx((await reportFile(db, { doc: 'personnel', sessionId, lang: 'en' }))!.bytes).text;
    expect(recordEn).toContain('counted the ballots of the removal from the post of Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    const notice = readDocx((await reportFile(db, { doc: 'notice', sessionId, lang: 'vi' }))!.bytes).text;
    expect(notice).toContain('bỏ phiếu kín bãi nhiệm chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(notice).toContain('đã bị bãi nhiệm chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    for (const text of [minutes, record, notice]) expect(text).not.toMatch(/được miễn nhiệm chức vụ Phó Chủ tịch Ủy ban/);
  });

  it('keep the programme item’s "bổ sung" or "thay thế" when the vote is titled by its post alone', async () => {
    const { engine, db, officials, counters } = setUp();
    const sessionId = engine.current.sessions.currentId!;
    const elect = (itemTitle: string, title: string) => {
      const item = ok(engine, 'agenda.add', { title: itemTitle, kind: 'election', plannedMinutes: 20 }) as { id: number };
      const id = ok(engine, 'personnel.prepare', { kind: 'election', title, posts: 1, agendaItemId: item.id, people: [{ delegateId: officials[5], honorific: 'mr' }] }).id;
      ok(engine, 'personnel.committee', { id, head: counters[0] });
      ok(engine, 'personnel.open', { id, present: 56 });
      ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
      ok(engine, 'personnel.count', { id, lines: [{ personId: view(engine, id).people[0].id, counts: { agree: 50, disagree: 6 } }] });
      ok(engine, 'personnel.close', { id });
      ok(engine, 'personnel.announce', { id });
    };
    elect('Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026', 'Ủy viên Ủy ban nhân dân tỉnh');
    elect('Bầu thay thế Phó Chủ tịch Hội đồng nhân dân tỉnh', 'Phó Chủ tịch Hội đồng nhân dân tỉnh');
    elect('Bầu Chánh Văn phòng', 'Chánh Văn phòng Hội đồng nhân dân tỉnh');
    const minutes = textOf(reportModelOf(db, sessionId, 'vi').parts);
    // Before: "bầu chức danh Ủy viên …" where the programme says "Bầu bổ sung Ủy viên …".
    expect(minutes).toContain('Hội đồng nhân dân bỏ phiếu kín bầu bổ sung chức vụ Ủy viên Ủy ban nhân dân tỉnh.');
    expect(minutes).toContain('Hội đồng nhân dân bỏ phiếu kín bầu thay thế chức vụ Phó Chủ tịch Hội đồng nhân dân tỉnh.');
    expect(minutes).toContain('Hội đồng nhân dân bỏ phiếu kín bầu chức vụ Chánh Văn phòng Hội đồng nhân dân tỉnh.');
    expect(textOf(reportModelOf(db, sessionId, 'en').parts)).toContain('The council held a secret ballot to elect an additional Ủy viên Ủy ban nhân dân tỉnh.');
    const record = readDocx((await reportFile(db, { doc: 'personnel', sessionId, lang: 'vi' }))!.bytes).text;
    expect(record).toContain('đã tiến hành kiểm phiếu bầu bổ sung chức vụ Ủy viên Ủy ban nhân dân tỉnh.');
    expect(record).toContain('đã tiến hành kiểm phiếu bầu thay thế chức vụ Phó Chủ tịch Hội đồng nhân dân tỉnh.');
    const notice = readDocx((await reportFile(db, { doc: 'notice', sessionId, lang: 'vi' }))!.bytes).text;
    expect(notice).toContain('bỏ phiếu kín bầu bổ sung chức vụ Ủy viên Ủy ban nhân dân tỉnh.');
    // The result still names the post alone: "đã trúng cử chức vụ Ủy viên …".
    expect(minutes).toContain('đã trúng cử chức vụ Ủy viên Ủy ban nhân dân tỉnh.');

    // The headings say it too (console, hall, caption, counting record, CSV): before, "Bầu: Ủy viên …".
    const [more, replace, plain] = engine.current.personnel;
    expect([more.way, replace.way, plain.way]).toEqual(['more', 'replace', null]);
    expect(voteHeading(more, 'vi')).toBe('Bầu bổ sung: Ủy viên Ủy ban nhân dân tỉnh');
    expect(voteHeading(replace, 'vi')).toBe('Bầu thay thế: Phó Chủ tịch Hội đồng nhân dân tỉnh');
    expect(voteHeading(plain, 'vi')).toBe('Bầu: Chánh Văn phòng Hội đồng nhân dân tỉnh');
    expect(voteHeading(more, 'en')).toBe('Additional election: Ủy viên Ủy ban nhân dân tỉnh');
    expect(record).toContain('Bầu bổ sung: Ủy viên Ủy ban nhân dân tỉnh');
    expect(record).toContain('Bầu thay thế: Phó Chủ tịch Hội đồng nhân dân tỉnh');
    expect(countingRecordCsv([more], 'vi')).toContain('"BIÊN BẢN KIỂM PHIẾU","Bầu bổ sung: Ủy viên Ủy ban nhân dân tỉnh"');
    expect(Papa.parse<string[]>(personnelResultsCsv([more], 'vi').replace(/^\uFEFF/, '')).data[1][1]).toBe('Bầu bổ sung');
    // The programme item renamed: the published view follows it.
    const moreItem = more.agendaItemId!;
    const item = engine.current.agenda.find((i) => i.id === moreItem)!;
    ok(engine, 'agenda.update', { id: moreItem, title: 'Bầu Ủy viên Ủy ban nhân dân tỉnh', kind: item.kind, plannedMinutes: item.plannedMinutes });
    expect(engine.current.personnel.find((v) => v.id === more.id)!.way).toBeNull();
  });

  it('end a correction’s reason typed with its own full stop with one full stop, as the counting record does', () => {
    const ctx = setUp();
    const { engine, db } = ctx;
    const id = closedElection(ctx, 'Phó Chủ tịch Ủy ban nhân dân tỉnh');
    const person = view(engine, id).people[0].id;
    ok(engine, 'personnel.correct', { id, reason: 'Ban kiểm phiếu kiểm lại, một phiếu bị ghi nhầm cột. ', lines: [{ personId: person, counts: { agree: 49, disagree: 7 } }] });
    const sessionId = engine.current.sessions.currentId!;
    expect(textOf(reportModelOf(db, sessionId, 'vi').parts)).toContain('Kết quả đã được đính chính (trước khi đính chính: Trần Thị Hoa: đồng ý 50, không đồng ý 6): Ban kiểm phiếu kiểm lại, một phiếu bị ghi nhầm cột.');
    // Before: "… ghi nhầm cột.." in the minutes.
    expect(textOf(reportModelOf(db, sessionId, 'vi').parts)).not.toContain('cột..');
    expect(textOf(reportModelOf(db, sessionId, 'en').parts)).toContain('The result was corrected (before the correction: Trần Thị Hoa: in favour 50, against 6): Ban kiểm phiếu kiểm lại, một phiếu bị ghi nhầm cột.');
    expect(textOf(reportModelOf(db, sessionId, 'en').parts)).not.toContain('cột..');
  });
});

describe('personnel votes in the results notice', () => {
  it('tells who was elected and how each official was rated, once announced; until then says what it waits for', async () => {
    const ctx = setUp();
    const { engine, db, officials, counters } = ctx;
    const sessionId = engine.current.sessions.currentId!;
    const notice = async () => readDocx((await reportFile(db, { doc: 'notice', sessionId, lang: 'vi' }))!.bytes).text;
    const election = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', posts: 1, people: [{ delegateId: officials[5], body: 'committee', honorific: 'mr' }] }).id;
    ok(engine, 'personnel.committee', { id: election, head: counters[0], members: counters.slice(1) });
    ok(engine, 'personnel.open', { id: election, present: 56 });
    ok(engine, 'personnel.ballots', { id: election, issued: 56, returned: 56, valid: 55, invalid: 1 });
    ok(engine, 'personnel.count', { id: election, lines: [{ personId: view(engine, election).people[0].id, counts: { agree: 50, disagree: 5 } }] });
    ok(engine, 'personnel.close', { id: election });
    const closedOnly = reportModelOf(db, sessionId, 'vi', 'notice');
    expect(closedOnly.missing.map((m) => m.text)).toContain('Kết quả bỏ phiếu «Phó Chủ tịch Ủy ban nhân dân tỉnh» chưa được công bố.');
    expect(await notice()).not.toContain('CÔNG TÁC NHÂN SỰ');
    // The counting record says what was counted as a sentence does, as the minutes say it.
    const record = readDocx((await reportFile(db, { doc: 'personnel', sessionId, lang: 'vi' }))!.bytes).text;
    expect(record).toContain('đã tiến hành kiểm phiếu bầu chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(record).not.toContain('kiểm phiếu bầu:');
    const recordEn = readDocx((await reportFile(db, { doc: 'personnel', sessionId, lang: 'en' }))!.bytes).text;
    expect(recordEn).toContain('counted the ballots of the election to the post of Phó Chủ tịch Ủy ban nhân dân tỉnh.');

    ok(engine, 'personnel.announce', { id: election });
    const confidence = countedConfidenceVote(ctx);
    const text = await notice();
    expect(text).toContain('II. CÔNG TÁC NHÂN SỰ');
    expect(text).toContain('1. Hội đồng nhân dân bỏ phiếu kín bầu chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh.');
    expect(text).toContain(view(engine, election).people[0].announcement!.vi);
    expect(text).toContain('2. Hội đồng nhân dân tiến hành lấy phiếu tín nhiệm năm 2026 đối với người giữ chức vụ do Hội đồng nhân dân bầu.');
    for (const p of view(engine, confidence).people.filter((x) => x.announcement)) expect(text).toContain(withOffice(p, 'vi'));
    expect(text).toContain(`Ông ${OFFICIALS[7][0]}, ${OFFICIALS[7][1]}, không lấy phiếu tín nhiệm (nghỉ hưu từ tháng 01/2027).`);
    // The questioning comes after, numbered on.
    expect(text).toContain('III. HOẠT ĐỘNG CHẤT VẤN');
    expect(text.indexOf('CÔNG TÁC NHÂN SỰ')).toBeLessThan(text.indexOf('HOẠT ĐỘNG CHẤT VẤN'));
  });
});

/**
 * Holds an election's round on 56 present, every ballot valid, each person agreed by `agrees` (in
 * list order, the rest disagreeing), then closes and announces it; the committee's head named once.
 */
function holdRound(engine: Engine, head: number, id: number, agrees: number[]) {
  if (view(engine, id).committee.length === 0) ok(engine, 'personnel.committee', { id, head });
  ok(engine, 'personnel.open', { id, present: 56 });
  ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
  ok(engine, 'personnel.count', { id, lines: view(engine, id).people.map((p, i) => ({ personId: p.id, counts: { agree: agrees[i], disagree: 56 - agrees[i] } })) });
  ok(engine, 'personnel.close', { id });
  ok(engine, 'personnel.announce', { id });
  return view(engine, id);
}

describe('the results notice gives the final result of each post', () => {
  it('leaves out a round in which nobody was elected and that was held again, and tells a round before the last only by whom it elected', async () => {
    const { engine, db, officials, counters } = setUp();
    const sessionId = engine.current.sessions.currentId!;
    const held = (id: number, agrees: number[]) => holdRound(engine, counters[0], id, agrees);
    // One post: nobody reaches 30 of 58 in the first round; the second elects.
    const chair = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Chánh Văn phòng Hội đồng nhân dân tỉnh', posts: 1, people: [0, 1].map((i) => ({ delegateId: officials[i], honorific: 'mr' as const })) }).id;
    const chair1 = held(chair, [28, 27]);
    const chair2 = held(ok(engine, 'personnel.revote', { id: chair }).id, [40, 16]);
    // Two posts: one elected in the first round, the other in the second.
    const members = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Ủy viên Ủy ban nhân dân tỉnh', posts: 2, people: [2, 3, 4].map((i) => ({ delegateId: officials[i], honorific: 'mr' as const })) }).id;
    const members1 = held(members, [45, 29, 27]);
    const members2 = held(ok(engine, 'personnel.revote', { id: members }).id, [33, 23]);

    const text = readDocx((await reportFile(db, { doc: 'notice', sessionId, lang: 'vi' }))!.bytes).text;
    // Before: the first round of the chief of office ("… không trúng cử") was listed beside the second.
    for (const p of chair1.people) expect(text).not.toContain(p.announcement!.vi);
    // The round says why it was held, as the first round's result sentences do (before: "Bỏ phiếu lần 2." alone).
    expect(text).toContain(`1. Bỏ phiếu lần 2 do lần trước chưa bầu đủ số người cần bầu (còn 1 người). Hội đồng nhân dân bỏ phiếu kín bầu chức vụ Chánh Văn phòng Hội đồng nhân dân tỉnh.`);
    expect(text).toContain(chair2.people[0].announcement!.vi);
    // The members: who the first round elected, then the second round's result; those short in the first stood again.
    expect(text).toContain('2. Hội đồng nhân dân bỏ phiếu kín bầu chức vụ Ủy viên Ủy ban nhân dân tỉnh.');
    expect(text).toContain(members1.people[0].announcement!.vi);
    for (const p of members1.people.slice(1)) expect(text).not.toContain(p.announcement!.vi);
    for (const p of members2.people) expect(text).toContain(p.announcement!.vi);
    expect(text).not.toMatch(/^3\. /m);
    expect(text.indexOf(members1.people[0].announcement!.vi)).toBeLessThan(text.indexOf('Bỏ phiếu lần 2 do', text.indexOf('2. Hội đồng')));
  });

  it('says a round held after a tie was held for the tie, in the notice and in the minutes in both languages', async () => {
    const { engine, db, officials, counters } = setUp();
    const sessionId = engine.current.sessions.currentId!;
    const held = (id: number, agrees: number[]) => holdRound(engine, counters[0], id, agrees);
    const first = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Ủy viên Ủy ban nhân dân tỉnh', posts: 2, people: [0, 1, 2].map((i) => ({ delegateId: officials[i], honorific: 'mr' as const })) }).id;
    expect(held(first, [40, 30, 30]).people.map((p) => p.result!.outcome)).toEqual(['elected', 'tie', 'tie']);
    const second = held(ok(engine, 'personnel.revote', { id: first }).id, [33, 23]);
    expect(second.revoteReason).toBe('tie');
    const notice = readDocx((await reportFile(db, { doc: 'notice', sessionId, lang: 'vi' }))!.bytes).text;
    expect(notice).toContain('Bỏ phiếu lần 2 do lần trước có ứng cử viên có số phiếu ngang nhau ở vị trí cuối cùng cần bầu.');
    const minutes = (lang: 'vi' | 'en') => JSON.stringify(reportModelOf(db, sessionId, lang));
    expect(minutes('vi')).toContain('Bỏ phiếu lần 2 do lần trước có ứng cử viên có số phiếu ngang nhau ở vị trí cuối cùng cần bầu. ');
    expect(minutes('en')).toContain('Round 2, as candidates were level for the last post to fill in the round before. ');
  });
});

function reportModelOf(db: ReturnType<typeof newEngine>['db'], sessionId: number, lang: 'vi' | 'en', doc: 'minutes' | 'notice' = 'minutes') {
  return doc === 'notice' ? noticeModel(db, sessionId, lang)! : minutesModel(db, sessionId, { lang, now: Date.now() })!;
}

describe('the kind of a personnel vote', () => {
  it('refuses a kind it does not know, and a title that says another kind, changing nothing', () => {
    const { engine, officials } = setUp();
    const unknown = refused(engine, 'personnel.prepare', { kind: 'recall', title: 'Phó Chủ tịch UBND tỉnh', people: [{ delegateId: officials[5] }] });
    expect(unknown.vi).toContain('Loại');
    expect(unknown.en).toMatch(/Election, Dismissal, Removal, Confidence vote/);
    // "Bãi nhiệm" on a vote chosen as a dismissal: the heading would say one act and the result the other.
    const other = refused(engine, 'personnel.prepare', { kind: 'dismissal', title: 'Bãi nhiệm chức vụ Phó Chủ tịch UBND tỉnh', people: [{ delegateId: officials[5] }] }, 'personnel-kind-title');
    expect(other.vi).toBe('Tên «Bãi nhiệm chức vụ Phó Chủ tịch UBND tỉnh» ghi «Bãi nhiệm» nhưng loại đã chọn là «Miễn nhiệm». Hãy chọn loại «Bãi nhiệm», hoặc chỉ ghi chức vụ, bỏ chữ đó đi.');
    expect(other.en).toContain('says “Removal”, but the kind chosen is “Dismissal”');
    refused(engine, 'personnel.prepare', { kind: 'election', title: 'Miễn nhiệm Phó Chủ tịch UBND tỉnh', people: [{ delegateId: officials[5] }] }, 'personnel-kind-title');
    // A draft's kind can be changed by the secretary; a bad one leaves the draft as it was.
    const { id } = ok(engine, 'personnel.prepare', { kind: 'dismissal', title: 'Phó Chủ tịch UBND tỉnh', people: [{ delegateId: officials[5] }] });
    refused(engine, 'personnel.update', { id, kind: 'recall', title: 'Phó Chủ tịch UBND tỉnh', people: [{ delegateId: officials[5] }] });
    expect(view(engine, id).kind).toBe('dismissal');
    ok(engine, 'personnel.update', { id, kind: 'removal', title: 'Phó Chủ tịch UBND tỉnh', people: [{ delegateId: officials[5] }] });
    expect(view(engine, id)).toMatchObject({ kind: 'removal', posts: 0 });
    expect(voteHeading(view(engine, id), 'vi')).toBe('Bãi nhiệm: Phó Chủ tịch UBND tỉnh');
  });

  it('edits a vote not yet opened with the checks of preparing, and refuses once it is open, changing nothing', () => {
    const { engine, officials, counters } = setUp();
    const { id } = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Ủy viên UBND tỉnh', posts: 1, people: [{ delegateId: officials[0] }] });
    refused(engine, 'personnel.update', { id, kind: 'election', title: 'Ủy viên UBND tỉnh', posts: 2, people: [{ delegateId: officials[0] }, { delegateId: officials[0] }] }, 'personnel-person-twice');
    refused(engine, 'personnel.update', { id, kind: 'election', title: 'Ủy viên UBND tỉnh', posts: 0, people: [{ delegateId: officials[0] }] });
    ok(engine, 'personnel.update', { id, kind: 'election', title: 'Ủy viên UBND tỉnh', posts: 2, people: [0, 1, 2].map((i) => ({ delegateId: officials[i] })) });
    expect(view(engine, id)).toMatchObject({ posts: 2, status: 'draft' });
    expect(view(engine, id).people).toHaveLength(3);
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'personnel.open', { id, present: 56 });
    refused(engine, 'personnel.update', { id, kind: 'election', title: 'Ủy viên UBND tỉnh', posts: 1, people: [{ delegateId: officials[0] }] }, 'personnel-not-draft');
  });
});
