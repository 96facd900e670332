import { midSentence, type Lang } from '../strings';
import { foldWords, textKey } from '../fold';
import { isRemoval, type PersonnelKind } from './result';
import type { Honorific } from './model';
import { honorifics, personnelBodies, personnelKinds, personnelLevels, personnelOutcomes } from './catalog';

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
 * The words a title may open with before the post itself: "Bầu bổ sung chức danh …",
 * "Miễn nhiệm chức vụ …", "Election to the post of …".
 */
const POST_OPENING: Record<Exclude<PersonnelKind, 'confidence'>, RegExp> = {
  election: /^(bầu(\s+cử)?(\s+(bổ\s+sung|thay\s+thế))?(\s+(chức\s+danh|chức\s+vụ))?|election(\s+(of|to))?(\s+the\s+post\s+of)?)\s+/iu,
  dismissal: /^((miễn\s+nhiệm|bãi\s+nhiệm)(\s*,\s*bãi\s+nhiệm)?(\s+(chức\s+danh|chức\s+vụ))?|(dismissal|removal)(\s+from)?(\s+the\s+post\s+of)?)\s+/iu,
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
 * The sentences that say what was voted on keep these words; null for a plain "Bầu …".
 */
export type ElectionWay = 'more' | 'replace';
export function electionWay(itemTitle: string | null): ElectionWay | null {
  const f = foldWords(itemTitle ?? '');
  return /^bau( cu)? bo sung\b/.test(f) ? 'more' : /^bau( cu)? thay the\b/.test(f) ? 'replace' : null;
}

/**
 * "Bầu: Phó Chủ tịch HĐND huyện", or the title alone when it already begins with its kind
 * ("Lấy phiếu tín nhiệm đối với …", in either language), never "Lấy phiếu tín nhiệm: Lấy phiếu
 * tín nhiệm đối với …".
 */
export function voteHeading(v: { kind: PersonnelKind; title: string }, lang: Lang): string {
  return titleNamesKind(v) ? v.title : `${kindName(v, lang)}: ${v.title}`;
}

/** The vote's kind as it is: "Bầu", "Miễn nhiệm" or "Bãi nhiệm" (a dismissal vote titled so), "Lấy phiếu tín nhiệm". */
export function kindName(v: { kind: PersonnelKind; title: string }, lang: Lang): string {
  return KIND_NAMES[lang][isRemoval(v) ? 'removal' : v.kind];
}

/**
 * A title that already begins with its kind's name, as it reads inside a sentence of a `lang`
 * document ("… tiến hành lấy phiếu tín nhiệm năm 2026"), so the sentence does not say the kind
 * twice; null when the title does not name its kind in `lang`.
 */
export function titleInSentence(v: { kind: PersonnelKind; title: string }, lang: Lang): string | null {
  if (!titleNamesKind(v, lang)) return null;
  return lang === 'vi' ? midSentence(v.title) : v.title;
}

/** Whether the title already begins with its kind's name, in `lang` or else in either language. */
function titleNamesKind(v: { kind: PersonnelKind; title: string }, lang?: Lang): boolean {
  const title = textKey(v.title);
  return (lang ? [lang] : (['vi', 'en'] as const)).some((l) => {
    const kind = textKey(kindName(v, l));
    return title === kind || title.startsWith(`${kind} `);
  });
}
