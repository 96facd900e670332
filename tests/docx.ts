/**
 * Reads a .docx as Word would: unzips it (fflate) and parses word/document.xml with a real XML
 * parser (jsdom), so tests check what a reader of the file sees, not what the writer meant.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { JSDOM } from 'jsdom';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export interface DocxParagraph {
  text: string;
  /** Inside a table cell. */
  inTable: boolean;
  el: Element;
}

export function readDocx(bytes: Uint8Array) {
  const files = unzipSync(bytes);
  const xml = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`${name} is missing from the package`);
    return new JSDOM(strFromU8(f), { contentType: 'text/xml' }).window.document;
  };
  const doc = xml('word/document.xml');
  const attr = (el: Element | null | undefined, name: string) => el?.getAttributeNS(W, name) ?? el?.getAttribute(`w:${name}`) ?? null;
  const all = (root: Document | Element, tag: string) => [...root.getElementsByTagNameNS(W, tag)];
  const paragraphs: DocxParagraph[] = all(doc, 'p').map((p) => ({
    // A line break inside a paragraph (a cell of two lines) reads as one; a non-breaking hyphen
    // is a hyphen to the reader, and a soft hyphen shows only where a line breaks; a word joiner
    // (which holds "2016–2021" on one line) is not seen at all.
    text: all(p, '*').map((e) => (e.localName === 't' ? (e.textContent ?? '').replaceAll('\u2060', '') : e.localName === 'br' ? '\n' : e.localName === 'noBreakHyphen' ? '-' : '')).join(''),
    inTable: hasAncestor(p, "tbl"),
    el: p,
  }));
  const sect = all(doc, 'sectPr').at(-1)!;
  return {
    files: Object.keys(files),
    doc,
    xml,
    attr,
    all,
    paragraphs,
    /** The body's text, paragraph by paragraph. */
    text: paragraphs.map((p) => p.text).join('\n'),
    pageSize: { w: Number(attr(all(sect, 'pgSz')[0], 'w')), h: Number(attr(all(sect, 'pgSz')[0], 'h')) },
    margins: Object.fromEntries(['top', 'right', 'bottom', 'left'].map((k) => [k, Number(attr(all(sect, 'pgMar')[0], k))])) as Record<'top' | 'right' | 'bottom' | 'left', number>,
    titlePage: all(sect, 'titlePg').length > 0,
    tables: all(doc, 'tbl'),
  };
}

function hasAncestor(el: Element, localName: string): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.localName === localName) return true;
  return false;
}

/** Twips (1/20 pt) in millimetres. */
export const twipsToMm = (t: number) => (t / 1440) * 25.4;
