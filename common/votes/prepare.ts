/**
 * Preparing a session's votes at once: from its programme (the items that put one resolution to
 * the vote, "Biểu quyết thông qua Nghị quyết về …", "Adopt the resolution on …") or from the
 * office's list of draft resolutions (a Word or Excel table: STT, tên dự thảo nghị quyết, cơ quan
 * trình, maybe số/ký hiệu), each row matched to its agenda item by title. Pure: the Agenda view
 * shows the plan, the engine (`vote.prepareMany`) checks and creates it in one step.
 */
import { foldWords, textKey, unmarked } from '../fold';
import type { AgendaItem } from '../agenda/model';

/** A row of the office's list, as read from the file: its line (1-based, as `rows` index it). */
export interface ListedResolution {
  line: number;
  title: string;
  number: string;
  by: string;
}

/**
 * How a planned vote found its agenda item: its own item in the programme (`programme`), an item
 * whose title names the same resolution (`title`), the programme's one item for adopting the
 * session's resolutions ("Thông qua các nghị quyết của kỳ họp", `general`), another item the user
 * chose in the preview (`hand`), or none (`none`: the user chooses, or leaves it without an item).
 */
export type MatchKind = 'programme' | 'title' | 'general' | 'hand' | 'none';

export interface PlannedVote {
  /** The list's line it comes from; null for one read from the programme. */
  line: number | null;
  title: string;
  number: string;
  /** The presenting body, "Cơ quan trình" in the office's list ("UBND tỉnh"); empty when it gives none. */
  by: string;
  agendaItemId: number | null;
  match: MatchKind;
  /** A vote of this title is already prepared for this item: it is shown, not created again. */
  already: boolean;
  /** Its place as read (the list's row, the programme's item): its order among the votes of one item, and its key in a preview. */
  order: number;
  /** The item it was matched to as read, and how, once the user chose another: choosing it again says how again. */
  found?: { agendaItemId: number | null; match: MatchKind };
}

type Item = Pick<AgendaItem, 'id' | 'title' | 'kind'>;
type Existing = { agendaItemId: number | null; resolutionTitle: string };

/** The same text lower-cased without marks, of the same length as its NFC form, so a match on it slices the original. */
const flat = (nfc: string): string => unmarked(nfc).toLowerCase();

const VI_LEAD = /^\s*(?:(?:bieu quyet|xem xet|thao luan)\s*,?\s*)*(?:thong qua\s+)?(?:du thao\s+)?nghi quyet\b\s*/;
const EN_LEAD = /^\s*(?:(?:vote on|vote to adopt|adopt|adoption of|adopting|pass|passing|approve|approval of)\s+)?(?:the\s+)?(?:draft\s+)?resolution\b\s*/;
/** What follows "Nghị quyết" in an item about the session's resolutions as a whole. */
const GENERAL_REST = /^(?:cua ky hop|ky hop|tai ky hop|cac|and|of the session|$)/;

/**
 * The resolution an agenda item puts to the vote, when it names one: "Biểu quyết thông qua Nghị
 * quyết về kế hoạch đầu tư công năm 2027" → "Nghị quyết về kế hoạch đầu tư công năm 2027";
 * "Adopt the resolution on the 2027 budget" → "Resolution on the 2027 budget". Null for any other
 * item, and for one about the session's resolutions together ("Thông qua các nghị quyết").
 */
export function resolutionOfItem(title: string): string | null {
  const text = title.normalize('NFC').trim();
  const f = flat(text);
  // "Tờ trình về dự thảo Nghị quyết …" is a submission, not the vote: the words must lead.
  for (const [lead, word] of [[VI_LEAD, 'Nghị quyết'], [EN_LEAD, 'Resolution']] as const) {
    const m = lead.exec(f);
    if (!m) continue;
    const rest = text.slice(m[0].length).trim();
    if (GENERAL_REST.test(flat(rest))) return null;
    return `${word} ${rest}`;
  }
  return null;
}

/**
 * The resolution an item puts to the vote: a vote item's, or one whose title leads with the vote
 * ("Thông qua Nghị quyết …" filed under another kind); a submission of a draft resolution is not one.
 */
export function votedResolution(item: Item): string | null {
  const title = resolutionOfItem(item.title);
  return title !== null && (item.kind === 'vote' || /^\s*(?:bieu quyet|thong qua|vote|adopt)/.test(flat(item.title.normalize('NFC')))) ? title : null;
}

/** An item for adopting the session's resolutions together: a vote item that names none of its own. */
export const isGeneralVoteItem = (item: Item): boolean => item.kind === 'vote' && resolutionOfItem(item.title) === null;

/** A list's title as the vote is named: "Dự thảo Nghị quyết về …" is adopted as "Nghị quyết về …". */
export function resolutionTitle(listed: string): string {
  const text = listed.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = /^(?:du thao|draft)\s+(?=nghi quyet|resolution)/.exec(flat(text));
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1);
}

/** What a resolution is about, its leading words aside: both spellings of one resolution have the same. */
function subjectKey(title: string): string {
  const f = foldWords(title).replace(/^(?:bieu quyet |thong qua |du thao |draft |the )*(?:nghi quyet|resolution) /, '');
  return f;
}

/** Two titles name the same resolution: the same subject, or one subject of 4 words or more starting the other. */
function sameResolution(a: string, b: string): boolean {
  const x = subjectKey(a);
  const y = subjectKey(b);
  if (x === y) return x !== '';
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.split(' ').length >= 4 && long.startsWith(`${short} `);
}

/** One vote per item and resolution: the preview marks a second one "already there", and `vote.prepareMany` skips it. */
export const preparedVoteKey = (agendaItemId: number | null, title: string): string => `${agendaItemId}:${textKey(title)}`;

const alreadyThere = (existing: readonly Existing[], agendaItemId: number | null, title: string): boolean =>
  existing.some((v) => preparedVoteKey(v.agendaItemId, v.resolutionTitle) === preparedVoteKey(agendaItemId, title));

/** The votes the programme names, one per item that puts one resolution to the vote, in the programme's order. */
export function planFromProgramme(agenda: readonly Item[], existing: readonly Existing[]): PlannedVote[] {
  return agenda
    .flatMap((item) => {
      const title = votedResolution(item);
      if (title === null) return [];
      return [{ line: null, title, number: '', by: '', agendaItemId: item.id, match: 'programme' as const, already: alreadyThere(existing, item.id, title) }];
    })
    .map((p, order) => ({ ...p, order }));
}

/**
 * The office's list matched to the programme: a row goes to the item whose title names the same
 * resolution, else to the programme's item for adopting the resolutions together (the first, if
 * it has several), else to none, for the user to choose; a resolution already prepared, to the
 * item its vote has (marked already there).
 */
export function planFromList(rows: readonly ListedResolution[], agenda: readonly Item[], existing: readonly Existing[]): PlannedVote[] {
  const own = agenda.flatMap((item) => {
    const title = votedResolution(item);
    return title === null ? [] : [{ id: item.id, title }];
  });
  // "3. Biểu quyết thông qua các nghị quyết khác" under "Thông qua các nghị quyết" is where the others go.
  const generals = agenda.filter(isGeneralVoteItem);
  const general = (generals.find((i) => /\b(?:khac|con lai|other|others|remaining)\b/.test(foldWords(i.title))) ?? generals[0])?.id ?? null;
  const planned = rows.map((r, order): PlannedVote => {
    const title = resolutionTitle(r.title);
    // One already prepared under the item the user chose for it last time stays there: read again, the list adds nothing twice.
    const prepared = existing.find((v) => textKey(v.resolutionTitle) === textKey(title));
    const by = r.by.trim();
    if (prepared) return { line: r.line, title, number: r.number.trim(), by, agendaItemId: prepared.agendaItemId, match: prepared.agendaItemId === null ? 'none' : 'title', already: true, order };
    const mine = own.find((o) => sameResolution(o.title, title));
    const [agendaItemId, match]: [number | null, MatchKind] = mine ? [mine.id, 'title'] : general !== null ? [general, 'general'] : [null, 'none'];
    return { line: r.line, title, number: r.number.trim(), by, agendaItemId, match, already: alreadyThere(existing, agendaItemId, title), order };
  });
  return inProgrammeOrder(planned, agenda.map((i) => i.id));
}

/**
 * Votes in the order the hall meets them: by their item's place in the programme, in the list's
 * order within one item, those without an item last. The office's list is often ordered otherwise
 * (by presenting body, by date received); the Votes view and `v` list votes as they were created.
 */
export function inProgrammeOrder<T extends { agendaItemId: number | null }>(votes: readonly T[], agendaIds: readonly number[]): T[] {
  const at = new Map(agendaIds.map((id, i) => [id, i]));
  const place = (v: T) => (v.agendaItemId === null ? agendaIds.length : (at.get(v.agendaItemId) ?? agendaIds.length));
  return votes
    .map((v, i) => ({ v, i }))
    .sort((a, b) => place(a.v) - place(b.v) || a.i - b.i)
    .map(({ v }) => v);
}

/**
 * The plan again after the user chose another item for row `index`: its match follows (`hand`, or
 * how it was matched when the user chose that item back, `none` without an item), and whether it
 * is already there; the row takes its place in the programme's order (`agendaIds`), as
 * `vote.prepareMany` will create it: under its new item, among that item's votes in the order they
 * were read, last when it has no item.
 */
export function choosePlanItem(plan: readonly PlannedVote[], index: number, agendaItemId: number | null, existing: readonly Existing[], agendaIds: readonly number[]): PlannedVote[] {
  const chosen = (p: PlannedVote): PlannedVote => {
    const found = p.found ?? { agendaItemId: p.agendaItemId, match: p.match };
    const match: MatchKind = agendaItemId === null ? 'none' : agendaItemId === found.agendaItemId ? found.match : 'hand';
    return { ...p, agendaItemId, match, found, already: alreadyThere(existing, agendaItemId, p.title) };
  };
  const next = plan.map((p, i) => (i === index ? chosen(p) : p));
  return inProgrammeOrder([...next].sort((a, b) => a.order - b.order), agendaIds);
}

// ---- Reading the office's list ----

const TITLE_WORDS = [
  'ten nghi quyet', 'ten du thao nghi quyet', 'ten du thao', 'du thao nghi quyet', 'nghi quyet', 'noi dung', 'trich yeu', 'trich yeu noi dung',
  'ten van ban', 'ten', 'title', 'resolution', 'resolutions', 'draft resolution', 'resolution title', 'name',
];
const NUMBER_WORDS = ['so ky hieu', 'so va ky hieu', 'so hieu', 'ky hieu', 'so nghi quyet', 'so', 'number', 'resolution number', 'ref', 'reference'];
const BY_WORDS = ['co quan trinh', 'don vi trinh', 'co quan soan thao', 'co quan chu tri', 'submitted by', 'by', 'presenter'];
/** A row from which on the list is over: its total, or the signature block. */
const FOOTER = /^(?:tong cong|tong so|total|tm |t m |noi nhan)/;

export interface ListColumns {
  title: number;
  number: number;
  by: number;
}

export type ListReading =
  | { ok: true; header: number; columns: ListColumns; rows: ListedResolution[] }
  /** `noTitleColumn`: no header names the resolutions' titles; `empty`: it does, with nothing under it. */
  | { ok: false; problem: 'noTitleColumn' | 'empty'; header: number };

const column = (names: string[], words: string[]): number => names.findIndex((n) => words.includes(n));

/**
 * The office's list of draft resolutions: its header (among the first 20 rows, the first naming
 * the title's column), then each row with a title, until its total or signature. Title rows above
 * the header, a row of column numbers "(1) (2) (3)" and a heading across the table are left out.
 */
export function readResolutionList(rows: readonly string[][]): ListReading {
  let header = -1;
  let columns: ListColumns | null = null;
  for (let i = 0; i < Math.min(20, rows.length) && !columns; i++) {
    const names = rows[i].map(foldWords);
    const title = column(names, TITLE_WORDS);
    if (title >= 0 && names.filter((n) => n !== '').length >= 2) {
      header = i;
      columns = { title, number: column(names, NUMBER_WORDS), by: column(names, BY_WORDS) };
    }
  }
  if (!columns) return { ok: false, problem: 'noTitleColumn', header };
  const out: ListedResolution[] = [];
  for (let i = header + 1; i < rows.length; i++) {
    const row = rows[i];
    if (FOOTER.test(foldWords(row.find((c) => c.trim() !== '') ?? ''))) break;
    const title = (row[columns.title] ?? '').replace(/\s+/g, ' ').trim();
    // A row of the columns' numbers, or the header repeated on the next page.
    if (title === '' || /^\(?\d+\)?$/.test(title) || TITLE_WORDS.includes(foldWords(title))) continue;
    const cell = (c: number) => (c >= 0 ? (row[c] ?? '').replace(/\s+/g, ' ').trim() : '');
    out.push({ line: i + 1, title, number: cell(columns.number), by: cell(columns.by) });
  }
  return out.length === 0 ? { ok: false, problem: 'empty', header } : { ok: true, header, columns, rows: out };
}
