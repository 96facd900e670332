/**
 * A delegate group as an English document names it. The roster import reads a group's heading in
 * the office's words ("Tổ đại biểu số 1", "TỔ 2", "Tổ số 3", or the bare "số 4"): those words are
 * the app's to translate; what follows them ("1 - xã Hòa Sơn", "Khối Đảng") is the office's name
 * and is kept as typed. The minutes say "delegate group 1 - xã Hòa Sơn"; the review's tables and
 * chart "Group 1 - xã Hòa Sơn" under their "Delegate group" heading, where "số 1" read as
 * Vietnamese left in an English report.
 */
import type { Lang } from '../strings';

const GROUP_WORDS = /^(?:tổ(?:\s+đại\s+biểu)?(?:\s+số)?|số)(?:\s+|(?=\d)|$)/iu;

/** The office's own part of a group's name: "Tổ đại biểu số 1 - xã Hòa Sơn" → "1 - xã Hòa Sơn". */
export function groupOwnName(group: string): string {
  return group.normalize('NFC').trim().replace(GROUP_WORDS, '').trim();
}

/** A group in a table cell or a chart's label: as typed in Vietnamese, "Group 1" in English ('' stays ''). */
export function groupLabel(group: string, lang: Lang): string {
  if (lang === 'vi' || group.trim() === '') return group;
  const own = groupOwnName(group);
  return own ? `Group ${own}` : 'Group';
}
