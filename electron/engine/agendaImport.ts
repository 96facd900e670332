/**
 * Reading an agenda from a table (text cells from src/lib/spreadsheet.ts): columns title,
 * kind, presenter, minutes and optionally the sitting ("2026-12-08 morning"). Pure, so the
 * console previews exactly what the engine will accept; the engine checks again on commit.
 * A title starting with "-" makes the row a sub-item of the main item above it.
 */
import { AGENDA_KINDS, type AgendaKind } from '../store/agenda';
import type { SittingPart } from '../store/agendaLive';
import type { ImportProblem } from './catalog/agendaLive';
import { fold } from '../../src/lib/format';

export interface ImportRow {
  /** Line in the source (1-based), to name in errors. */
  line: number;
  title: string;
  kind: AgendaKind;
  presenter: string;
  /** Omitted: the kind's default from the council's rules. */
  plannedMinutes?: number;
  sub: boolean;
  sitting?: { date: string; part: SittingPart };
}

export interface RowProblem {
  line: number;
  problem: ImportProblem;
  params: Record<string, string | number>;
}

/** Folded (no marks, lower case) with single spaces, so "Tờ  trình" and "to trinh" match. */
const foldText = (s: string): string => fold(s).replace(/\s+/g, ' ');

/** Words people write for each kind, folded; the code names themselves are accepted too. */
const KIND_WORDS: [string, AgendaKind][] = [
  ['bao cao tham tra', 'verification'],
  ['tham tra', 'verification'],
  ['verification report', 'verification'],
  ['khai mac', 'opening'],
  ['chao co', 'opening'],
  ['bao cao', 'report'],
  ['to trinh', 'submission'],
  ['thao luan', 'discussion'],
  ['chat van', 'questioning'],
  ['giai trinh', 'questioning'],
  ['bieu quyet', 'vote'],
  ['thong qua nghi quyet', 'vote'],
  ['bau cu', 'election'],
  ['bau', 'election'],
  ['mien nhiem', 'election'],
  ['be mac', 'closing'],
  ['giai lao', 'break'],
  ['nghi giai lao', 'break'],
  ['khac', 'other'],
  ['vote on resolution', 'vote'],
  ['election / personnel', 'election'],
];

export function kindFromText(raw: string): AgendaKind | null {
  const f = foldText(raw);
  if ((AGENDA_KINDS as readonly string[]).includes(f)) return f as AgendaKind;
  return KIND_WORDS.find(([word]) => word === f)?.[1] ?? null;
}

const PART_WORDS: Record<string, SittingPart> = { morning: 'morning', am: 'morning', sang: 'morning', afternoon: 'afternoon', pm: 'afternoon', chieu: 'afternoon' };

/** "2026-12-08 morning", "08/12/2026 chiều", "2026-12-08 sáng". */
export function sittingFromText(raw: string): { date: string; part: SittingPart } | null {
  const m = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})\s*(?:[,-]\s*)?(?:buoi\s+)?(\S+)$/.exec(foldText(raw));
  if (!m) return null;
  const part = PART_WORDS[m[2]];
  let date = m[1];
  if (date.includes('/')) {
    const [d, mo, y] = date.split('/');
    date = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  }
  const parsed = new Date(`${date}T00:00:00Z`);
  if (!part || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) return null;
  return { date, part };
}

/** A first row naming the columns is skipped. */
function isHeader(cells: string[]): boolean {
  const first = foldText(cells[0] ?? '');
  const second = foldText(cells[1] ?? '');
  return ['title', 'tieu de', 'noi dung', 'ten'].includes(first) && ['kind', 'loai'].includes(second);
}

export const MAX_IMPORT_MINUTES = 600;

export function parseAgendaTable(table: string[][]): { rows: ImportRow[]; problems: RowProblem[] } {
  const rows: ImportRow[] = [];
  const problems: RowProblem[] = [];
  let hasMain = false;
  let first = true; // the first row with anything in it may be a header
  table.forEach((raw, i) => {
    const line = i + 1;
    const cells = raw.map((c) => c.trim());
    if (cells.every((c) => c === '')) return;
    const isFirst = first;
    first = false;
    if (isFirst && isHeader(cells)) return;
    const [rawTitle = '', rawKind = '', presenter = '', rawMinutes = '', rawSitting = ''] = cells;
    const problem = (p: ImportProblem, params: Record<string, string | number> = {}) => problems.push({ line, problem: p, params });
    const subMatch = /^\s*[-–—>+]\s*/.exec(rawTitle);
    const sub = subMatch !== null;
    const title = rawTitle.slice(subMatch?.[0].length ?? 0).trim();
    const before = problems.length;
    if (title === '') problem('titleEmpty');
    else if (title.length > 500) problem('titleLong');
    const kind = kindFromText(rawKind);
    if (!kind) problem('kindUnknown', { value: rawKind });
    if (presenter.length > 200) problem('presenterLong');
    let plannedMinutes: number | undefined;
    if (rawMinutes !== '') {
      const n = Number(rawMinutes.replace(',', '.'));
      if (!Number.isInteger(n) || n < 0 || n > MAX_IMPORT_MINUTES) problem('minutesInvalid', { value: rawMinutes });
      else plannedMinutes = n;
    }
    let sitting: ImportRow['sitting'];
    if (rawSitting !== '') {
      sitting = sittingFromText(rawSitting) ?? undefined;
      if (!sitting) problem('sittingInvalid', { value: rawSitting });
    }
    if (sub && !hasMain) problem('orphanSubItem');
    if (!sub) hasMain = true;
    if (problems.length === before && kind) rows.push({ line, title, kind, presenter, plannedMinutes, sub, sitting });
  });
  return { rows, problems };
}
