/**
 * Column widths for a ruled table (nd30 `table`), from what the columns hold: every column is
 * at least as wide as its longest word, so Word and LibreOffice never break "45/NQ-HĐND" or
 * "Adopted" inside a word (a word with soft hyphens, at them only); the room left goes to the
 * columns whose text would wrap.
 */
import { TABLE_CELL, TEXT_WIDTH } from './page';

/** Widths of Times New Roman's letters in em, by kind; a little generous, so an estimate never falls short. */
function ems(s: string): number {
  let w = 0;
  for (const c of s.normalize('NFC')) {
    if (c === '\u00ad') continue;
    if (c === ' ' || c === '\u00a0') w += 0.25;
    else if (/\d/.test(c)) w += 0.5;
    else if (/[.,;:'’!|()[\]/\-\u2011–iljtf]/u.test(c)) w += 0.33;
    else if (/[MWmw%]/u.test(c)) w += 0.9;
    else if (c !== c.toLocaleLowerCase('vi')) w += 0.74;
    else w += 0.5;
  }
  return w;
}

/** Where a line may break: any white space but a no-break space ("số\u00a045/NQ-HĐND" stays whole). */
const BREAKS = /[^\S\u00a0]+/;

/** Twips a text takes on one line at `pt` points (a little generous, as `ems` is). */
export function lineTwips(s: string, pt: number, bold: boolean): number {
  return Math.ceil(ems(s) * (bold ? 1.08 : 1) * pt * 20);
}

/**
 * Times New Roman's letters (Liberation Serif has the same metrics), regular and bold, in
 * thousandths of an em: a table's columns are shared out by them. With `ems`, a letter counted half
 * an em and a capital three quarters, bold 8% more: every column was estimated 10–20% wider than it
 * prints, and a table of six columns ran out of room it had ("Dòng không hợp lệ" on three lines
 * beside a result column and a number column each a fifth too wide).
 */
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const metrics = (lower: number[], upper: number[], punct: Record<string, number>): Record<string, number> => ({
  ...Object.fromEntries([...LOWER].map((c, i) => [c, lower[i]])),
  ...Object.fromEntries([...UPPER].map((c, i) => [c, upper[i]])),
  ...Object.fromEntries([...'0123456789'].map((c) => [c, 500])),
  ...punct,
});
const TIMES: Record<'regular' | 'bold', Record<string, number>> = {
  regular: metrics(
    [444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444],
    [722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611],
    { ' ': 250, '\u00a0': 250, '.': 250, ',': 250, ':': 278, ';': 278, '%': 833, '(': 333, ')': 333, '-': 333, '–': 500, '/': 278, "'": 180, '’': 333 },
  ),
  bold: metrics(
    [500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444],
    [722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667],
    { ' ': 250, '\u00a0': 250, '.': 250, ',': 250, ':': 333, ';': 333, '%': 1000, '(': 333, ')': 333, '-': 333, '–': 500, '/': 278, "'": 278, '’': 333 },
  ),
};

/**
 * Ems of a text in Times New Roman: a Vietnamese letter as wide as its base letter (đ as d; the
 * marks above and below take no width in the font), a horn (ơ, ư) up to 0.06 em wider; anything else
 * as `ems` guesses. Exact for the letters, so the only slack is the 20 twips `twips` adds to a cell:
 * Liberation Serif's tables, read from the font, are these.
 */
function timesEms(s: string, bold: boolean): number {
  const table = TIMES[bold ? 'bold' : 'regular'];
  let w = 0;
  for (const c of s.normalize('NFC')) {
    if (c === '\u00ad') continue;
    const d = c.normalize('NFD');
    const base = c === 'đ' ? 'd' : c === 'Đ' ? 'D' : d[0];
    w += table[base] !== undefined ? (table[base] + (d.includes('\u031b') ? 60 : 0)) / 1000 : ems(c) * (bold ? 1.08 : 1);
  }
  return w;
}

/** Twips a text takes on one line in a table's cell at its size (`pt`), margins aside: what its column needs for it. */
export function cellTextTwips(s: string, bold: boolean, pt: number = TABLE_CELL.pt): number {
  return Math.ceil(timesEms(s, bold) * pt * 20);
}

/** Twips a text takes on one line in a cell, margins included; the header is bold. */
function twips(s: string, bold: boolean, pt: number = TABLE_CELL.pt): number {
  return cellTextTwips(s, bold, pt) + TABLE_CELL.margins + 20;
}

/**
 * Twips the (bold) header takes on two lines, broken between its words where the longer line is
 * shortest ("Thời gian / trả lời", "High / confidence"): what it needs to wrap to two lines at
 * most, no word split at a soft hyphen, where the table has the room.
 */
function twoLinesAt(header: string, pt: number = TABLE_CELL.pt): number {
  const words = header.replace(/\u00ad/g, '').split(BREAKS).filter(Boolean);
  let best = twips(words.join(' '), true, pt);
  for (let i = 1; i < words.length; i++) best = Math.min(best, Math.max(twips(words.slice(0, i).join(' '), true, pt), twips(words.slice(i).join(' '), true, pt)));
  return best;
}

/**
 * A header as printed in a column `percent` of the text width wide: without its soft hyphens where
 * it fits on two lines between its words. Word and LibreOffice fill a line before breaking it, so
 * a soft hyphen is taken wherever it lets more in ("High confi-" above "dence" in a column that
 * holds "High" above "confidence"); it is kept only for a column too narrow for the whole word.
 */
export function headerAsPrinted(header: string, percent: number, pt: number = TABLE_CELL.pt): string {
  return header.includes('\u00ad') && twoLinesAt(header, pt) <= (TEXT_WIDTH * percent) / 100 ? header.replace(/\u00ad/g, '') : header;
}

/**
 * Times New Roman Bold's capitals (Liberation Serif Bold has the same metrics), in thousandths of
 * an em: exact, where `ems` is generous, because a title estimated one line too long is padded as
 * wrongly as one estimated too short.
 */
const BOLD_CAPITALS: Record<string, number> = {
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778, L: 667, M: 944,
  N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722, W: 1000, X: 722, Y: 722, Z: 667,
  ' ': 250, '.': 250, ',': 250, ':': 333, '-': 333, '–': 500, "'": 278, '’': 333,
};

/** Ems of a text in bold capitals: a Vietnamese letter as wide as its base letter (Đ as D), a horn (Ơ, Ư) a little wider. */
function boldCapitalEms(s: string): number {
  let w = 0;
  for (const c of s.normalize('NFC')) {
    const d = c.normalize('NFD');
    const base = c === 'Đ' ? 'D' : d[0];
    w += BOLD_CAPITALS[base] !== undefined ? (BOLD_CAPITALS[base] + (d.includes('\u031b') ? 60 : 0)) / 1000 : ems(c) * 1.08;
  }
  return w;
}

/**
 * How many lines a title in bold capitals takes in a column `width` twips wide at `pt` points,
 * broken between its words: the signature titles ("FOR THE COUNTING COMMITTEE") are padded by it
 * so both signers' names sit on one line.
 */
export function capitalLines(s: string, width: number, pt: number): number {
  const em = pt * 20;
  const space = BOLD_CAPITALS[' '] / 1000 * em;
  let lines = 1;
  let used = 0;
  for (const word of s.trim().split(BREAKS)) {
    const w = boldCapitalEms(word) * em;
    if (used > 0 && used + space + w > width) {
      lines++;
      used = w;
    } else used += (used > 0 ? space : 0) + w;
  }
  return lines;
}

/**
 * Per cent of the text width for each column of `rows`, whose first row is the (bold) header.
 * `main` is the column a reader looks along (a person's name and title): it gets room for its
 * text first, up to 35% of the page, before the others share what is left. `headPt`: the
 * header's size, where it is printed smaller than the body (nd30 `table`).
 */
export function fitColumns(rows: readonly (readonly string[])[], o: { main?: number; headPt?: number } = {}): number[] {
  const n = Math.max(...rows.map((r) => r.length));
  const headPt = o.headPt ?? TABLE_CELL.pt;
  const twoLines = (header: string) => twoLinesAt(header, headPt);
  const cells = (k: number) => rows.map((r, i) => ({ text: r[k] ?? '', bold: i === 0, pt: i === 0 ? headPt : TABLE_CELL.pt }));
  // The longest word must fit; the longest text of the body would like one line, up to half the
  // page, and the header two (it wraps between its words, over its numbers).
  // A cell's text may hold line breaks ("25\n71,43%"): its longest line is what it would like.
  // A word with soft hyphens ("con\u00ADfi\u00ADdence") may break at them: its longest piece, with its hyphen, must fit.
  const least = Array.from({ length: n }, (_, k) =>
    Math.max(...cells(k).flatMap((c) => c.text.split(BREAKS).flatMap((word) => word.split('\u00ad').map((piece, i, all) => twips(i < all.length - 1 ? `${piece}-` : piece, c.bold, c.pt))))),
  );
  const longestLine = (c: { text: string; bold: boolean; pt: number }) => Math.max(...c.text.split('\n').map((l) => twips(l, c.bold, c.pt)));
  // A header would like two lines at most: three ("Tín / nhiệm / cao") or a word split read badly.
  const liked = Array.from({ length: n }, (_, k) => Math.max(least[k], Math.min(TEXT_WIDTH / 2, Math.max(twoLines(rows[0]?.[k] ?? ''), ...cells(k).slice(1).map(longestLine)))));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  if (o.main !== undefined) {
    const m = o.main;
    const others = sum(least) - least[m];
    const room = Math.min(liked[m], TEXT_WIDTH * 0.35, TEXT_WIDTH - others);
    // The other headers on two lines come before the rest of the names' room: a confidence vote's
    // four levels and the names at 35% left "Dòng / không / hợp lệ" on three lines for room under the
    // names that only wrapped a title once less. Each name (a cell's first line: "Nguyễn Thị Ngọc Ánh"
    // over the title) has its line in what the headers leave, and a name too long for it ("Tôn Nữ Thị
    // Hoàng Phương Thảo Nguyên Khánh Linh", 46 characters: two lines in a third of the page) wraps in
    // its cell, as a reader expects of a long name, rather than putting every header beside it on
    // three lines; its longest word still fits (`least`).
    const heads = least.map((w, k) => (k === m ? 0 : Math.max(w, twoLines(rows[0]?.[k] ?? ''))));
    least[m] = Math.max(least[m], Math.min(room, TEXT_WIDTH - sum(heads)));
    liked[m] = Math.max(liked[m], least[m]);
  }
  let widths: number[];
  if (sum(least) >= TEXT_WIDTH) widths = least;
  else if (sum(liked) <= TEXT_WIDTH) {
    // Everything fits on one line: the spare room goes to each column by its size.
    const spare = TEXT_WIDTH - sum(liked);
    widths = liked.map((w) => w + (spare * w) / sum(liked));
  } else {
    // What is left beyond every column's longest word goes first to the columns that need little
    // more to hold their text on one line ("25 (71,43%)"), then to the longer text by its length.
    let spare = TEXT_WIDTH - sum(least);
    widths = [...least];
    // First each header's second line: a header on three lines ("Dòng / không / hợp lệ") reads worse
    // than a title wrapped once more in the name's column, which already has its room (`main`).
    for (const k of widths.keys()) {
      const give = Math.min(Math.max(0, twoLines(rows[0]?.[k] ?? '') - widths[k]), spare);
      widths[k] += give;
      spare -= give;
    }
    const want = liked.map((w, k) => Math.max(0, w - widths[k]));
    const small = want.map((w) => w <= TEXT_WIDTH / 10);
    for (const k of want.keys()) {
      if (!small[k]) continue;
      const give = Math.min(want[k], spare);
      widths[k] += give;
      spare -= give;
    }
    const rest = sum(want.filter((_, k) => !small[k]));
    if (rest > 0) widths = widths.map((w, k) => (small[k] ? w : w + (spare * want[k]) / rest));
  }
  const total = sum(widths);
  return widths.map((w) => (100 * w) / total);
}
