import { describe, expect, it } from 'vitest';
import { shiftYears } from '../../../common/agenda/yearShift';

describe('the years of last year’s titles, read onto this year’s session', () => {
  it('moves every year a title names on its own, so the plan year stays the year after the report’s', () => {
    expect(shiftYears('Báo cáo tình hình kinh tế - xã hội năm 2025; kế hoạch phát triển kinh tế - xã hội năm 2026', 1)).toBe(
      'Báo cáo tình hình kinh tế - xã hội năm 2026; kế hoạch phát triển kinh tế - xã hội năm 2027',
    );
    expect(shiftYears('Dự toán ngân sách nhà nước năm 2026 (6 tháng đầu năm 2025)', 1)).toBe('Dự toán ngân sách nhà nước năm 2027 (6 tháng đầu năm 2026)');
    expect(shiftYears('The 2025 budget outturn', 2)).toBe('The 2027 budget outturn');
    expect(shiftYears('Kỳ họp cuối năm 2026', -1)).toBe('Kỳ họp cuối năm 2025');
  });

  it('leaves a document’s number, a period, other numbers and a title without a year as they are', () => {
    for (const title of [
      'Tờ trình sửa đổi Nghị quyết số 12/2025/NQ-HĐND',
      'Kế hoạch đầu tư công trung hạn giai đoạn 2026–2030',
      'Báo cáo công tác nhiệm kỳ 2021 - 2026',
      'Đường tỉnh 435, 2 km qua xã Tân Phú',
      'Chào cờ',
      'Quyết định 1234/QĐ-UBND ngày 05.12.2025',
    ]) expect(shiftYears(title, 1)).toBe(title);
  });
});
