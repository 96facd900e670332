/**
 * The tables of a Word document (.docx), as rows of text cells like a workbook's: a council
 * office keeps its programme ("Chương trình kỳ họp") and its lists of delegates as tables in
 * Word more often than in Excel. Read from the file's own XML (unzipped by fflate, parsed by the
 * browser's DOMParser) rather than through a DOCX → HTML converter, because the rows must keep
 * their columns exactly: a cell merged across columns (w:gridSpan) gives its text to its first
 * column and blanks to the rest, and one merged down rows (w:vMerge) keeps its text in its first
 * row and blanks below, as a merged cell of a workbook reads (the programme's parser carries a
 * merged day down its rows).
 *
 * Every table of the body is read in order, with the text of paragraphs between two tables as
 * rows of one cell: a programme set as one table per day has its "NGÀY THỨ NHẤT" above each
 * table, a list of delegates its "TỔ ĐẠI BIỂU SỐ 1". Above the first table only the few lines
 * just over it are kept (a long letterhead or preamble would push the header row past the rows
 * the parsers look at); after the last, none (notes, the signature); nor a table of one or two
 * columns once the list has begun (a signature block or "Nơi nhận" set as a table).
 */
import { unzipSync } from 'fflate';
import type { FilePlace } from '../../common/filePlace';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Why a .docx could not be read: not a Word document, or one without any table. */
export class DocxError extends Error {
  /** noTable: the body's paragraphs, for a reader that takes a programme written as paragraphs. */
  constructor(
    readonly reason: 'corrupt' | 'noTable',
    readonly paragraphs: string[] = [],
  ) {
    super(reason);
  }
}

const isW = (node: Node, name: string): node is Element => node.nodeType === 1 && (node as Element).namespaceURI === W && (node as Element).localName === name;

/** Elements that only wrap others: content controls (w:sdt), custom XML and smart tags, around blocks, rows and cells. */
const WRAPPERS = ['sdt', 'sdtContent', 'customXml', 'smartTag'];

/** The element's w:* children of these names, in order, looking through the wrappers. */
function childrenOf(parent: Element, ...names: string[]): Element[] {
  const found: Element[] = [];
  for (const child of Array.from(parent.childNodes)) {
    if (names.some((name) => isW(child, name))) found.push(child as Element);
    else if (WRAPPERS.some((name) => isW(child, name))) found.push(...childrenOf(child as Element, ...names));
  }
  return found;
}

/** The w:val of the first w:`name` inside `el` (at any depth). */
const val = (el: Element | undefined, name: string): string | undefined => el?.getElementsByTagNameNS(W, name)[0]?.getAttributeNS(W, 'val') ?? undefined;
/** The w:val of `el`'s own child w:`name` (not one nested deeper, as in a tracked change's w:pPrChange). */
const childVal = (el: Element, name: string): string | undefined => childrenOf(el, name)[0]?.getAttributeNS(W, 'val') ?? undefined;

/** A paragraph's text as Word shows it: runs joined, tabs and line breaks as spaces; deleted (tracked) text left out. */
function paragraphText(p: Element): string {
  let text = '';
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      if (el.namespaceURI !== W) continue;
      if (el.localName === 'del' || el.localName === 'instrText') continue;
      if (el.localName === 't') text += el.textContent ?? '';
      else if (el.localName === 'tab' || el.localName === 'br' || el.localName === 'cr') text += ' ';
      else walk(el);
    }
  };
  walk(p);
  return text;
}

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The label Word shows before a paragraph of a list ("1.", "II.", "-"), counted in document order; '' outside one. */
type Labeller = (p: Element) => string;

/** A paragraph's text with its list label before it, as the reader sees it. */
const labelled = (p: Element, label: Labeller): string => {
  const mark = label(p);
  const text = squeeze(paragraphText(p));
  return mark && text ? `${mark} ${text}` : mark || text;
};

/**
 * A cell's text: its paragraphs (and those of a table nested in it) joined by a space, each with
 * its list label: an STT column numbered by Word (its cells hold no text, only the numbering).
 */
function cellText(tc: Element, label: Labeller): string {
  return squeeze(Array.from(tc.getElementsByTagNameNS(W, 'p')).map((p) => labelled(p, label)).join(' '));
}

/** A w:val that is a whole number (0 or more), else undefined. */
const wholeNumber = (v: string | undefined): number | undefined => (v != null && /^\d{1,3}$/.test(v.trim()) ? Number(v) : undefined);
/** An on/off property (w:isLgl): on when present, unless its w:val turns it off. */
const isOn = (el: Element | undefined): boolean => !!el && !['0', 'false', 'off'].includes(el.getAttributeNS(W, 'val') ?? '');

/** A w:val count (a span), 1 when absent or not a whole number. */
const count = (el: Element | undefined): number => {
  const v = el ? Number(el.getAttributeNS(W, 'val') ?? el.getAttribute('w:val')) : NaN;
  return Number.isInteger(v) && v > 0 ? v : 1;
};

function tableRows(tbl: Element, label: Labeller): string[][] {
  return childrenOf(tbl, 'tr').map((tr) => {
    const cells: string[] = [];
    // Columns a row leaves out before its first cell (w:gridBefore): blanks, so the rest line up.
    const before = childrenOf(tr, 'trPr')[0]?.getElementsByTagNameNS(W, 'gridBefore')[0];
    if (before) for (let i = 0; i < count(before); i++) cells.push('');
    for (const tc of childrenOf(tr, 'tc')) {
      cells.push(cellText(tc, label));
      const span = count(childrenOf(tc, 'tcPr')[0]?.getElementsByTagNameNS(W, 'gridSpan')[0]);
      for (let i = 1; i < span; i++) cells.push('');
    }
    return cells;
  });
}

const ROMAN: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
function roman(n: number): string {
  let out = '';
  let left = n;
  for (const [v, r] of ROMAN) {
    while (left >= v) {
      out += r;
      left -= v;
    }
  }
  return out;
}
const letter = (n: number) => (n >= 1 ? String.fromCharCode(64 + ((n - 1) % 26) + 1) : '');

/** A counter as a level of a Word list writes it (w:numFmt). */
function formatCount(n: number, fmt: string): string {
  if (fmt === 'upperRoman') return roman(n);
  if (fmt === 'lowerRoman') return roman(n).toLowerCase();
  if (fmt === 'upperLetter') return letter(n);
  if (fmt === 'lowerLetter') return letter(n).toLowerCase();
  return String(n);
}

/** A level of a Word list: how its counter is written (w:numFmt, w:lvlText) and where it starts. */
interface Level {
  fmt: string;
  text: string;
  start: number;
  /** The paragraph style the level is linked to (w:pStyle in w:lvl), as a multilevel list is to "Heading 1", "Heading 2". */
  style?: string;
  /** w:lvlRestart: it restarts only under the levels above this one-based level (0: never, items counted on through the parts); absent: under any level above it. */
  restart?: number;
  /** w:isLgl, Word's "Legal style numbering": every counter in its text written as a number ("1.1", not "I.1"). */
  legal: boolean;
}

/** How a paragraph style numbers its paragraphs: w:numPr set on the style (or one it is based on). */
interface StyleNumbering {
  numId?: string;
  ilvl?: number;
}

/** The numbering each paragraph style gives (w:numPr on the style or on one it is based on, w:basedOn), by style id. */
function styleNumbering(stylesXml: string | undefined): Map<string, StyleNumbering> {
  const out = new Map<string, StyleNumbering>();
  if (!stylesXml) return out;
  const styles = new DOMParser().parseFromString(stylesXml, 'application/xml');
  const own = new Map<string, { numPr?: StyleNumbering; basedOn?: string }>();
  for (const style of Array.from(styles.getElementsByTagNameNS(W, 'style'))) {
    const id = style.getAttributeNS(W, 'styleId');
    if (!id) continue;
    const pPr = childrenOf(style, 'pPr')[0];
    const numPr = pPr ? childrenOf(pPr, 'numPr')[0] : undefined;
    const basedOn = childVal(style, 'basedOn');
    own.set(id, { basedOn, numPr: numPr ? numberProps(numPr) : undefined });
  }
  for (const id of own.keys()) {
    // Up the w:basedOn chain: the nearest style that sets numId or ilvl gives it (a loop or a long chain stops).
    const found: StyleNumbering = {};
    let at: string | undefined = id;
    for (let depth = 0; at && depth < 20; depth++) {
      const s = own.get(at);
      found.numId ??= s?.numPr?.numId;
      found.ilvl ??= s?.numPr?.ilvl;
      at = s?.basedOn;
    }
    if (found.numId !== undefined) out.set(id, found);
  }
  return out;
}

/** A w:numPr's list (w:numId) and level (w:ilvl), each where it is given. */
function numberProps(numPr: Element): StyleNumbering {
  const numId = val(numPr, 'numId');
  const ilvl = val(numPr, 'ilvl');
  return { numId, ilvl: wholeNumber(ilvl) };
}

/**
 * The label Word shows before each paragraph of a numbered or bulleted list, which the paragraph's
 * text does not hold: "1.", "II.", "a)", "1.2."; any bullet as "-", a dash line. A paragraph is in a
 * list by its own w:numPr or by its style's (Word's "List Number", "List Bullet", a heading linked to
 * a multilevel list: the w:numPr is on the style in styles.xml; its own numId 0 takes it out). Counted
 * in document order per list (w:abstractNum: every w:num of it continues the same count), a level
 * restarting under the level above it, and where a w:num restarts it (w:lvlOverride/w:startOverride,
 * as Word writes "Restart at 1" for each day or part): from that number where that w:num is first
 * used. A w:lvlOverride may give a level of its own (w:lvl). Empty for a paragraph outside a list, or
 * a document without numbering.
 */
function listLabels(numberingXml: string | undefined, stylesXml: string | undefined): (p: Element) => string {
  if (!numberingXml) return () => '';
  const numbering = new DOMParser().parseFromString(numberingXml, 'application/xml');
  const levelOf = (lvl: Element): Level => ({
    fmt: val(lvl, 'numFmt') ?? 'decimal',
    text: val(lvl, 'lvlText') ?? '',
    start: wholeNumber(val(lvl, 'start')) ?? 1,
    style: val(lvl, 'pStyle'),
    restart: wholeNumber(childVal(lvl, 'lvlRestart')),
    legal: isOn(childrenOf(lvl, 'isLgl')[0]),
  });
  const levels = new Map<string, Map<number, Level>>();
  // A list defined by a list style (w:numStyleLink): its levels are those of the list that style names.
  const linked = new Map<string, string>();
  const styleLinks = new Map<string, string>();
  for (const abs of Array.from(numbering.getElementsByTagNameNS(W, 'abstractNum'))) {
    const id = abs.getAttributeNS(W, 'abstractNumId') ?? '';
    const byLevel = new Map<number, Level>();
    for (const lvl of childrenOf(abs, 'lvl')) byLevel.set(Number(lvl.getAttributeNS(W, 'ilvl') ?? 0), levelOf(lvl));
    levels.set(id, byLevel);
    const numStyleLink = val(abs, 'numStyleLink');
    if (numStyleLink) linked.set(id, numStyleLink);
    const styleLink = val(abs, 'styleLink');
    if (styleLink) styleLinks.set(styleLink, id);
  }
  const abstractOf = new Map<string, string>();
  // Per w:num: the levels it restarts (w:startOverride) and the levels it defines anew (w:lvl in w:lvlOverride).
  const overrides = new Map<string, { starts: Map<number, number>; levels: Map<number, Level> }>();
  for (const num of Array.from(numbering.getElementsByTagNameNS(W, 'num'))) {
    const numId = num.getAttributeNS(W, 'numId') ?? '';
    abstractOf.set(numId, val(num, 'abstractNumId') ?? '');
    const starts = new Map<number, number>();
    const own = new Map<number, Level>();
    for (const o of childrenOf(num, 'lvlOverride')) {
      const ilvl = Number(o.getAttributeNS(W, 'ilvl') ?? 0);
      const start = childVal(o, 'startOverride');
      const lvl = childrenOf(o, 'lvl')[0];
      if (lvl) own.set(ilvl, levelOf(lvl));
      if (start != null && Number.isInteger(Number(start))) starts.set(ilvl, Number(start));
      else if (lvl) starts.set(ilvl, own.get(ilvl)!.start);
    }
    if (starts.size || own.size) overrides.set(numId, { starts, levels: own });
  }
  const byStyle = styleNumbering(stylesXml);
  // The abstract list whose levels a list gives: through a list style (numStyleLink → the style's w:num → its list).
  const listOf = (numId: string): string => {
    const abs = abstractOf.get(numId) ?? '';
    const link = linked.get(abs);
    if (!link) return abs;
    const viaStyle = styleLinks.get(link) ?? abstractOf.get(byStyle.get(link)?.numId ?? '');
    return viaStyle ?? abs;
  };
  const counters = new Map<string, (number | undefined)[]>();
  const used = new Set<string>();
  return (p: Element) => {
    const pPr = childrenOf(p, 'pPr')[0];
    const styleId = pPr ? childVal(pPr, 'pStyle') : undefined;
    const fromStyle = styleId ? byStyle.get(styleId) : undefined;
    // Its own w:numPr (not one a tracked change of its properties, w:pPrChange, had before).
    const ownNumPr = pPr ? childrenOf(pPr, 'numPr')[0] : undefined;
    const own = ownNumPr ? numberProps(ownNumPr) : {};
    const numId = own.numId ?? fromStyle?.numId;
    if (!numId || numId === '0') return '';
    const list = listOf(numId);
    const override = overrides.get(numId);
    const byLevel = new Map(levels.get(list) ?? []);
    for (const [k, l] of override?.levels ?? []) byLevel.set(k, l);
    // Its level: its own, else its style's, else the level linked to its style (a heading of a multilevel list), else the first.
    const linkedLevel = styleId ? [...byLevel].find(([, l]) => l.style === styleId)?.[0] : undefined;
    const ilvl = own.ilvl ?? fromStyle?.ilvl ?? linkedLevel ?? 0;
    const level = byLevel.get(ilvl);
    if (!level) return '';
    if (level.fmt === 'bullet' || level.fmt === 'none') return level.fmt === 'bullet' ? '-' : '';
    const count = counters.get(list) ?? [];
    // "Restart at 1": where this w:num is first used, its overridden levels count again from their start.
    if (override && !used.has(numId)) for (const [k, start] of override.starts) count[k] = start - 1;
    used.add(numId);
    count[ilvl] = (count[ilvl] ?? (level.start - 1)) + 1;
    // The levels under it start again, but for one that restarts only under a level above this one.
    for (let d = ilvl + 1; d < count.length; d++) {
      const restart = byLevel.get(d)?.restart;
      if (ilvl < (restart !== undefined && restart <= d ? restart : d)) count[d] = undefined;
    }
    counters.set(list, count);
    return level.text.replace(/%(\d)/g, (_, k: string) => {
      const at = Number(k) - 1;
      const l = byLevel.get(at);
      return formatCount(count[at] ?? l?.start ?? 1, level.legal ? 'decimal' : (l?.fmt ?? 'decimal'));
    });
  };
}

/** Paragraphs kept above the first table: the title and the heading of the first day or group, not a long preamble. */
const ABOVE_FIRST = 4;


/**
 * The rows of every table of the document's body, in order, with the paragraphs between and
 * after them, and where each row is in the document.
 */
export function rowsFromDocx(data: ArrayBuffer): { rows: string[][]; places: FilePlace[]; paragraphs: string[]; wide: boolean } {
  let xml: string;
  let numberingXml: string | undefined;
  let stylesXml: string | undefined;
  try {
    const files = unzipSync(new Uint8Array(data), { filter: (f) => ['word/document.xml', 'word/numbering.xml', 'word/styles.xml'].includes(f.name) });
    xml = new TextDecoder('utf-8').decode(files['word/document.xml']);
    if (files['word/numbering.xml']) numberingXml = new TextDecoder('utf-8').decode(files['word/numbering.xml']);
    if (files['word/styles.xml']) stylesXml = new TextDecoder('utf-8').decode(files['word/styles.xml']);
  } catch {
    throw new DocxError('corrupt');
  }
  const label = listLabels(numberingXml, stylesXml);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const body = doc.getElementsByTagNameNS(W, 'body')[0];
  if (!body || doc.getElementsByTagName('parsererror').length > 0) throw new DocxError('corrupt');
  const rows: string[][] = [];
  const places: FilePlace[] = [];
  let tables = 0;
  // Every table of the body as the reader counts them, the ones left out too.
  let seen = 0;
  let listBegun = false;
  let between: string[][] = [];
  // Every paragraph of the body outside the tables, in order (a programme may be written as paragraphs).
  const paragraphs: string[] = [];
  for (const node of childrenOf(body, 'tbl', 'p')) {
    if (isW(node, 'tbl')) {
      seen++;
      const table = tableRows(node, label);
      const width = Math.max(0, ...table.map((r) => r.length));
      // Once the list has begun, a narrow table is the signature block or "Nơi nhận", not more of it.
      if (listBegun && width < 3) continue;
      listBegun ||= width >= 3;
      tables++;
      rows.push(...between, ...table);
      places.push(...between.map(() => ({ above: seen })), ...table.map((_, i) => ({ table: seen, row: i + 1 })));
      between = [];
    } else {
      const text = squeeze(paragraphText(node));
      // Word's own numbering ("1.", "I.", a dash bullet) is not in the text: the paragraphs read as a
      // programme get it back, as the reader sees it (counted even on an empty one, as Word counts it).
      const read = labelled(node, label);
      if (text) {
        between.push([text]);
        paragraphs.push(read);
      }
      // Above the first table, only the lines just over it: its title and first heading.
      if (tables === 0) between = between.slice(-ABOVE_FIRST);
    }
  }
  if (tables === 0) throw new DocxError('noTable', paragraphs);
  // wide: a table of three columns or more (a list's), not only a letterhead or signature set as one.
  return { rows, places, paragraphs, wide: listBegun };
}
