/**
 * A row of an import named as the user finds it in the file: "dòng 5" of a spreadsheet or a
 * text file, "bảng 2, dòng 5" of a Word document, whose rows read in one run are numbered by
 * nothing the document shows (its letterhead, headings and several tables come before).
 */
import { i18n, t } from './i18n.svelte';
import type { DocxPlace } from './docxTables';

/** In a sentence: "dòng 5", "bảng 2, dòng 5", "dòng chữ phía trên bảng 2"; `capital` to begin one. */
export function rowPhrase(line: number, places: readonly DocxPlace[] | null, capital = false): string {
  const p = places?.[line - 1];
  const phrase = !p ? t('rosterImport.at.line', { line }) : 'table' in p ? t('rosterImport.at.tableRow', p) : t('rosterImport.at.aboveTable', { table: p.above });
  return capital ? phrase.charAt(0).toLocaleUpperCase(i18n.lang) + phrase.slice(1) : phrase;
}

/** The first column of the preview's tables: its heading, and each row's cell ("5" under "Dòng", "Bảng 2, dòng 5" under "Vị trí"). */
export const rowColumn = (places: readonly DocxPlace[] | null): string => t(places ? 'rosterImport.place' : 'rosterImport.line');
export const rowCell = (line: number, places: readonly DocxPlace[] | null): string => (places ? rowPhrase(line, places, true) : String(line));
