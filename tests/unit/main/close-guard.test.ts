import { describe, expect, it } from 'vitest';
import { closeConsoleQuestion } from '../../../electron/main/close-guard';

const sitting = (status: 'planned' | 'open' | 'suspended' | 'closed') => ({ status });

describe('closing the console', () => {
  it('asks while a sitting is open or on a break, in the console’s language, with Keep it open second (the default)', () => {
    const vi = closeConsoleQuestion([sitting('closed'), sitting('open'), sitting('planned')], 'vi');
    expect(vi).toEqual({
      message: 'Phiên họp đang diễn ra. Đóng cửa sổ điều hành?',
      detail: 'Mọi thao tác đến lúc này đã được lưu: mở lại Gavel để tiếp tục đúng chỗ đang dừng.',
      buttons: ['Đóng', 'Giữ lại'],
    });
    expect(closeConsoleQuestion([sitting('suspended')], 'en')?.buttons).toEqual(['Close', 'Keep it open']);
  });

  it('closes at once before the first sitting opens, between sittings and after the last', () => {
    expect(closeConsoleQuestion([], 'vi')).toBeNull();
    expect(closeConsoleQuestion([sitting('planned'), sitting('planned')], 'vi')).toBeNull();
    expect(closeConsoleQuestion([sitting('closed'), sitting('planned')], 'en')).toBeNull();
    expect(closeConsoleQuestion([sitting('closed'), sitting('closed')], 'en')).toBeNull();
  });
});
