import { describe, expect, it } from 'vitest';
import { confirmingResolution } from '../../../common/personnel/words';

describe('the title of the resolution confirming a personnel vote', () => {
  it('confirms an election by its kind and post, as the programme item fills it', () => {
    expect(confirmingResolution({ kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân xã', way: null }, 'vi')).toBe(
      'Nghị quyết xác nhận kết quả bầu Phó Chủ tịch Ủy ban nhân dân xã',
    );
    expect(confirmingResolution({ kind: 'election', title: 'Ủy viên UBND xã', way: 'more' }, 'vi')).toBe('Nghị quyết xác nhận kết quả bầu bổ sung Ủy viên UBND xã');
    expect(confirmingResolution({ kind: 'election', title: 'Bầu thay thế Chủ tịch HĐND tỉnh', way: 'replace' }, 'vi')).toBe(
      'Nghị quyết xác nhận kết quả bầu thay thế Chủ tịch HĐND tỉnh',
    );
    expect(confirmingResolution({ kind: 'election', title: 'Ủy viên UBND xã', way: 'more' }, 'en')).toBe('Resolution confirming the result of the additional election of Ủy viên UBND xã');
  });

  it('makes a dismissal or a removal the resolution itself, never "xác nhận kết quả miễn nhiệm"', () => {
    expect(confirmingResolution({ kind: 'dismissal', title: 'Miễn nhiệm chức vụ Phó Chủ tịch UBND xã', way: null }, 'vi')).toBe('Nghị quyết miễn nhiệm chức vụ Phó Chủ tịch UBND xã');
    expect(confirmingResolution({ kind: 'dismissal', title: 'Phó Chủ tịch UBND xã', way: null }, 'vi')).toBe('Nghị quyết miễn nhiệm Phó Chủ tịch UBND xã');
    expect(confirmingResolution({ kind: 'removal', title: 'Phó Chủ tịch UBND xã', way: null }, 'en')).toBe('Resolution on the removal of Phó Chủ tịch UBND xã');
  });

  it('confirms a confidence vote by its own title, or names its kind before a title that does not', () => {
    expect(confirmingResolution({ kind: 'confidence', title: 'Lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND tỉnh bầu năm 2026', way: null }, 'vi')).toBe(
      'Nghị quyết xác nhận kết quả lấy phiếu tín nhiệm đối với người giữ chức vụ do HĐND tỉnh bầu năm 2026',
    );
    expect(confirmingResolution({ kind: 'confidence', title: 'Năm 2026', way: null }, 'vi')).toBe('Nghị quyết xác nhận kết quả lấy phiếu tín nhiệm (Năm 2026)');
    expect(confirmingResolution({ kind: 'confidence', title: 'Confidence vote 2026', way: null }, 'en')).toBe('Resolution confirming the result of the confidence vote 2026');
  });
});
