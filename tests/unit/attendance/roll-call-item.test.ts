import { describe, expect, it } from 'vitest';
import { isRollCallItem } from '../../../common/attendance/rollCallItem';

describe('the programme item where the roll call is reported', () => {
  it('is known by its title, with or without diacritics, in either language', () => {
    for (const title of ['Báo cáo kết quả điểm danh đại biểu', 'Điểm danh', 'DIEM DANH DAI BIEU', 'Báo cáo số lượng đại biểu có mặt', 'Thông báo số đại biểu có mặt tại kỳ họp', 'Roll call', 'Attendance report'])
      expect(isRollCallItem(title), title).toBe(true);
  });

  it('is not the opening, the flag salute or any other item', () => {
    for (const title of ['Khai mạc kỳ họp', 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', 'Thảo luận tại hội trường', 'Bầu bổ sung Ủy viên UBND huyện', 'Biểu quyết thông qua Nghị quyết về biên chế'])
      expect(isRollCallItem(title), title).toBe(false);
  });
});
