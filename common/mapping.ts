/**
 * Column mappings of the spreadsheet imports (roster, agenda): field → column index, -1 for none;
 * and their header as the reader sees it when an office sets it over two rows.
 */

/** Fields mapped to a column another field also takes; an import refuses them, naming both. */
export function fieldsMappedTwice<F extends string>(mapping: Record<F, number>, fields: readonly F[]): F[] {
  const seen = new Map<number, F>();
  const twice = new Set<F>();
  for (const f of fields) {
    const col = mapping[f];
    if (col < 0) continue;
    const other = seen.get(col);
    if (other) twice.add(other).add(f);
    else seen.set(col, f);
  }
  return [...twice];
}

/** "(1) (2) (3)" or "1 2 3" under the header: the columns' numbers, as official tables carry them. */
export const isColumnNumbers = (row: readonly string[]): boolean => {
  const filled = row.filter((c) => c.trim() !== '');
  return filled.length >= 2 && filled.every((c) => /^\(?\d{1,2}\)?$/.test(c.trim()));
};

/**
 * For each column, the header cell over it: its own, or, when a cell of the header row is merged
 * across several columns (its text in the first, the others empty), that first cell's: "Ngày sinh"
 * over both "Nam" and "Nữ", "Thời gian" over both "Bắt đầu" and "Kết thúc".
 */
function spannedTop(top: readonly string[], width: number): { text: string; from: number }[] {
  let from = -1;
  return Array.from({ length: width }, (_, i) => {
    if ((top[i] ?? '').trim() !== '' || from < 0) from = i;
    return { text: (top[from] ?? '').trim(), from };
  });
}

/**
 * The columns under a header cell merged across columns, by the header cell's text: those of a
 * cell with text under two of its columns or more ("Ngày sinh" over "Nam" and "Nữ").
 */
function splitColumns(top: readonly string[], below: readonly string[]): Map<number, string> {
  const over = spannedTop(top, Math.max(top.length, below.length));
  const filled = (i: number) => (below[i] ?? '').trim() !== '';
  const parts = new Map<number, string>();
  over.forEach(({ text, from }, i) => {
    if (text !== '' && filled(i) && over.filter((o, j) => o.from === from && filled(j)).length >= 2) parts.set(i, text);
  });
  return parts;
}

/**
 * The header's cells read over two rows, when offices set it so: the row under it continues it
 * when the cells merged down over both are empty there (`keyColumn`, the names' or titles' column,
 * among them: a data row fills it), and what it holds names a field (`namesField`: "Đơn vị bầu cử /"
 * over "Tổ đại biểu") or splits a header cell merged across columns ("Ngày sinh" over "Nam" and
 * "Nữ"). Each cell then carries the text under it on a second line, and a column under a cell
 * merged across columns carries that cell's text too ("Ngày sinh\nNữ", "Thời gian\nBắt đầu").
 * Null when the row under the header does not continue it (a row of column numbers never does).
 */
export function headerOverTwoRows(top: readonly string[], below: readonly string[] | undefined, namesField: (cell: string) => boolean, keyColumn: number): string[] | null {
  if (!below || isColumnNumbers(below)) return null;
  const parts = splitColumns(top, below);
  const filled = below.map((c, i) => ({ c, i })).filter(({ c }) => c.trim() !== '');
  const continues = filled.length > 0 && filled.every(({ c, i }) => namesField(c) || parts.has(i)) && (below[keyColumn] ?? '').trim() === '';
  if (!continues) return null;
  return Array.from({ length: Math.max(top.length, below.length) }, (_, i) =>
    [parts.get(i) ?? top[i] ?? '', below[i] ?? ''].map((c) => c.trim()).filter((c) => c !== '').join('\n'),
  );
}
