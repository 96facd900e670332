/**
 * The office's programme file, read for the agenda's import: as readSheet reads any table
 * (spreadsheet.ts), except a Word document with no table of the programme's (none at all, or only
 * its letterhead or signature set as a narrow one): many offices type the programme as paragraphs,
 * numbered items with dash lines under them, which are read as the rows of a table
 * (common/agenda/paragraphs.ts), each named by its paragraph. A list of delegates so typed is
 * refused, saying it is one; any other such document is refused as readSheet refuses it.
 */
import { findHeaderRow, programmeTable } from '../../common/agenda/import';
import { delegateListHeading, paragraphProgramme } from '../../common/agenda/paragraphs';
import { looksLegacyVietnamese, readSheet, rowsFromPaste, SpreadsheetError, type Sheet } from './spreadsheet';
import { isDelegateList } from './wrongList';
import { composed } from '../../common/fold';

export interface ProgrammeSheet extends Sheet {
  /** Read from a Word document's paragraphs, not from a table. */
  fromParagraphs: boolean;
}

export async function readProgrammeSheet(fileName: string, data: ArrayBuffer): Promise<ProgrammeSheet> {
  if (fileName.toLowerCase().endsWith('.docx')) {
    const { rowsFromDocx, DocxError } = await import('./docxTables');
    let paragraphs: string[] | null = null;
    let noTable = false;
    try {
      const read = rowsFromDocx(data);
      if (!read.wide && findHeaderRow(programmeTable(read.rows)) < 0) paragraphs = read.paragraphs.map(composed);
    } catch (e) {
      if (e instanceof DocxError && e.reason === 'noTable') [paragraphs, noTable] = [e.paragraphs.map(composed), true];
    }
    if (paragraphs) {
      // A list of delegates typed as paragraphs ("TỔ ĐẠI BIỂU SỐ 1", "1. Nguyễn Văn Hùng"): not the programme; said so, nothing read.
      if (delegateListHeading(paragraphs) !== null) throw new SpreadsheetError('spreadsheet.delegatesNotProgramme', fileName);
      const { rows, kept } = paragraphProgramme(paragraphs);
      if (rows.length > 0) {
        if (looksLegacyVietnamese(rows)) throw new SpreadsheetError('spreadsheet.legacy', fileName);
        return { rows, places: kept.map((i) => ({ paragraph: i + 1 })), fromParagraphs: true };
      }
      // Neither a table nor a programme's paragraphs: say what the programme's import reads.
      if (noTable) throw new SpreadsheetError('spreadsheet.noProgramme', fileName);
    }
  }
  return { ...(await readSheet(fileName, data)), fromParagraphs: false };
}

/** A File from an <input type="file">. */
export async function readProgrammeFile(file: File): Promise<ProgrammeSheet> {
  return readProgrammeSheet(file.name, await file.arrayBuffer());
}

/**
 * Lines pasted into the import (a list of delegates refused: SpreadsheetError): rows of a table as Excel or a Word table copies them (tabs, or
 * commas or semicolons alike on every line: rowsFromPaste), else, when they have neither and read as a programme, the paragraphs of a
 * programme copied from Word, read as a document's paragraphs are (each named by its line).
 * Without that, a title's commas split it into columns ("… năm 2026; mục tiêu, nhiệm vụ" read
 * "nhiệm vụ" as the item's kind).
 */
export function readProgrammeText(pasted: string): ProgrammeSheet {
  const text = composed(pasted);
  const rows = rowsFromPaste(text);
  // A list of delegates pasted here by mistake: refused, saying where it goes, as its file is.
  if (isDelegateList(rows)) throw new SpreadsheetError('spreadsheet.delegatesPasted', '');
  if (!text.includes('\t') && findHeaderRow(programmeTable(rows)) < 0) {
    // Numbered as a document's paragraphs are: the empty ones not counted.
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
    const read = paragraphProgramme(lines);
    if (read.rows.length > 0 && read.rows.some((r) => r.length > 1)) return { rows: read.rows, places: read.kept.map((i) => ({ paragraph: i + 1 })), fromParagraphs: true };
  }
  return { rows, places: null, fromParagraphs: false };
}
