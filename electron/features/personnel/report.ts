/**
 * The counting records (biên bản kiểm phiếu) of a session's personnel votes: one part per
 * closed vote, naming the counting committee, the ballots, and the count and share of each
 * level per person, with the statutory sentences and any corrections. Built as blocks for the
 * shared Nghị định 30 builder (docx.ts), like the record branch's ballots.
 */
import type { Db } from '../../store/db';
import { personnelView } from './slices';
import { listPersonnelVotes } from './store';
import type { PersonnelView } from '../../../common/personnel/model';
import { shownLevels } from '../../../common/personnel/result';
import { BODY_NAMES, OUTCOME_NAMES, postOf, reasonInBrackets, titleInSentence, voteHeading } from '../../../common/personnel/words';
import { docNumber, placeDate, type DocLang } from '../../documents/numbering';
import { countingDay, readRecord, recordDay, vacantAtBallot, type SessionRecordData } from '../record/read';
import { councilIn, sessionNumber, termLabel, vacancyNote } from '../record/minutes';
import { minutesWords } from '../record/minutes-strings';
import { clockTime, dayDate, heading, para, type Block, type DocModel, type DocPart } from '../../documents/blocks';
import { beforeStop, fill } from '../../../common/strings';
import { countingRecordWords, levelHeads } from './report-strings';
import { fitColumns } from '../../documents/widths';
import { countsBefore } from './corrections';
import { localDate } from '../../../common/dates';

/**
 * The results: a number, the person, a column per level, and for an election, a dismissal or a
 * removal the outcome. The person's column is the one read along, so it is given room first
 * (fitColumns' `main`); each count sits above its share. A confidence vote's table is the ballot's
 * (Nghị quyết 96/2023: a line per official, three levels) with no outcome column: what low
 * confidence calls for is said whole in the announcement (III) below it, and the column, with
 * four levels beside it, left the names a third of the page and wrapped "Low from 2/3: dismissal
 * proposed" on four lines. With that room each level's head reads on two lines at most.
 */
function resultsTable(v: PersonnelView, rated: PersonnelView['people'], lang: DocLang): Block {
  const w = countingRecordWords[lang];
  const levels = shownLevels(v.kind, rated.map((p) => p.counts));
  // The result whole on one line ("Trúng\u00a0cử", "Không\u00a0trúng\u00a0cử"): held by no-break
  // spaces, the column is as wide as the longest result (fitColumns), the room taken from the name's
  // column, which wraps between words. Left to break, the column was narrow enough that "Trúng / cử"
  // wrapped beside a long name ("Tôn Nữ Thị Ngọc Huyền") at A4 portrait.
  const outcome = (p: PersonnelView['people'][number]) => (p.result!.outcome === 'confidence' ? '' : OUTCOME_NAMES[lang][p.result!.outcome].replace(/ /g, '\u00a0'));
  const outcomes = v.kind !== 'confidence' && rated.some((p) => outcome(p) !== '');
  const rows = [
    [w.no, w.person, ...levels.map((l) => levelHeads[lang][l]), ...(outcomes ? [w.outcome] : [])].map((h) => wordsWhole(h, lang)),
    ...rated.map((p, i) => [String(i + 1), personCell(v, p, lang), ...levels.map((l) => `${p.counts[l]}\n${p.result!.percent[lang][l]}%`), ...(outcomes ? [outcome(p)] : [])]),
  ];
  const align: ('left' | 'right')[] = ['right', 'left', ...levels.map(() => 'right' as const), ...(outcomes ? ['left' as const] : [])];
  return { kind: 'table', widths: fitColumns(rows, { main: 1 }), align, rows };
}

/**
 * The Vietnamese words of two syllables the results table is headed with ("chức vụ", "đồng ý", "hợp
 * lệ", "tín nhiệm", "kết quả"): a line breaks between syllables, so each is held by a no-break space
 * and a header wraps between words ("Dòng không / hợp lệ", "Tín nhiệm / cao"), never inside one
 * ("Đồng / ý", "Tín / nhiệm cao"); fitColumns gives each column at least its longest word.
 */
const HEAD_WORDS = /chức vụ|đồng ý|hợp lệ|tín nhiệm|kết quả/giu;
export const wordsWhole = (header: string, lang: DocLang) => (lang === 'vi' ? header.normalize('NFC').replace(HEAD_WORDS, (w) => w.replace(' ', '\u00a0')) : header);

/** The names a title may already give its body by ("Phó Chủ tịch HĐND huyện" is the council's). */
const BODY_IN_TITLE = { council: ['hội đồng nhân dân', 'hđnd'], committee: ['ủy ban nhân dân', 'uỷ ban nhân dân', 'ubnd'] } as const;

/**
 * "Nguyễn Thị Ngọc Ánh" over "Phó Chủ tịch Hội đồng nhân dân huyện". A confidence vote rates
 * people of two bodies, so its line names the body in brackets when the title does not already
 * say it; a candidate in an election or a dismissal belongs to no body yet. A person with no title
 * is their name alone, as the console's count grid shows them: the body alone under the name read
 * as their post ("Hội đồng nhân dân" where "Trưởng Ban Pháp chế" goes).
 */
function personCell(v: PersonnelView, p: PersonnelView['people'][number], lang: DocLang): string {
  const office = officeOf(v, p, lang);
  return office ? `${p.fullName}\n${office}` : p.fullName;
}

/** The person's post as a record or a ballot paper prints it: a confidence vote's names its body when the title does not; '' when untitled. */
export function officeOf(v: { kind: PersonnelView['kind'] }, p: Pick<PersonnelView['people'][number], 'title' | 'body'>, lang: DocLang): string {
  const title = p.title.trim();
  if (!title) return '';
  const said = v.kind !== 'confidence' || BODY_IN_TITLE[p.body].some((n) => title.normalize('NFC').toLocaleLowerCase('vi').includes(n));
  return said ? title : `${title} (${BODY_NAMES[lang][p.body]})`;
}

/**
 * "Đinh Công Kỳ (Phó Chủ tịch Ủy ban nhân dân xã)": one not rated, with the post as the console's
 * count grid names them (CountGrid), so the record says whose office the exemption is from; the
 * name alone left the reader to guess which of two namesakes, or which post, was set aside.
 */
function exemptName(p: PersonnelView['people'][number]): string {
  const title = p.title.trim();
  return title ? `${p.fullName} (${title})` : p.fullName;
}

const WHAT = { election: 'whatElection', dismissal: 'whatDismissal', removal: 'whatRemoval', confidence: 'whatConfidence' } as const;

/**
 * "lấy phiếu tín nhiệm đối với …" when the title already says what the vote is, never "lấy phiếu
 * tín nhiệm: Lấy phiếu tín nhiệm đối với …"; otherwise "bầu chức vụ Phó Chủ tịch …", as the
 * minutes say it.
 */
function whatWasCounted(v: PersonnelView, lang: DocLang): string {
  const key = v.way === 'more' ? 'whatElectionMore' : v.way === 'replace' ? 'whatElectionReplace' : WHAT[v.kind];
  return titleInSentence(v, lang) ?? fill(countingRecordWords[lang][key], { title: postOf(v) });
}

function part(v: PersonnelView, vacant: number, lang: DocLang, ctx: { full: string; area: string; term: string; session: string; place: string; locality: string; r: SessionRecordData }): DocPart {
  const w = countingRecordWords[lang];
  const at = v.closedAt ?? v.openedAt ?? v.createdAt;
  const heads = v.committee.filter((c) => c.role === 'head');
  const members = v.committee.filter((c) => c.role === 'member');
  const rated = v.people.filter((p) => p.result);
  const blocks: Block[] = [
    para(
      fill(w.opening, {
        time: clockTime(at, lang),
        day: dayDate(localDate(at), lang),
        place: ctx.place ? fill(w.openingAt, { place: ctx.place }) : '',
        session: ctx.session,
        council: ctx.full,
        term: ctx.term,
        what: whatWasCounted(v, lang),
      }),
    ),
    heading(w.committee),
    ...(v.committee.length
      ? v.committee.map((c, k) => para(`${k + 1}. ${c.fullName}${c.title ? `, ${c.title}` : ''} – ${c.role === 'head' ? w.head : w.member}.`))
      : [para(w.noCommittee)]),
    heading(w.results),
    // The delegates present at the ballot (its snapshot when it opened), not a roll call's: see ballots.ts.
    para(fill(w.seats, { seats: v.seats, vacant: vacancyNote(vacant, minutesWords[lang]), present: v.present, source: v.presentSource === 'roster' ? w.presentRoster : '' })),
    para(fill(w.ballots, { issued: v.ballots.issued, returned: v.ballots.returned, valid: v.ballots.valid, invalid: v.ballots.invalid })),
    resultsTable(v, rated, lang),
    ...v.people.filter((p) => !p.result).map((p) => para(fill(w.exempt, { name: exemptName(p), reason: reasonInBrackets(p.exemptReason) }))),
    heading(w.announce),
    // Body text, as the resolution's record sets its announcement: the whole paragraph in bold was none of Nghị định 30's.
    ...rated.map((p) => para(p.announcement![lang])),
  ];
  // Version 1 is the count as closed; each later one a correction, said as a sentence with its reason.
  // With the counts it replaced and their shares: the table above prints only the corrected ones.
  for (const [k, x] of v.versions.entries()) {
    if (k === 0) continue;
    const counts = countsBefore(v, k, lang, { percent: true });
    // The correction and the counts it replaced on one page.
    blocks.push(para(fill(w.correction, { n: k, reason: beforeStop(x.reason) }), { keepNext: counts !== '' }));
    if (counts) blocks.push(para(fill(w.correctionBefore, { n: k, counts })));
  }
  blocks.push(para(w.closing));
  return {
    header: { body: [w.body, ctx.area], number: docNumber('', 'BB-BKP', lang), placeDate: placeDate(ctx.locality, countingDay(ctx.r, v), lang) },
    title: w.title,
    subtitle: [`${voteHeading(v, lang)}${v.round > 1 ? ` ${fill(w.round, { round: v.round })}` : ''}`, fill(w.session, { n: ctx.session, council: ctx.full }), ctx.term],
    blocks,
    signatures: {
      left: { titles: [w.signLeft], names: members.map((c) => c.fullName) },
      right: { titles: [w.signFor, w.signHead], names: heads.map((c) => c.fullName) },
    },
  };
}

/**
 * The counting record of each closed personnel vote of the session, with the time it was closed
 * (the record's own time), for a document of the session's counting records to order them by.
 */
export function personnelRecordParts(db: Db, r: SessionRecordData, lang: DocLang): { at: number; part: DocPart }[] {
  // The council in the record's language: "huyện Đầm Hà" / "Đầm Hà district", as the minutes write it.
  const { name: full, area } = councilIn(r.council.name, r.council.level, lang);
  const ctx = { full, area, term: termLabel(r.session.term, r.session.startDate, lang), session: sessionNumber(r.session, lang), place: r.record.place, locality: r.record.locality, r };
  // From the database: the `personnel` slice holds the current session's votes only.
  return listPersonnelVotes(db, r.session.id)
    .filter((v) => v.status === 'closed')
    .map((v) => personnelView(db, v))
    .map((v) => ({ at: v.closedAt ?? v.openedAt ?? v.createdAt, part: part(v, vacantAtBallot(v), lang, ctx) }));
}

/** Counting records of the session's closed personnel votes; null when the session does not exist. */
export function personnelRecordModel(db: Db, sessionId: number, lang: DocLang = 'vi'): DocModel | null {
  const r = readRecord(db, sessionId);
  if (!r) return null;
  const parts = personnelRecordParts(db, r, lang).map((x) => x.part);
  if (parts.length === 0) {
    const w = countingRecordWords[lang];
    const { name: full, area } = councilIn(r.council.name, r.council.level, lang);
    parts.push({
      header: { body: [w.body, area], number: docNumber('', 'BB-BKP', lang), placeDate: placeDate(r.record.locality, recordDay(r), lang) },
      title: w.title,
      subtitle: [fill(w.session, { n: sessionNumber(r.session, lang), council: full }), termLabel(r.session.term, r.session.startDate, lang)],
      blocks: [para(w.none)],
      signatures: { right: { titles: [w.signFor, w.signHead], names: [] } },
    });
  }
  return { lang, parts, missing: [], fileName: `bien-ban-kiem-phieu-nhan-su-ky-hop-${r.session.number}.docx` };
}
