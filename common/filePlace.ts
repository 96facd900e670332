/**
 * Where a row of an imported file is, named as the office finds it there: "dòng 5" of a
 * spreadsheet or a text file (its own row number, the header and any title or blank rows
 * counted), "bảng 2, dòng 5" of a Word document, whose rows read in one run (letterhead,
 * headings, several tables) are numbered by nothing the document shows. One phrase for the
 * console's preview and the engine's refusal alike.
 */
import { fill, type Lang } from './strings';

/**
 * A Word document's row: a table's row (tables counted as the document has them, rows from each
 * table's first), a line of text above a table, or, in a document with no table of its own (a
 * programme written as paragraphs), its paragraph counted from the top, empty ones not counted.
 */
export type FilePlace = { table: number; row: number } | { above: number } | { paragraph: number };

const en = {
  'place.line': 'line {line}',
  'place.tableRow': 'table {table}, row {row}',
  'place.aboveTable': 'the text above table {table}',
  'place.paragraph': 'paragraph {paragraph}',
};
const vi: Record<keyof typeof en, string> = {
  'place.line': 'dòng {line}',
  'place.tableRow': 'bảng {table}, dòng {row}',
  'place.aboveTable': 'dòng chữ phía trên bảng {table}',
  'place.paragraph': 'đoạn {paragraph}',
};
export const placeWords = { en, vi };

/**
 * "dòng 5", "bảng 2, dòng 5", "dòng chữ phía trên bảng 2": row `line` of the rows read (1-based,
 * which is a spreadsheet's own row number), or its `place` in a Word document; `capital` to begin a sentence.
 */
export function placePhrase(line: number, place: FilePlace | null | undefined, lang: Lang, capital = false): string {
  const words = placeWords[lang];
  const phrase = !place
    ? fill(words['place.line'], { line })
    : 'table' in place
      ? fill(words['place.tableRow'], place)
      : 'paragraph' in place
        ? fill(words['place.paragraph'], place)
        : fill(words['place.aboveTable'], { table: place.above });
  return capital ? phrase.charAt(0).toLocaleUpperCase(lang) + phrase.slice(1) : phrase;
}
