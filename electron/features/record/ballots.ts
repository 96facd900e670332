/**
 * The ballot-counting record (biên bản kiểm phiếu) of each secret ballot of a session (resolutions,
 * elections, dismissals and confidence votes), one per page in one file, and the results notice
 * (thông báo kết quả kỳ họp), each in Vietnamese or English.
 */
import type { Db } from '../../store/db';
import type { VoteView } from '../../../common/votes/result';
import type { PersonnelView } from '../../../common/personnel/model';
import { docNumber, placeDate } from '../../documents/numbering';
import { countingDay, readRecord, recordDay, vacantAtBallot, type SessionRecordData } from './read';
import { attendanceSentence, councilIn, levelWord, personnelLines, personnelOpening, personnelRoundSaid, sessionNumber, termLabel, vacancyNote } from './minutes';
import { clockTime, dayDate, heading, para, type Block, type DocModel, type DocPart, type Missing } from '../../documents/blocks';
import type { DocLang } from '../../documents/numbering';
import { fill } from '../../../common/strings';
import { romanNumeral } from '../../../common/term';
import { countQuestions, isFollowUp, NOTHING_OVER } from '../../../common/questions/model';
import { announcementParts, presentedPhrase, resolutionName, voteAnnounce } from '../../../common/votes/announce';
import { minutesWords } from './minutes-strings';
import { presidingSigner } from '../../../common/record/signer';
import { personnelRecordParts } from '../personnel/report';
import { countingRecordWords } from '../personnel/report-strings';
import { localDate } from '../../../common/dates';

type Words = (typeof minutesWords)['vi'];

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
        day: dayDate(localDate(at), lang),
        place: r.record.place ? fill(w.openingAt, { place: r.record.place }) : '',
        session: sessionNumber(r.session, lang),
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
    subtitle: [fill(w.resolutionSubtitle, { title }), fill(w.session, { n: sessionNumber(r.session, lang), council: full }), term],
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
    subtitle: [fill(w.session, { n: sessionNumber(r.session, lang), council: full }), term],
    blocks: [para(w.noSecretBallot)],
    signatures: { right: { titles: [w.signFor, w.signHead], names: [] } },
  };
}

/**
 * The personnel votes the notice tells, closed and announced, as one matter per post: a vote and
 * the new rounds held after it. An open or unannounced one is listed as missing.
 */
function personnelToTell(r: SessionRecordData, w: Words, missing: Missing[]): PersonnelView[][] {
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

/** Each outcome a question can have, with the notice's words for how many had it. */
const OUTCOME_WORDS = [
  ['answered', 'noticeAnswered'],
  ['written', 'noticeWritten'],
  ['next-session', 'noticeNextSession'],
  ['withdrawn', 'noticeWithdrawn'],
] as const;

/**
 * "3 câu hỏi đã được trả lời tại kỳ họp, 1 câu hỏi được trả lời bằng văn bản" / "3 questions were
 * answered at the session, 1 question is to be answered in writing": the outcomes that happened; a
 * notice does not list "0 câu hỏi được rút".
 */
function questionOutcomes(q: ReturnType<typeof STATUS_COUNT>, w: Words): string {
  const said: [number, string][] = [...OUTCOME_WORDS.map(([status, key]): [number, string] => [q.byStatus[status], w[key]]), [q.notAsked, w.noticeNotAsked]];
  return said
    .filter(([n]) => n > 0)
    .map(([n, words]) => fill(words, { n }))
    .join(', ');
}

/** The recipients' first line, the Party committee of the council's level: a council of no level has none. */
const PARTY_OF_LEVEL: Record<string, keyof Words | undefined> = { province: 'noticeToPartyProvince', district: 'noticeToPartyDistrict', commune: 'noticeToPartyCommune' };

/**
 * The results notice: the resolutions adopted and not adopted with their counts, the results of
 * elections, dismissals and confidence votes, and questioning in figures, in Vietnamese or
 * English, in the minutes' words wherever it says what they say. It tells only results the chair
 * announced; what it still waits for is listed as missing, in `lang` too (the preview swaps it for
 * the console's).
 */
export function noticeModel(db: Db, sessionId: number, lang: DocLang = 'vi'): DocModel | null {
  const r = readRecord(db, sessionId);
  if (!r) return null;
  const { name: full, area } = councilIn(r.council.name, r.council.level, lang);
  const term = termLabel(r.session.term, r.session.startDate, lang);
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
  const units = voteAnnounce[lang];
  const line = (v: VoteView, k: number) =>
    para(
      fill(v.method === 'secret' ? w.noticeVoteLineSecret : w.noticeVoteLine, {
        k: k + 1,
        title: resolutionName(v, lang) + presentedPhrase(v, lang),
        for: v.tally.for,
        base: v.result.base,
        unit: v.method === 'secret' ? units.unitBallots : units.unitDelegates,
        pFor: v.result.percent[lang].for,
      }),
    );
  // The opening sitting's attendance, and the closing's when it differs: as the minutes' part I says it.
  const attendance = attendanceSentence(r, lang);
  const q = STATUS_COUNT(r);
  const askers = new Set(q.qs.map((x) => x.askerId)).size;
  const respondents = new Set(q.qs.map((x) => x.respondentId)).size;
  const [from, to] = [dayDate(r.session.startDate, lang), dayDate(r.session.endDate, lang)];
  const held = fill(w.noticeHeld, {
    n: sessionNumber(r.session, lang),
    council: full,
    term,
    days: from === to ? fill(w.heldOneDay, { day: from }) : fill(w.heldDays, { from, to }),
    place: r.record.place ? fill(w.noticeHeldAt, { place: r.record.place }) : '',
  });
  const blocks: Block[] = [para(`${held}${attendance ? ` ${attendance}` : ''} ${w.noticeAnnounces}`), heading(w.noticeAdopted), ...(adopted.length ? adopted.map(line) : [para(w.noticeNoneAdopted)])];
  // Sections after the first are numbered as they come (II, III, …): some may be left out.
  let section = 1;
  if (rejected.length) blocks.push(heading(fill(w.noticeRejected, { n: romanNumeral(++section) })), ...rejected.map(line));
  // Elections, dismissals and confidence votes: who was elected, dismissed or rated how, once announced.
  const people = personnelToTell(r, w, missing);
  if (people.length) {
    blocks.push(heading(fill(w.noticePersonnel, { n: romanNumeral(++section) })));
    const round = (v: PersonnelView) => personnelRoundSaid(v, w);
    // One number per post; its rounds as far as the result needs them, each named when it is not the first.
    people.forEach((rounds, k) =>
      rounds.forEach((v, i) => blocks.push(para(i === 0 ? `${k + 1}. ${round(v)}${personnelOpening(v, w, lang)}` : round(v).trim()), ...personnelLines(v, w, lang))),
    );
  }
  // A regular session's notice says whether it held questioning (its business as a rule); a thematic or urgent
  // session's speaks of questioning only where it had some, or an item for it: "no questioning" is not news there.
  const questioning = r.session.kind === 'regular' || q.qs.length > 0 || q.notAsked > 0 || [...r.programme.items.values()].some((i) => i.kind === 'questioning');
  if (questioning) {
    blocks.push(heading(fill(w.noticeQuestioning, { n: romanNumeral(++section) })));
    const outcomes = questionOutcomes(q, w);
    blocks.push(
      para(
        q.qs.length
          ? fill(w.noticeQuestions, {
              askers,
              questions: q.questions,
              followUps: q.followUps ? fill(w.noticeFollowUps, { n: q.followUps }) : '',
              respondents,
              outcomes: outcomes ? `; ${outcomes}` : '',
            })
          : q.notAsked
            ? // Registered, none reached: there was questioning business, only none of it was put.
              fill(w.noticeOnlyNotAsked, { n: q.notAsked })
            : w.noticeNoQuestions,
      ),
    );
  }
  // The Party committee and the people's committee of the council's level; a council of no level
  // ("other") has none to name, and its delegates are the council's: "Các đại biểu HĐND;".
  const level = levelWord(r.council.level, lang);
  const party = PARTY_OF_LEVEL[r.council.level];
  const tidy = (l: string) => l.replace(/ {2,}/g, ' ').replace(/ ;$/, ';');
  return {
    lang,
    parts: [
      {
        header: { body: [w.headerBody, area], number: docNumber('', 'TB-HĐND', lang), placeDate: placeDate(r.record.locality, recordDay(r), lang) },
        title: w.noticeTitle,
        subtitle: [fill(w.noticeSubtitle, { n: sessionNumber(r.session, lang), council: full }), term],
        blocks,
        signatures: {
          right: { titles: [w.noticeSignFor, w.noticeSignChair], names: [presidingSigner(r.chairs, [...r.people.values()])] },
          recipients: [...(level && party ? [w[party], fill(w.noticeToCommittee, { level })] : []), tidy(fill(w.toDelegates, { level })), w.noticeToPress, w.toArchive],
        },
      },
    ],
    missing,
    fileName: `thong-bao-ket-qua-ky-hop-${r.session.number}${lang === 'en' ? '-en' : ''}.docx`,
  };
}
