/**
 * A council's first morning, as the run had it: 35 seats, officials with agencies,
 * 25 items over two days in four sittings, a roll call, speakers, questions and votes. Used by
 * the layout check over every view and by the screenshot script (`scripts/shots.mjs`).
 */
import type { AgendaKind } from '../../common/agenda/model';
import { seeder } from './harness';

const GIVEN = ['Nguyễn Văn', 'Trần Thị', 'Lê Văn', 'Phạm Thị', 'Hoàng Văn', 'Vũ Thị', 'Đặng Văn'];
const NAMES = ['An', 'Bình', 'Cường', 'Dung', 'Hằng', 'Hoa', 'Khánh', 'Long', 'Mai', 'Nam'];
const GROUPS = ['Tổ đại biểu số 1 - thị trấn Lương Sơn', 'Tổ đại biểu số 2 - xã Hòa Sơn', 'Tổ đại biểu số 3 - xã Cư Yên'];

export const ITEMS: { title: string; kind: AgendaKind; presenter?: string; plannedMinutes: number; day: 0 | 1; part: 'morning' | 'afternoon' }[] = [
  { title: 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', kind: 'opening', plannedMinutes: 10, day: 0, part: 'morning' },
  { title: 'Khai mạc kỳ họp', kind: 'opening', presenter: 'Chủ tịch HĐND huyện', plannedMinutes: 15, day: 0, part: 'morning' },
  { title: 'Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026 và phương hướng, nhiệm vụ năm 2027', kind: 'report', presenter: 'Chủ tịch UBND huyện', plannedMinutes: 30, day: 0, part: 'morning' },
  { title: 'Báo cáo thẩm tra của Ban Kinh tế - Xã hội HĐND huyện về tình hình kinh tế - xã hội năm 2026', kind: 'report', presenter: 'Trưởng Ban Kinh tế - Xã hội', plannedMinutes: 15, day: 0, part: 'morning' },
  { title: 'Tờ trình về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương năm 2027', kind: 'submission', presenter: 'Trưởng phòng Tài chính - Kế hoạch', plannedMinutes: 15, day: 0, part: 'morning' },
  { title: 'Giải lao', kind: 'break', plannedMinutes: 15, day: 0, part: 'morning' },
  { title: 'Thảo luận tại hội trường về các báo cáo, tờ trình', kind: 'discussion', plannedMinutes: 60, day: 0, part: 'morning' },
  { title: 'Biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2027', kind: 'vote', plannedMinutes: 10, day: 0, part: 'morning' },
  { title: 'Báo cáo công tác của Tòa án nhân dân huyện năm 2026', kind: 'report', presenter: 'Chánh án TAND huyện', plannedMinutes: 15, day: 0, part: 'afternoon' },
  { title: 'Báo cáo công tác của Viện kiểm sát nhân dân huyện năm 2026', kind: 'report', presenter: 'Viện trưởng VKSND huyện', plannedMinutes: 15, day: 0, part: 'afternoon' },
  { title: 'Báo cáo công tác thi hành án dân sự năm 2026', kind: 'report', presenter: 'Chi cục trưởng Chi cục THADS', plannedMinutes: 15, day: 0, part: 'afternoon' },
  { title: 'Thông báo của Ủy ban MTTQ Việt Nam huyện về công tác tham gia xây dựng chính quyền', kind: 'report', presenter: 'Chủ tịch UBMTTQ huyện', plannedMinutes: 15, day: 0, part: 'afternoon' },
  { title: 'Giải lao', kind: 'break', plannedMinutes: 15, day: 0, part: 'afternoon' },
  { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 90, day: 0, part: 'afternoon' },
  { title: 'Phiên chất vấn và trả lời chất vấn', kind: 'questioning', plannedMinutes: 120, day: 1, part: 'morning' },
  { title: 'Giải lao', kind: 'break', plannedMinutes: 15, day: 1, part: 'morning' },
  { title: 'Báo cáo giải trình của UBND huyện về các ý kiến chất vấn', kind: 'report', presenter: 'Phó Chủ tịch UBND huyện', plannedMinutes: 20, day: 1, part: 'morning' },
  { title: 'Biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công năm 2027', kind: 'vote', plannedMinutes: 10, day: 1, part: 'morning' },
  { title: 'Biểu quyết thông qua Nghị quyết về biên chế công chức năm 2027', kind: 'vote', plannedMinutes: 10, day: 1, part: 'afternoon' },
  { title: 'Biểu quyết thông qua Nghị quyết về chương trình giám sát năm 2027', kind: 'vote', plannedMinutes: 10, day: 1, part: 'afternoon' },
  { title: 'Bầu bổ sung Ủy viên UBND huyện nhiệm kỳ 2021 - 2026', kind: 'election', plannedMinutes: 30, day: 1, part: 'afternoon' },
  { title: 'Thảo luận về lịch họp thường lệ năm 2027', kind: 'discussion', plannedMinutes: 20, day: 1, part: 'afternoon' },
  { title: 'Thông qua Nghị quyết kỳ họp', kind: 'vote', plannedMinutes: 10, day: 1, part: 'afternoon' },
  { title: 'Bế mạc kỳ họp', kind: 'closing', presenter: 'Chủ tịch HĐND huyện', plannedMinutes: 15, day: 1, part: 'afternoon' },
  { title: 'Chào cờ bế mạc', kind: 'closing', plannedMinutes: 5, day: 1, part: 'afternoon' },
];

export const DAYS = ['2026-12-08', '2026-12-09'];

export interface Sitting {
  itemIds: number[];
  delegateIds: number[];
  officialIds: number[];
  sittingIds: number[];
  voteIds: number[];
}

/**
 * Seeds the session and takes it to mid-morning: roll call with absences and a late arrival,
 * the opening items done, the report running with a speaker on the floor, questions
 * registered, one vote announced, another draft.
 */
export async function seedSitting(url: string): Promise<Sitting> {
  const { run, close } = await seeder(url);
  try {
    await run('council.save', { name: 'HĐND huyện Lương Sơn', level: 'district', term: 4, totalSeats: 35 });
    await run('session.create', { number: 11, term: 4, kind: 'regular', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: DAYS[0], endDate: DAYS[1] });
    const delegateIds: number[] = [];
    for (let i = 0; i < 35; i++) {
      const name = `${GIVEN[i % GIVEN.length]} ${NAMES[Math.floor(i / GIVEN.length) % NAMES.length]}`;
      const { id } = await run('delegate.add', { fullName: name, title: i === 0 ? 'Chủ tịch HĐND huyện' : 'Đại biểu HĐND huyện', group: GROUPS[i % 3], seatNumber: i + 1 });
      delegateIds.push(id);
    }
    const officials = [
      ['Bùi Quang Huy', 'Chủ tịch UBND huyện', 'UBND huyện'],
      ['Đinh Thị Thu Hương', 'Phó Chủ tịch UBND huyện', 'UBND huyện'],
      ['Quách Văn Toản', 'Chánh án', 'TAND huyện'],
      ['Hà Minh Đức', 'Trưởng phòng Tài nguyên và Môi trường', 'Phòng TN&MT huyện'],
    ];
    const officialIds: number[] = [];
    for (const [fullName, title, agency] of officials) {
      const { id } = await run('delegate.add', { fullName, title, agency, voting: false });
      officialIds.push(id);
    }
    const sittingIds: number[] = [];
    for (const date of DAYS) {
      sittingIds.push((await run('sitting.add', { date, part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' })).id);
      sittingIds.push((await run('sitting.add', { date, part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' })).id);
    }
    const itemIds: number[] = [];
    for (const item of ITEMS) {
      const { id } = await run('agenda.add', { title: item.title, kind: item.kind, presenter: item.presenter ?? '', plannedMinutes: item.plannedMinutes });
      itemIds.push(id);
      await run('agenda.assign', { id, sittingId: sittingIds[item.day * 2 + (item.part === 'morning' ? 0 : 1)] });
    }
    // Roll call of the first morning: two absent, one excused, one late.
    await run('attendance.open', { sittingId: sittingIds[0] });
    await run('attendance.mark', { delegateId: delegateIds[5], status: 'absent' });
    await run('attendance.mark', { delegateId: delegateIds[9], status: 'excused' });
    await run('attendance.mark', { delegateId: delegateIds[13], status: 'late', time: '08:10' });
    // The morning under way: two items done, the report running, a speaker on the floor.
    await run('item.start', { id: itemIds[0] });
    await run('item.start', { id: itemIds[1], current: 'finish' });
    await run('item.start', { id: itemIds[2], current: 'finish' });
    for (const i of [3, 7, 11, 15, 20]) await run('speaker.request', { agendaItemId: itemIds[2], delegateId: delegateIds[i] });
    await run('speaker.next', {});
    await run('speaker.start', {});
    // Questioning prepared: respondents from the roster, a topic, two slips.
    const r1 = (await run('respondent.add', { delegateId: officialIds[0], agency: 'UBND huyện' })).id;
    const r2 = (await run('respondent.add', { delegateId: officialIds[3], agency: 'Phòng TN&MT huyện' })).id;
    const topic = (await run('topic.add', { title: 'Quản lý đất đai, cấp giấy chứng nhận quyền sử dụng đất', respondentIds: [r1, r2] })).id;
    await run('question.register', { askerId: delegateIds[4], respondentId: r2, topicId: topic, text: 'Tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu tại xã Hòa Sơn chậm, nguyên nhân và giải pháp?' });
    await run('question.register', { askerId: delegateIds[8], respondentId: r1, topicId: topic, text: 'Giải pháp xử lý các trường hợp lấn chiếm đất công?' });
    // Two resolutions: one adopted and announced, one draft for later.
    const voteIds: number[] = [];
    const v1 = (await run('vote.create', { agendaItemId: itemIds[7], resolutionNumber: '45/NQ-HĐND', resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' })).id;
    voteIds.push(v1);
    await run('vote.open', { id: v1 });
    await run('vote.tally', { id: v1, for: 30, against: 1, abstain: 0 });
    await run('vote.close', { id: v1 });
    await run('vote.announce', { id: v1 });
    const v2 = (await run('vote.create', { agendaItemId: itemIds[17], resolutionNumber: '46/NQ-HĐND', resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' })).id;
    voteIds.push(v2);
    await run('vote.open', { id: v2 });
    await run('vote.tally', { id: v2, for: 12, against: 15, abstain: 4 });
    await run('vote.close', { id: v2 });
    const v3 = (await run('vote.create', { agendaItemId: itemIds[18], resolutionNumber: '47/NQ-HĐND', resolutionTitle: 'Nghị quyết về biên chế công chức năm 2027', method: 'named' })).id;
    voteIds.push(v3);
    return { itemIds, delegateIds, officialIds, sittingIds, voteIds };
  } finally {
    close();
  }
}
