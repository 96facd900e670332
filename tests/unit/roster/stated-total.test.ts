/**
 * A roster over the council's seats is refused, naming the setting; a file that states its own total
 * ("Tổng số: 79 đại biểu") has it offered as the new total (RosterImportPanel).
 */
import { describe, expect, it } from 'vitest';
import { statedTotal } from '../../../common/roster/statedTotal';

describe('the total a roster file states', () => {
  it('is read as offices write it, above or below the list', () => {
    expect(statedTotal([['DANH SÁCH ĐẠI BIỂU HĐND TỈNH'], ['Tổng số: 79 đại biểu'], ['STT', 'Họ và tên']])).toBe(79);
    expect(statedTotal([['STT', 'Họ và tên'], ['1', 'Nguyễn Văn A'], ['', 'Tổng số đại biểu: 50']])).toBe(50);
    expect(statedTotal([['(Tổng cộng 35 đại biểu)']])).toBe(35);
  });

  it('is none when no cell states one, or two cells state different ones', () => {
    expect(statedTotal([['STT', 'Họ và tên'], ['1', 'Nguyễn Văn Tổng']])).toBeNull();
    expect(statedTotal([['Tổng số: 79 đại biểu'], ['Tổng số: 80 đại biểu']])).toBeNull();
    expect(statedTotal([['Số lượng: 79 đại biểu']])).toBeNull();
  });
});
