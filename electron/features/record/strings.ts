/** Sentences of the session's record: officers, documents, notes, counting committees. */
import type { Catalog } from '../../../common/strings';

export const recordErrors = {
  'officer-not-on-roster': {
    vi: 'Người có mã {id} không có trong danh sách đại biểu; hãy chọn người trong danh sách.',
    en: 'Person {id} is not on the roster; choose someone from the roster.',
  },
  'officer-twice': {
    vi: '{name} được chọn hai lần trong cùng một danh sách.',
    en: '{name} is chosen twice in the same list.',
  },
  'presiding-not-chair': {
    vi: '{name} không thuộc chủ tọa kỳ họp; hãy thêm vào chủ tọa trước khi giao điều hành phiên họp.',
    en: '{name} is not on the presiding board; add them to it before giving them a sitting to preside.',
  },
  'record-other-session': {
    vi: 'Nội dung này thuộc một kỳ họp khác, không phải kỳ họp đang chọn.',
    en: 'This belongs to another session, not the one that is selected.',
  },
  'counters-secret-only': {
    vi: 'Chỉ cuộc bỏ phiếu kín mới có Ban kiểm phiếu.',
    en: 'Only a secret ballot has a counting committee.',
  },
} satisfies Catalog;

export const recordThings = {
  answer: { vi: 'phần trả lời', en: 'answer' },
} satisfies Catalog;

export const recordFields = {
  place: { vi: 'Địa điểm', en: 'Place' },
  locality: { vi: 'Địa danh ghi trước ngày tháng', en: 'Place written before the date' },
  minutesNumber: { vi: 'Số biên bản', en: 'Minutes number' },
  chairs: { vi: 'Chủ tọa', en: 'Presiding board' },
  secretaries: { vi: 'Thư ký kỳ họp', en: 'Secretaries' },
  subject: { vi: 'Loại nội dung ghi chú', en: 'What the note is on' },
  counters: { vi: 'Ban kiểm phiếu', en: 'Counting committee' },
  delegateId: { vi: 'Người chủ tọa phiên họp', en: 'Presiding chair of the sitting' },
  docNumber: { vi: 'Số văn bản', en: 'Document number' },
  docDate: { vi: 'Ngày văn bản', en: 'Document date' },
} satisfies Catalog;
