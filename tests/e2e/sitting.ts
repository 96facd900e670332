/**
 * A council's first morning: a commune council (HĐND xã, as councils are since the 2025 law ended
 * district ones) with the 30 seats a commune may have at most, officials with agencies, 25 items
 * over two days in four sittings, a roll call, speakers, questions and votes. Used by
 * the layout check over every view and by the screenshot script (`scripts/shots.mjs`).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { AgendaKind } from '../../common/agenda/model';
import { launch, seeder, serve, tempDataDir, type Served } from './harness';

const GIVEN = ['Nguyễn Văn', 'Trần Thị', 'Lê Văn', 'Phạm Thị', 'Hoàng Văn', 'Vũ Thị', 'Đặng Văn'];
const NAMES = ['An', 'Bình', 'Cường', 'Dung', 'Hằng', 'Hoa', 'Khánh', 'Long', 'Mai', 'Nam'];
const GROUPS = ['Tổ đại biểu số 1 - khu phố Lương Sơn', 'Tổ đại biểu số 2 - thôn Hòa Sơn', 'Tổ đại biểu số 3 - thôn Cư Yên'];

/** The council's seats: a commune council has 15 up to 30 (Law 72/2025/QH15). */
export const SEATS = 30;

export const ITEMS: { title: string; kind: AgendaKind; presenter?: string; plannedMinutes: number; day: 0 | 1; part: 'morning' | 'afternoon' }[] = [
  { title: 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', kind: 'opening', plannedMinutes: 10, day: 0, part: 'morning' },
  { title: 'Khai mạc kỳ họp', kind: 'opening', presenter: 'Chủ tịch HĐND xã', plannedMinutes: 15, day: 0, part: 'morning' },
  { title: 'Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026 và phương hướng, nhiệm vụ năm 2027', kind: 'report', presenter: 'Chủ tịch UBND xã', plannedMinutes: 30, day: 0, part: 'morning' },
  { title: 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách HĐND xã về tình hình kinh tế - xã hội năm 2026', kind: 'report', presenter: 'Trưởng Ban Kinh tế - Ngân sách', plannedMinutes: 15, day: 0, part: 'morning' },
  { title: 'Tờ trình về dự toán thu ngân sách nhà nước trên địa bàn, thu, chi ngân sách địa phương năm 2027', kind: 'submission', presenter: 'Trưởng phòng Kinh tế', plannedMinutes: 15, day: 0, part: 'morning' },
  { title: 'Giải lao', kind: 'break', plannedMinutes: 15, day: 0, part: 'morning' },
  { title: 'Thảo luận tại hội trường về các báo cáo, tờ trình', kind: 'discussion', plannedMinutes: 60, day: 0, part: 'morning' },
  { title: 'Biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2027', kind: 'vote', plannedMinutes: 10, day: 0, part: 'morning' },
  { title: 'Báo cáo kết quả giải quyết ý kiến, kiến nghị của cử tri năm 2026', kind: 'report', presenter: 'Phó Chủ tịch UBND xã', plannedMinutes: 15, day: 0, part: 'afternoon' },
  { title: 'Báo cáo công tác phòng, chống tham nhũng, tiêu cực năm 2026', kind: 'report', presenter: 'Chánh Văn phòng HĐND và UBND xã', plannedMinutes: 15, day: 0, part: 'afternoon' },
  { title: 'Báo cáo công tác bảo đảm an ninh, trật tự trên địa bàn xã năm 2026', kind: 'report', presenter: 'Trưởng Công an xã', plannedMinutes: 15, day: 0, part: 'afternoon' },
  { title: 'Thông báo của Ủy ban MTTQ Việt Nam xã về công tác tham gia xây dựng chính quyền', kind: 'report', presenter: 'Chủ tịch Ủy ban MTTQ Việt Nam xã', plannedMinutes: 15, day: 0, part: 'afternoon' },
  { title: 'Giải lao', kind: 'break', plannedMinutes: 15, day: 0, part: 'afternoon' },
  { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 90, day: 0, part: 'afternoon' },
  { title: 'Phiên chất vấn và trả lời chất vấn', kind: 'questioning', plannedMinutes: 120, day: 1, part: 'morning' },
  { title: 'Giải lao', kind: 'break', plannedMinutes: 15, day: 1, part: 'morning' },
  { title: 'Báo cáo giải trình của UBND xã về các ý kiến chất vấn', kind: 'report', presenter: 'Phó Chủ tịch UBND xã', plannedMinutes: 20, day: 1, part: 'morning' },
  { title: 'Biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công năm 2027', kind: 'vote', plannedMinutes: 10, day: 1, part: 'morning' },
  { title: 'Biểu quyết thông qua Nghị quyết về biên chế công chức năm 2027', kind: 'vote', plannedMinutes: 10, day: 1, part: 'afternoon' },
  { title: 'Biểu quyết thông qua Nghị quyết về chương trình giám sát năm 2027', kind: 'vote', plannedMinutes: 10, day: 1, part: 'afternoon' },
  { title: 'Bầu bổ sung Ủy viên UBND xã nhiệm kỳ 2026 - 2031', kind: 'election', plannedMinutes: 30, day: 1, part: 'afternoon' },
  { title: 'Thảo luận về lịch họp thường lệ năm 2027', kind: 'discussion', plannedMinutes: 20, day: 1, part: 'afternoon' },
  { title: 'Thông qua Nghị quyết kỳ họp', kind: 'vote', plannedMinutes: 10, day: 1, part: 'afternoon' },
  { title: 'Bế mạc kỳ họp', kind: 'closing', presenter: 'Chủ tịch HĐND xã', plannedMinutes: 15, day: 1, part: 'afternoon' },
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
    await run('council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: SEATS });
    await run('session.create', { number: 3, term: 1, kind: 'regular', title: 'Kỳ họp thường lệ cuối năm 2026', startDate: DAYS[0], endDate: DAYS[1] });
    const delegateIds: number[] = [];
    for (let i = 0; i < SEATS; i++) {
      const name = `${GIVEN[i % GIVEN.length]} ${NAMES[Math.floor(i / GIVEN.length) % NAMES.length]}`;
      const { id } = await run('delegate.add', { fullName: name, title: i === 0 ? 'Chủ tịch HĐND xã' : 'Đại biểu HĐND xã', group: GROUPS[i % 3], seatNumber: i + 1 });
      delegateIds.push(id);
    }
    const officials = [
      ['Bùi Quang Huy', 'Chủ tịch UBND xã', 'UBND xã'],
      ['Đinh Thị Thu Hương', 'Phó Chủ tịch UBND xã', 'UBND xã'],
      ['Quách Văn Toản', 'Trưởng Công an xã', 'Công an xã'],
      ['Hà Minh Đức', 'Trưởng phòng Kinh tế', 'Phòng Kinh tế xã'],
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
    // Two resolutions: one adopted and announced, one draft for later. Taken before the morning's
    // items start: a vote opened on an item not started while another runs marks that item held
    // (votes/commands.ts heldByVote), and the files built on this sitting expect items 8 and 18 not held.
    const voteIds: number[] = [];
    const v1 = (await run('vote.create', { agendaItemId: itemIds[7], resolutionNumber: '45/NQ-HĐND', resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' })).id;
    voteIds.push(v1);
    await run('vote.open', { id: v1 });
    await run('vote.tally', { id: v1, for: 24, against: 1, abstain: 0 });
    await run('vote.close', { id: v1 });
    await run('vote.announce', { id: v1 });
    const v2 = (await run('vote.create', { agendaItemId: itemIds[17], resolutionNumber: '46/NQ-HĐND', resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' })).id;
    voteIds.push(v2);
    await run('vote.open', { id: v2 });
    await run('vote.tally', { id: v2, for: 10, against: 14, abstain: 3 });
    await run('vote.close', { id: v2 });
    const v3 = (await run('vote.create', { agendaItemId: itemIds[18], resolutionNumber: '47/NQ-HĐND', resolutionTitle: 'Nghị quyết về biên chế công chức năm 2027', method: 'named' })).id;
    voteIds.push(v3);
    // The morning under way: two items done, the report running, a speaker on the floor.
    await run('item.start', { id: itemIds[0] });
    await run('item.start', { id: itemIds[1], current: 'finish' });
    await run('item.start', { id: itemIds[2], current: 'finish' });
    // A report's floor is the discussion after it (speakers/slices.ts): the secretary keeps the
    // report's own queue, as the files built on this sitting expect (its speaker, its carry-over).
    await run('speaker.focus', { agendaItemId: itemIds[2] });
    for (const i of [3, 7, 11, 15, 20]) await run('speaker.request', { agendaItemId: itemIds[2], delegateId: delegateIds[i] });
    await run('speaker.next', {});
    await run('speaker.start', {});
    // Questioning prepared: respondents from the roster, a topic, two slips.
    const r1 = (await run('respondent.add', { delegateId: officialIds[0], agency: 'UBND xã' })).id;
    const r2 = (await run('respondent.add', { delegateId: officialIds[3], agency: 'Phòng Kinh tế xã' })).id;
    const topic = (await run('topic.add', { title: 'Quản lý đất đai, cấp giấy chứng nhận quyền sử dụng đất', respondentIds: [r1, r2] })).id;
    await run('question.register', { askerId: delegateIds[4], respondentId: r2, topicId: topic, text: 'Tiến độ cấp giấy chứng nhận quyền sử dụng đất lần đầu tại thôn Hòa Sơn chậm, nguyên nhân và giải pháp?' });
    await run('question.register', { askerId: delegateIds[8], respondentId: r1, topicId: topic, text: 'Giải pháp xử lý các trường hợp lấn chiếm đất công?' });
    return { itemIds, delegateIds, officialIds, sittingIds, voteIds };
  } finally {
    close();
  }
}

/** What a test file on the seeded morning works with; filled in once its `beforeAll` has run. */
export interface SeededMorning {
  browser: Browser;
  server: Served;
  seeded: Sitting;
}

/**
 * The setup of a test file that runs on the seeded morning: one Chromium, one server on a fresh
 * data folder (started with `serveArgs`, e.g. a LAN port), the sitting seeded, all stopped after
 * the file's tests. Call it at the top of the file and read the fields inside the tests.
 */
export function onSeededMorning(serveArgs: () => Promise<string[]> = async () => []): SeededMorning {
  const morning = {} as SeededMorning;
  beforeAll(async () => {
    morning.browser = await launch();
    morning.server = await serve(tempDataDir(), await serveArgs());
    morning.seeded = await seedSitting(morning.server.url);
  });
  afterAll(async () => {
    await morning.browser?.close();
    await morning.server?.stop();
  });
  return morning;
}
