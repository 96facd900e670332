/** Sentences of sittings, live item control and agenda import. */

const agendaLiveErrorsEn = {
  'another-item-live': '“{title}” is running. Choose whether to finish or pause it before starting another item.',
  'item-already-running': '“{title}” is already running.',
  'item-not-running': '“{title}” is not running, so it cannot be paused.',
  'item-not-paused': '“{title}” is not paused, so it cannot be resumed.',
  'item-done': '“{title}” is finished or skipped. Reopen it first.',
  'item-paused-use-resume': '“{title}” is paused: use Resume.',
  'item-not-started': '“{title}” has not started, so it cannot be finished. You can skip it.',
  'item-is-part': '“{title}” is a part of the programme: its time is its items’ time. Start one of its items.',
  'item-not-pending': 'Only an item not yet started can be skipped; “{title}” has started.',
  'item-not-done': '“{title}” is not finished or skipped, so there is nothing to reopen.',
  'extra-too-long': 'Cannot add more: an item gets at most {max} extra minutes in all.',
  'bad-parent': 'Cannot place “{title}” under that item: the parent must be another top-level item of the same session.',
  'has-sub-items': '“{title}” has sub-items, so it cannot become a sub-item.',
  'duplicate-sitting': 'There is already a {part} sitting on {date}.',
  'times-reversed': 'The planned end ({end}) must be after the planned start ({start}).',
  'sitting-closed': 'This sitting is closed.',
  'sitting-already-open': 'This sitting is already open.',
  'sitting-not-open': 'This sitting is not open, so it cannot be suspended.',
  'sitting-not-started': 'This sitting has not been opened.',
  'sitting-item-live': '“{title}” of this sitting is still running or paused. Finish it before closing the sitting.',
  'sitting-has-history': 'This sitting has been opened, so it cannot be removed.',
  'import-row': '{at}: {detail}',
  'import-empty': 'There are no rows to import.',
};
const agendaLiveErrorsVi: Record<keyof typeof agendaLiveErrorsEn, string> = {
  'another-item-live': '«{title}» đang chạy. Hãy chọn kết thúc hay tạm dừng mục đó trước khi bắt đầu mục khác.',
  'item-already-running': '«{title}» đang chạy rồi.',
  'item-not-running': '«{title}» không đang chạy nên không thể tạm dừng.',
  'item-not-paused': '«{title}» không ở trạng thái tạm dừng nên không thể tiếp tục.',
  'item-done': '«{title}» đã kết thúc hoặc đã bỏ qua. Hãy mở lại mục đó trước.',
  'item-paused-use-resume': '«{title}» đang tạm dừng: hãy dùng Tiếp tục.',
  'item-not-started': '«{title}» chưa bắt đầu nên không thể kết thúc. Có thể bỏ qua mục này.',
  'item-is-part': '«{title}» là một phần của chương trình: thời gian của phần là thời gian của các mục trong phần. Hãy bắt đầu một mục trong phần.',
  'item-not-pending': 'Chỉ bỏ qua được mục chưa bắt đầu; «{title}» đã bắt đầu.',
  'item-not-done': '«{title}» chưa kết thúc hay bỏ qua nên không cần mở lại.',
  'extra-too-long': 'Không thể cộng thêm: tổng thời gian cộng thêm của một mục tối đa {max} phút.',
  'bad-parent': 'Không thể xếp «{title}» vào mục đó: mục cha phải là một mục cấp trên khác, trong cùng kỳ họp.',
  'has-sub-items': '«{title}» có mục con nên không thể làm mục con.',
  'duplicate-sitting': 'Đã có phiên họp {part} ngày {date}.',
  'times-reversed': 'Giờ kết thúc dự kiến ({end}) phải sau giờ bắt đầu ({start}).',
  'sitting-closed': 'Phiên họp này đã bế mạc.',
  'sitting-already-open': 'Phiên họp này đang diễn ra.',
  'sitting-not-open': 'Phiên họp này không đang diễn ra nên không thể tạm ngừng.',
  'sitting-not-started': 'Phiên họp này chưa khai mạc.',
  'sitting-item-live': 'Nội dung «{title}» của phiên họp này vẫn đang chạy hoặc tạm dừng. Hãy kết thúc nội dung đó trước khi kết thúc phiên họp.',
  'sitting-has-history': 'Phiên họp đã khai mạc nên không thể xóa.',
  'import-row': '{at}: {detail}',
  'import-empty': 'Không có dòng nào để nhập.',
};
export const agendaLiveErrors = { en: agendaLiveErrorsEn, vi: agendaLiveErrorsVi };

const agendaLiveThingsEn = {
  sitting: 'sitting',
};
const agendaLiveThingsVi: Record<keyof typeof agendaLiveThingsEn, string> = {
  sitting: 'phiên họp',
};
export const agendaLiveThings = { en: agendaLiveThingsEn, vi: agendaLiveThingsVi };

const agendaLiveFieldsEn = {
  date: 'Date',
  part: 'Part of day',
  plannedStart: 'Planned start (HH:MM)',
  plannedEnd: 'Planned end (HH:MM)',
  sittingId: 'Sitting',
  parentId: 'Parent item',
  current: 'What to do with the running item',
  minutes: 'Minutes',
  rows: 'Rows',
  sub: 'Sub-item',
};
const agendaLiveFieldsVi: Record<keyof typeof agendaLiveFieldsEn, string> = {
  date: 'Ngày',
  part: 'Buổi',
  plannedStart: 'Giờ bắt đầu dự kiến (GG:PP)',
  plannedEnd: 'Giờ kết thúc dự kiến (GG:PP)',
  sittingId: 'Phiên họp',
  parentId: 'Mục cha',
  current: 'Xử lý mục đang chạy',
  minutes: 'Số phút',
  rows: 'Các dòng',
  sub: 'Mục con',
};
export const agendaLiveFields = { en: agendaLiveFieldsEn, vi: agendaLiveFieldsVi };

