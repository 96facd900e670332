/**
 * The ballot-counting record (biên bản kiểm phiếu) of each secret ballot of a session (resolutions,
 * elections, dismissals and confidence votes), one per page in one file, in Vietnamese or English;
 * and the results notice (thông báo kết quả kỳ họp), Vietnamese only: it goes to the archive and
 * the lower levels as it is.
 */
import type { Db } from '../../store/db';
import type { VoteView } from '../../../common/votes/result';
import type { PersonnelView } from '../../../common/personnel/model';
import { docNumber, placeDate } from '../../documents/numbering';
import { countingDay, readRecord, recordDay, vacantAtBallot, type SessionRecordData } from './read';
import { attendanceSentence, councilIn, councilNames, personnelLines, personnelOpening, personnelRoundSaid, termLabel, vacancyNote } from './minutes';
import { clockTime, dayDate, heading, isoDay, para, type Block, type DocModel, type DocPart, type Missing } from '../../documents/blocks';
import type { DocLang } from '../../documents/numbering';
import { fill } from '../../../common/strings';
import { romanNumeral } from '../../../common/term';
import { countQuestions, isFollowUp, NOTHING_OVER } from '../../../common/questions/model';
import { announcementParts, presentedPhrase, resolutionName } from '../../../common/votes/announce';
import { minutesWords } from './minutes-strings';
import { presidingSigner } from '../../../common/record/signer';
import { personnelRecordParts } from '../personnel/report';
import { countingRecordWords } from '../personnel/report-strings';

/** "Nghị quyết về … (số 12/NQ-HĐND)", "(số" and the number held together by a no-break space. */
const titleOf = (v: VoteView) => resolutionName(v, 'vi');

/** The council, its term and where the session sat, as every counting record of the session names them. */
interface RecordContext {
  full: string;
  area: string;
  term: string;
  r: SessionRecordData;
}

/**
 * One counting record per secret ballot that was closed, personnel votes included, in `lang`
 * throughout: the resolutions' records in the words of the personnel votes' (report-strings.ts),
 * so the two read alike; a page saying there was none when there is none. What is missing is
 * said in `lang` too (the preview swaps it for the console's).
 */
export function ballotsModel(db: Db, sessionId: number, lang: DocLang = 'vi'): DocModel | null {
  const r = readRecord(db, sessionId);
  if (!r) return null;
  const { name: full, area } = councilIn(r.council.name, r.council.level, lang);
  const ctx: RecordContext = { full, area, term: termLabel(r.session.term, r.session.startDate, lang), r };
  const secret = r.votes.filter((v) => v.method === 'secret' && v.status === 'closed');
  const missing: Missing[] = [];
  for (const v of secret.filter((x) => (r.counters[x.id] ?? []).length === 0)) {
    missing.push({ text: fill(minutesWords[lang].missingCounters, { title: v.resolutionTitle }), fix: { view: 'votes' } });
  }
  const resolutions = secret.map((v) => ({ at: v.closedAt ?? v.openedAt ?? 0, part: resolutionPart(v, vacantAtBallot(v), ctx, lang) }));
  // Elections, dismissals and confidence votes are secret ballots too, each with its own record:
  // the session's records hold them all, in the order they were counted.
  const parts = [...resolutions, ...personnelRecordParts(db, r, lang)].sort((a, b) => a.at - b.at).map((x) => x.part);
  if (parts.length === 0) parts.push(emptyBallots(ctx, lang));
  return { lang, parts, missing, fileName: `bien-ban-kiem-phieu-ky-hop-${r.session.number}${lang === 'en' ? '-en' : ''}.docx` };
}

/**
 * The counting record of a secret ballot on a resolution: the committee, the ballots, the count and
 * the announcement. `vacant`: the seats nobody held when it opened (vacantAtBallot).
 */
function resolutionPart(v: VoteView, vacant: number, { full, area, term, r }: RecordContext, lang: DocLang): DocPart {
  const w = countingRecordWords[lang];
  const committee = r.counters[v.id] ?? [];
  const at = v.closedAt ?? v.openedAt ?? 0;
  const t = v.tally;
  const p = v.result.percent[lang];
  const title = resolutionName(v, lang);
  const announced = announcementParts(v, lang);
  const blocks: Block[] = [
    para(
      fill(w.opening, {
        time: clockTime(at, lang),
        day: dayDate(isoDay(at), lang),
        place: r.record.place ? fill(w.openingAt, { place: r.record.place }) : '',
        session: r.session.number,
        council: full,
        term,
        what: fill(w.whatResolution, { title }),
      }),
    ),
    heading(w.committee),
    ...(committee.length ? committee.map((d, k) => para(`${k + 1}. ${d.fullName}${d.title ? `, ${d.title}` : ''} – ${k === 0 ? w.head : w.member}.`)) : [para(w.noCommittee)]),
    heading(w.results),
    // Right as it is: a counting record states the delegates present at the ballot, the figure the
    // ballots issued are checked against ('issued-over-present'), not a roll call's. `present` is the
    // vote's snapshot when the ballot opened: the current sitting's roll call then, the count the
    // secretary typed, or with neither every voting delegate on the roster (v.presentSource says
    // which; the console says it beside the figure); the minutes name the roll calls themselves. The total names its vacant seats
    // in the minutes' words, so 79 holders of 80 seats are not read as one absent.
    // A roster figure says so in brackets after it: "số đại biểu có mặt: 35" alone read as 35 counted.
    para(fill(w.seats, { seats: v.seats, vacant: vacancyNote(vacant, minutesWords[lang]), present: v.present, source: v.presentSource === 'roster' ? w.presentRoster : '' })),
    {
      kind: 'table',
      widths: [64, 18, 18],
      align: ['left', 'right', 'right'],
      rows: [
        [w.tableItem, w.tableBallots, w.tableShare],
        [w.issued, String(t.issued), ''],
        [w.returned, String(t.returned), ''],
        [w.valid, String(t.valid), ''],
        [w.invalid, String(t.invalid), ''],
        [w.for, String(t.for), p.for],
        [w.against, String(t.against), p.against],
        [w.abstain, String(t.abstain), v.rule.base === 'forAgainst' ? '' : p.abstain],
      ],
    },
    heading(w.announce),
    // The verdict on its own line, as each person's is in an election's record: it is what goes
    // overleaf with the closing sentence when the signatures do not fit (documents/docx.ts).
    para(announced.count),
    para(announced.verdict),
    para(w.closing),
  ];
  return {
    header: { body: [w.body, area], number: docNumber('', 'BB-BKP', lang), placeDate: placeDate(r.record.locality, countingDay(r, v), lang) },
    title: w.title,
    subtitle: [fill(w.resolutionSubtitle, { title }), fill(w.session, { n: r.session.number, council: full }), term],
    blocks,
    signatures: {
      left: { titles: [w.signLeft], names: committee.slice(1).map((d) => d.fullName) },
      right: { titles: [w.signFor, w.signHead], names: committee.slice(0, 1).map((d) => d.fullName) },
    },
  };
}

/** A session with no secret ballot still gets a valid file that says so. */
function emptyBallots({ full, area, term, r }: RecordContext, lang: DocLang): DocPart {
  const w = countingRecordWords[lang];
  return {
    header: { body: [w.body, area], number: docNumber('', 'BB-BKP', lang), placeDate: placeDate(r.record.locality, recordDay(r), lang) },
    title: w.title,
    subtitle: [fill(w.session, { n: r.session.number, council: full }), term],
    blocks: [para(w.noSecretBallot)],
    signatures: { right: { titles: [w.signFor, w.signHead], names: [] } },
  };
}

/**
 * The personnel votes the notice tells, closed and announced, as one matter per post: a vote and
 * the new rounds held after it. An open or unannounced one is listed as missing.
 */
function personnelToTell(r: SessionRecordData, w: (typeof minutesWords)['vi'], missing: Missing[]): PersonnelView[][] {
  for (const v of r.personnel.filter((x) => x.status === 'open')) missing.push({ text: fill(w.missingPersonnelOpen, { title: v.title }), fix: { view: 'personnel' } });
  const closed = r.personnel.filter((v) => v.status === 'closed');
  for (const v of closed.filter((x) => x.announcedAt === null)) missing.push({ text: fill(w.missingPersonnelNotAnnounced, { title: v.title }), fix: { view: 'personnel' } });
  const announced = closed.filter((v) => v.announcedAt !== null);
  const byId = new Map(r.personnel.map((v) => [v.id, v]));
  const first = (v: PersonnelView): number => (v.revoteOf !== null && byId.has(v.revoteOf) ? first(byId.get(v.revoteOf)!) : v.id);
  const matters = new Map<number, PersonnelView[]>();
  for (const v of announced) matters.set(first(v), [...(matters.get(first(v)) ?? []), v]);
  return [...matters.values()].map((rounds) => roundsToTell(rounds.sort((a, b) => a.round - b.round)));
}

const CHOSEN = new Set(['elected', 'dismissed', 'removed']);

/**
 * A notice gives the final result of each post, not the count of every ballot: a round is told
 * when it elected (or dismissed) someone, or when it is the last, whose result stands; a round in
 * which nobody was elected and that was held again is left out. A round before the last tells
 * only those it elected: the others stood again.
 */
function roundsToTell(rounds: PersonnelView[]): PersonnelView[] {
  const last = rounds[rounds.length - 1];
  return rounds
    .filter((v) => v === last || v.people.some((p) => CHOSEN.has(p.result?.outcome ?? '')))
    .map((v) => (v === last ? v : { ...v, people: v.people.filter((p) => CHOSEN.has(p.result?.outcome ?? '')) }));
}

/**
 * The questioning in figures by the one rule (`countQuestions`): questions and follow-ups apart,
 * each question's outcome once; a follow-up goes with its question's outcome, so "3 câu hỏi và 1
 * câu chất vấn lại; 3 câu hỏi đã được trả lời", never "4 câu hỏi" of which one stays unanswered.
 */
const STATUS_COUNT = (r: SessionRecordData) => {
  const qs = r.sittings.flatMap((s) => s.items.flatMap((e) => e.questions.map((q) => q.question)));
  // The record holds only questions asked or marked (read.ts): none of them is `neverAsked`.
  const counts = countQuestions(qs, NOTHING_OVER);
  const followUps = qs.filter(isFollowUp).length;
  // Registered and never reached, their item over: sent for a written answer, as the minutes list them.
  const notAsked = r.sittings.reduce((n, s) => n + s.items.reduce((m, e) => m + e.notAsked.length, 0), 0);
  return { qs, questions: qs.length - followUps, followUps, byStatus: counts.byStatus, notAsked };
};

/**
 * "3 câu hỏi đã được trả lời tại kỳ họp, 1 câu hỏi được trả lời bằng văn bản": the outcomes that
 * happened; a notice does not list "0 câu hỏi được rút".
 */
function questionOutcomes(q: ReturnType<typeof STATUS_COUNT>): string {
  const said: [number, string][] = [
    [q.byStatus.answered, 'đã được trả lời tại kỳ họp'],
    [q.byStatus.written, 'được trả lời bằng văn bản'],
    [q.byStatus['next-session'], 'chuyển kỳ họp sau'],
    [q.byStatus.withdrawn, 'được rút'],
    [q.notAsked, 'chưa được chất vấn tại kỳ họp, chuyển cơ quan có trách nhiệm trả lời bằng văn bản'],
  ];
  return said
    .filter(([n]) => n > 0)
    .map(([n, what]) => `${n} câu hỏi ${what}`)
    .join(', ');
}

/**
 * The results notice: the resolutions adopted and not adopted with their counts, the results of
 * elections, dismissals and confidence votes, and questioning in figures. It tells only results the chair announced; what it still waits for is listed as
 * missing, in `lang` (the console's; the notice itself is Vietnamese).
 */
export function noticeModel(db: Db, sessionId: number, lang: DocLang = 'vi'): DocModel | null {
  const r = readRecord(db, sessionId);
  if (!r) return null;
  const { full, area } = councilNames(r.council.name);
  const term = termLabel(r.session.term, r.session.startDate, 'vi');
  const w = minutesWords[lang];
  const missing: Missing[] = [];
  if (!r.record.place) missing.push({ text: w.missingPlace, fix: { view: 'minutes-setup' } });
  if (r.chairs.length === 0) missing.push({ text: w.missingChairs, fix: { view: 'minutes-setup' } });
  for (const v of r.votes.filter((x) => x.status === 'open')) missing.push({ text: fill(w.missingOpen, { title: v.resolutionTitle }), fix: { view: 'votes' } });
  const closed = r.votes.filter((v) => v.status === 'closed');
  // A vote taken again counts by its last round only.
  const final = closed.filter((v) => !closed.some((later) => later.revoteOf === v.id));
  for (const v of final.filter((x) => x.announcedAt === null)) missing.push({ text: fill(w.missingNotAnnounced, { title: v.resolutionTitle }), fix: { view: 'votes' } });
  const announced = final.filter((v) => v.announcedAt !== null);
  const adopted = announced.filter((v) => v.result.passed);
  const rejected = announced.filter((v) => !v.result.passed);
  const line = (v: VoteView, k: number) =>
    para(`${k + 1}. ${titleOf(v)}${presentedPhrase(v, 'vi')}: ${v.tally.for}/${v.result.base} ${v.method === 'secret' ? 'phiếu' : 'đại biểu'} tán thành, chiếm ${v.result.percent.vi.for}%.`);
  // The opening sitting's attendance, and the closing's when it differs: as the minutes' part I says it.
  const attendance = attendanceSentence(r, 'vi');
  const q = STATUS_COUNT(r);
  const askers = new Set(q.qs.map((x) => x.askerId)).size;
  const respondents = new Set(q.qs.map((x) => x.respondentId)).size;
  const blocks: Block[] = [
    para(
      `${full} ${term} tổ chức Kỳ họp thứ ${r.session.number} ${r.session.startDate === r.session.endDate ? `ngày ${dayDate(r.session.startDate, 'vi')}` : `từ ngày ${dayDate(r.session.startDate, 'vi')} đến ngày ${dayDate(r.session.endDate, 'vi')}`}${r.record.place ? ` tại ${r.record.place}` : ''}.${attendance ? ` ${attendance}` : ''} Thường trực Hội đồng nhân dân thông báo kết quả kỳ họp như sau:`,
    ),
    heading('I. CÁC NGHỊ QUYẾT ĐÃ ĐƯỢC THÔNG QUA'),
    ...(adopted.length ? adopted.map(line) : [para('Kỳ họp chưa thông qua nghị quyết nào.')]),
  ];
  // Sections after the first are numbered as they come (II, III, …): some may be left out.
  let section = 1;
  if (rejected.length) blocks.push(heading(`${romanNumeral(++section)}. CÁC NỘI DUNG CHƯA ĐƯỢC THÔNG QUA`), ...rejected.map(line));
  // Elections, dismissals and confidence votes: who was elected, dismissed or rated how, once announced.
  const people = personnelToTell(r, w, missing);
  if (people.length) {
    blocks.push(heading(`${romanNumeral(++section)}. CÔNG TÁC NHÂN SỰ`));
    const round = (v: PersonnelView) => personnelRoundSaid(v, minutesWords.vi);
    // One number per post; its rounds as far as the result needs them, each named when it is not the first.
    people.forEach((rounds, k) =>
      rounds.forEach((v, i) =>
        blocks.push(
          para(i === 0 ? `${k + 1}. ${round(v)}${personnelOpening(v, minutesWords.vi, 'vi')}` : round(v).trim()),
          ...personnelLines(v, minutesWords.vi, 'vi'),
        ),
      ),
    );
  }
  blocks.push(heading(`${romanNumeral(++section)}. HOẠT ĐỘNG CHẤT VẤN`));
  blocks.push(
    para(
      q.qs.length
        ? // Who asked how many of whom, in the order it is read: "Có 12 đại biểu đặt 21 câu hỏi chất vấn
          // và 1 câu chất vấn lại đối với 3 người bị chất vấn" (the Law on Supervision's term), never
          // "12 đại biểu chất vấn 3 người trả lời với 21 câu hỏi".
          `Có ${askers} đại biểu đặt ${q.questions} câu hỏi chất vấn${q.followUps ? ` và ${q.followUps} câu chất vấn lại` : ''} đối với ${respondents} người bị chất vấn${questionOutcomes(q) ? `; ${questionOutcomes(q)}` : ''}.`
        : q.notAsked
          ? // Registered, none reached: there was questioning business, only none of it was put.
            `Có ${q.notAsked} câu hỏi chất vấn được đăng ký nhưng chưa được chất vấn tại kỳ họp, chuyển cơ quan có trách nhiệm trả lời bằng văn bản.`
          : 'Kỳ họp không có nội dung chất vấn.',
    ),
  );
  const level = { province: 'tỉnh', district: 'huyện', commune: 'xã', other: '' }[r.council.level];
  return {
    lang: 'vi',
    parts: [
      {
        header: { body: ['Hội đồng nhân dân', area], number: docNumber('', 'TB-HĐND', 'vi'), placeDate: placeDate(r.record.locality, recordDay(r), 'vi') },
        title: 'Thông báo',
        subtitle: [`Kết quả Kỳ họp thứ ${r.session.number}, ${full}`, term],
        blocks,
        signatures: {
          right: { titles: ['TM. Thường trực HĐND', 'Chủ tịch'], names: [presidingSigner(r.chairs, [...r.people.values()])] },
          // A council of no level ("other") has no party committee or people's committee of a level to name.
          recipients: [
            ...(level ? [`Thường trực ${level === 'xã' ? 'Đảng ủy' : `${level === 'tỉnh' ? 'Tỉnh' : 'Huyện'} ủy`};`, `UBND ${level};`] : []),
            level ? `Các đại biểu HĐND ${level};` : 'Các đại biểu HĐND;',
            'Các cơ quan thông tin đại chúng;',
            'Lưu: VT.',
          ],
        },
      },
    ],
    missing,
    fileName: `thong-bao-ket-qua-ky-hop-${r.session.number}.docx`,
  };
}
