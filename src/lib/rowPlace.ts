/**
 * A row of an import named as the user finds it in the file (common/filePlace.ts): "dòng 5" of a
 * spreadsheet or a text file, "bảng 2, dòng 5" of a Word document. The engine's refusals name
 * rows with the same phrase, so the rows an import sends carry their place (`withPlaces`).
 */
import { i18n, t } from './i18n.svelte';
import { placePhrase, type FilePlace } from '../../common/filePlace';

/** In a sentence: "dòng 5", "bảng 2, dòng 5", "dòng chữ phía trên bảng 2"; `capital` to begin one. */
export const rowPhrase = (line: number, places: readonly FilePlace[] | null, capital = false): string => placePhrase(line, places?.[line - 1], i18n.lang, capital);

/** The first column of the preview's tables: its heading, and each row's cell ("5" under "Dòng", "Bảng 2, dòng 5" under "Vị trí"). */
export const rowColumn = (places: readonly FilePlace[] | null): string => t(places ? 'rosterImport.place' : 'rosterImport.line');
export const rowCell = (line: number, places: readonly FilePlace[] | null): string => (places ? rowPhrase(line, places, true) : String(line));

/** Rows to send to an import command, each with its place in a Word document (none in a spreadsheet: its line is its row number). */
export const withPlaces = <R extends { line: number }>(rows: readonly R[], places: readonly FilePlace[] | null): (R & { place?: FilePlace })[] =>
  rows.map((r) => (places?.[r.line - 1] ? { ...r, place: places[r.line - 1] } : r));
