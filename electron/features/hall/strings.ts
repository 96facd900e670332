/** Sentences of the hall screen and of LAN displays. */

const hallErrorsEn = {
  'hall-vote-required': 'Choose the vote whose result the hall should show.',
  'hall-no-message': 'There is no message yet. Type the message first.',
  'hall-attendance-vote-open': 'The vote “{title}” is open and the hall shows it until it is closed. Report the attendance once the vote is closed.',
  'hall-attendance-not-taken': 'The roll call of the {part} sitting of {date} has not been taken, so there is no attendance of it to report on the hall screen.',
  'emblem-type': 'The emblem must be a PNG or JPEG image.',
  'emblem-too-large': 'The emblem image is larger than {maxKb} KB; use a smaller image.',
  'display-read-only': 'A display screen is read-only and cannot send commands.',
};
const hallErrorsVi: Record<keyof typeof hallErrorsEn, string> = {
  'hall-vote-required': 'Hãy chọn cuộc biểu quyết cần chiếu kết quả.',
  'hall-no-message': 'Chưa có thông báo. Hãy nhập nội dung thông báo trước.',
  'hall-attendance-vote-open': 'Đang biểu quyết «{title}», màn hình hội trường hiển thị cuộc biểu quyết cho đến khi kết thúc. Hãy báo cáo điểm danh sau khi kết thúc biểu quyết.',
  'hall-attendance-not-taken': 'Chưa điểm danh phiên họp {part} {date} nên chưa có kết quả điểm danh để báo cáo lên màn hình hội trường.',
  'emblem-type': 'Biểu trưng phải là ảnh PNG hoặc JPEG.',
  'emblem-too-large': 'Ảnh biểu trưng lớn quá {maxKb} KB; hãy dùng ảnh nhỏ hơn.',
  'display-read-only': 'Màn hình hiển thị chỉ được xem, không được gửi lệnh.',
};
export const hallErrors = { en: hallErrorsEn, vi: hallErrorsVi };

const hallThingsEn = {
};
const hallThingsVi: Record<keyof typeof hallThingsEn, string> = {
};
export const hallThings = { en: hallThingsEn, vi: hallThingsVi };

const hallFieldsEn = {
  mode: 'Screen mode',
  voteId: 'Vote',
  message: 'Message',
  countdownMinutes: 'Countdown (minutes)',
  theme: 'Theme',
  dataUrl: 'Emblem image',
};
const hallFieldsVi: Record<keyof typeof hallFieldsEn, string> = {
  mode: 'Chế độ màn hình',
  voteId: 'Cuộc biểu quyết',
  message: 'Thông báo',
  countdownMinutes: 'Đếm ngược (phút)',
  theme: 'Giao diện',
  dataUrl: 'Ảnh biểu trưng',
};
export const hallFields = { en: hallFieldsEn, vi: hallFieldsVi };

/** The broadcast overlay's settings, named as its controls name them ("key" alone would be no word). */
const overlayFieldsEn = {
  visible: 'On air',
  follow: 'Overlay follows',
  caption: 'Overlay caption',
  key: 'Overlay background',
};
const overlayFieldsVi: Record<keyof typeof overlayFieldsEn, string> = {
  visible: 'Lên sóng',
  follow: 'Phụ đề theo',
  caption: 'Dòng chữ phụ đề',
  key: 'Nền phụ đề',
};
export const overlayFields = { en: overlayFieldsEn, vi: overlayFieldsVi };
