import type { Touched } from '../store/changes';

/** A test of what a command touched: does it reach what a slice (or an undo scope's place) reads? */
export type Dep = (touched: Touched) => boolean;

/**
 * What `dep` names, as a test of what a command touched: 'table', 'table:key',
 * 'table:prefix*', 'table(col,col)' (a row inserted or deleted, or one of those columns
 * changed), or 'table-' (a row deleted; for an undo or a redo, which can put a deleted row
 * back, a row inserted or deleted: `restoring`). Parsed once, not after every command.
 */
export function depTest(dep: string, restoring = false): Dep {
  if (dep.endsWith('-')) {
    const table = dep.slice(0, -1);
    if (restoring) return depTest(`${table}(id)`);
    return (touched) => touched.rows(table).some((t) => t.op === 'delete');
  }
  const paren = dep.indexOf('(');
  if (paren >= 0) {
    const table = dep.slice(0, paren);
    const columns = dep.slice(paren + 1, -1).split(',');
    return (touched) => columns.some((column) => touched.changed(table, column));
  }
  const colon = dep.indexOf(':');
  if (colon < 0) return (touched) => touched.has(dep);
  const table = dep.slice(0, colon);
  const key = dep.slice(colon + 1);
  if (key.endsWith('*')) {
    const prefix = key.slice(0, -1);
    return (touched) => touched.keys(table).some((k) => String(k).startsWith(prefix));
  }
  return (touched) => touched.keys(table).some((k) => String(k) === key);
}
