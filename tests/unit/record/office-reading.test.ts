/**
 * What the council office's head struck out reading a two-day district session's documents before
 * signing (round 27): the minutes told the resolution confirming an election before the election,
 * named a respondent who is also a delegate by the delegate group, and said a delegate who left
 * early was away "lúc 15 giờ 10 phút" (at that moment only), and numbered a part typed "II. Công
 * tác nhân sự" twice ("2. II. …"); the review's attendance table lost
 * the delegate who left, its row no longer adding up to the seats.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { exportReview } from '../../../electron/features/review/export';
import { readDocx } from '../../docx';
import { newEngine, ok } from '../helpers';

let ctx: ReturnType<typeof newEngine>;
let sessionId: number;
const MIN = 60_000;

beforeAll(() => {
  ctx = newEngine();
  const { engine, clock } = ctx;
  clock.set(new Date(2024, 11, 11, 13, 0).getTime());
  ok(engine, 'council.save', { name: 'Hội đồng nhân dân huyện Yên Thành', level: 'district', term: 20, totalSeats: 5 });
  sessionId = ok(engine, 'session.create', { number: 12, term: 20, kind: 'regular', startDate: '2024-12-11', endDate: '2024-12-11' }).id;
  const [chair, vice, a, b, c] = [
    ['Nguyễn Văn Thắng', 'Chủ tịch HĐND huyện'],
    ['Vũ Thị Lan Anh', 'Phó Chủ tịch UBND huyện'],
    ['Dương Văn Lực', ''],
    ['Tô Thị Bích Ngọc', ''],
    ['Hồ Sỹ Nguyên', ''],
  ].map(([fullName, title], i) => ok(engine, 'delegate.add', { fullName, title, seatNumber: i + 1, group: `Tổ đại biểu số ${(i % 2) + 1}` }).id);
  const candidate = ok(engine, 'delegate.add', { fullName: 'Hoàng Thị Thu', title: 'Trưởng phòng Tài chính - Kế hoạch', voting: false }).id;
  ok(engine, 'record.setOfficers', { chairs: [chair], secretaries: [c] });
  const respondent = ok(engine, 'respondent.add', { delegateId: vice, agency: 'UBND huyện' }).id;
  const sittingId = ok(engine, 'sitting.add', { date: '2024-12-11', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
  const questioning = ok(engine, 'agenda.add', { title: 'Chất vấn và trả lời chất vấn', kind: 'questioning', sittingId }).id;
  // A part typed by hand with its own numeral, as the office's programme numbers it.
  const part = ok(engine, 'agenda.add', { title: 'II. Công tác nhân sự', kind: 'election', sittingId }).id;
  const election = ok(engine, 'agenda.add', { title: 'Bầu bổ sung Ủy viên Ủy ban nhân dân huyện', kind: 'election', sittingId }).id;
  ok(engine, 'agenda.setParent', { id: election, parentId: part });

  clock.set(new Date(2024, 11, 11, 13, 30).getTime());
  ok(engine, 'sitting.open', { id: sittingId });
  ok(engine, 'attendance.open', { sittingId });
  ok(engine, 'item.start', { id: questioning });
  const q = ok(engine, 'question.register', { askerId: a, respondentId: respondent, text: 'Tiến độ giải phóng mặt bằng Quốc lộ 7B?', agendaItemId: questioning }).id;
  ok(engine, 'question.next', { id: q });
  ok(engine, 'question.toggle');
  clock.advance(2 * MIN);
  ok(engine, 'answer.start');
  ok(engine, 'question.toggle');
  clock.advance(5 * MIN);
  ok(engine, 'question.stop');
  ok(engine, 'question.mark', { ids: [q], status: 'answered' });
  ok(engine, 'item.start', { id: election, current: 'finish' });

  // The election first, then (twelve minutes later) the resolution confirming its result.
  const vote = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Ủy viên Ủy ban nhân dân huyện', posts: 1, agendaItemId: election, people: [{ delegateId: candidate, body: 'committee', honorific: 'ms' }] }).id;
  ok(engine, 'personnel.committee', { id: vote, head: c, members: [a] });
  ok(engine, 'personnel.open', { id: vote });
  ok(engine, 'personnel.ballots', { id: vote, issued: 5, returned: 5, valid: 5, invalid: 0 });
  const [personId] = engine.current.personnel[0].people.map((p) => p.id);
  ok(engine, 'personnel.count', { id: vote, lines: [{ personId, counts: { agree: 4, disagree: 1 } }] });
  ok(engine, 'personnel.close', { id: vote });
  ok(engine, 'personnel.announce', { id: vote });
  clock.advance(12 * MIN);
  const confirm = ok(engine, 'vote.create', { agendaItemId: election, resolutionTitle: 'Nghị quyết xác nhận kết quả bầu bổ sung Ủy viên Ủy ban nhân dân huyện', resolutionNumber: '95/NQ-HĐND', method: 'hands' }).id;
  ok(engine, 'vote.open', { id: confirm });
  ok(engine, 'vote.tally', { id: confirm, for: 5, against: 0, abstain: 0 });
  ok(engine, 'vote.close', { id: confirm });
  ok(engine, 'vote.announce', { id: confirm });
  clock.advance(10 * MIN);
  // Tô Thị Bích Ngọc leaves at 15:10, after the votes.
  ok(engine, 'attendance.mark', { delegateId: b, status: 'left', time: '15:10' });
  ok(engine, 'item.finish', { id: election });
  ok(engine, 'sitting.close', { id: sittingId });
});

const minutes = async (lang: 'vi' | 'en') => readDocx((await reportFile(ctx.db, { doc: 'minutes', sessionId, lang }))!.bytes).text;

describe('the minutes as the office reads them', () => {
  it('tell an election before the resolution confirming its result, as they were held and as the counting records are', async () => {
    const vi = await minutes('vi');
    const electionAt = vi.indexOf('bỏ phiếu kín bầu bổ sung');
    expect(electionAt).toBeGreaterThan(-1);
    expect(vi.indexOf('95/NQ-HĐND')).toBeGreaterThan(vi.indexOf('Như vậy, bà Hoàng Thị Thu đã trúng cử'));
    expect(vi.indexOf('95/NQ-HĐND')).toBeGreaterThan(electionAt);
    const en = await minutes('en');
    expect(en.indexOf('95/NQ-HĐND')).toBeGreaterThan(en.indexOf('Hoàng Thị Thu'));
  });

  it('name a respondent who is also a delegate by the office questioned, not by the delegate group', async () => {
    const vi = await minutes('vi');
    expect(vi).toContain('chất vấn đồng chí Vũ Thị Lan Anh (Phó Chủ tịch UBND huyện): Tiến độ giải phóng mặt bằng Quốc lộ 7B?');
    // The asker keeps the group: who asked is told by the constituency they sit for.
    expect(vi).toContain('Đồng chí Dương Văn Lực (Tổ đại biểu số 1) chất vấn');
  });

  it('say since when a delegate who left early was away ("từ 15 giờ 10 phút"), not "lúc"', async () => {
    const vi = await minutes('vi');
    expect(vi).toContain('Về sớm: Tô Thị Bích Ngọc (từ 15\u00a0giờ 10\u00a0phút).');
    expect(await minutes('en')).toContain('Left early: Tô Thị Bích Ngọc (at 15:10).');
  });
});

describe('a part typed with its own numeral', () => {
  it('is numbered once in the minutes, as the programme numbers it and its items under it', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const text = await minutes(lang);
      expect(text, lang).toContain('\n2. Công tác nhân sự\n');
      expect(text, lang).not.toContain('2. II.');
      expect(text, lang).toMatch(/\n2\.1\. Bầu bổ sung Ủy viên Ủy ban nhân dân huyện \(/);
    }
  });
});

describe('the review’s attendance table', () => {
  it('has its "Về sớm" column when a delegate left early, so the row adds up to the delegates', async () => {
    const doc = readDocx((await exportReview(ctx.db, 'review-docx', { sessionId, lang: 'vi', now: ctx.clock() }))!.body);
    const table = doc.tables.find((t) => (t.textContent ?? '').replace(/\u00a0/g, ' ').includes('Tỷ lệ có mặt'))!;
    const rows = [...table.getElementsByTagNameNS('*', 'tr')].map((tr) => [...tr.getElementsByTagNameNS('*', 'tc')].map((tc) => (tc.textContent ?? '').replace(/\u00a0/g, ' ')));
    expect(rows[0]).toEqual(['Phiên họp', 'Đại biểu HĐND', 'Có mặt cuối phiên', 'Vắng mặt không có lý do', 'Vắng mặt có lý do', 'Về sớm', 'Tỷ lệ có mặt']);
    const [, voting, present, absent, excused, left] = rows[1];
    expect([voting, present, absent, excused, left]).toEqual(['5', '4', '0', '0', '1']);
    expect(Number(present) + Number(absent) + Number(excused) + Number(left)).toBe(Number(voting));
  });
});
