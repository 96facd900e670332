/** Sentences of sittings, live item control and agenda import. */
import type { Catalog } from '../messages';

export const agendaLiveErrors = {
  'another-item-live': {
    vi: '«{title}» đang chạy. Hãy chọn kết thúc hay tạm dừng mục đó trước khi bắt đầu mục khác.',
    en: '“{title}” is running. Choose whether to finish or pause it before starting another item.',
  },
  'item-already-running': { vi: '«{title}» đang chạy rồi.', en: '“{title}” is already running.' },
  'item-not-running': { vi: '«{title}» không đang chạy nên không thể tạm dừng.', en: '“{title}” is not running, so it cannot be paused.' },
  'item-not-paused': { vi: '«{title}» không ở trạng thái tạm dừng nên không thể tiếp tục.', en: '“{title}” is not paused, so it cannot be resumed.' },
  'item-done': {
    vi: '«{title}» đã kết thúc hoặc đã bỏ qua. Hãy mở lại mục đó trước.',
    en: '“{title}” is finished or skipped. Reopen it first.',
  },
  'item-paused-use-resume': { vi: '«{title}» đang tạm dừng: hãy dùng Tiếp tục.', en: '“{title}” is paused: use Resume.' },
  'item-not-started': {
    vi: '«{title}» chưa bắt đầu nên không thể kết thúc. Có thể bỏ qua mục này.',
    en: '“{title}” has not started, so it cannot be finished. You can skip it.',
  },
  'item-not-pending': { vi: 'Chỉ bỏ qua được mục chưa bắt đầu; «{title}» đã bắt đầu.', en: 'Only an item not yet started can be skipped; “{title}” has started.' },
  'item-not-done': { vi: '«{title}» chưa kết thúc hay bỏ qua nên không cần mở lại.', en: '“{title}” is not finished or skipped, so there is nothing to reopen.' },
  'extra-too-long': {
    vi: 'Không thể cộng thêm: tổng thời gian cộng thêm của một mục tối đa {max} phút.',
    en: 'Cannot add more: an item gets at most {max} extra minutes in all.',
  },
  'bad-parent': {
    vi: 'Không thể xếp «{title}» vào mục đó: mục cha phải là một mục cấp trên khác, trong cùng kỳ họp.',
    en: 'Cannot place “{title}” under that item: the parent must be another top-level item of the same session.',
  },
  'has-sub-items': {
    vi: '«{title}» có mục con nên không thể làm mục con.',
    en: '“{title}” has sub-items, so it cannot become a sub-item.',
  },
  'duplicate-sitting': { vi: 'Đã có phiên họp {part} ngày {date}.', en: 'There is already a {part} sitting on {date}.' },
  'times-reversed': {
    vi: 'Giờ kết thúc dự kiến ({end}) phải sau giờ bắt đầu ({start}).',
    en: 'The planned end ({end}) must be after the planned start ({start}).',
  },
  'sitting-closed': { vi: 'Phiên họp này đã bế mạc.', en: 'This sitting is closed.' },
  'sitting-already-open': { vi: 'Phiên họp này đang diễn ra.', en: 'This sitting is already open.' },
  'sitting-not-open': { vi: 'Phiên họp này không đang diễn ra nên không thể tạm ngừng.', en: 'This sitting is not open, so it cannot be suspended.' },
  'sitting-not-started': { vi: 'Phiên họp này chưa khai mạc.', en: 'This sitting has not been opened.' },
  'sitting-item-live': {
    vi: '«{title}» của phiên này vẫn đang chạy hoặc tạm dừng. Hãy kết thúc nó trước khi bế mạc phiên.',
    en: '“{title}” of this sitting is still running or paused. Finish it before closing the sitting.',
  },
  'sitting-has-history': {
    vi: 'Phiên họp đã khai mạc nên không thể xóa.',
    en: 'This sitting has been opened, so it cannot be removed.',
  },
  'import-row': { vi: 'Dòng {row}: {detail}', en: 'Row {row}: {detail}' },
  'import-empty': { vi: 'Không có dòng nào để nhập.', en: 'There are no rows to import.' },
} satisfies Catalog;

export const agendaLiveThings = {
  sitting: { vi: 'phiên họp', en: 'sitting' },
} satisfies Catalog;

export const agendaLiveFields = {
  date: { vi: 'Ngày', en: 'Date' },
  part: { vi: 'Buổi', en: 'Part of day' },
  plannedStart: { vi: 'Giờ bắt đầu dự kiến (GG:PP)', en: 'Planned start (HH:MM)' },
  plannedEnd: { vi: 'Giờ kết thúc dự kiến (GG:PP)', en: 'Planned end (HH:MM)' },
  sittingId: { vi: 'Phiên họp', en: 'Sitting' },
  parentId: { vi: 'Mục cha', en: 'Parent item' },
  current: { vi: 'Xử lý mục đang chạy', en: 'What to do with the running item' },
  minutes: { vi: 'Số phút', en: 'Minutes' },
  rows: { vi: 'Các dòng', en: 'Rows' },
  sub: { vi: 'Mục con', en: 'Sub-item' },
} satisfies Catalog;

/** Problems of one import row, found before anything is saved (preview) and again by the engine. */
export const importProblems = {
  titleEmpty: { vi: 'thiếu tiêu đề.', en: 'the title is missing.' },
  titleLong: { vi: 'tiêu đề dài quá {max} ký tự.', en: 'the title is longer than {max} characters.' },
  presenterLong: { vi: 'người trình bày dài quá {max} ký tự.', en: 'the presenter is longer than {max} characters.' },
  kindUnknown: {
    vi: 'không rõ loại «{value}» (ví dụ: báo cáo, tờ trình, thẩm tra, thảo luận, chất vấn, biểu quyết).',
    en: 'unknown kind “{value}” (e.g. report, submission, verification, discussion, questioning, vote).',
  },
  minutesInvalid: {
    vi: 'số phút «{value}» phải là số nguyên từ 0 đến {max}.',
    en: 'minutes “{value}” must be a whole number from 0 to {max}.',
  },
  sittingInvalid: {
    vi: 'không hiểu phiên «{value}» (ví dụ: 2026-12-08 sáng).',
    en: 'cannot read the sitting “{value}” (e.g. 2026-12-08 morning).',
  },
  dayInvalid: {
    vi: 'không hiểu ngày «{value}» (ví dụ: 1, Ngày 2, 08/12/2026).',
    en: 'cannot read the day “{value}” (e.g. 1, Day 2, 08/12/2026).',
  },
  partInvalid: {
    vi: 'không hiểu buổi «{value}» (sáng hoặc chiều).',
    en: 'cannot read the part of day “{value}” (morning or afternoon).',
  },
  noStartDate: {
    vi: 'dòng ghi ngày thứ {day} của kỳ họp nhưng kỳ họp chưa có ngày khai mạc.',
    en: 'the row says day {day} of the session, but the session has no start date.',
  },
  parentBad: {
    vi: 'mục con của một mục chính có lỗi; hãy sửa mục chính trước.',
    en: 'a sub-item of a main item that has errors; fix the main item first.',
  },
  orphanSubItem: {
    vi: 'mục con (bắt đầu bằng «-») phải đứng sau một mục chính.',
    en: 'a sub-item (starting with “-”) must follow a main item.',
  },
} satisfies Catalog;
export type ImportProblem = keyof typeof importProblems;
