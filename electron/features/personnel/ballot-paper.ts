/**
 * The ballot papers of a session's personnel votes, for the office to print before the ballot:
 * one page per vote, in the forms of Hướng dẫn 883/HD-UBTVQH14 (an election's "PHIẾU BẦU": the
 * post, then a line per candidate with "Đồng ý" and "Không đồng ý") and Nghị quyết 96/2023/QH15 (a
 * confidence vote's "PHIẾU LẤY PHIẾU TÍN NHIỆM": a line per official with the three levels). The
 * lines are the vote's list in its own order, so the counting committee reads the papers in the
 * order of the console's count grid; ballots list people by given name in the Vietnamese alphabet,
 * which the draft's "Sort by given name" (personnel.sortByName) puts the list in, grid and records
 * alike. A person not rated (exempt) is not on the paper. Built as
 * blocks for the shared Nghị định 30 builder, with no number, date or signature.
 */
import type { Db } from '../../store/db';
import { EngineError, notFound } from '../../engine/errors';
import { getPersonnelVote, listPersonnelVotes } from './store';
import { personnelView } from './slices';
import type { PersonnelView } from '../../../common/personnel/model';
import { KIND_LEVELS } from '../../../common/personnel/result';
import { postOf } from '../../../common/personnel/words';
import { fill } from '../../../common/strings';
import { readRecord } from '../record/read';
import { councilIn, sessionNumber, termLabel } from '../record/minutes';
import { para, type Block, type DocModel, type DocPart } from '../../documents/blocks';
import type { DocLang } from '../../documents/numbering';
import { ballotPaperWords, countingRecordWords, levelHeads } from './report-strings';
import { officeOf, wordsWhole } from './report';

/** Millimetres of a line on the paper: room for a pen's cross in each box. */
const MARK_ROW_MM = 10;

/** The kinds whose paper has a post column: an election's form names the candidates alone. */
const withOffice = (v: PersonnelView) => v.kind !== 'election';

/** "PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" for an election, "Miễn nhiệm chức vụ …" for a dismissal, as the forms head them. */
function whatIsVoted(v: PersonnelView, lang: DocLang): string {
  const w = ballotPaperWords[lang];
  const post = postOf(v);
  if (v.kind === 'election') return post.toLocaleUpperCase(lang);
  if (v.kind === 'confidence') return confidenceLine(v.title, lang);
  return fill(w[v.kind], { post });
}

/** The kind's own words at the head of a confidence vote's title, in either language. */
const CONFIDENCE_OPENING = /^(lấy\s+phiếu\s+tín\s+nhiệm|confidence\s+vote)[\s,:]*/iu;

/**
 * Whom a confidence ballot rates: the title after its kind's words, which the paper's own title
 * already says ("Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND tỉnh bầu năm 2026" → "Đối
 * với người giữ chức vụ …"); a title that names no one ("năm 2026") follows the form's words, and
 * one that does not open with the kind ("Kỳ họp cuối năm") is put in brackets after them.
 */
function confidenceLine(title: string, lang: DocLang): string {
  const w = ballotPaperWords[lang];
  const t = title.normalize('NFC').trim();
  const rest = t.replace(CONFIDENCE_OPENING, '');
  if (rest === t) return t ? `${w.confidence} (${t})` : w.confidence;
  if (/^(đối với|on)\s/iu.test(rest)) return rest.charAt(0).toLocaleUpperCase(lang) + rest.slice(1);
  return rest ? `${w.confidence} ${rest}` : w.confidence;
}

function markTable(v: PersonnelView, lang: DocLang): Block {
  const w = ballotPaperWords[lang];
  const levels = KIND_LEVELS[v.kind].filter((l) => l !== 'invalid');
  const onPaper = v.people.filter((p) => !p.exemptReason);
  // One candidate needs no number (Hướng dẫn 883's note on its forms).
  const numbered = onPaper.length > 1;
  const rows = [
    [...(numbered ? [w.no] : []), w.name, ...(withOffice(v) ? [w.office] : []), ...levels.map((l) => wordsWhole(levelHeads[lang][l], lang))],
    ...onPaper.map((p, i) => [...(numbered ? [String(i + 1)] : []), p.fullName, ...(withOffice(v) ? [officeOf(v, p, lang)] : []), ...levels.map(() => '')]),
  ];
  const align = [...(numbered ? ['center' as const] : []), 'left' as const, ...(withOffice(v) ? ['left' as const] : []), ...levels.map(() => 'center' as const)];
  return { kind: 'table', widths: paperWidths(numbered, withOffice(v), levels.length), align, rows, markRows: MARK_ROW_MM };
}

/**
 * The columns in per cent of the line: every box to mark the same width, wide enough for a pen's
 * cross and its head on two lines ("Tín nhiệm / thấp"), whatever the names; the name and the post
 * share the rest. (Fitted to the text, as a record's table is, the boxes came out as narrow as
 * their heads, "Tín nhiệm" a third of "Không đồng ý".)
 */
function paperWidths(numbered: boolean, office: boolean, boxes: number): number[] {
  const no = numbered ? 7 : 0;
  const box = boxes === 3 ? 15 : 17;
  const rest = 100 - no - box * boxes;
  const name = office ? Math.round(rest * 0.45) : rest;
  return [...(numbered ? [no] : []), name, ...(office ? [rest - name] : []), ...Array<number>(boxes).fill(box)];
}

function notes(v: PersonnelView, lang: DocLang): Block[] {
  const w = ballotPaperWords[lang];
  const first = v.kind === 'confidence' ? w.markConfidence : w.markTwo;
  const candidates = v.people.filter((p) => !p.exemptReason).length;
  const posts = v.kind === 'election' && candidates > v.posts ? [fill(w.markPosts, { posts: v.posts })] : [];
  return [para([{ text: [first, ...posts].join(' '), italic: true }])];
}

function paper(v: PersonnelView, lang: DocLang, ctx: { area: string; session: string; council: string; term: string }): DocPart {
  const w = ballotPaperWords[lang];
  return {
    header: { body: [countingRecordWords[lang].body, ctx.area], number: '', placeDate: '' },
    title: w[`${v.kind}Title`],
    subtitle: [
      `${whatIsVoted(v, lang)}${v.round > 1 ? ` ${fill(w.round, { round: v.round })}` : ''}`,
      // One line: "Kỳ họp thứ 11, Hội đồng nhân dân tỉnh … khóa XVI, nhiệm kỳ …"; in English the term is set apart ("… council, term XVI, …").
      `${fill(countingRecordWords[lang].session, { n: ctx.session, council: ctx.council })}${lang === 'en' ? ', ' : ' '}${ctx.term}`,
    ],
    blocks: [markTable(v, lang), ...notes(v, lang)],
  };
}

/**
 * Why no ballot paper can be printed for the request, or null when it can: a vote named that is
 * not one of the session's, or a session with no personnel vote at all.
 */
export function ballotPapersRefusal(db: Db, sessionId: number, personnelId: number | undefined): EngineError | null {
  if (personnelId !== undefined) return getPersonnelVote(db, personnelId)?.sessionId === sessionId ? null : notFound('personnelVote', personnelId);
  return listPersonnelVotes(db, sessionId).length ? null : new EngineError('personnel-no-ballot-papers');
}

/**
 * The ballot papers of one personnel vote, or (none named) of every vote of the session still to be
 * held (prepared or open), else of all of them, for a reprint; null when the session does not exist
 * or has nothing to print (ballotPapersRefusal says why).
 */
export function ballotPapersModel(db: Db, sessionId: number, personnelId: number | undefined, lang: DocLang = 'vi'): DocModel | null {
  const r = readRecord(db, sessionId);
  // The votes read once: the refusal's own test (a vote of this session; any at all) is on this list.
  const named = personnelId === undefined ? undefined : getPersonnelVote(db, personnelId);
  const all = personnelId === undefined ? listPersonnelVotes(db, sessionId) : named?.sessionId === sessionId ? [named] : [];
  if (!r || all.length === 0) return null;
  const toHold = all.filter((v) => v.status !== 'closed');
  const { name: council, area } = councilIn(r.council.name, r.council.level, lang);
  const ctx = { area, council, session: sessionNumber(r.session, lang), term: termLabel(r.session.term, r.session.startDate, lang) };
  const parts = (toHold.length ? toHold : all).map((v) => paper(personnelView(db, v), lang, ctx));
  const which = personnelId === undefined ? '' : `-${personnelId}`;
  return { lang, parts, missing: [], fileName: `phieu-bau-ky-hop-${r.session.number}${which}.docx` };
}
