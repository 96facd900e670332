/**
 * The DOCX builder for documents in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I):
 * minutes, counting records, notices, and whatever other branches issue (review #12,
 * personnel #13). Reuse these primitives; do not write a second builder.
 *
 * API, in the order a document is put together:
 *
 *   const doc = nd30Document({
 *     lang: 'vi',
 *     header: { body: ['HỘI ĐỒNG NHÂN DÂN', 'HUYỆN ĐẦM HÀ'], number: docNumber('', 'BB-HĐND', 'vi'),
 *               placeDate: placeDate('Đầm Hà', '2019-12-18', 'vi') },
 *     title: 'BIÊN BẢN',
 *     subtitle: ['Kỳ họp thứ 11, Hội đồng nhân dân huyện Đầm Hà khóa IV, nhiệm kỳ 2016–2021'],
 *     body: [heading('I. …'), para('Text…'), para([text('bold', { bold: true }), text(' plain')]),
 *            signatures({ left: signer(['THƯ KÝ KỲ HỌP'], ['Nguyễn Thị Ngọc Ánh']),
 *                         right: signer(['TM. ĐOÀN CHỦ TỌA', 'CHỦ TỌA'], ['Lương Xuân Quý']) }),
 *            ...recipients('vi', ['Thường trực HĐND huyện;', 'Lưu: VT.'])],
 *   });
 *   const bytes: Buffer = await toBuffer(doc);
 *
 * - nd30Document: A4 portrait, margins 20/15/20/30 mm (top/right/bottom/left), Times New Roman
 *   14 pt; the two header blocks in a borderless table with their rules; title and subtitle;
 *   page numbers centred at the top from page 2 (none on page 1).
 * - para(text | runs, { indent, align, bold, italic, size, keepNext }): body paragraph, justified,
 *   first-line indent 1.27 cm, 6 pt before, line spacing 1.2 (change with the options).
 * - titleBlock(header, title, subtitle, lang) and pageBreak(): several documents in one file
 *   (e.g. a counting record per ballot), each part on a new page with its own header blocks.
 * - heading(text): bold section heading (no indent), kept with what follows.
 * - text(s, { bold, italic, size }): a run, for mixing styles in one paragraph.
 * - table(rows, { widths, header }): a simple ruled table (counts, lists of names).
 * - signatures({ left?, right, under? }): the borderless signature table; `left` may be a signer
 *   or the "Nơi nhận" block (recipients()) as in a single-signer document; `under` puts "Nơi
 *   nhận" below a left signer, in the same unsplittable row.
 * - signer(titles, names): who signs; signatures() prints titles in bold capitals, ~3 cm to sign, names bold,
 *   padding the shorter title block so both names sit on one line.
 * - recipients(lang, lines): "Nơi nhận:" bold italic 12 pt and its list 11 pt.
 * - placeDate(place, isoDate | null, lang): "Đầm Hà, ngày 05 tháng 02 năm 2020" (day below 10
 *   and months 1–2 zero-padded, as the decree says), or dots to fill in by hand when no date.
 * - docNumber(number, symbol, lang): "Số: 01/BB-HĐND" (below 10 zero-padded), "Số:    /BB-HĐND".
 *   These two are in numbering.ts (no DOCX library), so document models can use them.
 * Strings are written NFC so Vietnamese typed in any normal form reads the same in Word.
 */
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  HeightRule,
  LineRuleType,
  NoBreakHyphen,
  Packer,
  PageNumber,
  Paragraph,
  SoftHyphen,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import { documentFrame } from '../../common/record/catalog';
import type { DocLang } from './numbering';
import { PAGE, TABLE_CELL, TEXT_WIDTH } from './page';
import { capitalLines, headerAsPrinted, lineTwips } from './widths';
import { splitArea } from '../../common/council/units';

export const FONT = 'Times New Roman';
/** Sizes in points; docx counts half-points. */
const pt = (n: number) => n * 2;
const BODY_PT = 14;

/** The header's left block is the issuing body's, the right one the national motto's. */
const LEFT_COL = Math.round(TEXT_WIDTH * 0.4);
const RIGHT_COL = TEXT_WIDTH - LEFT_COL;

const nfc = (s: string) => s.normalize('NFC');

export interface RunOptions {
  bold?: boolean;
  italic?: boolean;
  /** Points. */
  size?: number;
  underline?: boolean;
  /** A line break before the text (a cell of two lines). */
  breakBefore?: boolean;
}

/** A document number: "45/NQ-HĐND", "05/BB-HĐND", "215/TTr-UBND". */
const DOC_NUMBER = /\d+\/[\p{L}\d.]+(?:-[\p{L}\d.]+)+/gu;

/** A range of years: "2016–2021". */
const YEAR_RANGE = /(\d{4})–(\d{4})/g;

/**
 * A run's text as Word should break it: the hyphens of a document number become non-breaking
 * (a line never ends in "47/NQ-" with "HĐND)" below), a range of years holds together with a word
 * joiner after its dash (a line never ends in "nhiệm kỳ 2016–" with "2021" below; Word and
 * LibreOffice break after an en dash, and OOXML has no non-breaking one), and a soft hyphen
 * (U+00AD, a header word such as "con\u00ADfi\u00ADdence") becomes Word's optional hyphen, shown only where the line breaks.
 */
function runText(s: string): string | (string | NoBreakHyphen | SoftHyphen)[] {
  const marked = nfc(s)
    .replace(DOC_NUMBER, (n) => n.replaceAll('-', '\u2011'))
    .replace(YEAR_RANGE, '$1–\u2060$2');
  if (!/[\u2011\u00ad]/.test(marked)) return marked;
  return marked
    .split(/([\u2011\u00ad])/)
    .filter(Boolean)
    .map((part) => (part === '\u2011' ? new NoBreakHyphen() : part === '\u00ad' ? new SoftHyphen() : part));
}

export function text(s: string, o: RunOptions = {}): TextRun {
  const t = runText(s);
  return new TextRun({
    ...(typeof t === 'string' ? { text: t } : { children: t }),
    break: o.breakBefore ? 1 : undefined,
    font: FONT,
    bold: o.bold,
    italics: o.italic,
    size: o.size ? pt(o.size) : undefined,
    underline: o.underline ? {} : undefined,
  });
}

export interface ParaOptions extends RunOptions {
  /** First-line indent (default true for body text). */
  indent?: boolean;
  align?: 'justify' | 'center' | 'left' | 'right';
  keepNext?: boolean;
  /** Points before the paragraph (default 6). */
  before?: number;
  after?: number;
}

const ALIGN = { justify: AlignmentType.JUSTIFIED, center: AlignmentType.CENTER, left: AlignmentType.LEFT, right: AlignmentType.RIGHT } as const;

/**
 * A body paragraph: justified, first-line indent 1.27 cm, 6 pt before, line spacing 1.2 of the
 * font's single line ("auto", said: left unsaid, LibreOffice set the lines exactly 14.4 pt apart,
 * tighter than single at 14 pt, where Word spaces them 1.2 lines).
 */
export function para(content: string | ParagraphChild[], o: ParaOptions = {}): Paragraph {
  const children = typeof content === 'string' ? [text(content, o)] : content;
  return new Paragraph({
    children,
    alignment: ALIGN[o.align ?? 'justify'],
    indent: o.indent === false ? undefined : { firstLine: convertMillimetersToTwip(12.7) },
    spacing: { before: (o.before ?? 6) * 20, after: (o.after ?? 0) * 20, line: 288, lineRule: LineRuleType.AUTO },
    keepNext: o.keepNext,
  });
}

/** A section heading in the body: bold, no indent, kept with the paragraph after it. */
export function heading(s: string): Paragraph {
  return para(s, { bold: true, indent: false, keepNext: true, before: 9 });
}

/**
 * Centred line with no spacing, for the header blocks and the signature blocks: single spacing, the
 * rule said. Left unsaid, LibreOffice set each line exactly 12 pt apart (Word takes single, as the
 * standard says), and the hook and dot of "CHỦ TỊCH" touched the "TM. THƯỜNG TRỰC HĐND" above it.
 */
function line(children: ParagraphChild[], o: { before?: number; after?: number } = {}): Paragraph {
  return new Paragraph({
    children,
    alignment: AlignmentType.CENTER,
    spacing: { before: (o.before ?? 0) * 20, after: (o.after ?? 0) * 20, line: 240, lineRule: LineRuleType.AUTO },
  });
}

/**
 * The decree's rule under a header line, `width` twips long and centred in a `column`: the
 * bottom border of an empty 1 pt paragraph, narrowed by equal indents (the text above keeps
 * its full width).
 */
function rule(width: number, column: number): Paragraph {
  const side = Math.max(0, Math.round((column - width) / 2));
  return new Paragraph({
    children: [new TextRun({ text: '', size: 2 })],
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    indent: { left: side, right: side },
  });
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

function plainCell(children: Paragraph[], width: number): TableCell {
  return new TableCell({ children, width: { size: width, type: WidthType.DXA }, borders: NO_BORDERS, verticalAlign: VerticalAlign.TOP });
}

function layoutTable(cells: { children: Paragraph[]; width: number }[]): Table {
  return new Table({
    rows: [new TableRow({ children: cells.map((c) => plainCell(c.children, c.width)), cantSplit: true })],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: cells.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
  });
}

export interface Nd30Header {
  /** Issuing body in capitals, one line each, e.g. ['HỘI ĐỒNG NHÂN DÂN', 'HUYỆN ĐẦM HÀ']. */
  body: string[];
  /** "Số: 01/BB-HĐND" (see docNumber); empty on a ballot paper, which has none. */
  number: string;
  /** "Đầm Hà, ngày 18 tháng 12 năm 2019" (see placeDate); empty on a ballot paper. */
  placeDate: string;
}

const MOTTO: Record<DocLang, [string, string]> = {
  vi: [documentFrame.vi.nation, documentFrame.vi.motto],
  en: [documentFrame.en.nation, documentFrame.en.motto],
};

/** The issuing body's size in points. */
const BODY_LINE_PT = 13;

/**
 * A line of the issuing body as it is set in its column: one too long for it ("THÀNH PHỐ PHAN RANG
 * - THÁP CHÀM") is broken where the place's name begins or ends, "THÀNH PHỐ" above "PHAN RANG -
 * THÁP CHÀM", "PHAN RANG - THÁP CHÀM" above "CITY", rather than wherever the line fills ("… PHAN
 * RANG -" above "THÁP CHÀM"). A line that fits, or names no unit, is left to the word processor.
 */
export function bodyLines(s: string): string[] {
  const caps = s.toLocaleUpperCase('vi');
  if (lineTwips(caps, BODY_LINE_PT, true) <= LEFT_COL) return [caps];
  const area = splitArea(caps);
  if (!area || !area.place) return [caps];
  return area.unitFirst ? [area.unit, area.place] : [area.place, area.unit];
}

/** The two header blocks: issuing body (left) and national name and motto (right), with rules. */
export function headerBlocks(h: Nd30Header, lang: DocLang): Table {
  const [nation, motto] = MOTTO[lang];
  const left = [
    ...h.body.flatMap(bodyLines).map((s) => line([text(s, { bold: true, size: BODY_LINE_PT })])),
    // A short rule: a third of the column, as council offices draw it.
    rule(Math.round(LEFT_COL / 3), LEFT_COL),
    // A ballot paper has no number nor date (Nd30Header): no empty line where they would go.
    ...(h.number ? [line([text(h.number, { size: 13 })], { before: 8 })] : []),
  ];
  // The motto's rule is as long as the motto: an estimate of its printed width (Times New
  // Roman bold 13 pt averages about 0.45 em per character).
  const mottoWidth = Math.min(RIGHT_COL, Math.round(motto.length * 13 * 20 * 0.45));
  const right = [
    line([text(nation, { bold: true, size: 12 })]),
    line([text(motto, { bold: true, size: 13 })]),
    rule(mottoWidth, RIGHT_COL),
    ...(h.placeDate ? [line([text(h.placeDate, { italic: true, size: 14 })], { before: 8 })] : []),
  ];
  return layoutTable([
    { children: left, width: LEFT_COL },
    { children: right, width: RIGHT_COL },
  ]);
}

export interface Nd30Options {
  lang: DocLang;
  header: Nd30Header;
  /** "BIÊN BẢN", "THÔNG BÁO"… bold capitals. */
  title: string;
  /** Lines under the title (what the document is about), bold. */
  subtitle?: string[];
  body: FileChild[];
  /**
   * Further documents in the same file (one counting record per ballot), each with its own
   * header blocks and title already in it: each starts a page and numbers its own pages, with
   * no number on its first page, as a document printed on its own would.
   */
  more?: FileChild[][];
}

/** Header blocks, title and subtitle: the top of a document, or of a further one in the same file (`more`). */
export function titleBlock(header: Nd30Header, title: string, subtitle: string[], lang: DocLang): FileChild[] {
  return [
    headerBlocks(header, lang),
    line([text(title.toLocaleUpperCase('vi'), { bold: true, size: 14 })], { before: 18 }),
    ...subtitle.map((s) => line([text(s, { bold: true, size: 14 })])),
    line([], { after: 6 }),
  ];
}

/** Starts a new page inside a document (a further document in the same file is a section: `more`). */
export function pageBreak(): Paragraph {
  return new Paragraph({ children: [], pageBreakBefore: true, spacing: { before: 0, after: 0 } });
}

/** A whole document: page, fonts, header blocks, title, body; page numbers from page 2 (of each part). */
export function nd30Document(o: Nd30Options): Document {
  return new Document({
    creator: 'Gavel',
    title: nfc(o.title),
    styles: { default: { document: { run: { font: FONT, size: pt(BODY_PT) } } } },
    sections: [[...titleBlock(o.header, o.title, o.subtitle ?? [], o.lang), ...o.body], ...(o.more ?? [])].map((part, i, all) => section(part, i < all.length - 1)),
  });
}

/**
 * The paragraph that ends a part closing on a table (the signatures): Word keeps a part's end in a
 * paragraph after its last table, and one the writer adds is set at the body's size, which ran onto
 * a page of its own when the signatures filled the page (an empty page "2" between two counting
 * records). At 1 pt, exact, it fits under them. The last part's end is the body's own, with no paragraph.
 */
function partEnd(): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: '', size: 2 })], run: { size: 2 }, spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } });
}

/** One A4 section on a new page, its pages numbered from 1 and the number shown from page 2. */
function section(body: FileChild[], followed: boolean) {
  const children = followed && body.at(-1) instanceof Table ? [...body, partEnd()] : body;
  const m = PAGE.margin;
  return {
    properties: {
      titlePage: true,
      page: {
        pageNumbers: { start: 1 },
        size: { width: convertMillimetersToTwip(PAGE.widthMm), height: convertMillimetersToTwip(PAGE.heightMm) },
        margin: {
          top: convertMillimetersToTwip(m.topMm),
          right: convertMillimetersToTwip(m.rightMm),
          bottom: convertMillimetersToTwip(m.bottomMm),
          left: convertMillimetersToTwip(m.leftMm),
          header: convertMillimetersToTwip(10),
          footer: convertMillimetersToTwip(10),
        },
      },
    },
    headers: {
      first: new Header({ children: [new Paragraph({ children: [] })] }),
      default: new Header({
        children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: pt(13) })] })],
      }),
    },
    children,
  };
}

/** Who signs: title lines (printed in bold capitals) and full names (bold), room to sign between. */
export interface Signer {
  titles: string[];
  names: string[];
}

export function signer(titles: string[], names: string[]): Signer {
  return { titles, names: names.filter((n) => n.trim() !== '') };
}

/** Twips a signature cell's text may take: Word's and LibreOffice's cell margins (0.19 cm each side) left out. */
const SIGNER_TEXT = Math.round(TEXT_WIDTH / 2) - 2 * 108;

/** The lines a signer's titles take, each in bold capitals, wrapped in its half of the page. */
const titleLinesOf = (s: Signer): number => s.titles.reduce((n, t) => n + capitalLines(t.toLocaleUpperCase('vi'), SIGNER_TEXT, 14), 0);

/** The paragraphs of a signature block, its titles padded to `titleLines` lines so names line up. */
function signerParagraphs(s: Signer, titleLines: number): Paragraph[] {
  const out = s.titles.map((t) => line([text(t.toLocaleUpperCase('vi'), { bold: true, size: 14 })]));
  for (let n = titleLinesOf(s); n < titleLines; n++) out.push(line([text(' ', { size: 14 })]));
  // About 3 cm to sign (and stamp) in, then each name; several signers of one title each get room.
  if (s.names.length === 0) out.push(line([text(' ')], { before: 72 }));
  s.names.forEach((n, i) => out.push(line([text(n, { bold: true, size: 14 })], { before: i === 0 ? 72 : 48 })));
  return out;
}

/** "Nơi nhận:" bold italic 12 pt, then its list in 11 pt, left-aligned; label and list on one page. */
export function recipients(lang: DocLang, lines: string[]): Paragraph[] {
  const label = documentFrame[lang].recipients;
  return [
    new Paragraph({ children: [text(label, { bold: true, italic: true, size: 12 })], spacing: { before: 240, after: 0 }, keepNext: true }),
    ...lines.map((l, i) => new Paragraph({ children: [text(`- ${l}`, { size: 11 })], spacing: { before: 0, after: 0 }, keepNext: i < lines.length - 1 })),
  ];
}

/**
 * The signature table: left and right blocks side by side, kept on one page. `left` may be a
 * second signer (minutes: THƯ KÝ / CHỦ TỌA) or the recipients (a single-signer document).
 * `under` goes in the left cell below the left signer: the recipients of a two-signer document,
 * which as a paragraph after the table LibreOffice would let start a page of their own.
 */
export function signatures(o: { left?: Signer | Paragraph[]; right: Signer; under?: Paragraph[] }): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const isSigner = (x: Signer | Paragraph[] | undefined): x is Signer => !!x && !Array.isArray(x);
  // A title that wraps ("FOR THE COUNTING / COMMITTEE") counts its lines, so the other signer's
  // titles are padded to as many and the names below line up.
  const lines = Math.max(titleLinesOf(o.right), isSigner(o.left) ? titleLinesOf(o.left) : 0);
  const left = [...(isSigner(o.left) ? signerParagraphs(o.left, lines) : (o.left ?? [line([])])), ...(o.under ?? [])];
  return layoutTable([
    { children: [line([], { before: 12 }), ...left], width: half },
    { children: [line([], { before: 12 }), ...signerParagraphs(o.right, lines)], width: TEXT_WIDTH - half },
  ]);
}

/** A ruled table of text cells; `header` makes the first row bold; "\n" breaks a cell's line. Widths in per cent (widths.ts fits them to the text). */
/** Rows (header included) up to which a table is kept on one page. */
export const KEPT_WHOLE_ROWS = 16;

export function table(
  rows: string[][],
  o: {
    widths: number[];
    header?: boolean;
    align?: ('left' | 'center' | 'right')[];
    /**
     * 'whole' (the default): a table that fits on a page is printed on one page, each row kept with
     * the next, so the last row ("Cả kỳ họp") never goes overleaf alone under a repeated header; a
     * longer one breaks where it must. 'ends': it may break anywhere after its first row under the
     * header and before its last two, which stay together, the header repeated overleaf: a report of
     * several tables and charts (the review) otherwise left the foot of a page empty whenever a table
     * did not fit under a chart. (The header and two rows held together left a fifth of a page empty
     * above the votes table, whose rows take four lines each.)
     */
    keep?: 'whole' | 'ends';
    /**
     * The last row kept with the paragraph after the table (a report's closing sentence never starts
     * a page without its last table), in place of the row before it: under 'ends' the last two rows
     * and the closing together moved a short table whole and left a page a fifth empty above it.
     */
    keepWithNext?: boolean;
    /** The header's size where it is smaller than the body's (its widths fitted at it: `fitColumns` headPt). */
    headPt?: number;
    /** Millimetres each row under the header has at least: room to mark a ballot paper's boxes by hand. */
    markRows?: number;
  },
): Table {
  const headPt = o.headPt ?? TABLE_CELL.pt;
  const widths = o.widths.map((w) => Math.round((TEXT_WIDTH * w) / 100));
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
  const keptWhole = o.keep !== 'ends' && rows.length <= KEPT_WHOLE_ROWS;
  const keptWithNext = (r: number) =>
    r === rows.length - 1 ? o.keepWithNext === true : keptWhole || (o.keep === 'ends' && (r === 0 || (r === rows.length - 2 && !o.keepWithNext)));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: o.header && r === 0,
          cantSplit: true,
          ...(o.markRows && r > 0 ? { height: { value: convertMillimetersToTwip(o.markRows), rule: HeightRule.ATLEAST } } : {}),
          children: cells.map(
            (c, i) =>
              new TableCell({
                width: { size: widths[i], type: WidthType.DXA },
                borders: { top: border, bottom: border, left: border, right: border },
                margins: { left: TABLE_CELL.margins / 2, right: TABLE_CELL.margins / 2 },
                verticalAlign: VerticalAlign.CENTER,
                children: [
                  new Paragraph({
                    alignment: ALIGN[(o.header && r === 0 ? 'center' : o.align?.[i]) ?? 'left'],
                    spacing: { before: 40, after: 40 },
                    keepNext: keptWithNext(r),
                    // A line break in the text ("25\n(71,43%)") is a break in the cell.
                    children: (o.header && r === 0 ? headerAsPrinted(c, o.widths[i], headPt) : c)
                      .split('\n')
                      .map((l, k) => text(l, { bold: o.header && r === 0, size: o.header && r === 0 ? headPt : TABLE_CELL.pt, breakBefore: k > 0 })),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

export function toBuffer(doc: Document): Promise<Buffer> {
  return Packer.toBuffer(doc);
}
