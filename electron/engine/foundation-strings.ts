/** Sentences of the foundation: council, sessions, roster, agenda. */
import type { Catalog } from '../../common/strings';

export const foundationErrors = {
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
  'delegate-has-record': {
    vi: '{name} đã phát biểu hoặc đã biểu quyết ghi danh trong kỳ họp, nên không thể xóa khỏi danh sách.',
    en: '{name} has spoken or voted by name in the session, so cannot be removed from the roster.',
  },
  'item-has-history': {
    vi: '«{title}» đã được điều hành (có thời gian hoặc phát biểu), nên không thể xóa khỏi chương trình.',
    en: '“{title}” has already been run (it has timings or speeches), so it cannot be removed from the agenda.',
  },
  'nothing-to-undo': { vi: 'Không còn thao tác nào để hoàn tác.', en: 'There is nothing left to undo.' },
  internal: {
    vi: 'Đã xảy ra lỗi; không có gì bị thay đổi.',
    en: 'Something went wrong; nothing was changed.',
  },
} satisfies Catalog;

/** Names of things, used inside messages ("No {what} with id 7"). */
export const foundationThings = {
  session: { vi: 'kỳ họp', en: 'session' },
  delegate: { vi: 'đại biểu', en: 'delegate' },
  agendaItem: { vi: 'mục chương trình', en: 'agenda item' },
} satisfies Catalog;

/** Field labels, used to say which input is wrong. */
export const foundationFields = {
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
  speech: { vi: 'Thời gian phát biểu (giây)', en: 'Speech limit (seconds)' },
  secondSpeech: { vi: 'Thời gian phát biểu lần hai (giây)', en: 'Second speech limit (seconds)' },
  debateReply: { vi: 'Thời gian tranh luận (giây)', en: 'Debate reply limit (seconds)' },
  pointOfOrder: { vi: 'Thời gian kiến nghị thủ tục (giây)', en: 'Point of order limit (seconds)' },
  explanation: { vi: 'Thời gian giải trình (giây)', en: 'Explanation limit (seconds)' },
  answer: { vi: 'Thời gian trả lời (giây)', en: 'Answer limit (seconds)' },
  warnBeforeSeconds: { vi: 'Báo vàng trước (giây)', en: 'Amber warning (seconds before the end)' },
  chime: { vi: 'Chuông báo', en: 'Chime' },
} satisfies Catalog;

