import { foldWords } from '../fold';

/**
 * Words by which a programme names the item where the roll call's result is read out: "Báo cáo kết
 * quả điểm danh đại biểu", "Điểm danh", "Báo cáo số đại biểu có mặt", "Roll call". A programme has
 * no kind for it (it is a line of the opening), so the title decides; "Khai mạc" or "Chào cờ" alone
 * is not one: the opening speech is no place for the report unasked.
 */
const ROLL_CALL_WORDS = [/\bdiem danh\b/, /\bdai bieu co mat\b/, /\bso (luong )?dai bieu\b.*\bco mat\b/, /\broll call\b/, /\battendance\b/];

export const isRollCallItem = (title: string): boolean => {
  const words = foldWords(title);
  return ROLL_CALL_WORDS.some((w) => w.test(words));
};
