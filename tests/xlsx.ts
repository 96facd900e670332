/**
 * The one way tests make .xlsx files: write-excel-file, the sister of the reader the console
 * uses. Plain values become cells; a Date is written as a real date cell (dd/mm/yyyy).
 */
import writeXlsxFile from 'write-excel-file/node';

export type Cell = string | number | boolean | Date | null;

export async function xlsxBuffer(rows: Cell[][], sheet = 'Sheet1'): Promise<Buffer> {
  const data = rows.map((row) => row.map((value) => (value === null ? null : { value })));
  return writeXlsxFile(data, { sheet, dateFormat: 'dd/mm/yyyy' }).toBuffer();
}

/** The same workbook as an ArrayBuffer, as a browser File would give it. */
export async function xlsx(rows: Cell[][], sheet?: string): Promise<ArrayBuffer> {
  const b = await xlsxBuffer(rows, sheet);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}
