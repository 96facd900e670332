/** Sentences of the foundation: council, sessions, roster, agenda. */

const foundationErrorsEn = {
  invalid: '{detail}',
  'malformed-command': 'Malformed command: it names no command.',
  'unknown-command': 'Unknown command: “{type}”.',
  'not-found': 'No {what} with id {id}.',
  'no-council': 'The council is not set up yet. Enter its name and number of seats first.',
  'no-session': 'No session is selected. Create or choose a session first.',
  'duplicate-seat': 'Seat {seat} is already taken by {name}.',
  'duplicate-session': 'Session {number}, term {term} already exists.',
  'dates-reversed': 'The closing date ({end}) is before the opening date ({start}).',
  'session-underway': 'Session {number}, term {term} has a sitting under way, so it cannot be deleted. Close the sitting (Live, Alt+5) first.',
  'seats-below-roster': 'The number of seats ({seats}) is below the voting delegates already entered ({voting}).',
  'delegate-has-record': '{name} has spoken or voted by name in the session, so cannot be removed from the roster.',
  'item-has-history': '“{title}” has already been run (it has timings or speeches), so it cannot be removed from the agenda.',
  'sub-item-stays': '“{title}” is a sub-item of “{parent}”, so it moves only among that item’s sub-items. To move it elsewhere, move the main item: its sub-items go with it.',
  'nothing-to-undo': 'There is nothing left to undo.',
  'nothing-to-undo-since-restore': 'There is nothing to undo since the backup was restored ({when}): what was done before the restore cannot be undone.',
  'delegate-in-roll-call': '{name} is in the roll call of a sitting, so cannot be removed from the roster: that sitting’s attendance would change.',
  'delegate-is-officer': '{name} presides, takes the minutes or counts the ballots in a session, so cannot be removed from the roster: its minutes name them. Take them off in the Minutes view (Alt+M) first.',
  internal: 'Something went wrong; nothing was changed.',
};
const foundationErrorsVi: Record<keyof typeof foundationErrorsEn, string> = {
  invalid: '{detail}',
  'malformed-command': 'Lệnh không hợp lệ: không có tên lệnh hợp lệ.',
  'unknown-command': 'Lệnh không xác định: «{type}».',
  'not-found': 'Không tìm thấy {what} số {id}.',
  'no-council': 'Chưa khai báo Hội đồng nhân dân. Hãy nhập tên và số đại biểu trước.',
  'no-session': 'Chưa chọn kỳ họp. Hãy tạo hoặc chọn một kỳ họp trước.',
  'duplicate-seat': 'Ghế số {seat} đã có đại biểu {name}.',
  'duplicate-session': 'Đã có Kỳ họp thứ {number}, khóa {term}.',
  'dates-reversed': 'Ngày bế mạc ({end}) trước ngày khai mạc ({start}).',
  'session-underway': 'Kỳ họp thứ {number}, khóa {term} đang có phiên họp diễn ra nên không thể xóa. Hãy kết thúc phiên họp (Điều hành, Alt+5) trước.',
  'seats-below-roster': 'Tổng số đại biểu ({seats}) ít hơn số đại biểu có quyền biểu quyết đã nhập ({voting}).',
  'delegate-has-record': '{name} đã phát biểu hoặc đã biểu quyết ghi danh trong kỳ họp, nên không thể xóa khỏi danh sách.',
  'item-has-history': '«{title}» đã được điều hành (có thời gian hoặc phát biểu), nên không thể xóa khỏi chương trình.',
  'sub-item-stays': '«{title}» là mục con của «{parent}» nên chỉ đổi chỗ được giữa các mục con của mục đó. Muốn chuyển đi nơi khác, hãy chuyển mục chính (các mục con đi cùng).',
  'nothing-to-undo': 'Không còn thao tác nào để hoàn tác.',
  'nothing-to-undo-since-restore': 'Không còn thao tác nào để hoàn tác kể từ khi khôi phục bản sao lưu ({when}): các thao tác trước khi khôi phục không hoàn tác được.',
  'delegate-in-roll-call': '{name} có trong điểm danh của một phiên họp, nên không thể xóa khỏi danh sách: số liệu điểm danh của phiên họp đó sẽ bị thay đổi.',
  'delegate-is-officer': '{name} là chủ tọa, thư ký hoặc thành viên Ban kiểm phiếu của một kỳ họp, nên không thể xóa khỏi danh sách: biên bản kỳ họp ghi tên đại biểu này. Hãy bỏ tên ở mục Biên bản (Alt+M) trước.',
  internal: 'Đã xảy ra lỗi; không có gì bị thay đổi.',
};
export const foundationErrors = { en: foundationErrorsEn, vi: foundationErrorsVi };

/** Names of things, used inside messages ("No {what} with id 7"). */
const foundationThingsEn = {
  session: 'session',
  delegate: 'delegate',
  agendaItem: 'agenda item',
};
const foundationThingsVi: Record<keyof typeof foundationThingsEn, string> = {
  session: 'kỳ họp',
  delegate: 'đại biểu',
  agendaItem: 'mục chương trình',
};
export const foundationThings = { en: foundationThingsEn, vi: foundationThingsVi };

/** Field labels, used to say which input is wrong. */
const foundationFieldsEn = {
  name: 'Name',
  level: 'Level',
  term: 'Term',
  totalSeats: 'Total council seats',
  number: 'Session number',
  kind: 'Kind',
  title: 'Title',
  startDate: 'Start date',
  endDate: 'End date',
  fullName: 'Full name',
  group: 'Delegate group',
  seatNumber: 'Seat number',
  voting: 'Voting',
  presenter: 'Presenter',
  plannedMinutes: 'Planned minutes',
  id: 'Id',
  index: 'Position',
  speech: 'Speech limit (seconds)',
  secondSpeech: 'Second speech limit (seconds)',
  debateReply: 'Debate reply limit (seconds)',
  pointOfOrder: 'Point of order limit (seconds)',
  explanation: 'Explanation limit (seconds)',
  answer: 'Answer limit (seconds)',
  warnBeforeSeconds: 'Amber warning (seconds before the end)',
  chime: 'Chime',
  hallLang: 'Language of the hall screen',
};
const foundationFieldsVi: Record<keyof typeof foundationFieldsEn, string> = {
  name: 'Tên',
  level: 'Cấp',
  term: 'Khóa',
  totalSeats: 'Tổng số đại biểu HĐND',
  number: 'Kỳ họp thứ',
  kind: 'Loại',
  title: 'Tiêu đề',
  startDate: 'Ngày khai mạc',
  endDate: 'Ngày bế mạc',
  fullName: 'Họ và tên',
  group: 'Tổ đại biểu',
  seatNumber: 'Số ghế',
  voting: 'Quyền biểu quyết',
  presenter: 'Người trình bày',
  plannedMinutes: 'Thời lượng dự kiến (phút)',
  id: 'Mã',
  index: 'Vị trí',
  speech: 'Thời gian phát biểu (giây)',
  secondSpeech: 'Thời gian phát biểu lần hai (giây)',
  debateReply: 'Thời gian tranh luận (giây)',
  pointOfOrder: 'Thời gian kiến nghị thủ tục (giây)',
  explanation: 'Thời gian giải trình (giây)',
  answer: 'Thời gian trả lời (giây)',
  warnBeforeSeconds: 'Báo vàng trước (giây)',
  chime: 'Chuông báo',
  hallLang: 'Ngôn ngữ màn hình hội trường',
};
export const foundationFields = { en: foundationFieldsEn, vi: foundationFieldsVi };

/**
 * The agenda form's labels, which win over the shared ones for agenda.add and agenda.update, so
 * a sentence names the box the secretary sees ("Nội dung", not "Tiêu đề").
 */
const agendaItemFieldsEn = {
  title: 'Title',
};
const agendaItemFieldsVi: Record<keyof typeof agendaItemFieldsEn, string> = {
  title: 'Nội dung',
};
export const agendaItemFields = { en: agendaItemFieldsEn, vi: agendaItemFieldsVi };
