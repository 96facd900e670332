/**
 * The page of Nghị định 30/2020/NĐ-CP documents, without the DOCX library: document models and
 * column fitting (widths.ts) need its measures, and they load on every start, while the DOCX
 * library loads only when a file is first written.
 */
export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  margin: { topMm: 20, rightMm: 15, bottomMm: 20, leftMm: 30 },
};

/** Millimetres to twips (twentieths of a point), rounded down as the DOCX library does. */
export const mmToTwip = (mm: number): number => Math.floor((mm / 25.4) * 72 * 20);

/** Width of the text area in twips (165 mm). */
export const TEXT_WIDTH = mmToTwip(PAGE.widthMm - PAGE.margin.leftMm - PAGE.margin.rightMm);

/** A ruled table's text size (points) and its cells' left and right margins together (twips). */
export const TABLE_CELL = { pt: 13, margins: 160 };
