/**
 * Which rows of a programme file are already in the session's programme, so that choosing the
 * same file twice, or a corrected one, adds only what is new. The preview marks them and the
 * engine skips them (electron/features/prep/agenda-import.ts), both by this one rule:
 *
 * a row is already there when an item of the programme has the same title (case, spacing and how
 * the diacritics were typed aside: textKey), is in the same sitting (or neither has one), and has
 * the same place in the outline: a main item, or a sub-item of the item its heading in the file
 * already is. Each item answers for one row only: a file's second "Giải lao" of a sitting is new.
 */
import { textKey } from '../fold';

/** A sitting as both sides name it: "2026-12-08 morning", null for none. */
export const sittingKey = (s: { date: string; part: string } | null | undefined): string | null => (s ? `${s.date} ${s.part}` : null);

export interface ProgrammeItem {
  id: number;
  title: string;
  parentId: number | null;
  sitting: string | null;
}

export interface FileRow {
  title: string;
  sub: boolean;
  /** The sitting the row would land in (its own, or the one chosen for rows without): sittingKey. */
  sitting: string | null;
}

/** The programme's items with their sitting named, from the agenda, its outline and the sittings. */
export function programmeItems(
  agenda: readonly { id: number; title: string }[],
  outline: readonly { id: number; parentId: number | null; sittingId: number | null }[],
  sittings: readonly { id: number; date: string; part: string }[],
): ProgrammeItem[] {
  const placeOf = new Map(outline.map((o) => [o.id, o]));
  const sittingOf = new Map(sittings.map((s) => [s.id, s]));
  return agenda.map(({ id, title }) => {
    const o = placeOf.get(id);
    return { id, title, parentId: o?.parentId ?? null, sitting: sittingKey(o?.sittingId == null ? null : sittingOf.get(o.sittingId)) };
  });
}

/** For each row, the id of the item it already is, or null: a row to add. */
export function alreadyInProgramme(rows: readonly FileRow[], items: readonly ProgrammeItem[]): (number | null)[] {
  const free = new Map<string, number[]>();
  const keyOf = (title: string, parentId: number | null, sitting: string | null) => JSON.stringify([textKey(title), parentId, sitting]);
  for (const item of items) {
    const key = keyOf(item.title, item.parentId, item.sitting);
    free.set(key, [...(free.get(key) ?? []), item.id]);
  }
  // The item the last main row is (null: a new heading, so its sub-items are new too).
  let heading: number | null = null;
  return rows.map((row) => {
    if (row.sub && heading === null) return null;
    const found = free.get(keyOf(row.title, row.sub ? heading : null, row.sitting))?.shift() ?? null;
    if (!row.sub) heading = found;
    return found;
  });
}
