/**
 * The session's counting records (`export ballots`, the Minutes view's "Ballot-counting records"):
 * one DOCX of every secret ballot, resolutions and personnel votes alike, in the language asked
 * for. Read back from the file as a reader sees it.
 */
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { ok } from '../helpers';
import { countedConfidenceVote, setUp, view } from '../personnel/fixtures';

/** A secret ballot on a resolution (11 of the roster present) with its counting committee, then the confidence vote and an election, all counted. */
function sessionOfBallots() {
  const ctx = setUp();
  const { engine, counters, officials } = ctx;
  ok(engine, 'record.setSession', { place: 'Hội trường Tỉnh ủy', locality: 'Hòa Bình' });
  const vote = ok(engine, 'vote.create', { resolutionNumber: '47/NQ-HĐND', resolutionTitle: 'Nghị quyết về biên chế công chức năm 2027', method: 'secret' }).id;
  ok(engine, 'record.setCounters', { voteId: vote, counters });
  ok(engine, 'vote.open', { id: vote });
  ok(engine, 'vote.tally', { id: vote, issued: 11, returned: 11, valid: 10, invalid: 1, for: 8, against: 1, abstain: 1 });
  ok(engine, 'vote.close', { id: vote });
  ctx.clock.advance(60_000);
  countedConfidenceVote(ctx);
  ctx.clock.advance(60_000);
  const id = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh', posts: 1, people: [{ delegateId: officials[1], honorific: 'ms' }] }).id;
  ok(engine, 'personnel.committee', { id, head: counters[0] });
  ok(engine, 'personnel.open', { id, present: 56 });
  ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
  ok(engine, 'personnel.count', { id, lines: [{ personId: view(engine, id).people[0].id, counts: { agree: 50, disagree: 6 } }] });
  ok(engine, 'personnel.close', { id });
  return ctx;
}

/** Words only the Vietnamese record uses, outside the names and titles the office typed. */
const VIETNAMESE_ONLY = /Biên bản|BIÊN BẢN|Vào hồi|Ban kiểm phiếu|BAN KIỂM PHIẾU|Kỳ họp thứ|Số phiếu|Tỷ lệ|tán thành|Như vậy|Trưởng ban|Ủy viên\.|Các ủy viên|Tổng số đại biểu|HỘI ĐỒNG NHÂN DÂN|Hội đồng nhân dân tỉnh Hòa Bình|khóa XVI|ngày \d|Số:|Tín nhiệm cao|Đồng ý/;

describe('the session’s counting records in English', () => {
  it('are English throughout: the resolution’s record and the personnel votes’ records alike', async () => {
    const { db } = sessionOfBallots();
    const text = readDocx((await reportFile(db, { doc: 'ballots', sessionId: 1, lang: 'en' }))!.bytes).text;
    // Before, the resolution's record was Vietnamese and the personnel records were asked for in Vietnamese.
    expect(text.match(VIETNAMESE_ONLY)).toBeNull();
    expect(text.match(/BALLOT-COUNTING RECORD/g)).toHaveLength(3);
    expect(text).toContain("the counting committee of session 11 of the People’s Council of Hòa Bình province, term XVI");
    expect(text).toContain('counted the ballots of the vote on Nghị quyết về biên chế công chức năm 2027 (No.\u00a047/NQ-HĐND).');
    expect(text).toContain('Ballots issued\n11');
    // The resolution's secret ballot counted as the personnel votes' are, never "8 of 58 ballots" (read as 8 of 58 ballots when fewer were issued).
    expect(text).toMatch(/In favour, 8 of 58 \(\d+\.\d\d% of the total number of council delegates\); against, \d+ \(\d+\.\d\d%\); abstaining, \d+ \(\d+\.\d\d%\)\./);
    expect(text).not.toMatch(/of 58 ballots/);
    // The election's announcement: each level, its count of the seats and the share, never "50/58 ballots".
    expect(text).toContain('Ms Trần Thị Hoa: in favour, 50 of 58 (86.21% of the total number of council delegates).');
    expect(text).toContain('Bùi Văn Khánh');
    // "TM. BAN KIỂM PHIẾU": the committee by its name in section I, wrapping "FOR THE / COUNTING COMMITTEE".
    expect(text).toContain('FOR THE COUNTING\u00a0COMMITTEE');
    expect(text).toContain('This ballot-counting record was drawn up and read out to the session.');
    // The election's table heads its levels in the announcement's words.
    expect(text).toContain('In\u00a0favour\nAgainst');
    expect(text).not.toMatch(/Agree|exempt/);
  }, 30_000);

  it('leave the Vietnamese records as they were', async () => {
    const { db } = sessionOfBallots();
    const text = readDocx((await reportFile(db, { doc: 'ballots', sessionId: 1, lang: 'vi' }))!.bytes).text;
    expect(text.match(/BIÊN BẢN KIỂM PHIẾU/g)).toHaveLength(3);
    expect(text).toContain(
      'Ban kiểm phiếu của Kỳ họp thứ 11, Hội đồng nhân dân tỉnh Hòa Bình khóa XVI, nhiệm kỳ 2026–2031 đã tiến hành kiểm phiếu biểu quyết bằng hình thức bỏ phiếu kín thông qua Nghị quyết về biên chế công chức năm 2027 (số\u00a047/NQ-HĐND).',
    );
    expect(text).toContain('Số phiếu phát ra\n11');
    expect(text).toContain('Biên bản kiểm phiếu được lập và công bố trước kỳ họp.');
    expect(text).not.toMatch(/Ballot|counting committee/);
  }, 30_000);

  it('say so in English when the session has no secret ballot', async () => {
    const { db } = setUp();
    const text = readDocx((await reportFile(db, { doc: 'ballots', sessionId: 1, lang: 'en' }))!.bytes).text;
    expect(text).toContain('The session has held no secret ballot yet.');
    expect(text.match(VIETNAMESE_ONLY)).toBeNull();
  }, 30_000);
});
