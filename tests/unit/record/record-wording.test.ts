/** Sentences of the minutes that depend on what the office typed or how long something ran. */
import { describe, expect, it } from 'vitest';
import { duration } from '../../../electron/documents/blocks';
import { personnelOpening } from '../../../electron/features/record/minutes';

import { minutesWords } from '../../../electron/features/record/minutes-strings';
import type { PersonnelView } from '../../../common/personnel/model';
import { minutesModel } from '../../../electron/features/record/minutes';
import { newEngine, ok, seedBasics } from '../helpers';

const vote = (kind: PersonnelView['kind'], title: string) => ({ kind, title }) as PersonnelView;
const opening = (kind: PersonnelView['kind'], title: string, lang: 'vi' | 'en') => personnelOpening(vote(kind, title), minutesWords[lang], lang);

describe('durations in the minutes', () => {
  it('count hours past the hour instead of "233 phút"', () => {
    expect(duration((3 * 3600 + 53 * 60 + 34) * 1000, 'vi')).toBe('3\u00a0giờ 53\u00a0phút 34\u00a0giây');
    expect(duration((3 * 3600 + 53 * 60 + 34) * 1000, 'en')).toBe('3\u00a0h 53\u00a0min 34\u00a0s');
    expect(duration(2 * 3600 * 1000, 'vi')).toBe('2\u00a0giờ');
    expect(duration((3600 + 5) * 1000, 'en')).toBe('1\u00a0h 5\u00a0s');
    expect(duration((5 * 60 + 10) * 1000, 'vi')).toBe('5\u00a0phút 10\u00a0giây');
    expect(duration(7 * 60 * 1000, 'en')).toBe('7\u00a0min');
    expect(duration(400, 'vi')).toBe('0\u00a0giây');
    expect(duration(42_000, 'en')).toBe('42\u00a0s');
  });
});

describe('a personnel vote’s opening sentence', () => {
  it('takes in a confidence vote’s title that already says so, instead of quoting it after the same words', () => {
    expect(opening('confidence', 'Lấy phiếu tín nhiệm năm 2026', 'vi')).toBe(
      'Hội đồng nhân dân tiến hành lấy phiếu tín nhiệm năm 2026 đối với người giữ chức vụ do Hội đồng nhân dân bầu.',
    );
    // The title says whom, so the sentence does not say it twice.
    expect(opening('confidence', 'Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND huyện bầu', 'vi')).toBe(
      'Hội đồng nhân dân tiến hành lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND huyện bầu.',
    );
  });

  it('quotes any other title as before, and leaves elections and dismissals alone', () => {
    expect(opening('confidence', 'Kỳ họp giữa năm', 'vi')).toBe(
      'Hội đồng nhân dân tiến hành lấy phiếu tín nhiệm («Kỳ họp giữa năm») đối với người giữ chức vụ do Hội đồng nhân dân bầu.',
    );
    expect(opening('confidence', 'Lấy phiếu tín nhiệm năm 2026', 'en')).toBe('The council held a confidence vote (“Lấy phiếu tín nhiệm năm 2026”) on the officials it elected.');
    expect(opening('election', 'Phó Chủ tịch HĐND huyện', 'vi')).toBe('Hội đồng nhân dân bỏ phiếu kín bầu chức vụ Phó Chủ tịch HĐND huyện.');
  });
});

describe('the minutes’ signatures', () => {
  it('sign "Secretaries of the session" above two names in English, and "Thư ký kỳ họp" above one or several', () => {
    const { engine, db } = newEngine();
    const { sessionId } = seedBasics(engine);
    const people = ['Lương Xuân Quý', 'Nguyễn Thị Ngọc Ánh', 'Hoàng Văn Thạch'].map((fullName) => ok(engine, 'delegate.add', { fullName }).id);
    /** The titles above the secretaries' names. */
    const secretaryTitles = (lang: 'vi' | 'en') => {
      const json = JSON.stringify(minutesModel(db, sessionId, { lang, now: Date.now() }));
      return [...json.matchAll(/"titles":\["([^"]*)"\],"names":\[([^\]]*)\]/g)].map((m) => m[1]);
    };
    ok(engine, 'record.setOfficers', { chairs: [people[0]], secretaries: [people[1]] });
    expect(secretaryTitles('en')).toContain('Secretary of the session');
    // The body's heading agrees with the signature: one secretary, "Secretary:".
    const officers = (lang: 'vi' | 'en') => JSON.stringify(minutesModel(db, sessionId, { lang, now: Date.now() })).match(/"text":"(Secretar[^"]*|Thư ký kỳ họp: )"/)?.[1];
    expect(officers('en')).toBe('Secretary: ');
    ok(engine, 'record.setOfficers', { chairs: [people[0]], secretaries: [people[1], people[2]] });
    expect(secretaryTitles('en')).toContain('Secretaries of the session');
    expect(secretaryTitles('en')).not.toContain('Secretary of the session');
    expect(officers('en')).toBe('Secretaries: ');
    expect(officers('vi')).toBe('Thư ký kỳ họp: ');
    expect(secretaryTitles('vi')).toContain('Thư ký kỳ họp');
  });
});

describe('the minutes’ questioning and roll call', () => {
  /** Every paragraph of the minutes as one line of text. */
  const lines = (db: Parameters<typeof minutesModel>[0], sessionId: number, lang: 'vi' | 'en') =>
    minutesModel(db, sessionId, { lang, now: Date.now() })!.parts[0].blocks.flatMap((b) => (b.kind === 'para' ? [b.runs.map((r) => r.text).join('')] : []));

  it('end an answer without its gist on a full stop, not a colon; a late arrival’s time as every other time is written', () => {
    const { engine, db, clock } = newEngine();
    const { sessionId } = seedBasics(engine);
    const asker = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn An' }).id;
    const late = ok(engine, 'delegate.add', { fullName: 'Đặng Văn Bình' }).id;
    const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'Phòng TN&MT' }).id;
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(engine, 'attendance.open', { sittingId });
    ok(engine, 'attendance.mark', { delegateId: late, status: 'late', time: '08:10' });
    ok(engine, 'sitting.open', { id: sittingId });
    const itemId = ok(engine, 'agenda.add', { title: 'Phiên chất vấn', kind: 'questioning' }).id;
    ok(engine, 'agenda.assign', { id: itemId, sittingId });
    ok(engine, 'item.start', { id: itemId });
    const ask = (text: string) => {
      ok(engine, 'question.register', { askerId: asker, respondentId, text, agendaItemId: itemId });
      ok(engine, 'question.next');
      ok(engine, 'question.toggle');
      clock.advance(2 * 60_000);
      ok(engine, 'question.stop');
      ok(engine, 'answer.start');
      ok(engine, 'question.toggle');
      clock.advance(6 * 60_000);
      ok(engine, 'question.stop');
      return engine.current!.questions.answers.at(-1)!.id;
    };
    ask('Tiến độ cấp giấy chứng nhận?');
    const noted = ask('Đất công bị lấn chiếm?');
    ok(engine, 'note.set', { subject: 'answer', id: noted, note: 'Sẽ xử lý dứt điểm trong quý I/2027.' });

    const vi = lines(db, sessionId, 'vi');
    // Addressed as the asker is ("Đồng chí …"): a Vietnamese minutes never names the one answering bare.
    expect(vi).toContain('Đồng chí Hà Minh Đức trả lời (6\u00a0phút).');
    expect(vi).toContain('Đồng chí Hà Minh Đức trả lời (6\u00a0phút): Sẽ xử lý dứt điểm trong quý I/2027.');
    expect(vi.find((l) => l.includes('Đến muộn'))).toContain('Đến muộn: Đặng Văn Bình (lúc 8\u00a0giờ 10\u00a0phút).');
    const en = lines(db, sessionId, 'en');
    expect(en).toContain('Hà Minh Đức answered (6\u00a0min).');
    expect(en.find((l) => l.includes('Arrived late'))).toContain('Arrived late: Đặng Văn Bình (at 8:10).');
  });
});

describe('what the minutes list as missing', () => {
  it('asks no summary of a vote item whose vote the record writes out, and still asks one of an item without', () => {
    const { engine, db } = newEngine();
    const { sessionId } = seedBasics(engine);
    for (const fullName of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']) ok(engine, 'delegate.add', { fullName });
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(engine, 'attendance.open', { sittingId });
    ok(engine, 'sitting.open', { id: sittingId });
    const item = (title: string, kind: 'vote' | 'discussion') => {
      const id = ok(engine, 'agenda.add', { title, kind }).id;
      ok(engine, 'agenda.assign', { id, sittingId });
      return id;
    };
    const voted = item('Biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2027', 'vote');
    const bare = item('Biểu quyết các nghị quyết còn lại', 'vote');
    const talk = item('Thảo luận tại hội trường', 'discussion');
    const voteId = ok(engine, 'vote.create', { agendaItemId: voted, resolutionNumber: '45/NQ-HĐND', resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' }).id;
    ok(engine, 'item.start', { id: voted });
    ok(engine, 'vote.open', { id: voteId });
    ok(engine, 'vote.tally', { id: voteId, for: 2, against: 1, abstain: 0 });
    ok(engine, 'vote.close', { id: voteId });
    ok(engine, 'vote.announce', { id: voteId });
    ok(engine, 'item.start', { id: bare, current: 'finish' });
    ok(engine, 'item.start', { id: talk, current: 'finish' });
    ok(engine, 'item.finish', { id: talk });
    const missing = minutesModel(db, sessionId, { lang: 'vi', now: Date.now() })!.missing.map((m) => m.text);
    expect(missing.filter((m) => m.includes('dự toán ngân sách'))).toEqual([]);
    expect(missing).toContain('Mục «Biểu quyết các nghị quyết còn lại» đã diễn ra nhưng chưa có tóm tắt nội dung.');
    expect(missing).toContain('Mục «Thảo luận tại hội trường» đã diễn ra nhưng chưa có tóm tắt nội dung.');
  });

  it('asks no summary of ceremony (flag salutes, the reason and guests, the roll call\'s report, the programme\'s adoption, a break, self-study), by kind and title, and still asks one of content', () => {
    const { engine, db } = newEngine();
    const { sessionId } = seedBasics(engine);
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(engine, 'sitting.open', { id: sittingId });
    const lines: [string, 'opening' | 'closing' | 'other' | 'break' | 'submission' | 'report'][] = [
      ['Chào cờ', 'opening'],
      ['Thông qua chương trình kỳ họp thứ 12', 'other'],
      ['Nghỉ giải lao', 'other'],
      ['Giải lao 15\u00a0phút', 'break'],
      ['Đại biểu tự nghiên cứu tài liệu', 'other'],
      ['Chào cờ bế mạc', 'closing'],
      ['Tuyên bố lý do, giới thiệu đại biểu', 'opening'],
      ['Báo cáo số lượng đại biểu có mặt', 'report'],
      ['Báo cáo kết quả điểm danh đại biểu', 'other'],
      // Content that only shares words with ceremony: each still needs its summary.
      ['Tờ trình thông qua Chương trình giám sát năm 2027', 'submission'],
      ['Báo cáo kết quả nghiên cứu đề án chào cờ đầu tuần trong trường học', 'report'],
      ['Báo cáo kết quả giám sát số lượng đại biểu HĐND cấp xã', 'report'],
    ];
    let previous: number | null = null;
    for (const [title, kind] of lines) {
      const id = ok(engine, 'agenda.add', { title, kind }).id;
      ok(engine, 'agenda.assign', { id, sittingId });
      ok(engine, 'item.start', previous === null ? { id } : { id, current: 'finish' });
      previous = id;
    }
    const missing = minutesModel(db, sessionId, { lang: 'vi', now: Date.now() })!.missing.map((m) => m.text);
    const asked = lines.map(([title]) => title).filter((title) => missing.includes(`Mục «${title}» đã diễn ra nhưng chưa có tóm tắt nội dung.`));
    expect(asked).toEqual([
      'Tờ trình thông qua Chương trình giám sát năm 2027',
      'Báo cáo kết quả nghiên cứu đề án chào cờ đầu tuần trong trường học',
      'Báo cáo kết quả giám sát số lượng đại biểu HĐND cấp xã',
    ]);
  });
});
