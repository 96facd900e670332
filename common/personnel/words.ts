import { beforeStop, midSentence, type Lang } from '../strings';
import { foldWords, textKey } from '../fold';
import { PERSONNEL_KINDS, type PersonnelKind } from './result';
import type { ElectionWay, Honorific } from './model';
import { honorifics, personnelBodies, personnelConfirming, personnelKinds, personnelLevels, personnelOutcomes } from './catalog';

/** Words of personnel votes shared by the engine's sentences, the CSV and the record (their text: common/personnel/catalog.ts). */
export const LEVEL_NAMES = personnelLevels;
export const KIND_NAMES = personnelKinds;
export const OUTCOME_NAMES = personnelOutcomes;
export const BODY_NAMES = personnelBodies;

/** "Ông Lương Xuân Quý" / "Mr Lương Xuân Quý"; just the name when the honorific is not set. */
export function addressed(p: { honorific: Honorific; fullName: string }, lang: Lang): string {
  return p.honorific ? `${honorifics[lang][p.honorific]} ${p.fullName}` : p.fullName;
}

/**
 * "Ông Lương Xuân Quý, Chủ tịch HĐND tỉnh,": how the record names a person rated in a confidence
 * vote, which rates each official in an office, so the office follows the name (as the counting
 * record's table shows it). Any other vote's sentence names its post already: the name alone.
 */
export function addressedInOffice(p: { honorific: Honorific; fullName: string; title: string }, kind: PersonnelKind, lang: Lang): string {
  const office = p.title.trim();
  return kind === 'confidence' && office ? `${addressed(p, lang)}, ${office},` : addressed(p, lang);
}

/**
 * An exemption's reason as the record writes it in brackets inside a sentence: "(nghỉ hưu từ
 * tháng 01/2025)", never "(Nghỉ hưu từ tháng 01/2025.)". An abbreviation keeps its capitals.
 */
export function reasonInBrackets(reason: string): string {
  return midSentence(beforeStop(reason));
}

/**
 * The words a title may open with before the post itself: "Bầu bổ sung chức vụ …",
 * "Miễn nhiệm chức vụ …", "Election to the post of …".
 */
const DISMISSAL_OPENING = /^((miễn\s+nhiệm|bãi\s+nhiệm)(\s*,\s*bãi\s+nhiệm)?(\s+(chức\s+danh|chức\s+vụ))?|(dismissal|removal)(\s+from)?(\s+the\s+post\s+of)?)\s+/iu;
const POST_OPENING: Record<Exclude<PersonnelKind, 'confidence'>, RegExp> = {
  election: /^(bầu(\s+cử)?(\s+(bổ\s+sung|thay\s+thế))?(\s+(chức\s+danh|chức\s+vụ))?|election(\s+(of|to))?(\s+the\s+post\s+of)?)\s+/iu,
  dismissal: DISMISSAL_OPENING,
  removal: DISMISSAL_OPENING,
};

/**
 * The post an election fills or a dismissal empties, as "đã trúng cử chức vụ {post}" says it:
 * the title without the words of its kind ("Bầu bổ sung Ủy viên UBND huyện" → "Ủy viên UBND
 * huyện"), never "trúng cử chức vụ Bầu bổ sung …".
 */
export function postOf(v: { kind: PersonnelKind; title: string }): string {
  const title = v.title.normalize('NFC').trim();
  if (v.kind === 'confidence') return title;
  const post = title.replace(POST_OPENING[v.kind], '');
  return post === '' ? title : post;
}

/**
 * How an election fills its post when the programme item says so: "Bầu bổ sung Ủy viên UBND
 * huyện" elects one more (`more`), "Bầu thay thế …" someone in place of another (`replace`).
 * The heading and the sentences that say what was voted on keep these words; null for a plain
 * "Bầu …". The engine works it out from the vote's agenda item (PersonnelView's `way`).
 */
export function electionWay(itemTitle: string | null): ElectionWay | null {
  const f = foldWords(itemTitle ?? '');
  return /^bau( cu)? bo sung\b/.test(f) ? 'more' : /^bau( cu)? thay the\b/.test(f) ? 'replace' : null;
}

/** What a vote's heading and its kind's name read: its kind, and for an election how its programme item fills the post. */
export interface Headed {
  kind: PersonnelKind;
  title: string;
  way?: ElectionWay | null;
}

/**
 * "Bầu bổ sung: Ủy viên UBND huyện", "Bãi nhiệm: Phó Chủ tịch UBND huyện", or the title alone
 * when it already begins with its kind ("Lấy phiếu tín nhiệm đối với …", in either language),
 * never "Lấy phiếu tín nhiệm: Lấy phiếu tín nhiệm đối với …".
 */
export function voteHeading(v: Headed, lang: Lang): string {
  return titleNamesKind(v) ? v.title : `${kindName(v, lang)}: ${v.title}`;
}

/**
 * The vote's kind as the secretary chose it: "Bầu" (or "Bầu bổ sung", "Bầu thay thế" as its
 * programme item says), "Miễn nhiệm", "Bãi nhiệm", "Lấy phiếu tín nhiệm".
 */
export function kindName(v: Headed, lang: Lang): string {
  const way = v.kind === 'election' ? v.way : null;
  return KIND_NAMES[lang][way === 'more' ? 'electionMore' : way === 'replace' ? 'electionReplace' : v.kind];
}

/**
 * A title that already begins with its kind's name, as it reads inside a sentence of a `lang`
 * document ("… tiến hành lấy phiếu tín nhiệm năm 2026"), so the sentence does not say the kind
 * twice; null when the title does not name its kind in `lang`.
 */
export function titleInSentence(v: Headed, lang: Lang): string | null {
  if (!titleNamesKind(v, lang)) return null;
  return lang === 'vi' ? midSentence(v.title) : v.title;
}

/** The kind a title opens with ("Bãi nhiệm chức vụ …" a removal), in either language; null when it names none. */
export function kindInTitle(title: string): PersonnelKind | null {
  return PERSONNEL_KINDS.find((kind) => opensWith(title, kind)) ?? null;
}

function opensWith(title: string, kind: PersonnelKind, langs: readonly Lang[] = ['vi', 'en']): boolean {
  const key = textKey(title);
  return langs.some((l) => {
    const name = textKey(KIND_NAMES[l][kind]);
    return key.startsWith(name) && /^([\s,:]|$)/u.test(key.slice(name.length));
  });
}

/** Whether the title already begins with its kind's name ("Bầu …" for any election), in `lang` or else in either language. */
function titleNamesKind(v: Headed, lang?: Lang): boolean {
  return opensWith(v.title, v.kind, lang ? [lang] : ['vi', 'en']);
}

/**
 * The title of the resolution confirming a personnel vote's result, in `lang` (the session's hall
 * language, as the resolution is shown there): "Nghị quyết xác nhận kết quả bầu bổ sung Ủy viên
 * UBND huyện", "Nghị quyết miễn nhiệm Phó Chủ tịch UBND xã", "Nghị quyết xác nhận kết quả lấy
 * phiếu tín nhiệm năm 2026". A title that already names its kind is quoted as it reads mid-sentence.
 */
export function confirmingResolution(v: Headed, lang: Lang): string {
  const kind = midSentence(kindName(v, lang));
  const what =
    titleInSentence(v, lang) ??
    (v.kind === 'confidence' ? `${kind} (${v.title.trim()})` : lang === 'vi' ? `${kind} ${postOf(v)}` : `${kind} of ${postOf(v)}`);
  const form = v.kind === 'dismissal' || v.kind === 'removal' ? 'about' : 'result';
  return personnelConfirming[lang][form].replace('{what}', lang === 'en' ? midSentence(what) : what);
}
