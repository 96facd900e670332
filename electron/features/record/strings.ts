/** Sentences of the session's record: officers, documents, notes, counting committees. */

const recordErrorsEn = {
  'officer-not-on-roster': 'Person {id} is not on the roster; choose someone from the roster.',
  'officer-twice': '{name} is chosen twice in the same list.',
  'presiding-not-chair': '{name} is not on the presiding board; add them to it before giving them a sitting to preside.',
  'record-other-session': 'This belongs to another session, not the one that is selected.',
  'counters-secret-only': 'Only a secret ballot has a counting committee.',
  'minutes-number-not-positive': 'The minutes number must be a positive whole number; “{number}” is not one.',
};
const recordErrorsVi: Record<keyof typeof recordErrorsEn, string> = {
  'officer-not-on-roster': 'Người có mã {id} không có trong danh sách đại biểu; hãy chọn người trong danh sách.',
  'officer-twice': '{name} được chọn hai lần trong cùng một danh sách.',
  'presiding-not-chair': '{name} không thuộc chủ tọa kỳ họp; hãy thêm vào chủ tọa trước khi giao điều hành phiên họp.',
  'record-other-session': 'Nội dung này thuộc một kỳ họp khác, không phải kỳ họp đang chọn.',
  'counters-secret-only': 'Chỉ cuộc bỏ phiếu kín mới có Ban kiểm phiếu.',
  'minutes-number-not-positive': 'Số biên bản phải là số nguyên dương; «{number}» không hợp lệ.',
};
export const recordErrors = { en: recordErrorsEn, vi: recordErrorsVi };

const recordThingsEn = {
  answer: 'answer',
};
const recordThingsVi: Record<keyof typeof recordThingsEn, string> = {
  answer: 'phần trả lời',
};
export const recordThings = { en: recordThingsEn, vi: recordThingsVi };

const recordFieldsEn = {
  place: 'Place',
  locality: 'Place written before the date',
  minutesNumber: 'Minutes number',
  chairs: 'Presiding board',
  secretaries: 'Secretaries',
  subject: 'What the note is on',
  counters: 'Counting committee',
  delegateId: 'Presiding chair of the sitting',
  docNumber: 'Document number',
  docDate: 'Document date',
};
const recordFieldsVi: Record<keyof typeof recordFieldsEn, string> = {
  place: 'Địa điểm',
  locality: 'Địa danh ghi trước ngày tháng',
  minutesNumber: 'Số biên bản',
  chairs: 'Chủ tọa',
  secretaries: 'Thư ký kỳ họp',
  subject: 'Loại nội dung ghi chú',
  counters: 'Ban kiểm phiếu',
  delegateId: 'Người chủ tọa phiên họp',
  docNumber: 'Số văn bản',
  docDate: 'Ngày văn bản',
};
export const recordFields = { en: recordFieldsEn, vi: recordFieldsVi };
