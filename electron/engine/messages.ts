/**
 * Every sentence the engine says to a person, in both languages. Replies carry the
 * message in the language of the client that sent the command; the code stays stable.
 */
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

type Catalog = Record<string, { vi: string; en: string }>;

export const errorMessages = {
  invalid: { vi: '{detail}', en: '{detail}' },
  'malformed-command': {
    vi: 'Lệnh không hợp lệ: thiếu loại lệnh.',
    en: 'Malformed command: it has no type.',
  },
  'unknown-command': { vi: 'Lệnh không xác định: «{type}».', en: 'Unknown command: “{type}”.' },
  'not-found': { vi: 'Không tìm thấy {what} số {id}.', en: 'No {what} with id {id}.' },
  'no-council': {
    vi: 'Chưa khai báo Hội đồng nhân dân. Hãy nhập tên và số đại biểu trước.',
    en: 'The council is not set up yet. Enter its name and number of seats first.',
  },
  'no-session': {
    vi: 'Chưa chọn kỳ họp. Hãy tạo hoặc chọn một kỳ họp trước.',
    en: 'No session is selected. Create or choose a session first.',
  },
  'duplicate-seat': {
    vi: 'Ghế số {seat} đã có đại biểu {name}.',
    en: 'Seat {seat} is already taken by {name}.',
  },
  'duplicate-session': {
    vi: 'Đã có kỳ họp thứ {number} của khóa {term}.',
    en: 'Session {number} of term {term} already exists.',
  },
  'dates-reversed': {
    vi: 'Ngày kết thúc ({end}) trước ngày khai mạc ({start}).',
    en: 'The end date ({end}) is before the start date ({start}).',
  },
  'seats-below-roster': {
    vi: 'Tổng số đại biểu ({seats}) ít hơn số đại biểu có quyền biểu quyết đã nhập ({voting}).',
    en: 'The number of seats ({seats}) is below the voting delegates already entered ({voting}).',
  },
  internal: {
    vi: 'Đã xảy ra lỗi; không có gì bị thay đổi.',
    en: 'Something went wrong; nothing was changed.',
  },
} satisfies Catalog;

export type ErrorCode = keyof typeof errorMessages;

/** Names of things, used inside messages ("No {what} with id 7"). */
export const thingNames = {
  session: { vi: 'kỳ họp', en: 'session' },
  delegate: { vi: 'đại biểu', en: 'delegate' },
  agendaItem: { vi: 'mục chương trình', en: 'agenda item' },
} satisfies Catalog;
export type ThingName = keyof typeof thingNames;

/** Field labels, used to say which input is wrong. */
export const fieldNames: Catalog = {
  name: { vi: 'Tên', en: 'Name' },
  level: { vi: 'Cấp', en: 'Level' },
  term: { vi: 'Khóa', en: 'Term' },
  totalSeats: { vi: 'Tổng số đại biểu', en: 'Total seats' },
  number: { vi: 'Kỳ họp thứ', en: 'Session number' },
  kind: { vi: 'Loại', en: 'Kind' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  startDate: { vi: 'Ngày khai mạc', en: 'Start date' },
  endDate: { vi: 'Ngày bế mạc', en: 'End date' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  group: { vi: 'Tổ đại biểu', en: 'Delegate group' },
  seatNumber: { vi: 'Số ghế', en: 'Seat number' },
  voting: { vi: 'Quyền biểu quyết', en: 'Voting' },
  presenter: { vi: 'Người trình bày', en: 'Presenter' },
  plannedMinutes: { vi: 'Thời lượng dự kiến (phút)', en: 'Planned minutes' },
  id: { vi: 'Mã', en: 'Id' },
  index: { vi: 'Vị trí', en: 'Position' },
};

/** How a field can be wrong, phrased after the field's label. */
export const problemMessages = {
  required: { vi: 'bắt buộc phải nhập.', en: 'is required.' },
  empty: { vi: 'không được để trống.', en: 'must not be empty.' },
  tooLong: { vi: 'dài quá {max} ký tự.', en: 'is longer than {max} characters.' },
  min: { vi: 'phải từ {min} trở lên.', en: 'must be at least {min}.' },
  max: { vi: 'không được quá {max}.', en: 'must be at most {max}.' },
  integer: { vi: 'phải là số nguyên.', en: 'must be a whole number.' },
  number: { vi: 'phải là một số.', en: 'must be a number.' },
  text: { vi: 'phải là văn bản.', en: 'must be text.' },
  choice: { vi: 'phải là một trong: {options}.', en: 'must be one of: {options}.' },
  date: { vi: 'phải là ngày dạng NNNN-TT-NN.', en: 'must be a date as YYYY-MM-DD.' },
  unknownField: { vi: 'không phải là trường hợp lệ.', en: 'is not a known field.' },
  invalid: { vi: 'không hợp lệ.', en: 'is not valid.' },
} satisfies Catalog;
export type Problem = keyof typeof problemMessages;

export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function describeField(field: string, lang: Lang): string {
  return fieldNames[field]?.[lang] ?? field;
}
