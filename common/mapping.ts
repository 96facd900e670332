/** Column mappings of the spreadsheet imports (roster, agenda): field → column index, -1 for none. */

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
