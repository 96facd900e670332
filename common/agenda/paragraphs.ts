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
 * 8 giờ:", "(7h30 - 8h00)") or else at its end ("Khai mạc kỳ họp (7h30 - 7h35)", "… - 8h00-8h30",
 * "(từ 14 giờ đến 14 giờ 30)") to the time column, everything else stays in the title as written, so
 * parts ("II. …", "A. …"), lettered sub-items ("a) …"), dash lines ("- Báo cáo thẩm tra …") and the
 * day and part headings are read as in a table. The title lines above the programme are left above
 * the header (the parser reads a day heading there, nothing else), and the signature block and
 * notes below it ("TM. THƯỜNG TRỰC HĐND", "Nơi nhận:", "Ghi chú:") are left out.
 *
 * `rows[i]` is paragraph `lines[kept[i]]`; the header row added has no paragraph of its own
 * (`kept[i]` is the next paragraph's index there).
 */
import { foldWords } from '../fold';
import { clockSlotIn, minutesOfDay, parseClockTime } from '../timing/clock';
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

/** The whole of `text` is a time of day or a slot ("7h30", "8h00-8h30", "14 giờ đến 14 giờ 30"), none of it left over. */
function wholeSlot(text: string): boolean {
  const slot = clockSlotIn(text);
  return slot !== null && (slot.end !== undefined || 'time' in parseClockTime(text)) && minutesOfDay(slot.start) >= 6 * 60;
}

/** "từ", "lúc", "vào lúc" before a time at a line's end: the time's words, not the title's. */
const TIME_WORD = /(?<=^|[\s(])(?:vào lúc|lúc|từ|vao luc|luc|tu)\s+$/iu;

/**
 * A time of day or a slot at the end of a line and the title before it, as offices also type
 * them: "Khai mạc kỳ họp (7h30 - 7h35)", "Báo cáo … - 8h00-8h30", "Thảo luận tại tổ (từ 14 giờ
 * đến 16 giờ 30)", "Bế mạc kỳ họp: 16h30", "… lúc 16h30". The time must stand apart: in brackets,
 * after a dash, a colon or a comma, or "từ"/"lúc", or (a slot only) after a space; and be a time of
 * a sitting (from 6h), so "(15 phút)" or "(2 giờ)" stay the title's. Null when there is none.
 */
export function trailingTime(line: string): { time: string; rest: string } | null {
  const text = line.replace(/[\s.;]+$/u, '');
  const bracketed = /\)$/.test(text);
  const body = bracketed ? text.slice(0, -1).trimEnd() : text;
  // The earliest start that reads to the end as one time or slot: "8h00-8h30", not its "8h30".
  for (const m of body.matchAll(/(?<=^|[\s(:,–—-])\d/gu)) {
    const at = m.index;
    const time = body.slice(at).trim();
    if (!wholeSlot(time)) continue;
    let before = body.slice(0, at);
    const word = TIME_WORD.exec(before);
    // "từ 14 giờ đến 14 giờ 30": the slot; "lúc 16h30": the time.
    if (word) before = before.slice(0, word.index);
    if (bracketed) {
      const open = /\(\s*$/.exec(before);
      if (!open) return null;
      before = before.slice(0, open.index);
    } else if (!word && !/[:,–—-]\s*$/.test(before)) {
      // After a space alone, only a slot ("… 7h30 - 8h00"): a time alone there may be the title's.
      if (!/\s$/.test(before) || clockSlotIn(time)?.end === undefined) return null;
    }
    const rest = before.replace(/\s*[:,–—-]?\s*$/u, '').trim();
    if (!/\p{L}/u.test(rest)) return null;
    return { time, rest };
  }
  return null;
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
  // A time at the line's start, else at its end ("Khai mạc kỳ họp (7h30 - 7h35)").
  const lead = leadingTime(rest.slice(mark.length)) ?? trailingTime(rest.slice(mark.length));
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

/** "TỔ ĐẠI BIỂU SỐ 1", "Đơn vị bầu cử số 2", "DANH SÁCH ĐẠI BIỂU …" (a part's mark before it, "I."): a list of delegates' heading. */
const DELEGATE_HEADING = /^(?:to dai bieu|don vi bau cu|danh sach (?:cac )?(?:to )?dai bieu)\b/;

/**
 * The heading that makes these paragraphs a list of delegates typed in Word, not a programme: a
 * group or constituency heading ("Tổ đại biểu số 1", "Đơn vị bầu cử số 2") or the list's title, in
 * paragraphs with no day or part of day and no time of day anywhere, which every programme has. Null
 * for a programme, though it names the delegates' groups ("- Tổ đại biểu số 1: phòng họp số 2"
 * under "Thảo luận tại tổ"). The programme's import refuses such a list, saying where it goes.
 */
export function delegateListHeading(lines: readonly string[]): string | null {
  const texts = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (hasSittingOrTime(texts)) return null;
  return texts.find((t) => DELEGATE_HEADING.test(foldWords(t.replace(/^(?:[IVXLC]{1,5}|\d{1,3}|[A-ZĐ])[.)]\s+/u, '')))) ?? null;
}

/** Some line names a day or part of day ("NGÀY THỨ NHẤT", "Buổi sáng") or a time of day, as every programme does and no list of delegates. */
export function hasSittingOrTime(lines: readonly string[]): boolean {
  return lines.some((l) => {
    const t = l.replace(/\s+/g, ' ').trim();
    return t !== '' && (headingSitting(t) !== null || leadingTime(t.replace(NUMBER, '')) !== null || trailingTime(t) !== null);
  });
}
