/** Client helpers for personnel votes, shared by the chair console and the hall screen. */
import type { State } from '../../lib/live.svelte';
import { DRAFT_STEPS, readVoteStepSubject, type PersonnelView, type Body, type Honorific } from '../../../common/personnel/model';
import type { PersonnelKind } from '../../../common/personnel/result';
import type { Delegate } from '../../../common/roster/model';
import type { CouncilLevel } from '../../../common/council/model';
import { fold } from '../../../common/fold';
import { openVoteUndo } from '../votes/votes';

export type { PersonnelView };

export function sessionPersonnel(data: State): PersonnelView[] {
  return data.personnel.filter((v) => v.sessionId === data.sessions.currentId);
}

/**
 * The undo step a vote offers: a draft's own edit, sort or honorific (scope `personnel-draft`, the
 * draft's stack: `undoOf['personnel-draft'][id]`) while it is a draft; an open vote's opening,
 * ballots and lines (scope `personnel`) while it is open (openVoteUndo).
 */
export function personnelUndo<O extends { action: string; subjectId?: number; at: number }>(vote: PersonnelView, offer: O | undefined): O | null {
  if (!offer) return null;
  if (!DRAFT_STEPS.includes(offer.action)) return vote.status === 'draft' ? null : openVoteUndo(vote, offer);
  return vote.status === 'draft' && offer.subjectId === vote.id ? offer : null;
}

/**
 * The scope Ctrl+Y does a step again in on a vote's panel: an opened vote's (`personnel`); on a
 * draft, its opening just taken back there, else the drafts' own (`personnel-draft`).
 */
export function personnelRedoScope(vote: PersonnelView, redo: Partial<Record<string, { action: string; subject: string }>> | undefined): 'personnel' | 'personnel-draft' {
  if (vote.status !== 'draft') return 'personnel';
  const opening = redo?.personnel;
  return opening?.action === 'open' && readVoteStepSubject(opening.subject).voteId === vote.id ? 'personnel' : 'personnel-draft';
}

export type PersonnelStage = 'draft' | 'open' | 'closed' | 'announced';
export const personnelStage = (v: PersonnelView): PersonnelStage => (v.status === 'closed' && v.announcedAt !== null ? 'announced' : v.status);

/**
 * The personnel vote of this session that moved last, whatever it has come to since: opened,
 * or announced (an earlier vote announced again after a correction is the latest news, as a
 * resolution's is: votes.ts `hallVote`); `closed` counts the close too (`personnelAwaitingResult`).
 */
function latestMoved(data: State, closed = false): PersonnelView | null {
  const started = sessionPersonnel(data).filter((v) => v.openedAt !== null);
  const movedAt = (v: PersonnelView) => Math.max(v.openedAt!, closed ? (v.closedAt ?? 0) : 0, v.announcedAt ?? 0);
  return started.sort((a, b) => movedAt(b) - movedAt(a) || b.id - a.id)[0] ?? null;
}

/**
 * What the hall follows: the personnel vote of this session that moved last while it is
 * counted, and its results once announced (see `personnelAwaitingResult` for between the two).
 */
export function hallPersonnel(data: State): PersonnelView | null {
  const latest = latestMoved(data);
  return latest && (latest.status === 'open' || latest.announcedAt !== null) ? latest : null;
}

/**
 * The latest ballot, counted and closed, its result not yet announced: the hall says the
 * result is to be announced (without a figure) rather than fall back to the floor.
 */
export function personnelAwaitingResult(data: State): PersonnelView | null {
  const latest = latestMoved(data, true);
  return latest?.status === 'closed' && latest.announcedAt === null ? latest : null;
}

/**
 * What the hall and the caption say a ballot is at: delegates voting (ballots out, nothing
 * counted yet), the committee counting, the count done and the result to be announced, the result.
 */
export function personnelLabel(v: PersonnelView): 'hall.personnel.voting' | 'hall.personnel.counting' | 'hall.personnel.counted' | 'hall.personnel.result' {
  const stage = personnelStage(v);
  if (stage === 'announced') return 'hall.personnel.result';
  if (stage === 'closed') return 'hall.personnel.counted';
  const counting = v.ballots.returned > 0 || v.ballots.valid > 0 || v.people.some((p) => Object.values(p.counts).some((n) => n > 0));
  return counting ? 'hall.personnel.counting' : 'hall.personnel.voting';
}

/** The people an announced election elected (or a dismissal dismissed, a removal removed): the hall's and the caption's line. */
export function chosenPeople(v: PersonnelView): PersonnelView['people'] {
  return v.people.filter((p) => p.result?.outcome === 'elected' || p.result?.outcome === 'dismissed' || p.result?.outcome === 'removed');
}

/** What the hall's and the caption's line calls the people `chosenPeople` gives. */
export function chosenLabel(v: PersonnelView): 'hall.personnel.elected' | 'personnel.outcome.dismissed' | 'personnel.outcome.removed' {
  return v.kind === 'election' ? 'hall.personnel.elected' : v.kind === 'removal' ? 'personnel.outcome.removed' : 'personnel.outcome.dismissed';
}

/**
 * A first guess the secretary can change: officials of the people's committee and its departments
 * (a district's phòng, inspectorate, police and military command, whose heads are its members).
 */
export function guessBody(d: Pick<Delegate, 'title' | 'agency'>): Body {
  return /ủy ban|uỷ ban|ubnd|sở |giám đốc|trưởng phòng|thanh tra|công an|quân sự|people's committee/i.test(`${d.title} ${d.agency}`) ? 'committee' : 'council';
}

/**
 * The kind a programme's personnel item names ("Bầu bổ sung Ủy viên UBND huyện", "Miễn nhiệm
 * …", "Bãi nhiệm …", "Lấy phiếu tín nhiệm …"), as the first choice of a new vote placed on it;
 * an item that names none is an election, the kind the programme calls it. No item: a
 * confidence vote. "Miễn nhiệm, bãi nhiệm …" names both: a dismissal, the milder, until the
 * secretary chooses.
 */
export function guessKind(itemTitle: string | null): PersonnelKind {
  if (itemTitle === null) return 'confidence';
  const folded = fold(itemTitle);
  if (/\btin nhiem\b/.test(folded)) return 'confidence';
  if (/\bmien nhiem\b/.test(folded)) return 'dismissal';
  if (/\bbai nhiem\b/.test(folded)) return 'removal';
  return 'election';
}

/**
 * The post (or the vote's name) a programme's item names, as the first text of a new vote placed
 * on it: "Bầu bổ sung Ủy viên UBND huyện nhiệm kỳ 2021 - 2026" elects an "Ủy viên UBND huyện nhiệm
 * kỳ 2021 - 2026"; "Miễn nhiệm chức vụ Phó Chủ tịch UBND huyện đối với ông …" dismisses from "Phó
 * Chủ tịch UBND huyện"; a confidence vote is named as its item. Empty when the item names no post.
 */
export function guessTitle(itemTitle: string | null, kind: PersonnelKind): string {
  if (itemTitle === null) return '';
  if (kind === 'confidence') return /\btin nhiem\b/.test(fold(itemTitle)) ? itemTitle.trim() : '';
  const words = itemTitle.trim().split(/\s+/);
  const w = words.map((x) => fold(x).replace(/[.,:;]+$/, ''));
  let n = 0;
  if (kind === 'election' && w[0] === 'bau') {
    n = w[1] === 'cu' ? 2 : 1;
    if ((w[n] === 'bo' && w[n + 1] === 'sung') || (w[n] === 'thay' && w[n + 1] === 'the')) n += 2;
  }
  if ((kind === 'dismissal' || kind === 'removal') && (w[0] === 'mien' || w[0] === 'bai') && w[1] === 'nhiem') n = 2;
  // "Miễn nhiệm, bãi nhiệm chức vụ …"
  if (n === 2 && w[2] === 'bai' && w[3] === 'nhiem') n = 4;
  if (n === 0) return '';
  if (w[n] === 'chuc' && (w[n + 1] === 'vu' || w[n + 1] === 'danh')) n += 2;
  // "… đối với ông Nguyễn Văn A": the person is on the list below, not in the post.
  const person = w.findIndex((x, i) => i >= n && x === 'doi' && w[i + 1] === 'voi');
  const post = words.slice(n, person === -1 ? undefined : person).join(' ');
  return post.charAt(0).toLocaleUpperCase('vi') + post.slice(1);
}

/**
 * The person a dismissal or removal item names ("Miễn nhiệm chức vụ … đối với ông Trần Văn
 * Cường"), when the roster has exactly one of that name: the first line of the new vote's list.
 */
export function namedPerson<D extends Pick<Delegate, 'id' | 'fullName'>>(itemTitle: string | null, delegates: readonly D[]): D | null {
  const kind = guessKind(itemTitle);
  if (itemTitle === null || (kind !== 'dismissal' && kind !== 'removal')) return null;
  const name = /\bdoi voi (?:ong|ba) (.+)$/.exec(fold(itemTitle).replace(/[\s.;,]+$/, ''))?.[1];
  if (!name) return null;
  const same = delegates.filter((d) => fold(d.fullName).replace(/\s+/g, ' ') === name.replace(/\s+/g, ' '));
  return same.length === 1 ? same[0] : null;
}

/** The honorific a dismissal or removal item gives its person ("… đối với bà Nguyễn Ngọc Lan"): the office's word, not a guess. */
export function namedHonorific(itemTitle: string | null): Honorific | null {
  const word = /\bdoi voi (ong|ba) /.exec(fold(itemTitle ?? ''))?.[1];
  return word === 'ong' ? 'mr' : word === 'ba' ? 'ms' : null;
}

/** A first guess from the middle name ("Thị" is a woman's), to be checked by the secretary (shown as a guess). */
export function guessHonorific(fullName: string): Honorific {
  return /(^|\s)thị(\s|$)/i.test(fullName) ? 'ms' : 'mr';
}

/**
 * Posts the council elects and rates in a confidence vote (Nghị quyết 96/2023/QH15): its chair
 * and vice chairs and the heads of its committees; the people's committee's chair, vice chairs
 * and members, who are the heads of its departments (sở, phòng, văn phòng, thanh tra), police
 * and military command. Matched on each post of a title ("Phó Bí thư Huyện ủy, Chủ tịch UBND
 * huyện"), without diacritics, as a first list the secretary checks; a plain "Đại biểu HĐND",
 * a guest such as the court's president, a party post, or a post of another level's body (a
 * commune's chair in a district council) is not rated.
 */
const RATED_POST = [
  /^(pho )?chu tich( thuong truc)?( (hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan)\b.*)?$/,
  /^truong ban (phap che|kinh te|van hoa|dan toc|do thi)\b/,
  /^truong ban .*\b(hdnd|hoi dong nhan dan)\b/,
  /^uy vien (ubnd|uy ban nhan dan)\b/,
  /^(giam doc (so|cong an)|truong phong|truong cong an|chanh van phong (ubnd|uy ban nhan dan|hdnd va ubnd)|chanh thanh tra|chi huy truong)\b/,
];

/**
 * The units a post may name its level by, folded: a district council's delegates include commune
 * chairs ("Chủ tịch UBND xã"), a province's the district chairs, whom their own councils rate.
 * "thị xã" is a district-level town, not a commune; "Văn hóa - Xã hội" and "địa phương" name none.
 * ("quận" is left out: folded, it is "Quân sự".)
 */
const LEVEL_UNITS: Record<Exclude<CouncilLevel, 'other'>, RegExp> = {
  province: /\btinh\b/,
  district: /\b(huyen|thi xa)\b/,
  commune: /(?<!\bthi )\bxa\b(?! hoi)|(?<!\bdia )\bphuong\b|\b(thi tran|dac khu)\b/,
};

/** A post that names the unit of a level other than the council's own, and not its own. */
function ofAnotherLevel(post: string, level: CouncilLevel | undefined): boolean {
  if (!level || level === 'other') return false;
  if (LEVEL_UNITS[level].test(post)) return false;
  return Object.values(LEVEL_UNITS).some((re) => re.test(post));
}

/**
 * Where the holder of a rated post stands on the ballot, as the councils' ballots list them
 * (Nghị quyết 96/2023/QH15, art. 2): the council's chair (0), its vice chairs (1), the heads of
 * its committees (2), then the people's committee's chair (3), vice chairs (4) and members (5).
 * The highest of a title's posts counts; null when it holds none the council rates.
 */
export function ratedPostRank(d: Pick<Delegate, 'title'>, level?: CouncilLevel): number | null {
  let best: number | null = null;
  for (const raw of d.title.split(/[,;]/)) {
    const post = fold(raw).replace(/\s+/g, ' ');
    if (!RATED_POST.some((re) => re.test(post)) || ofAnotherLevel(post, level)) continue;
    const rank = postRank(post);
    if (best === null || rank < best) best = rank;
  }
  return best;
}

function postRank(post: string): number {
  const chair = /^(pho )?chu tich/.exec(post);
  if (chair) return (/\b(ubnd|uy ban nhan dan)\b/.test(post) ? 3 : 0) + (chair[1] ? 1 : 0);
  return post.startsWith('truong ban') ? 2 : 5;
}
