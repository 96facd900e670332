/** Sentences of the hall screen and of LAN displays. */
import type { Catalog } from '../../../common/strings';

export const hallErrors = {
  'hall-vote-required': {
    vi: 'Hãy chọn cuộc biểu quyết cần chiếu kết quả.',
    en: 'Choose the vote whose result the hall should show.',
  },
  'hall-no-message': {
    vi: 'Chưa có thông báo. Hãy nhập nội dung thông báo trước.',
    en: 'There is no message yet. Type the message first.',
  },
  'emblem-type': {
    vi: 'Biểu trưng phải là ảnh PNG hoặc JPEG.',
    en: 'The emblem must be a PNG or JPEG image.',
  },
  'emblem-too-large': {
    vi: 'Ảnh biểu trưng lớn quá {maxKb} KB; hãy dùng ảnh nhỏ hơn.',
    en: 'The emblem image is larger than {maxKb} KB; use a smaller image.',
  },
  'display-read-only': {
    vi: 'Màn hình hiển thị chỉ được xem, không được gửi lệnh.',
    en: 'A display screen is read-only and cannot send commands.',
  },
} satisfies Catalog;

export const hallThings = {} satisfies Catalog;

export const hallFields = {
  mode: { vi: 'Chế độ màn hình', en: 'Screen mode' },
  voteId: { vi: 'Cuộc biểu quyết', en: 'Vote' },
  message: { vi: 'Thông báo', en: 'Message' },
  countdownMinutes: { vi: 'Đếm ngược (phút)', en: 'Countdown (minutes)' },
  theme: { vi: 'Giao diện', en: 'Theme' },
  dataUrl: { vi: 'Ảnh biểu trưng', en: 'Emblem image' },
} satisfies Catalog;
