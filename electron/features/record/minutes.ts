/**
 * The minutes of a session (biên bản kỳ họp, Nghị định 30/2020 Mẫu 1.9), or of one sitting,
 * written from the record in reading order. Vietnamese, and English for an English console.
 */
import { romanNumeral, termYears } from '../../../common/term';
import { withoutPartMark } from '../../../common/agenda/import';
import type { Db } from '../../store/db';
import type { Delegate } from '../../../common/roster/model';
import { isFollowUp, outcomeHolder, type QuestionStatus } from '../../../common/questions/model';
import type { VoteView } from '../../../common/votes/result';
import type { ElectionWay, PersonnelView } from '../../../common/personnel/model';
import type { PersonnelKind } from '../../../common/personnel/result';
import { addressedInOffice, postOf, reasonInBrackets, titleInSentence } from '../../../common/personnel/words';
import { personSentence } from '../personnel/announce';
import { countsBefore } from '../personnel/corrections';
import { announcement, presentedPhrase, resolutionName } from '../../../common/votes/announce';
import { namedRoll, ROLL_GROUPS, type RollGroup } from '../../../common/votes/names';
import { elapsedMs } from '../../../common/timing/timer';
import { docNumber, placeDate, type DocLang } from '../../documents/numbering';
import { readRecord, recordDay, sessionAttendance, termStartYear, type ItemEntry, type SittingAttendance, type QuestionEntry, type RollCallSummary, type SessionRecordData, type SittingEntry } from './read';
import { clockTime, dayDate, typedClockTime, duration, heading, para, type Block, type DocModel, type DocPart, type Missing, type Run } from '../../documents/blocks';
import { beforeStop, fill } from '../../../common/strings';
import { needsNoSummary } from '../../../common/record/summary';
import { NAME_BY_HAND, presidingSigner } from '../../../common/record/signer';
import { councilArea, splitArea } from '../../../common/council/units';
import { en as sessionLabelsEn, vi as sessionLabelsVi } from '../../../common/council/labels';
import type { Session } from '../../../common/council/model';
import { foldWords } from '../../../common/fold';
import { groupOwnName } from '../../../common/roster/groupName';
import { councilLevels, minutesWords, sessionRolesEn, presenterRoleVerbs, presenterVerbs, presenterVerbsNumbered, speechVerbs, voteMethodWords } from './minutes-strings';
import { localDate } from '../../../common/dates';

/** "Hội đồng nhân dân huyện Đầm Hà" → { full, area: "huyện Đầm Hà" }, whatever abbreviation was typed. */
export function councilNames(name: string): { full: string; area: string } {
  const area = councilArea(name);
  return { full: `Hội đồng nhân dân ${area}`.trim(), area };
}

/**
 * "huyện Đầm Hà" → "Đầm Hà district", "thành phố Phan Rang - Tháp Chàm" → "Phan Rang - Tháp Chàm
 * city" for English documents: the unit the area is named by, else the council's level.
 */
export function englishArea(area: string, level: string): string {
  const named = unitOf(area, level);
  if (named?.unitFirst) return `${named.place} ${named.known.en}`;
  const word = levelWord(level, 'vi');
  const bare = word && area.toLocaleLowerCase('vi').startsWith(`${word} `) ? area.slice(word.length + 1) : area;
  return word ? `${bare} ${levelWord(level, 'en')}` : bare;
}

/**
 * The council in a document's language: its area ("huyện Đầm Hà" / "Đầm Hà district") for the
 * header, and its name ("Hội đồng nhân dân huyện Đầm Hà" / "People's Council of Đầm Hà district").
 */
export function councilIn(name: string, level: string, lang: DocLang): { area: string; name: string } {
  const { area: vi } = councilNames(name);
  const area = lang === 'vi' ? vi : englishArea(vi, level);
  return { area, name: fill(minutesWords[lang].councilOf, { area }).trim() };
}

const SESSION_LABELS = { en: sessionLabelsEn, vi: sessionLabelsVi } as const;

/**
 * The session's number as the record says it after "Kỳ họp thứ" / "Session": "3", or for a session
 * not regular its kind too, "3 (kỳ họp chuyên đề)" / "3 (thematic session)", as councils head a
 * thematic or urgent session's documents.
 */
export function sessionNumber(s: Pick<Session, 'number' | 'kind'>, lang: DocLang): string {
  return s.kind === 'regular' ? String(s.number) : `${s.number} (${SESSION_LABELS[lang][`session.kindTitle.${s.kind}`].toLocaleLowerCase(lang)})`;
}

/** "khóa IV, nhiệm kỳ 2016–2021" / "term IV, 2016–2021". */
export function termLabel(term: number, startDate: string, lang: DocLang): string {
  const years = termYears(termStartYear(startDate));
  return fill(minutesWords[lang].term, { roman: romanNumeral(term), years });
}

/**
 * The unit a council's area is named by, as its recipients line says it ("Thường trực HĐND thành
 * phố;" / "Standing committee of the city council;"): the area's own ("thành phố Phan Rang - Tháp
 * Chàm"), else the council's level.
 */
export function areaUnitWord(name: string, level: string, lang: DocLang): string {
  return unitOf(councilNames(name).area, level)?.known[lang] ?? levelWord(level, lang);
}

/** The unit the area names itself by; none for a council of no level ("other": not a unit of the law's, named as it wishes). */
const unitOf = (area: string, level: string) => (level === 'other' ? null : splitArea(area));

/** "huyện" / "district" for a council's level; '' for a level without a word (or not known). */
export function levelWord(level: string, lang: DocLang): string {
  return (councilLevels[lang] as Record<string, string>)[level] ?? '';
}

type Words = (typeof minutesWords)['vi'];

/** The status of a question as the minutes' outcome line. */
const OUTCOME: Record<QuestionStatus, keyof Words> = {
  pending: 'outcomePending',
  answered: 'outcomeAnswered',
  written: 'outcomeWritten',
  'next-session': 'outcomeNextSession',
  withdrawn: 'outcomeWithdrawn',
};

/** An election that fills a post as its programme item says ("Bầu bổ sung …", "Bầu thay thế …"). */
const ELECTION_WAY: Record<ElectionWay, keyof Words> = { more: 'personnelElectionMore', replace: 'personnelElectionReplace' };

/** The opening sentence of a personnel vote, by its kind. */
const PERSONNEL: Record<PersonnelKind, keyof Words> = {
  election: 'personnelElection',
  dismissal: 'personnelDismissal',
  removal: 'personnelRemoval',
  confidence: 'personnelConfidence',
};

const folded = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');

/**
 * The title and the agency, the agency left out when the title already names it: "Giám đốc Sở
 * Tài nguyên và Môi trường", never "…, Sở Tài nguyên và Môi trường" a second time.
 */
function titleAndAgency(d: Delegate): string[] {
  const sameAgency = d.agency.trim() !== '' && folded(d.title).includes(folded(d.agency));
  return [d.title, sameAgency ? '' : d.agency];
}

/** "Nguyễn Văn A (Phó Chủ tịch UBND huyện, Tổ đại biểu số 2)". */
function who(d: Delegate | undefined, w: Words, o: { group?: boolean } = {}): string {
  if (!d) return '?';
  const extra = [...titleAndAgency(d), o.group && d.group ? groupName(d.group, w) : ''].filter((s) => s.trim() !== '');
  return `${d.fullName}${extra.length ? ` (${extra.join(', ')})` : ''}`;
}

const names = (list: Delegate[]) => list.map((d) => d.fullName).join(', ');

/** An honorific the office already typed before a name ("Đồng chí Lê Hà", "đ/c Lê Hà"). */
const HONORIFIC = /^\s*(?:đồng chí|đ\/c)\s+/iu;

/**
 * "Đồng chí Lê Hà": the minutes' form of address, written once even when the presenter field
 * or the roster already says "Đồng chí" (offices type it both ways).
 */
const comrade = (name: string, w: Words, inList = false) => fill(inList ? w.comradeInList : w.comrade, { name: name.normalize('NFC').replace(HONORIFIC, '') });

/**
 * How a programme's presenter column starts (folded) when it names a body rather than a person or a
 * post one person holds: "UBND xã", "Thường trực HĐND xã", "Ban kiểm phiếu", "Đại biểu HĐND xã",
 * "Các tổ đại biểu". Such a presenter is written as the programme has it ("Ban kiểm phiếu điều
 * hành."), never "Đồng chí Ban kiểm phiếu". Whole words, so "Tô Văn Nam" or "Đoàn Văn Hải" is a person.
 */
const BODY_STARTS = [
  'ubnd', 'uy ban', 'hdnd', 'hoi dong', 'thuong truc', 'ban', 'cac', 'to dai bieu', 'dai bieu hdnd', 'dai bieu hoi dong',
  'doan chu toa', 'doan thu ky', 'doan dai bieu', 'van phong', 'so', 'phong', 'lanh dao', 'cong an', 'toa an', 'vien kiem sat', 'mat tran', 'dang uy', 'chi bo',
];
/**
 * A role of the session or sitting, whoever holds it at the time (the presidium takes turns): "Chủ
 * tọa kỳ họp điều hành thảo luận.", never "Đồng chí Chủ tọa kỳ họp". Said whole ("Chủ tọa", "Chủ tọa
 * kỳ họp"), so "Chu Tọa Minh" stays a person.
 */
const ROLES = ['chu toa', 'thu ky'].flatMap((r) => [r, `${r} ky hop`, `${r} phien hop`]);
const isBody = (presenter: string) => {
  const words = foldWords(presenter);
  return ROLES.includes(words) || BODY_STARTS.some((b) => words === b || words.startsWith(`${b} `));
};
/**
 * The presenter as the minutes name them: "Đồng chí Chủ tịch UBND xã", but "UBND xã" as it is. A
 * role of the session the app itself names ("Chủ tọa kỳ họp", its templates' presenter) is said in
 * the document's language: "the presiding officer of the session" in English.
 */
const presenterName = (presenter: string, w: Words, inList = false) => {
  const role = w === minutesWords.en ? (sessionRolesEn as Record<string, string>)[foldWords(presenter)] : undefined;
  return role ?? (isBody(presenter) ? presenter.normalize('NFC').trim() : comrade(presenter, w, inList));
};

/**
 * A programme's presenter cell may name several, separated by ";" or one per line ("Chủ tọa kỳ
 * họp; UBND xã"): each kept as written, and each a body or a person by its own first words.
 */
const presentersOf = (cell: string) => cell.normalize('NFC').split(/\s*[;\n]\s*/u).map((p) => p.trim()).filter(Boolean);

/** "A", "A và B", "A, B và C". */
const listed = (names: string[], w: Words) => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${w.and} ${names[names.length - 1]}`);

/** The delegates as a whole, or their groups ("Đại biểu HĐND xã", "Các tổ đại biểu"): in a discussion they discuss, they do not lead it. */
const DELEGATES_STARTS = ['dai bieu', 'cac dai bieu', 'to dai bieu', 'cac to dai bieu', 'cac to'];
const areDelegates = (presenter: string) => {
  const words = foldWords(presenter);
  return DELEGATES_STARTS.some((b) => words === b || words.startsWith(`${b} `));
};

/**
 * Who a presenter is to the item, by the first words of the programme's cell or of any post it names
 * after a comma ("Nguyễn Văn Hùng, Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh"; "Bí thư Tỉnh ủy, Chủ
 * tịch HĐND tỉnh" opens the session as the council's chair): the chair's side (the presiding
 * officer, the presidium, the council's standing committee, chair or vice chair) leads it; a
 * committee of the council (its head, deputy head, or the committee: "Ban KT-NS HĐND tỉnh") presents
 * its verification report; the counting committee (Ban kiểm phiếu) announces the count; an official of
 * the executive or the judiciary (anything naming the people's committee, a department, the court,
 * the procuracy, the police) answers or explains; the council's office (Chánh Văn phòng) declares the
 * session's purpose and introduces the delegates; the Party committee's leader gives a guiding
 * speech; the delegates take part; the secretary reads. A name or anything else is "other": the kind's own verb.
 */
type PresenterRole = 'chair' | 'counters' | 'committee' | 'party' | 'official' | 'office' | 'secretary' | 'delegates' | 'other';
/** When a cell names two posts, the one that says what its holder does at a council's session. */
const ROLE_RANK: readonly PresenterRole[] = ['chair', 'counters', 'committee', 'official', 'office', 'secretary', 'party'];
const CHAIR_STARTS = ['chu toa', 'doan chu toa', 'thuong truc hdnd', 'thuong truc hoi dong', 'chu tich hdnd', 'pho chu tich hdnd', 'chu tich hoi dong nhan dan', 'pho chu tich hoi dong nhan dan'];
/**
 * A committee of the council ("Ban Kinh tế - Ngân sách", "Ban KT-NS HĐND tỉnh", "các Ban HĐND", and
 * its head or deputy head): a "Ban …" that names a council committee's field or the council itself,
 * not the Party's ("Trưởng Ban Tổ chức Tỉnh ủy"), the counting committee, or an executive board
 * ("Trưởng Ban Quản lý Khu kinh tế").
 */
const COMMITTEE_STARTS = ['ban', 'cac ban', 'truong ban', 'pho truong ban', 'quyen truong ban'];
const COMMITTEE_FIELD = /(?:^| )(?:kinh te|ngan sach|van hoa|xa hoi|phap che|dan toc|do thi|kt|ns|vh|xh|ktns|vhxh|ktxh|pc|dt|hdnd|hoi dong nhan dan)(?: |$)/;
/** The Party's committees ("Tỉnh ủy", "Đảng ủy xã", "cấp ủy"), whose leader gives the guiding speech (phát biểu chỉ đạo). */
const PARTY_BODY = /(?:^| )(?:tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|cap uy|ban thuong vu|trung uong)(?: |$)/;
const PARTY_STARTS = ['bi thu', 'pho bi thu'];
const OFFICE_STARTS = ['chanh van phong', 'pho chanh van phong', 'van phong'];
const OFFICIAL_STARTS = [
  'so', 'giam doc', 'pho giam doc', 'chanh an', 'pho chanh an', 'vien truong', 'pho vien truong', 'toa an', 'vien kiem sat', 'cong an',
  'lanh dao', 'thu truong', 'cuc truong', 'chanh thanh tra', 'thanh tra', 'chi cuc truong', 'truong cong an',
  // A commune's people's committee answers through its offices ("Trưởng phòng Kinh tế xã").
  'phong', 'truong phong', 'pho truong phong', 'cuc', 'chi cuc',
];
/** "Chủ tịch UBND tỉnh", "UBND xã", "Đồng chí Lê Hà, Phó Chủ tịch Ủy ban nhân dân tỉnh": the executive, wherever the cell names it. */
const NAMES_EXECUTIVE = /(?:^| )(?:ubnd|uy ban nhan dan)(?: |$)/;
const startsWithAny = (words: string, starts: readonly string[]) => starts.some((b) => words === b || words.startsWith(`${b} `));
/** One post's role, by its first words (folded); null when they name none. */
function postRole(words: string): PresenterRole | null {
  if (startsWithAny(words, CHAIR_STARTS)) return 'chair';
  if (/(?:^| )ban kiem phieu(?: |$)/.test(words)) return 'counters';
  const party = PARTY_BODY.test(words);
  if (startsWithAny(words, COMMITTEE_STARTS) && !party && !/(?:^| )quan ly(?: |$)/.test(words) && COMMITTEE_FIELD.test(words)) return 'committee';
  if (startsWithAny(words, PARTY_STARTS) || (party && !NAMES_EXECUTIVE.test(words) && (startsWithAny(words, ['lanh dao', 'dai dien lanh dao', 'thuong truc']) || PARTY_BODY.exec(words)?.index === 0))) return 'party';
  if (NAMES_EXECUTIVE.test(words) || startsWithAny(words, OFFICIAL_STARTS)) return 'official';
  if (startsWithAny(words, OFFICE_STARTS)) return 'office';
  if (startsWithAny(words, ['thu ky'])) return 'secretary';
  return null;
}
function presenterRole(presenter: string): PresenterRole {
  const cell = presenter.replace(HONORIFIC, '');
  if (areDelegates(cell)) return 'delegates';
  // The cell as a whole, then each post it names after a comma or in brackets.
  const roles = [cell, ...cell.split(/[,(]/u).slice(1)].map((p) => postRole(foldWords(p.replace(HONORIFIC, ''))));
  return ROLE_RANK.find((r) => roles.includes(r)) ?? 'other';
}

/**
 * The verb a programme's cell may end with ("Chủ tọa kỳ họp điều hành", "Lãnh đạo UBND tỉnh giải
 * trình", "Giám đốc Sở Y tế trả lời chất vấn"): the sentence says the verb itself, so it goes, and
 * it says who the presenter is to the item.
 */
const TRAILING_VERB = /\s+(điều\s+hành|giải\s+trình(?:,?\s+làm\s+rõ)?|trả\s+lời(?:\s+chất\s+vấn)?)\s*$/iu;

/** An item of explanation ("Giải trình, làm rõ một số vấn đề đại biểu quan tâm"), which the import and the templates file under questioning. */
const isExplanation = (title: string) => {
  const f = foldWords(title);
  return f === 'giai trinh' || f.startsWith('giai trinh ') || f.startsWith('explanation');
};

/** The flag salute ("Chào cờ", "Chào cờ bế mạc"), filed under the opening or the closing. */
const isFlagSalute = (title: string) => /^chao co(?: |$)/.test(foldWords(title));

/**
 * What one presenter did: the kind's verb, or the one their role in this kind of item calls for
 * (presenterRoleVerbs). `numbered`: the sentence gives the document's number after the verb.
 */
function roleVerb(kind: string, title: string, role: PresenterRole, verb: string, lang: DocLang, numbered: boolean): string {
  const v = presenterRoleVerbs[lang];
  if ((kind === 'opening' || kind === 'closing') && isFlagSalute(title)) return v.flag;
  // The Party committee's leader speaks to the session; they present nothing and preside over nothing.
  if (role === 'party') return v.guide;
  if (role === 'counters' && (kind === 'vote' || kind === 'election')) return v.count;
  if (kind === 'opening' && role === 'office') return v.introduce;
  if (kind === 'questioning' && isExplanation(title)) return role === 'chair' ? v.leadExplanation : role === 'delegates' || role === 'committee' ? v.ask : v.explain;
  // A committee's head is a delegate: in a questioning sitting they put questions, never preside over it.
  if (kind === 'questioning') return role === 'official' ? v.answer : role === 'delegates' || role === 'committee' ? v.ask : verb;
  if (kind === 'discussion' && role === 'official') return v.explain;
  // The committee that verified the matter presents its verification report to the discussion.
  if (kind === 'discussion' && role === 'committee') return ((numbered ? presenterVerbsNumbered : presenterVerbs)[lang] as Record<string, string>).verification;
  if ((kind === 'vote' || kind === 'election') && (role === 'official' || role === 'secretary' || role === 'office' || role === 'committee')) return kind === 'election' && role === 'official' ? presenterVerbs[lang].submission : v.draft;
  return verb;
}

/**
 * What the presenters did, as one sentence, each by what they did in this kind of item, in the
 * programme's order: "Chủ tọa kỳ họp điều hành phiên chất vấn; đồng chí Giám đốc Sở Y tế trả lời
 * chất vấn." An explanation's official "giải trình, làm rõ …", never "điều hành phiên chất vấn".
 * A discussion the programme gives to the delegates says that they discussed: "Đại biểu HĐND xã
 * thảo luận." / "Đại biểu HĐND xã discussed the matter." (as typed, like every presenter), after whoever led it.
 */
function presenterSentence(cell: string, item: { kind: string; title: string }, verb: string, doc: string, w: Words, lang: DocLang): string {
  const { kind, title } = item;
  const said = presentersOf(cell).map((p) => {
    const trailing = LEADING_KINDS.has(kind) ? TRAILING_VERB.exec(p) : null;
    const name = trailing ? p.slice(0, trailing.index).trim() : p;
    // The verb the office wrote says who they are to the item when their words do not.
    const typed: PresenterRole | null = trailing ? (foldWords(trailing[1]).startsWith('dieu hanh') ? 'chair' : 'official') : null;
    const own = presenterRole(name);
    return { name, role: own === 'other' && typed ? typed : own };
  });
  const discussing = kind === 'discussion' ? said.filter((p) => p.role === 'delegates') : [];
  // Those who did the same are named together, in the order the programme names them.
  const groups: { verb: string; names: string[] }[] = [];
  for (const p of said) {
    if (discussing.includes(p)) continue;
    const v = roleVerb(kind, title, p.role, verb, lang, doc !== '');
    const group = groups.find((g) => g.verb === v);
    if (group) group.names.push(p.name);
    else groups.push({ verb: v, names: [p.name] });
  }
  const clauses = [
    ...groups.map((g, k) => `${listed(g.names.map((p, i) => presenterName(p, w, k > 0 || i > 0)), w)} ${g.verb}${doc ? ` ${doc}` : ''}`),
    ...(discussing.length ? [fill(w.delegatesDiscussed, { who: listed(discussing.map((p) => p.name), w) })] : []),
  ];
  return `${clauses.join('; ')}.`.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

/**
 * The minutes' sentence for an item's presenter cell: who did what, by the item's kind and who each
 * presenter is to it ("Đồng chí Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh trình bày báo cáo thẩm
 * tra."), `doc` ("số 245/TTr-UBND ngày …") after the verb; null when the cell is empty or the kind
 * says nothing of its presenter (a break, the programme's adoption).
 */
export function presenterLine(item: { kind: string; title: string; presenter: string }, doc: string, lang: DocLang): string | null {
  const verb = (doc ? (presenterVerbsNumbered[lang] as Record<string, string>)[item.kind] : undefined) ?? (presenterVerbs[lang] as Record<string, string>)[item.kind];
  return item.presenter.trim() && verb ? presenterSentence(item.presenter, item, verb, doc, minutesWords[lang], lang) : null;
}

/** Kinds whose presenter leads ("điều hành …") or answers: a presenter cell ending in its verb ("điều hành", "giải trình") says what the sentence adds. */
const LEADING_KINDS = new Set(['discussion', 'questioning', 'vote', 'election']);

/** A group the roster already names as one ("Tổ đại biểu số 1 - xã Hòa Sơn", "Tổ 2"). */
const GROUP_NAMED = /^\s*tổ(?:\s|$)/iu;

/**
 * "Tổ đại biểu số 1": the group as the roster names it when it already says "Tổ …", else
 * with the minutes' word before it ("số 1" → "Tổ đại biểu số 1"), never "Tổ đại biểu Tổ đại biểu".
 * English minutes translate the words the roster names a group by ("Tổ đại biểu số 1 - xã Hòa Sơn"
 * → "delegate group 1 - xã Hòa Sơn", "số 4" → "delegate group 4", "Tổ Khối Đảng" → "delegate
 * group Khối Đảng"); the office's own name after them is kept as typed (groupOwnName, which the
 * review's English tables read the same way).
 */
function groupName(group: string, w: Words): string {
  const typed = group.normalize('NFC').trim();
  if (w === minutesWords.en) return fill(w.group, { group: groupOwnName(typed) }).trim();
  return GROUP_NAMED.test(typed) ? typed : fill(w.group, { group: typed });
}

export interface MinutesOptions {
  lang: DocLang;
  /** Minutes of one sitting only. */
  sittingId?: number;
  /** When the minutes are written: a speech or answer still running counts up to then. */
  now: number;
}

/** The minutes as blocks, with what is missing; null if there is no council or no such session. */
export function minutesModel(db: Db, sessionId: number, o: MinutesOptions): DocModel | null {
  const r = readRecord(db, sessionId, o.sittingId ? { sittingId: o.sittingId } : undefined);
  if (!r) return null;
  return composeMinutes(r, o);
}

export function composeMinutes(r: SessionRecordData, o: MinutesOptions): DocModel {
  const { lang } = o;
  const w = minutesWords[lang];
  const { area, name: councilName } = councilIn(r.council.name, r.council.level, lang);
  const term = termLabel(r.session.term, r.session.startDate, lang);
  const missing: Missing[] = [];
  const blocks: Block[] = [];
  const when = (ms: number) => clockTime(ms, lang);
  const [from, to] = [dayDate(r.session.startDate, lang), dayDate(r.session.endDate, lang)];

  // I. Time, place, officers.
  blocks.push(heading(w.I));
  blocks.push(
    para(
      fill(w.held, {
        n: sessionNumber(r.session, lang),
        council: councilName,
        term,
        days: from === to ? fill(w.heldOneDay, { day: from }) : fill(w.heldDays, { from, to }),
        place: r.record.place ? fill(w.heldAt, { place: r.record.place }) : '',
      }),
    ),
  );
  if (r.openedAt !== null) blocks.push(para(fill(w.opened, { time: when(r.openedAt), day: dayDate(localDate(r.openedAt), lang) })));
  // The attendance the results notice reports (read.ts sessionAttendance); each sitting's is in part II.
  const attendance = o.sittingId ? '' : attendanceSentence(r, lang);
  if (attendance) blocks.push(para(attendance));
  blocks.push(para([{ text: w.chairs, bold: true }, { text: r.chairs.length ? r.chairs.map((d) => who(d, w)).join('; ') : w.nobody }, { text: '.' }]));
  blocks.push(para([{ text: r.secretaries.length === 1 ? w.secretary : w.secretaries, bold: true }, { text: r.secretaries.length ? r.secretaries.map((d) => who(d, w)).join('; ') : w.nobody }, { text: '.' }]));
  if (!r.record.place) missing.push({ text: w.missingPlace, fix: { view: 'minutes-setup' } });
  if (r.chairs.length === 0) missing.push({ text: w.missingChairs, fix: { view: 'minutes-setup' } });
  if (r.secretaries.length === 0) missing.push({ text: w.missingSecretaries, fix: { view: 'minutes-setup' } });

  // II. Proceedings, sitting by sitting, each item by its number in the programme the council
  // adopted at the opening ("2.1. Báo cáo thẩm tra …"), the number the Agenda, Live and Votes views
  // give it and the delegates have on paper: "mục 2.1" names one item wherever it is read. Only
  // the programme's items are numbered, so a sitting is headed by its name alone (a numbered
  // sitting "2." beside the programme's "2." was the ambiguity before), as are the votes and
  // personnel matters outside any item after the sittings. An item held in a later sitting than
  // planned keeps its number there; an item not held leaves its number out.
  blocks.push(heading(w.II));
  r.sittings.forEach((s) => {
    blocks.push(heading(sittingTitle(s, w, lang)));
    if (s.sitting) {
      if (s.presiding && r.chairs.length > 1) blocks.push(para(fill(w.presided, { name: s.presiding.fullName })));
      const { openedAt, closedAt } = s.sitting;
      if (openedAt !== null) blocks.push(para(fill(w.sittingBegan, { open: when(openedAt), close: closedAt !== null ? fill(w.sittingEnded, { close: when(closedAt) }) : '' })));
    }
    if (s.rollCall) {
      const rc = s.rollCall;
      const at = (l: { person: Delegate; time: string | null }, key: 'at' | 'leftAt' = 'at') => `${l.person.fullName}${l.time ? ` (${fill(w[key], { time: typedClockTime(l.time, lang) })})` : ''}`;
      const runs: Run[] = [{ text: fill(w.rollCall, { present: rc.present, total: rc.totalSeats, vacant: vacancyNote(rc.vacant, w), left: leftNote(rc, lang, false) }) }];
      if (rc.excused.length) runs.push({ text: ` ${w.excused}${names(rc.excused)}.` });
      if (rc.absent.length) runs.push({ text: ` ${w.absent}${names(rc.absent)}.` });
      if (rc.notArrived.length) runs.push({ text: ` ${w.notArrived}${names(rc.notArrived)}.` });
      if (rc.late.length) runs.push({ text: ` ${w.late}${rc.late.map((l) => at(l)).join(', ')}.` });
      if (rc.left.length) runs.push({ text: ` ${w.left}${rc.left.map((l) => at(l, 'leftAt')).join(', ')}.` });
      blocks.push(para(runs));
    }
    // A sub-item whose main item did not run itself in this sitting (a programme's heading, "2.
    // Trình bày các báo cáo", that the chair passes) comes under that item's line, so "2.1" is read
    // under the "2." it belongs to.
    const shown = new Set(s.items.map((e) => e.item.id));
    for (const e of s.items) {
      const parent = r.programme.items.get(r.programme.items.get(e.item.id)?.parentId ?? -1);
      if (parent && !shown.has(parent.id)) {
        shown.add(parent.id);
        blocks.push(para([{ text: numbered(parent.id, parent.title, r), bold: true }], { keepNext: true }));
      }
      blocks.push(...itemBlocks(e, r, w, lang, missing, o.now));
    }
  });
  if (r.looseVotes.length > 0) {
    blocks.push(heading(w.looseVotes));
    for (const v of r.looseVotes) blocks.push(...voteBlocks(v, r, w, lang, missing));
  }
  if (r.loosePersonnel.length > 0) {
    blocks.push(heading(w.loosePersonnel));
    for (const v of r.loosePersonnel) blocks.push(...personnelBlocks(v, w, lang, missing));
  }

  // III. Close.
  blocks.push(heading(w.III));
  blocks.push(para(r.closedAt !== null ? fill(w.closedAt, { time: when(r.closedAt), day: dayDate(localDate(r.closedAt), lang) }) : w.notClosed));
  blocks.push(para(w.closing));

  const sittingOnly = o.sittingId ? r.sittings[0] : undefined;
  const level = areaUnitWord(r.council.name, r.council.level, lang);
  const part: DocPart = {
    header: {
      body: [w.headerBody, area],
      number: docNumber(r.record.minutesNumber, 'BB-HĐND', lang),
      placeDate: placeDate(r.record.locality, recordDay(r), lang),
    },
    title: w.title,
    // The term on its own line, so a long council name never leaves "2021" alone on a line.
    subtitle: [...(sittingOnly ? [sittingTitle(sittingOnly, w, lang)] : []), fill(w.session, { n: sessionNumber(r.session, lang), council: councilName }), term],
    blocks,
    signatures: {
      // Nobody chosen as secretary: a line to write the name by hand, as on the presiding side.
      left: { titles: [r.secretaries.length > 1 ? w.secretariesSign : w.secretarySign], names: r.secretaries.length ? r.secretaries.map((d) => d.fullName) : [NAME_BY_HAND] },
      right:
        r.chairs.length > 1
          ? { titles: [w.chairsSign, w.chairTitle], names: [r.chairs[0].fullName] }
          : // Nobody on the presiding board: the roster's council chair, else a line to sign by hand.
            { titles: [w.chairSign], names: [presidingSigner(r.chairs, [...r.people.values()])] },
      // A council of no level ("other") has no level word: "Thường trực HĐND;", never "HĐND ;".
      recipients: [fill(w.toStanding, { level }), fill(w.toDelegates, { level }), w.toArchive].map((l) => l.replace(/ {2,}/g, ' ').replace(/ ;$/, ';')),
    },
  };
  const suffix = sittingOnly?.sitting ? `-${sittingOnly.sitting.date}-${sittingOnly.sitting.part}` : '';
  return { lang, parts: [part], missing, fileName: `bien-ban-ky-hop-${r.session.number}${suffix}${lang === 'en' ? '-en' : ''}.docx` };
}

/**
 * "Đại biểu Hội đồng nhân dân có mặt: 33/35 tại phiên khai mạc; 32/35 tại phiên bế mạc." (or "… 33/35
 * tại phiên khai mạc và phiên bế mạc."): the session's attendance as the minutes' part I and the
 * results notice both say it; '' before any roll call.
 */
export function attendanceSentence(r: SessionRecordData, lang: DocLang): string {
  const w = minutesWords[lang];
  const list = sessionAttendance(r);
  if (list.length === 0) return '';
  const at = (a: SittingAttendance) =>
    a.role === 'opening' ? w.openingSitting : a.role === 'closing' ? w.closingSitting : fill(w.namedSitting, { part: w[a.sitting.part].toLocaleLowerCase(lang), day: dayDate(a.sitting.date, lang) });
  const [first, last] = list;
  const figures = (a: SittingAttendance) => ({ present: a.call.present, total: a.call.totalSeats, vacant: vacancyNote(a.call.vacant, w), left: leftNote(a.call, lang) });
  const same = last && first.call.present === last.call.present && first.call.totalSeats === last.call.totalSeats && first.call.vacant === last.call.vacant && leftNote(first.call, lang) === leftNote(last.call, lang);
  const parts = same
    ? [fill(w.attendanceBoth, figures(first))]
    : list.map((a) => fill(w.attendanceAt, { ...figures(a), at: at(a) }));
  return fill(w.attendance, { list: parts.join('; ') });
}

/**
 * " (trong đó có 1 đại biểu về sớm từ 16 giờ 00)" after a sitting's present/total when delegates
 * left it early, '' when none did. The minutes count one who left among those present at the sitting
 * (read.ts: present is all but the absent and excused), while the votes held after they left and the
 * review (present at the sitting's close) count one fewer: the figure says whom it includes, so
 * "34/35" here and "33" there are read as two moments, not a contradiction. The time is said when
 * every one of them left at the same time, and `withTime`: a sitting's roll call line names each one
 * with their time right after it ("Về sớm: …"), part I does not.
 */
export function leftNote(rc: Pick<RollCallSummary, 'left'>, lang: DocLang, withTime = true): string {
  if (rc.left.length === 0) return '';
  const w = minutesWords[lang];
  const times = new Set(rc.left.map((l) => l.time));
  const [time] = times;
  const from = withTime && times.size === 1 && time ? fill(w.leftFrom, { time: typedClockTime(time, lang) }) : '';
  return fill(w.leftIncluded, { n: rc.left.length, from });
}

/**
 * " (1 ghế khuyết)" after a figure of the total seats, '' when every seat is held: the minutes'
 * present/total, and a counting record's total (its `seats` line), in the same words.
 */
export function vacancyNote(vacant: number, w: Words): string {
  return vacant === 0 ? '' : fill(w.vacant, { n: vacant });
}

function sittingTitle(s: SittingEntry, w: Words, lang: DocLang): string {
  if (!s.sitting) return w.otherItems;
  return fill(w.sittingHead, { part: w[s.sitting.part], day: dayDate(s.sitting.date, lang) });
}

/** "2.1. Báo cáo thẩm tra …": an item by its number in the programme (outlineNumbers); its title alone if it has none. */
function numbered(id: number, title: string, r: SessionRecordData): string {
  const n = r.programme.numbers.get(id);
  // A part typed by hand as "I. Các báo cáo …" is numbered once, as the programme numbers it.
  return n === undefined ? title : `${n}. ${withoutPartMark(title)}`;
}

function itemBlocks(e: ItemEntry, r: SessionRecordData, w: Words, lang: DocLang, missing: Missing[], now: number): Block[] {
  const out: Block[] = [];
  const { item, timing } = e;
  const segs = timing?.segments ?? [];
  const from = segs[0]?.startedAt;
  const last = segs[segs.length - 1];
  const to = last?.endedAt ?? null;
  const title: Run[] = [{ text: numbered(item.id, item.title, r), bold: true }];
  if (from !== undefined) {
    const until = to !== null && timing?.status !== 'running' ? fill(w.ranTo, { to: clockTime(to, lang) }) : '';
    title.push({ text: ` ${fill(w.ran, { from: clockTime(from, lang), to: until })}`, italic: true });
  }
  // The title carries the item's note reference: the preview edits the note from there.
  // Kept with what follows: a page never ends on an item's title ("5. Báo cáo thẩm tra…") apart
  // from what it ran (see the end: a title with nothing under it is the whole entry).
  const heading = para(title, { indent: true, note: { subject: 'item', id: item.id }, keepNext: true });
  out.push(heading);

  const { number, date } = e.document ?? { number: '', date: null };
  const doc = [number ? fill(w.docNumber, { number }) : '', date ? fill(w.docDate, { date: dayDate(date, lang) }) : ''].filter(Boolean).join(' ');
  const said = presenterLine(item, doc, lang);
  if (said) out.push(para(said));
  else if (doc) out.push(para(`${item.title} ${doc}.`));
  if ((item.kind === 'report' || item.kind === 'submission') && !doc) missing.push({ text: fill(w.missingDocument, { title: item.title }), fix: { view: 'minutes-setup' } });

  const note = r.notes.item[item.id];
  if (note) out.push(para(note));
  // Ceremony (a flag salute, the programme's adoption, a break, self-study) has nothing to
  // summarise, nor has a vote item whose votes the record writes out below (the resolution, the
  // counts, passed or not): asking for them buried the summaries really missing.
  else if (segs.length > 0 && !needsNoSummary(item) && !(item.kind === 'vote' && e.votes.length > 0)) {
    missing.push({ text: fill(w.missingItemNote, { title: item.title }), fix: { note: { subject: 'item', id: item.id } } });
  }

  if (e.speeches.length > 0) {
    out.push(para(fill(w.speeches, { n: e.speeches.length }), { keepNext: true }));
    for (const s of e.speeches) {
      const person = r.people.get(s.delegateId);
      const spoke = duration(elapsedMs(s, s.finishedAt ?? now), lang);
      const speechNote = r.notes.speech[s.id];
      out.push(
        para(
          [
            { text: '- ' },
            { text: comrade(person?.fullName ?? '?', w), bold: true },
            { text: personTail(person, w) },
            { text: fill(w.spokeFor, { verb: speechVerbs[lang][s.kind], duration: spoke }) },
            { text: speechNote ? `: ${speechNote}` : '.' },
          ],
          { note: { subject: 'speech', id: s.id } },
        ),
      );
      if (!speechNote) missing.push({ text: fill(w.missingSpeechNote, { name: person?.fullName ?? '?', title: item.title }), fix: { note: { subject: 'speech', id: s.id } } });
    }
  }

  if (e.questions.length > 0) {
    // Questions and follow-ups apart: "2 questions and 1 follow-up", not "3 questions".
    const f = e.questions.filter((q) => isFollowUp(q.question)).length;
    const n = e.questions.length - f;
    out.push(para(f > 0 ? fill(w.questionsAndFollowUps, { n, f }) : fill(w.questions, { n }), { keepNext: true }));
    for (const q of e.questions) out.push(...questionBlocks(q, r, w, lang, missing, now));
  }
  // Not lost with the sitting: a question registered and never reached goes to a written answer.
  if (e.notAsked.length > 0) {
    out.push(para(w.notAskedHead, { keepNext: true }));
    for (const q of e.notAsked) {
      out.push(
        para([
          { text: '- ' },
          { text: comrade(q.asker?.fullName ?? '?', w), bold: true },
          { text: personTail(q.asker, w) },
          { text: ` ${fill(w.notAskedOf, { respondent: respondentNamed(q, w) })} ` },
          { text: q.question.text },
        ]),
      );
    }
  }
  // The item's ballots in the order they were held, as the counting records are (ballots.ts): an
  // election's result before the resolution confirming it, which was printed first because it is a
  // resolution ("Nghị quyết xác nhận kết quả bầu …" above the election it confirms). At the same
  // moment the personnel vote goes first, for the same reason.
  const held = [
    ...e.personnel.map((v) => ({ at: heldAt(v), blocks: () => personnelBlocks(v, w, lang, missing) })),
    ...e.votes.map((v) => ({ at: heldAt(v), blocks: () => voteBlocks(v, r, w, lang, missing) })),
  ].sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
  for (const h of held) out.push(...h.blocks());
  // A title with nothing under it (a ceremony, a break, an item not yet written up) is its whole
  // entry: kept with the next item's, a run of them chained to the first item with text moved
  // overleaf together, leaving most of a draft's first page empty.
  if (out.length === 1 && heading.kind === 'para') heading.keepNext = false;
  return out;
}

/** When a ballot was held, as ballots.ts orders the counting records: closed, else opened; one never opened after them, as prepared. */
const heldAt = (v: { closedAt: number | null; openedAt: number | null; createdAt: number }): [number, number] => {
  const at = v.closedAt ?? v.openedAt;
  return at === null ? [1, v.createdAt] : [0, at];
};

/**
 * " (Phó Chủ tịch UBND, Tổ đại biểu số 2)" after a name shown in bold; without the group when the
 * person answers in office (`group: false`).
 */
function personTail(d: Delegate | undefined, w: Words, o: { group?: boolean } = {}): string {
  if (!d) return '';
  const extra = [...titleAndAgency(d), o.group !== false && d.group ? groupName(d.group, w) : ''].filter((s) => s.trim() !== '');
  return extra.length ? ` (${extra.join(', ')})` : '';
}

/**
 * The respondent addressed as the asker is: "đồng chí Bùi Quang Huy (Giám đốc Sở Tài chính)". By
 * the office questioned and its agency, never by the delegate group a respondent who is also a
 * delegate sits in: "chất vấn đồng chí Vũ Thị Lan Anh (Phó Chủ tịch UBND huyện, Tổ đại biểu số 2)"
 * read as if the group were being questioned.
 */
const respondentNamed = (e: QuestionEntry, w: Words) => (e.respondent ? `${comrade(e.respondent.fullName, w, true)}${personTail(e.respondent, w, { group: false })}` : '?');

function questionBlocks(e: QuestionEntry, r: SessionRecordData, w: Words, lang: DocLang, missing: Missing[], now: number): Block[] {
  const q = e.question;
  const out: Block[] = [];
  const qNote = r.notes.question[q.id];
  out.push(
    para(
      [
        { text: '- ' },
        { text: comrade(e.asker?.fullName ?? '?', w), bold: true },
        { text: personTail(e.asker, w) },
        // The asker is already in bold before: the sentence goes on from the verb. The respondent is
        // addressed as the asker is ("đồng chí Bùi Quang Huy (Giám đốc Sở Tài chính)"), not bare.
        { text: ` ${fill(q.parentId !== null ? w.askedAgain : w.asked, { asker: '', respondent: respondentNamed(e, w) }).trim()} ` },
        { text: q.text },
        { text: qNote ? ` ${qNote}` : '' },
      ],
      // A question, its answer and its outcome on one page: "Kết quả: …" never opens a page alone.
      { note: { subject: 'question', id: q.id }, keepNext: true },
    ),
  );
  if (e.answer) {
    const a = e.answer;
    const aNote = r.notes.answer[a.id];
    const took = duration(elapsedMs(a, a.endedAt ?? now), lang);
    // Without its gist the sentence ends there, as a speech's does, not on a colon.
    out.push(para([{ text: fill(w.answered, { name: comrade(e.respondent?.fullName ?? '?', w), duration: took }), bold: false }, { text: aNote ? `: ${aNote}` : '.' }], { note: { subject: 'answer', id: a.id }, keepNext: true }));
    if (!aNote) missing.push({ text: fill(w.missingAnswerNote, { name: e.respondent?.fullName ?? '?' }), fix: { note: { subject: 'answer', id: a.id } } });
  }
  // "Kết quả: chưa xử lý." under an answer is what the office would strike out: the Questions view marks it.
  // A follow-up never marked on its own goes with its question's outcome, as the Review counts it.
  const outcome = outcomeHolder(q, r.questionsById);
  if (outcome.status === 'pending') missing.push({ text: fill(w.missingOutcome, { name: e.asker?.fullName ?? '?' }), fix: { view: 'questions' } });
  const due = outcome.status === 'written' && outcome.dueDate ? fill(w.outcomeWrittenDue, { due: dayDate(outcome.dueDate, lang) }) : '';
  out.push(para([{ text: fill(w[OUTCOME[outcome.status]], { due }), italic: true }]));
  return out;
}

/**
 * " The result was corrected: the reason." after the last correction, if any. A resolution's says
 * what the counts were before it ("(trước khi đính chính: 27 tán thành, …)"): the minutes print only
 * the corrected figures, and a reader could not tell what had changed.
 */
function correction(
  versions: { version: number; reason: string; tally?: { for: number; against: number; abstain: number } }[],
  w: Words,
  /** A personnel vote's counts before correction `k` (personnel/corrections.ts countsBefore). */
  countsBefore?: (k: number) => string,
): string {
  const k = versions.findLastIndex((x) => x.version > 1);
  if (k < 1) return '';
  const reason = beforeStop(versions[k].reason);
  const before = versions[k - 1].tally;
  const counts = countsBefore?.(k) ?? '';
  const from = before ? fill(w.correctedFrom, before) : counts ? fill(w.correctedFromCounts, { counts }) : '';
  return fill(w.corrected, { from, reason: reason ? fill(w.correctedReason, { reason }) : '' });
}

const ROLL_WORDS: Record<RollGroup, keyof Words> = { for: 'rollFor', against: 'rollAgainst', abstain: 'rollAbstain', silent: 'rollSilent', away: 'rollAway' };

/**
 * A closed named vote by name, after its result: each group in seat order, an empty one said
 * so ("không có"), for the record lists who did not vote as plainly as who did. Nothing for
 * the other methods: a secret ballot never names anyone.
 */
function rollBlocks(v: VoteView, r: SessionRecordData, w: Words): Block[] {
  const roll = v.status === 'closed' ? namedRoll(v, [...r.people.values()]) : null;
  if (!roll) return [];
  return [
    para(w.rollHead),
    ...ROLL_GROUPS.map((g) =>
      para([{ text: '- ' }, { text: fill(w[ROLL_WORDS[g]], { n: roll[g].length }), italic: true }, { text: `${roll[g].length ? names(roll[g]) : w.rollNone}.` }]),
    ),
  ];
}

function voteBlocks(v: VoteView, r: SessionRecordData, w: Words, lang: DocLang, missing: Missing[]): Block[] {
  const title = resolutionName(v, lang);
  const runs: Run[] = [];
  if (v.round > 1) runs.push({ text: fill(w.revote, { round: v.round }), italic: true });
  runs.push({ text: fill(w.vote, { title: title + presentedPhrase(v, lang), method: voteMethodWords[lang][v.method] }) });
  if (v.status === 'closed') {
    runs.push({ text: announcement(v, lang, 'past') });
    const corrected = correction(v.versions, w);
    if (corrected) runs.push({ text: corrected });
    if (v.method === 'secret') runs.push({ text: w.ballotRef });
    if (v.announcedAt === null) {
      runs.push({ text: w.notAnnounced, italic: true });
      missing.push({ text: fill(w.missingNotAnnounced, { title: v.resolutionTitle }), fix: { view: 'votes' } });
    }
  } else {
    runs.push({ text: w.stillOpen, italic: true });
    missing.push({ text: fill(w.missingOpen, { title: v.resolutionTitle }), fix: { view: 'votes' } });
  }
  return [para(runs), ...rollBlocks(v, r, w)];
}

/**
 * "Bỏ phiếu lần 2 do lần trước có ứng cử viên có số phiếu ngang nhau …": a round after the first,
 * with why it was held (a tie for the last post, or posts left unfilled), as its result sentences
 * say; '' for a first round.
 */
export function personnelRoundSaid(v: PersonnelView, w: Words): string {
  if (v.round <= 1) return '';
  const key = v.revoteReason === 'tie' ? 'personnelRoundTie' : v.revoteReason === 'unfilled' ? 'personnelRoundUnfilled' : 'personnelRound';
  return fill(w[key], { round: v.round, posts: v.posts });
}

/**
 * The personnel vote's opening sentence. A vote whose title already says so ("Lấy
 * phiếu tín nhiệm năm 2026", "… đối với người giữ chức vụ do HĐND bầu") is written into the
 * sentence, not quoted inside one that repeats it.
 */
export function personnelOpening(v: PersonnelView, w: Words, lang: DocLang): string {
  const title = titleInSentence(v, lang);
  // An election or dismissal titled by its kind ("Bầu bổ sung Ủy viên …") is said as titled;
  // otherwise the sentence names the kind before the post, never "bầu chức danh Bầu bổ sung …",
  // and keeps the item's "bổ sung" or "thay thế" when the programme says the post is filled so.
  if (v.kind !== 'confidence') {
    if (title !== null) return fill(w.personnelBallotNamed, { title });
    return fill(w[v.way ? ELECTION_WAY[v.way] : PERSONNEL[v.kind]], { title: postOf(v) });
  }
  if (title === null) return fill(w[PERSONNEL[v.kind]], { title: v.title });
  const saysWhom = /(^|\s)đối với(\s|$)/iu.test(v.title.normalize('NFC'));
  return fill(saysWhom ? w.personnelConfidenceNamedWhom : w.personnelConfidenceNamed, { title });
}

/**
 * Each person's result in the announcement's own sentence, as a record tells it afterwards (in the
 * past), and who was not rated and why: "- Ông … được …". The minutes' and the results notice's.
 */
export function personnelLines(v: PersonnelView, w: Words, lang: DocLang): Block[] {
  return v.people.flatMap((p): Block[] => {
    if (p.result) return [para([{ text: '- ' }, { text: personSentence(v, p, p.result, lang, { inOffice: true, tense: 'past' }) }])];
    if (p.exemptReason) return [para([{ text: '- ' }, { text: fill(w.personnelExempt, { name: addressedInOffice(p, v.kind, lang), reason: reasonInBrackets(p.exemptReason) }), italic: true }])];
    return [];
  });
}

/**
 * An election, dismissal or confidence vote as the minutes tell it: what was voted on, the
 * ballots, each person's result in the announcement's own sentence, who was not rated and why,
 * and the reference to the counting committee's record (written in full by the `personnel`
 * document).
 */
function personnelBlocks(v: PersonnelView, w: Words, lang: DocLang, missing: Missing[]): Block[] {
  const runs: Run[] = [];
  const round = personnelRoundSaid(v, w);
  if (round) runs.push({ text: round, italic: true });
  runs.push({ text: personnelOpening(v, w, lang) });
  if (v.status !== 'closed') {
    runs.push({ text: w.stillOpen, italic: true });
    missing.push({ text: fill(w.missingPersonnelOpen, { title: v.title }), fix: { view: 'personnel' } });
    return [para(runs)];
  }
  const b = v.ballots;
  runs.push({ text: fill(w.personnelBallots, { issued: b.issued, returned: b.returned, valid: b.valid, invalid: b.invalid }) });
  const out: Block[] = [para(runs), ...personnelLines(v, w, lang)];
  const corrected = correction(v.versions, w, (k) => countsBefore(v, k, lang, { percent: false }));
  if (corrected) out.push(para(corrected.trim()));
  out.push(para([{ text: w.personnelCountingRef, italic: true }]));
  if (v.announcedAt === null) {
    out.push(para([{ text: w.notAnnounced.trim(), italic: true }]));
    missing.push({ text: fill(w.missingPersonnelNotAnnounced, { title: v.title }), fix: { view: 'personnel' } });
  }
  return out;
}
