/**
 * A programme written as paragraphs rather than a table, as many offices type it in Word:
 *
 *   NGÀY THỨ NHẤT: Thứ Ba, ngày 08/12/2026
 *   Buổi sáng
 *   I. PHIÊN KHAI MẠC
 *   1. Chào cờ
 *   2. 7h45 - 8h00: Tuyên bố lý do, giới thiệu đại biểu
 *   - Đồng chí Chánh Văn phòng …
 *
 * Each paragraph becomes a row of the table the programme's parser reads (common/agenda/import.ts),
 * under a header of the office's own words, "STT | Nội dung | Thời gian": an item's number
 * ("1.", "2.1") goes to the STT column, a time of day or slot at its start ("7h30:", "7 giờ 30 -
 * 8 giờ:", "(7h30 - 8h00)") to the time column, everything else stays in the title as written, so
 * parts ("II. …", "A. …"), lettered sub-items ("a) …"), dash lines ("- Báo cáo thẩm tra …") and the
 * day and part headings are read as in a table. The title lines above the programme are left above
 * the header (the parser reads a day heading there, nothing else), and the signature block and
 * notes below it ("TM. THƯỜNG TRỰC HĐND", "Nơi nhận:", "Ghi chú:") are left out.
 *
 * `rows[i]` is paragraph `lines[kept[i]]`; the header row added has no paragraph of its own
 * (`kept[i]` is the next paragraph's index there).
 */
import { foldWords } from '../fold';
import { clockSlotIn } from '../timing/clock';
import { headingSitting } from './import';

/** The header the rows are put under: the words a programme table's header has. */
export const PARAGRAPH_HEADER = ['STT', 'Nội dung', 'Thời gian'] as const;

/** "1.", "2)", "1.2.", "1.2" before the title: the item's number. */
const NUMBER = /^(\d{1,3}(?:\.\d{1,2})*)[.)]?\s+(?=\S)/;
/** "I.", "A.", "a)", "- ", "+ ": marks the parser reads in the title itself. */
const TITLE_MARK = /^(?:[IVXLC]{1,5}[.)]|[A-ZĐ][.)]|[a-zđ][.)]|[-–—+•*>])\s*/u;
/** After the time at a line's start: ":", a dash or a closing bracket, or only a space before a word, then the title. */
const AFTER_TIME = /^\s*(?:[:–—-]|\))\s*|^\s+(?=\p{L})/u;
/** The signature block and notes after the programme: "TM. …", "KT. …", "Nơi nhận:", "Ghi chú:". */
const ENDS = /^(?:tm|t\/m|kt|q|tl|ttl)\. |^(?:noi nhan|ghi chu|luu y)\b/;

/** A time of day or a slot at the start of a line, "7h30:", "(7h30 - 8h00)", and the text after it; null when none. */
function leadingTime(line: string): { time: string; rest: string } | null {
  // "Từ 8h00 đến 8h30: …": the slot, "từ" left out.
  const text = line.replace(/^(?:từ|tu)\s+(?=\d)/iu, '');
  const bracketed = /^\(([^)]{3,30})\)\s*(.*)$/.exec(text);
  if (bracketed && clockSlotIn(bracketed[1])) return { time: bracketed[1].trim(), rest: bracketed[2] };
  // The longest start of the line that reads as a time or slot and is followed by a separator.
  const m = /^((?:\d{1,2}\s*(?:h|giờ|g|:)\s*\d{0,2}\s*(?:phút|p)?)(?:\s*(?:-|–|—|đến)\s*\d{1,2}\s*(?:h|giờ|g|:)\s*\d{0,2}\s*(?:phút|p)?)?)(.*)$/iu.exec(text);
  if (!m || !clockSlotIn(m[1].trim())) return null;
  // The spaces the time's pattern took at its end belong to what follows it.
  const time = m[1].trimEnd();
  const after = m[1].slice(time.length) + m[2];
  const sep = AFTER_TIME.exec(after);
  if (!sep) return null;
  return { time: time.trim(), rest: after.slice(sep[0].length) };
}

/**
 * A paragraph as a row: [number, title, time] for an item, [text] for a heading. `numbered`: the
 * programme numbers its items; where it does not, a dash line with its own time ("- 7h30 - 7h35:
 * Chào cờ") is an item of the timetable, not a line under the one before it.
 */
function rowOf(text: string, numbered: boolean): string[] {
  if (headingSitting(text)) return [text];
  let rest = text;
  let number = '';
  let time = '';
  // "7 giờ 30 phút: …" starts with a time, not with an item's number 7.
  const own = leadingTime(rest) ? null : NUMBER.exec(rest);
  if (own) [number, rest] = [own[1], rest.slice(own[0].length)];
  let mark = own ? '' : (TITLE_MARK.exec(rest)?.[0] ?? '');
  const lead = leadingTime(rest.slice(mark.length));
  if (lead && !numbered && DASH.test(mark)) mark = '';
  if (lead) [time, rest] = [lead.time, mark + lead.rest];
  return [number, rest.trim(), time];
}

const DASH = /^[-–—+•*>]/;

/** Whether the paragraph starts the programme: a day or part heading, or a numbered line. */
const startsProgramme = (text: string): boolean => headingSitting(text) !== null || NUMBER.test(text) || /^[IVXLC]{1,5}[.)]\s/.test(text) || leadingTime(text) !== null;

export function paragraphProgramme(lines: readonly string[]): { rows: string[][]; kept: number[] } {
  const texts = lines.map((l) => l.replace(/\s+/g, ' ').trim());
  const start = texts.findIndex(startsProgramme);
  if (start < 0) return { rows: [], kept: [] };
  const rows: string[][] = [];
  const kept: number[] = [];
  texts.slice(0, start).forEach((text, i) => {
    if (text === '') return;
    rows.push([text]);
    kept.push(i);
  });
  rows.push([...PARAGRAPH_HEADER]);
  kept.push(start);
  const numbered = texts.slice(start).some((t) => NUMBER.test(t));
  for (let i = start; i < texts.length; i++) {
    const text = texts[i];
    if (text === '') continue;
    if (ENDS.test(foldWords(text).replace(/^(tm|t\/m|kt|q|tl|ttl) /, '$1. ')) || ENDS.test(text.toLowerCase())) break;
    rows.push(rowOf(text, numbered));
    kept.push(i);
  }
  return { rows, kept };
}
