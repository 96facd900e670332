/**
 * A roster over the council's seats is refused, naming the setting; a file that states its own total
 * ("Tổng số: 79 đại biểu") has it offered as the new total (RosterImportPanel).
 */
import { describe, expect, it } from 'vitest';
import { statedTotal } from '../../../common/roster/statedTotal';

describe('the total a roster file states', () => {
  it('is read as offices write it, above or below the list', () => {
    expect(statedTotal([['DANH SÁCH ĐẠI BIỂU HĐND TỈNH'], ['Tổng số: 79 đại biểu'], ['STT', 'Họ và tên']])).toEqual({ delegates: 79, vacant: 0, seats: 79 });
    expect(statedTotal([['STT', 'Họ và tên'], ['1', 'Nguyễn Văn A'], ['', 'Tổng số đại biểu: 50']])?.seats).toBe(50);
    expect(statedTotal([['(Tổng cộng 35 đại biểu)']])?.seats).toBe(35);
  });

  it('counts a vacant seat said with it among the council’s seats: 79 delegates and one vacancy are 80 seats', () => {
    expect(statedTotal([['STT', 'Họ và tên'], ['Tổng số: 79 đại biểu (01 ghế khuyết)', '', '']])).toEqual({ delegates: 79, vacant: 1, seats: 80 });
    expect(statedTotal([['Tổng số đại biểu: 48, khuyết 02 đại biểu']])).toEqual({ delegates: 48, vacant: 2, seats: 50 });
    expect(statedTotal([['Tổng số 30 đại biểu, còn khuyết 1 ghế']])?.seats).toBe(31);
    // A vacancy said elsewhere in the file (a note on one delegate's row) is not the total's.
    expect(statedTotal([['Tổng số: 79 đại biểu'], ['5', 'Nguyễn Văn A', 'bầu bổ sung thay 1 ghế khuyết']])?.seats).toBe(79);
  });

  it('is none when no cell states one, or two cells state different ones', () => {
    expect(statedTotal([['STT', 'Họ và tên'], ['1', 'Nguyễn Văn Tổng']])).toBeNull();
    expect(statedTotal([['Tổng số: 79 đại biểu'], ['Tổng số: 80 đại biểu']])).toBeNull();
    expect(statedTotal([['Số lượng: 79 đại biểu']])).toBeNull();
  });
});
