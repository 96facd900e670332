/**
 * A scripted two-day session run through the engine as a chair and a secretary would: four
 * sittings with roll calls, 22 agenda items, 32 speeches with notes, a questioning sitting with
 * a follow-up and a written answer, and votes by the three methods (one failed and taken
 * again, one corrected). Used by the record's replay, layout and LibreOffice tests.
 */
import type { Engine } from '../../../electron/engine/engine';
import { newEngine, ok } from '../helpers';
import type { AgendaKind } from '../../../common/agenda/model';

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Chiến', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hùng', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Thảo', 'Thắng', 'Trang', 'Tuấn', 'Uyên', 'Vinh', 'Yến'];

/** 35 distinct names; the first two are the session's officers. */
export const DELEGATE_NAMES = ['Lương Xuân Quý', 'Nguyễn Thị Ngọc Ánh', 'Hoàng Văn Thạch'];
for (let i = 0; DELEGATE_NAMES.length < 35; i++) {
  const name = `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`;
  if (!DELEGATE_NAMES.includes(name)) DELEGATE_NAMES.push(name);
}

export interface Script {
  engine: Engine;
  sessionId: number;
  people: number[];
  officials: number[];
  items: { id: number; title: string }[];
  speeches: { id: number; delegateId: number; note: string }[];
  questions: { id: number; text: string }[];
  votes: number[];
}

/** 07:30 on 17 December 2019 on this machine's clock. */
const DAY1 = new Date(2019, 11, 17, 7, 30).getTime();
const DAY2 = new Date(2019, 11, 18, 7, 30).getTime();
const AFTERNOON = (5 * 60 + 30) * 60_000; // 13:00

/**
 * `full` makes it the session a reader checks every printed page against: 25 items, a questioning
 * turn on each day with one official answering many questions (so the review's respondents table
 * carries long times), and an election by personnel vote with its counting committee.
 */
export function runScriptedSession(file = ':memory:', o: { full?: boolean } = {}) {
  const ctx = newEngine(file);
  const { engine, clock } = ctx;
  clock.set(DAY1 - 3600_000);
  ok(engine, 'council.save', { name: 'Hội đồng nhân dân huyện Đầm Hà', level: 'district', term: 4, totalSeats: 35 });
  const sessionId = ok(engine, 'session.create', { number: 11, term: 4, kind: 'regular', startDate: '2019-12-17', endDate: '2019-12-18' }).id;
  const people = DELEGATE_NAMES.map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1, group: `số ${(i % 4) + 1}`, title: i === 0 ? 'Chủ tịch HĐND huyện' : '' }).id);
  const officials = [
    ['Trần Văn Lâm', 'Phó Chủ tịch UBND huyện'],
    ['Phạm Thị Hồng Nhung', 'Trưởng phòng Tài chính - Kế hoạch'],
    ['Đinh Công Sơn', 'Trưởng phòng Tài nguyên và Môi trường'],
  ].map(([fullName, title]) => ok(engine, 'delegate.add', { fullName, title, voting: false }).id);
  const respondents = officials.map((delegateId, i) => ok(engine, 'respondent.add', { delegateId, agency: i === 0 ? 'UBND huyện' : '' }).id);

  ok(engine, 'record.setSession', { place: 'Hội trường Huyện ủy Đầm Hà', locality: 'Đầm Hà', minutesNumber: '5' });
  ok(engine, 'record.setOfficers', { chairs: [people[0], people[2]], secretaries: [people[1]] });

  const sittingPlan = [
    { date: '2019-12-17', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' },
    { date: '2019-12-17', part: 'afternoon', plannedStart: '13:00', plannedEnd: '17:00' },
    { date: '2019-12-18', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' },
    { date: '2019-12-18', part: 'afternoon', plannedStart: '13:00', plannedEnd: '17:00' },
  ] as const;
  const sittings = sittingPlan.map((s) => ok(engine, 'sitting.add', s).id);

  // [sitting index, kind, title, presenter]
  const plan: [number, AgendaKind, string, string][] = [
    [0, 'opening', 'Khai mạc kỳ họp', 'Lương Xuân Quý'],
    [0, 'report', 'Báo cáo tình hình kinh tế - xã hội năm 2019, nhiệm vụ năm 2020', 'Trần Văn Lâm'],
    [0, 'report', 'Báo cáo công tác phòng, chống tham nhũng năm 2019', 'Trần Văn Lâm'],
    [0, 'submission', 'Tờ trình về dự toán ngân sách năm 2020', 'Phạm Thị Hồng Nhung'],
    [0, 'verification', 'Báo cáo thẩm tra của Ban Kinh tế - Xã hội', 'Hoàng Văn Thạch'],
    [0, 'discussion', 'Thảo luận về tình hình kinh tế - xã hội', 'Lương Xuân Quý'],
    [1, 'submission', 'Tờ trình về kế hoạch đầu tư công năm 2020', 'Phạm Thị Hồng Nhung'],
    [1, 'verification', 'Báo cáo thẩm tra về kế hoạch đầu tư công', 'Hoàng Văn Thạch'],
    [1, 'discussion', 'Thảo luận về ngân sách và đầu tư công', 'Lương Xuân Quý'],
    [1, 'report', 'Báo cáo kết quả giải quyết ý kiến, kiến nghị của cử tri', 'Trần Văn Lâm'],
    [1, 'discussion', 'Thảo luận về ý kiến, kiến nghị của cử tri', 'Hoàng Văn Thạch'],
    [2, 'questioning', 'Chất vấn và trả lời chất vấn', 'Lương Xuân Quý'],
    [2, 'report', 'Báo cáo công tác của Tòa án nhân dân huyện', 'Đỗ Đức Hùng'],
    [2, 'report', 'Báo cáo công tác của Viện kiểm sát nhân dân huyện', 'Hồ Thanh Mai'],
    [2, 'submission', 'Tờ trình về chương trình giám sát năm 2020', 'Hoàng Văn Thạch'],
    [2, 'discussion', 'Thảo luận về công tác tư pháp', 'Hoàng Văn Thạch'],
    [3, 'submission', 'Tờ trình về kế hoạch tổ chức các kỳ họp năm 2020', 'Lương Xuân Quý'],
    [3, 'discussion', 'Thảo luận về chương trình giám sát', 'Lương Xuân Quý'],
    [3, 'vote', 'Biểu quyết thông qua các nghị quyết', 'Lương Xuân Quý'],
    [3, 'election', 'Bầu bổ sung Ủy viên Ủy ban nhân dân huyện', 'Lương Xuân Quý'],
    [3, 'report', 'Báo cáo tổng hợp ý kiến thảo luận', 'Nguyễn Thị Ngọc Ánh'],
    [3, 'closing', 'Bế mạc kỳ họp', 'Lương Xuân Quý'],
  ];
  if (o.full) {
    plan.splice(9, 0, [1, 'questioning', 'Chất vấn về ngân sách và đầu tư công', 'Lương Xuân Quý']);
    plan.splice(14, 0, [2, 'report', 'Báo cáo công tác thi hành án dân sự năm 2019', 'Trần Văn Lâm']);
    plan.splice(21, 0, [3, 'verification', 'Báo cáo thẩm tra của Ban Pháp chế về chương trình giám sát', 'Hoàng Văn Thạch']);
  }
  const items = plan.map(([s, kind, title, presenter]) => {
    const id = ok(engine, 'agenda.add', { title, kind, presenter }).id;
    ok(engine, 'agenda.assign', { id, sittingId: sittings[s] });
    return { id, title, kind, sitting: s };
  });
  items.forEach((it, i) => {
    if (it.kind === 'report' || it.kind === 'submission') ok(engine, 'record.setDocument', { agendaItemId: it.id, docNumber: `${150 + i}/TTr-UBND`, docDate: '2019-12-05' });
  });

  const speeches: Script['speeches'] = [];
  const questions: Script['questions'] = [];
  const votes: number[] = [];
  let speaker = 3;
  const speak = (itemId: number, n: number) => {
    for (let k = 0; k < n; k++) {
      let delegateId = people[speaker++ % people.length];
      while (!here(delegateId)) delegateId = people[speaker++ % people.length];
      const { id } = ok(engine, 'speaker.request', { agendaItemId: itemId, delegateId });
      ok(engine, 'speaker.next');
      ok(engine, 'speaker.start');
      // The full session's first two speakers of each discussion run past the 7-minute limit.
      clock.advance(4 * 60_000 + k * 7_000 + (o.full && k < 2 ? (4 - k) * 60_000 + 25_000 : 0));
      const note = `Đại biểu đề nghị làm rõ nội dung số ${speeches.length + 1} về nguồn lực, tiến độ và trách nhiệm của các cơ quan.`;
      ok(engine, 'note.set', { subject: 'speech', id, note });
      ok(engine, 'speaker.finish');
      speeches.push({ id, delegateId, note });
    }
  };

  const voteOn = (itemId: number, title: string, number: string, method: 'hands' | 'named' | 'secret', forCount: number) => {
    const { id } = ok(engine, 'vote.create', { agendaItemId: itemId, resolutionTitle: title, resolutionNumber: number, method });
    // A secret ballot opens once its counting committee is named.
    if (method === 'secret') ok(engine, 'record.setCounters', { voteId: id, counters: [people[6], people[7], people[8]] });
    ok(engine, 'vote.open', { id });
    if (method === 'named') {
      engine.current.delegates
        .filter((d) => d.voting && here(d.id))
        .forEach((d, i) => {
          const choice = i < forCount ? 'for' : i < forCount + 2 ? 'against' : null;
          if (choice) ok(engine, 'vote.mark', { id, delegateId: d.id, choice });
        });
    } else if (method === 'secret') {
      ok(engine, 'vote.tally', { id, for: forCount, against: 2, abstain: 1, issued: 33, returned: 33, valid: forCount + 3, invalid: 33 - forCount - 3 });
    } else ok(engine, 'vote.tally', { id, for: forCount, against: 3, abstain: 33 - forCount - 3 });
    ok(engine, 'vote.close', { id });
    votes.push(id);
    return id;
  };
  const absentees = new Set<number>();
  const here = (id: number) => !absentees.has(id);

  for (let s = 0; s < 4; s++) {
    clock.set((s < 2 ? DAY1 : DAY2) + (s % 2 === 1 ? AFTERNOON : 0));
    ok(engine, 'sitting.open', { id: sittings[s] });
    ok(engine, 'attendance.open', { sittingId: sittings[s] });
    absentees.clear();
    ok(engine, 'attendance.mark', { delegateId: people[30 + s], status: 'excused' });
    absentees.add(people[30 + s]);
    if (s === 1) {
      ok(engine, 'attendance.mark', { delegateId: people[29], status: 'absent' });
      absentees.add(people[29]);
    }
    ok(engine, 'attendance.mark', { delegateId: people[20 + s], status: 'late', time: s % 2 ? '13:20' : '07:50' });
    if (s === 2) ok(engine, 'record.setPresiding', { sittingId: sittings[s], delegateId: people[2] });

    for (const it of items.filter((x) => x.sitting === s)) {
      ok(engine, 'item.start', { id: it.id, current: 'finish' });
      clock.advance(3 * 60_000);
      if (it.kind !== 'break') ok(engine, 'note.set', { subject: 'item', id: it.id, note: `Tóm tắt: ${it.title.toLowerCase()} đã được trình bày đầy đủ, rõ ràng.` });
      if (it.kind === 'discussion') speak(it.id, it.id === items[5].id ? 8 : 6);
      if (it.kind === 'questioning') {
        const ask = (asker: number, respondent: number, text: string) => {
          const { id } = ok(engine, 'question.register', { askerId: people[asker], respondentId: respondents[respondent], text, agendaItemId: it.id });
          ok(engine, 'question.next', { id });
          ok(engine, 'question.toggle');
          clock.advance(90_000);
          ok(engine, 'question.stop');
          questions.push({ id, text });
          return id;
        };
        let answers = 0;
        const answer = (note: string) => {
          const { id } = ok(engine, 'answer.start');
          ok(engine, 'question.toggle');
          // In the full session every fourth answer runs past the 7-minute limit.
          clock.advance(5 * 60_000 + (o.full && answers++ % 4 === 0 ? 3 * 60_000 + 40_000 : 0));
          ok(engine, 'question.stop');
          ok(engine, 'note.set', { subject: 'answer', id, note });
        };
        if (o.full) {
          // One official answers many questions, on each day: the review's respondents table carries
          // times past an hour.
          for (let k = 0; k < 9; k++) {
            const id = ask(12 + k, 0, `Câu hỏi số ${k + 1} về tiến độ giải ngân vốn đầu tư công tại xã Quảng Lợi, Quảng Thành?`);
            answer(`Trả lời câu hỏi số ${k + 1}: UBND huyện sẽ chỉ đạo các phòng, ban khẩn trương tháo gỡ vướng mắc.`);
            ok(engine, 'question.mark', { ids: [id], status: 'answered' });
          }
          if (s === 1) {
            clock.advance(2 * 60_000);
            ok(engine, 'item.finish', { id: it.id });
            continue;
          }
        }
        const q1 = ask(5, 0, 'Tiến độ giải phóng mặt bằng dự án đường ven biển chậm, nguyên nhân và giải pháp?');
        answer('Do vướng mắc về giá đất bồi thường; UBND huyện cam kết hoàn thành trong quý I năm 2020.');
        const f = ok(engine, 'question.followUp', { parentId: q1, text: 'Đề nghị nêu rõ trách nhiệm của từng cơ quan khi chậm tiến độ.' }).id;
        ok(engine, 'question.toggle');
        clock.advance(60_000);
        ok(engine, 'question.stop');
        questions.push({ id: f, text: 'Đề nghị nêu rõ trách nhiệm của từng cơ quan khi chậm tiến độ.' });
        answer('Phòng Tài nguyên và Môi trường chịu trách nhiệm chính, báo cáo tiến độ hằng tháng.');
        ok(engine, 'question.mark', { ids: [q1, f], status: 'answered' });
        const q2 = ask(8, 1, 'Việc phân bổ vốn sự nghiệp giáo dục cho các xã vùng khó khăn?');
        answer('Ưu tiên các xã vùng cao; sẽ rà soát và bổ sung trong năm 2020.');
        ok(engine, 'question.mark', { ids: [q2], status: 'answered' });
        const q3 = ask(11, 2, 'Tình trạng khai thác cát trái phép trên sông Đầm Hà?');
        ok(engine, 'note.set', { subject: 'question', id: q3, note: 'Đại biểu dẫn ba vụ việc cụ thể tại xã Tân Bình.' });
        ok(engine, 'question.mark', { ids: [q3], status: 'written' });
      }
      if (it.kind === 'vote') {
        voteOn(it.id, 'Nghị quyết về dự toán ngân sách năm 2020', '45/NQ-HĐND', 'hands', 30);
        voteOn(it.id, 'Nghị quyết về kế hoạch đầu tư công năm 2020', '46/NQ-HĐND', 'named', 28);
        const failed = voteOn(it.id, 'Nghị quyết về chương trình giám sát năm 2020', '47/NQ-HĐND', 'hands', 15);
        ok(engine, 'vote.announce', { id: failed });
        const { id: again } = ok(engine, 'vote.revote', { id: failed });
        ok(engine, 'vote.open', { id: again });
        ok(engine, 'vote.tally', { id: again, for: 29, against: 2, abstain: 2 });
        ok(engine, 'vote.close', { id: again });
        votes.push(again);
        const corrected = voteOn(it.id, 'Nghị quyết về kế hoạch tổ chức các kỳ họp năm 2020', '48/NQ-HĐND', 'hands', 27);
        ok(engine, 'vote.correct', { id: corrected, reason: 'Thư ký đếm nhầm số đại biểu tán thành', tally: { for: 31, against: 1, abstain: 1 } });
      }
      if (it.kind === 'election') {
        voteOn(it.id, 'Nghị quyết xác nhận kết quả bầu bổ sung Ủy viên UBND huyện', '49/NQ-HĐND', 'secret', 29);
        if (o.full) {
          const vote = ok(engine, 'personnel.prepare', {
            kind: 'election',
            title: 'Ủy viên Ủy ban nhân dân huyện',
            agendaItemId: it.id,
            people: [{ delegateId: officials[1], body: 'committee', honorific: 'ms' }, { delegateId: officials[2], body: 'committee', honorific: 'mr' }],
            posts: 1,
          }).id;
          ok(engine, 'personnel.committee', { id: vote, head: people[6], members: [people[7], people[8]] });
          ok(engine, 'personnel.open', { id: vote, present: 33 });
          ok(engine, 'personnel.ballots', { id: vote, issued: 33, returned: 33, valid: 32, invalid: 1 });
          const personIds = engine.current.personnel.find((v) => v.id === vote)!.people.map((p) => p.id);
          ok(engine, 'personnel.count', { id: vote, lines: [{ personId: personIds[0], counts: { agree: 26, disagree: 6 } }, { personId: personIds[1], counts: { agree: 5, disagree: 27 } }] });
          ok(engine, 'personnel.close', { id: vote });
          ok(engine, 'personnel.announce', { id: vote });
        }
      }
      for (const v of votes) if (engine.current.votes.find((x) => x.id === v)?.announcedAt === null) ok(engine, 'vote.announce', { id: v });
      clock.advance(2 * 60_000);
      ok(engine, 'item.finish', { id: it.id });
    }
    clock.advance(10 * 60_000);
    ok(engine, 'sitting.close', { id: sittings[s] });
  }
  return { ...ctx, sessionId, people, officials, items, speeches, questions, votes } satisfies Script & Record<string, unknown>;
}
