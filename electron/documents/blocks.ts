/**
 * A document as a list of blocks (headings and paragraphs of runs). The Minutes view shows
 * these blocks as its live preview and the DOCX writer prints the same blocks, so the preview
 * reads exactly as the file will.
 */
import type { NoteSubject } from '../../common/record/model';
import { englishDate, type DocLang } from './numbering';
import { formatDate } from '../../common/dates';
import { fill } from '../../common/strings';
import { wholeSeconds } from '../../common/timing/timer';
import { documentWords } from './document-strings';

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Block =
  | { kind: 'heading'; text: string }
  /**
   * `note` marks the paragraph that carries a subject's secretary note (the view edits it there);
   * `keepNext` keeps it on the page of the paragraph after it (an item's title with what it ran, a
   * question with its answer and outcome).
   */
  | { kind: 'para'; runs: Run[]; note?: { subject: NoteSubject; id: number }; indent?: boolean; keepNext?: boolean }
  /**
   * A ruled table; the first row is the header. `markRows` gives every other row at least that
   * many millimetres, room to mark by hand (a ballot paper's boxes).
   */
  | { kind: 'table'; rows: string[][]; widths: number[]; align?: ('left' | 'center' | 'right')[]; markRows?: number }
  | { kind: 'pageBreak' };

export interface Signature {
  titles: string[];
  names: string[];
}

/** Something the record lacks, listed above the preview with where to fix it. */
export interface Missing {
  text: string;
  /** The note to write (Minutes view), or the view where it is fixed. */
  fix: { note: { subject: NoteSubject; id: number } } | { view: 'minutes-setup' | 'votes' | 'agenda' | 'personnel' | 'questions' };
}

/**
 * One document part: its header blocks, title, body and signatures (a counting record per ballot).
 * A ballot paper has no number, date or signature: its `number` and `placeDate` are empty and it
 * has no `signatures`.
 */
export interface DocPart {
  header: { body: string[]; number: string; placeDate: string };
  title: string;
  subtitle: string[];
  blocks: Block[];
  signatures?: { left?: Signature; right: Signature; recipients?: string[] };
}

export interface DocModel {
  lang: DocLang;
  parts: DocPart[];
  missing: Missing[];
  /** Suggested file name (ASCII). */
  fileName: string;
}

export const para = (runs: Run[] | string, extra: { note?: { subject: NoteSubject; id: number }; indent?: boolean; keepNext?: boolean } = {}): Block => ({
  kind: 'para',
  runs: typeof runs === 'string' ? [{ text: runs }] : runs,
  ...extra,
});
export const heading = (text: string): Block => ({ kind: 'heading', text });

/** "7 giờ 30 phút" / "7:30": a moment's time of day on this machine's clock face (the hall's). */
export function clockTime(ms: number, lang: DocLang): string {
  const d = new Date(ms);
  return fill(documentWords[lang].clock, { h: d.getHours(), m: String(d.getMinutes()).padStart(2, '0') });
}

/**
 * A time of day typed as "08:10" (a late arrival, an early departure) as the record writes every
 * other time: "8 giờ 10 phút", "8:10"; anything else as typed.
 */
export function typedClockTime(hhmm: string, lang: DocLang): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  return m ? fill(documentWords[lang].clock, { h: Number(m[1]), m: m[2] }) : hhmm;
}

/**
 * "17/12/2019" / "17 December 2019" from YYYY-MM-DD: the screens' Vietnamese form; in English the
 * month in full, as the header's place and date writes it (a record does not abbreviate "Dec"),
 * the day held to the month (documentWords.dated).
 */
export function dayDate(iso: string, lang: DocLang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (lang === 'vi' || !m) return formatDate(iso, lang);
  return englishDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * "5 phút 10 giây" / "5 min 10 s", "3 giờ 53 phút 34 giây" / "3 h 53 min 34 s" (never "233 min"),
 * to the same second as the console's clock (wholeSeconds).
 */
export function duration(ms: number, lang: DocLang): string {
  const total = wholeSeconds(ms) / 1000;
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const w = documentWords[lang];
  const parts = [h && fill(w.hours, { n: h }), m && fill(w.minutes, { n: m }), (s || total === 0) && fill(w.seconds, { n: s })];
  return parts.filter(Boolean).join(' ');
}
