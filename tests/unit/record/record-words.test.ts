/**
 * Every value a reader sees in the record and the review's exports is in words, in the document's
 * language: no option of a console field (a question's outcome, a speech's kind, a vote's method or
 * rule, a personnel vote's kind, level, body or outcome, an item's kind or status, a sitting's part)
 * is ever written as its code ("answered", "debateReply", "next-session", "forAgainst"…). One session
 * uses every option at least once: speeches of each kind, questions of each outcome and one never
 * asked, votes by each method (one failed), an election and a confidence vote with an exemption.
 */
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile, REPORT_KINDS } from '../../../electron/documents/index';
import { exportReview } from '../../../electron/features/review/export';
import { votesCsv } from '../../../common/votes/csv';
import { countingRecordCsv, personnelResultsCsv } from '../../../common/personnel/csv';
import { logCsv } from '../../../src/features/questions/questions';
import { en as enLabels, vi as viLabels } from '../../../common/questions/labels';
import { AGENDA_KINDS } from '../../../common/agenda/model';
import { COMPARISONS, RULE_BASES } from '../../../common/votes/rule';
import { RULE_KINDS, VOTE_METHODS } from '../../../common/votes/model';
import { ROLL_GROUPS } from '../../../common/votes/names';
import { BODIES, HONORIFICS } from '../../../common/personnel/model';
import { LEVELS, PERSONNEL_KINDS } from '../../../common/personnel/result';
import { SITTING_PARTS } from '../../../common/timing/model';
import { SPEECH_KINDS } from '../../../common/speakers/model';
import { ABSENCE_STATUSES } from '../../../common/attendance/model';
import { QUESTION_STATUSES } from '../../../common/questions/model';
import { readDocx } from '../../docx';
import { ok } from '../helpers';
import { getCurrentSessionId } from '../../../electron/features/council/sessions';
import { countedConfidenceVote, setUp } from '../personnel/fixtures';

const CODES = [
  ...QUESTION_STATUSES,
  'not-asked',
  ...SPEECH_KINDS,
  ...AGENDA_KINDS,
  ...VOTE_METHODS,
  ...RULE_KINDS,
  ...RULE_BASES,
  ...COMPARISONS,
  ...ROLL_GROUPS,
  ...PERSONNEL_KINDS,
  ...LEVELS,
  ...BODIES,
  ...HONORIFICS.filter(Boolean),
  ...SITTING_PARTS,
  ...ABSENCE_STATUSES,
  'running',
  'paused',
  'finished',
  'skipped',
  'elected',
  'dismissed',
  'removed',
  'passed',
  'failed',
];
/** English text uses many of these as words ("report", "for", "low"): there, only the codes no sentence writes. */
const EN_CODES = CODES.filter((c) => /[A-Z-]/.test(c));
const found = (text: string, codes: readonly string[]) => [...new Set(codes.filter((c) => new RegExp(`(^|[^\\p{L}\\p{N}-])${c}($|[^\\p{L}\\p{N}-])`, 'u').test(text)))];

const texts: Record<'vi' | 'en', Record<string, string>> = { vi: {}, en: {} };

beforeAll(async () => {
  const ctx = setUp();
  const { engine, db, clock, officials, counters } = ctx;
  const sessionId = getCurrentSessionId(db)!;
  const people = Array.from({ length: 12 }, (_, i) => ok(engine, 'delegate.add', { fullName: `Đại biểu Thứ ${i + 1}`, group: `Tổ ${(i % 3) + 1}`, seatNumber: 30 + i }).id);
  const respondentId = ok(engine, 'respondent.add', { delegateId: officials[6], agency: 'Sở Tài chính' }).id;
  ok(engine, 'record.setSession', { place: 'Hội trường tỉnh', locality: 'Hòa Bình', minutesNumber: '7' });
  ok(engine, 'record.setOfficers', { chairs: [officials[0]], secretaries: [counters[0]] });
  const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
  const later = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
  ok(engine, 'sitting.open', { id: sittingId });
  ok(engine, 'attendance.open', { sittingId });
  ok(engine, 'attendance.mark', { delegateId: people[0], status: 'absent' });
  ok(engine, 'attendance.mark', { delegateId: people[1], status: 'excused' });
  ok(engine, 'attendance.mark', { delegateId: people[2], status: 'late', time: '08:00' });
  ok(engine, 'attendance.mark', { delegateId: people[3], status: 'left', time: '10:00' });
  const item = (title: string, kind: (typeof AGENDA_KINDS)[number], at = sittingId) => {
    const id = ok(engine, 'agenda.add', { title, kind, plannedMinutes: 10 }).id;
    ok(engine, 'agenda.assign', { id, sittingId: at });
    return id;
  };
  const run = (id: number, then: () => void = () => {}) => {
    ok(engine, 'item.start', { id, current: 'finish' });
    clock.advance(60_000);
    then();
    ok(engine, 'item.finish', { id });
  };
  run(item('Thảo luận tại hội trường', 'discussion'), () => {
    for (const [k, kind] of SPEECH_KINDS.entries()) {
      const { id } = ok(engine, 'speaker.request', { delegateId: people[4 + k], kind });
      ok(engine, 'speaker.next');
      ok(engine, 'speaker.start');
      clock.advance(90_000);
      ok(engine, 'speaker.finish');
      ok(engine, 'note.set', { subject: 'speech', id, note: 'Góp ý.' });
    }
  });
  const questioning = item('Phiên chất vấn', 'questioning');
  run(questioning, () => {
    for (const [k, status] of QUESTION_STATUSES.entries()) {
      const { id } = ok(engine, 'question.register', { askerId: people[4 + k], respondentId, text: `Câu hỏi ${k + 1}?`, agendaItemId: questioning });
      ok(engine, 'question.next', { id });
      ok(engine, 'question.toggle');
      clock.advance(60_000);
      ok(engine, 'question.stop');
      if (status === 'answered') {
        ok(engine, 'answer.start');
        ok(engine, 'question.toggle');
        clock.advance(60_000);
        ok(engine, 'question.stop');
      }
      if (status !== 'pending') ok(engine, 'question.mark', { ids: [id], status });
    }
    ok(engine, 'question.register', { askerId: people[10], respondentId, text: 'Câu hỏi không kịp hỏi?', agendaItemId: questioning });
  });
  run(item('Biểu quyết thông qua các nghị quyết', 'vote'), () => {
    for (const [k, method] of VOTE_METHODS.entries()) {
      const { id } = ok(engine, 'vote.create', { resolutionTitle: `Nghị quyết số ${k + 1}`, resolutionNumber: `${k + 1}/NQ-HĐND`, method });
      if (method === 'secret') ok(engine, 'record.setCounters', { voteId: id, counters: [people[1], people[2]] });
      ok(engine, 'vote.open', { id });
      if (method === 'named') for (const d of people.slice(4)) ok(engine, 'vote.mark', { id, delegateId: d, choice: 'for' });
      else if (method === 'secret') ok(engine, 'vote.tally', { id, for: 12, against: 5, abstain: 1, issued: 20, returned: 20, valid: 18, invalid: 2 });
      else ok(engine, 'vote.tally', { id, for: 15, against: 3, abstain: 1 });
      ok(engine, 'vote.close', { id });
      ok(engine, 'vote.announce', { id });
    }
  });
  ok(engine, 'sitting.close', { id: sittingId });
  ok(engine, 'sitting.open', { id: later });
  run(item('Lấy phiếu tín nhiệm', 'election', later), () => countedConfidenceVote(ctx));
  item('Giải lao', 'break', later);
  ok(engine, 'item.skip', { id: engine.current.agenda.at(-1)!.id });
  ok(engine, 'sitting.close', { id: later });

  const data = engine.current;
  for (const lang of ['vi', 'en'] as const) {
    const t = texts[lang];
    for (const doc of REPORT_KINDS) t[doc] = readDocx((await reportFile(db, { doc, sessionId, lang }))!.bytes).text;
    const req = { sessionId, lang, now: clock() };
    t.review = readDocx((await exportReview(db, 'review-docx', req))!.body).text;
    for (const kind of ['attendance', 'speaking'] as const) t[kind] = (await exportReview(db, kind, req))!.body.toString();
    const titles = new Map(data.agenda.map((i) => [i.id, i.title]));
    t.votes = votesCsv(data.votes, titles, data.delegates, lang, String);
    t.personnel = personnelResultsCsv(data.personnel, lang);
    t.counting = countingRecordCsv(data.personnel, lang);
    const labels = lang === 'vi' ? viLabels : enLabels;
    t.questions = logCsv(data, data.questions.list, clock(), Array.from({ length: 15 }, (_, i) => `c${i}`), (s) => labels[`q.status.${s}`], '');
  }
  // The workbook's sheets are the review's tables: their cells, less the machine's own columns.
  const { reviewTables, cellText } = await import('../../../common/review/tables');
  const { computeReview } = await import('../../../common/review/figures');
  const { readReviewInput } = await import('../../../electron/features/review/input');
  const review = computeReview(readReviewInput(db, sessionId, clock())!);
  for (const lang of ['vi', 'en'] as const) texts[lang].tables = reviewTables(review, lang).flatMap((x) => x.rows.flat().map((c) => cellText(c, lang))).join('\n');
}, 60_000);

describe('the record and the review’s exports write every option in words', () => {
  it('the session used every option the test looks for', () => {
    // Each kind's sentence is there, so the scan below reads them, not an empty document.
    expect(texts.vi.minutes).toContain('tranh luận');
    expect(texts.vi.minutes).toContain('giải trình');
    expect(texts.vi.minutes).toContain('Kết quả: đại biểu rút câu hỏi.');
    expect(texts.vi.minutes).toContain('Kết quả: chuyển trả lời tại kỳ họp sau.');
    expect(texts.vi.personnel).toContain('tín nhiệm thấp');
    expect(Papa.parse(texts.vi.questions).data.flat()).toContain('Chưa hỏi');
    expect(texts.en.tables).toContain('Not asked');
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`no code in any ${lang} document or export`, () => {
      const codes = lang === 'vi' ? CODES : EN_CODES;
      const leaks = Object.entries(texts[lang])
        .map(([name, text]) => [name, found(text, codes)] as const)
        .filter(([, hits]) => hits.length > 0);
      expect(leaks).toEqual([]);
    });
  }
});
