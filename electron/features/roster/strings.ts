/** Sentences of the roster import, attendance and the speaker queue. */

const rosterErrorsEn = {
  'roster-import-row': '{at}: {detail}',
  'import-over-seats': 'The import would make {voting} voting delegates, more than the council’s {seats} seats. If the council has more seats, change “Total council seats” in Council & session (Alt+1), then import again. Nothing was imported.',
  'name-on-roster': '{name} is already on the roster. Nothing was imported.',
  'name-twice': '{name} is already on {first} of the file. Nothing was imported.',
  'import-nothing': 'The file has nobody to add and nobody to update. Nothing was imported.',
  'import-seat-swap': 'The file has people trade seats ({seats}): one import cannot give a seat to a person while its holder still has it. Change one of those seats by hand first, then import again. Nothing was imported.',
  'over-seats': 'That would make {voting} voting delegates, more than the council’s {seats} seats. Enter this person as a guest, or raise the council’s total first.',
  'roll-call-unnamed': 'Choose the sitting, or type its name, to start its roll call.',
  'no-roll-call': 'No sitting’s roll call is open. Start the roll call first.',
  'undo-other-roll-call': 'The mark of {name} belongs to the roll call of {sitting}, not the one open now. Return to the roll call of {sitting} to undo or redo it.',
  'time-required': 'A late arrival or early leave needs the time (HH:MM).',
  'no-agenda-item': 'The agenda has no item to register a speech for.',
  'duplicate-request': '{name} already has a request of this kind waiting on this item.',
  'request-item-over': 'Item “{item}” is over and takes no more requests to speak. The queue shown now is another item’s: add the request again if it is for that one.',
  'speaker-absent': '{name} is not present at this sitting and cannot be called.',
  'queue-empty': 'Nobody is waiting to speak.',
  'nobody-present': 'Everyone waiting is absent; withdraw them or put them back at the end.',
  'no-current-speaker': 'Nobody has the floor.',
  'not-waiting': 'This request is no longer waiting.',
  'already-spoken': 'This person has already started speaking; finish the speech instead.',
  'undo-other-item': 'The request of {name} is in the speaker queue of item “{item}”, not of the item shown now. Choose that item in the Speakers view to undo or redo this step.',
  'carry-same-item': 'The requests are already on item “{item}”. Choose another item to carry them over to. Nothing was moved.',
  'carry-other-session': 'Item “{item}” belongs to another session. Requests are carried over only between items of the session in hand. Nothing was moved.',
  'carry-nothing': 'Nobody is waiting to speak on item “{item}”: there is nobody to carry over.',
  'carry-to-heading': '“{item}” is a heading of the programme, not an item taken up. Choose one of the items under it. Nothing was moved.',
  'carry-to-over': 'Item “{item}” is already over. Choose an item still to come. Nothing was moved.',
  'carry-duplicate': 'Already waiting on item “{item}” with a request of the same kind: {names}. Withdraw one of the two requests first. Nothing was moved.',
  'undo-carry-called': '{name} has since been called to speak on item “{item}”: the carry-over can no longer be undone. Nothing was changed.',
};
const rosterErrorsVi: Record<keyof typeof rosterErrorsEn, string> = {
  'roster-import-row': '{at}: {detail}',
  'import-over-seats': 'Sau khi nhập sẽ có {voting} đại biểu có quyền biểu quyết, nhiều hơn tổng số {seats} đại biểu của Hội đồng. Nếu Hội đồng có nhiều đại biểu hơn, hãy sửa «Tổng số đại biểu HĐND» ở mục Hội đồng, kỳ họp (Alt+1) rồi nhập lại. Chưa nhập ai.',
  'name-on-roster': '{name} đã có trong danh sách. Chưa nhập người nào.',
  'name-twice': '{name} đã có ở {first} của tệp. Chưa nhập người nào.',
  'import-nothing': 'Tệp không có ai để thêm hay cập nhật. Chưa nhập người nào.',
  'import-seat-swap': 'Tệp đổi ghế giữa các đại biểu ({seats}): một lần nhập không thể giao một ghế cho người khác khi người đang ngồi vẫn còn giữ ghế đó. Hãy sửa một trong các ghế đó bằng tay trước rồi nhập lại. Chưa nhập người nào.',
  'over-seats': 'Như vậy sẽ có {voting} đại biểu có quyền biểu quyết, nhiều hơn tổng số {seats} đại biểu của Hội đồng. Hãy ghi người này là khách mời, hoặc sửa tổng số đại biểu trước.',
  'roll-call-unnamed': 'Hãy chọn phiên họp hoặc nhập tên phiên họp để điểm danh.',
  'no-roll-call': 'Chưa mở điểm danh cho phiên họp nào. Hãy bắt đầu điểm danh trước.',
  'undo-other-roll-call': 'Việc điểm danh {name} thuộc {sitting}, không phải phiên đang điểm danh. Hãy quay lại điểm danh {sitting} để hoàn tác hoặc làm lại.',
  'time-required': 'Đến muộn hoặc về sớm cần ghi giờ (GG:PP).',
  'no-agenda-item': 'Chương trình kỳ họp chưa có mục nào để đăng ký phát biểu.',
  'duplicate-request': '{name} đã đăng ký loại phát biểu này ở mục này và đang chờ.',
  'request-item-over': 'Mục «{item}» đã kết thúc, không nhận thêm đăng ký phát biểu. Hàng chờ đang hiển thị là của mục khác: nếu đăng ký dành cho mục đó, hãy thêm lại.',
  'speaker-absent': '{name} không có mặt trong phiên họp này, không thể mời phát biểu.',
  'queue-empty': 'Không còn ai chờ phát biểu.',
  'nobody-present': 'Những người đang chờ đều vắng mặt; hãy rút hoặc chuyển họ xuống cuối.',
  'no-current-speaker': 'Chưa có người đang phát biểu.',
  'not-waiting': 'Đăng ký này không còn ở hàng chờ.',
  'already-spoken': 'Người này đã bắt đầu phát biểu; hãy kết thúc thay vì rút.',
  'undo-other-item': 'Đăng ký phát biểu của {name} thuộc hàng chờ của mục «{item}», không phải mục đang hiển thị. Hãy chọn mục đó trên màn hình Phát biểu để hoàn tác hoặc làm lại.',
  'carry-same-item': 'Các đăng ký đã ở mục «{item}». Hãy chọn mục khác để chuyển sang. Chưa chuyển ai.',
  'carry-other-session': 'Mục «{item}» thuộc kỳ họp khác. Chỉ chuyển đăng ký giữa các mục của kỳ họp đang làm việc. Chưa chuyển ai.',
  'carry-nothing': 'Không còn ai chờ phát biểu ở mục «{item}»: không có ai để chuyển.',
  'carry-to-heading': '«{item}» là tiêu đề phần của chương trình, không phải mục được tiến hành. Hãy chọn một mục bên dưới. Chưa chuyển ai.',
  'carry-to-over': 'Mục «{item}» đã kết thúc. Hãy chọn mục chưa tiến hành. Chưa chuyển ai.',
  'carry-duplicate': 'Đã có đăng ký cùng loại đang chờ ở mục «{item}»: {names}. Hãy rút một trong hai đăng ký trước. Chưa chuyển ai.',
  'undo-carry-called': '{name} đã được mời phát biểu ở mục «{item}»: không thể hoàn tác việc chuyển đăng ký nữa. Chưa thay đổi gì.',
};
export const rosterErrors = { en: rosterErrorsEn, vi: rosterErrorsVi };

const rosterThingsEn = {
  speech: 'speech request',
  /** A roll call inside a sentence: an agenda's sitting, or a label typed by a council without sittings. */
  'roll-call-sitting': 'the {part} sitting of {date}',
  'roll-call-typed': '“{label}”',
};
const rosterThingsVi: Record<keyof typeof rosterThingsEn, string> = {
  speech: 'lượt phát biểu',
  'roll-call-sitting': 'phiên {part} {date}',
  'roll-call-typed': 'phiên «{label}»',
};
export const rosterThings = { en: rosterThingsEn, vi: rosterThingsVi };

const rosterFieldsEn = {
  agency: 'Agency',
  committee: 'Committee',
  label: 'Sitting',
  status: 'Status',
  time: 'Time',
  delegateId: 'Person',
  agendaItemId: 'Agenda item',
  note: 'Note',
  seconds: 'Extra seconds',
  rows: 'Rows',
  line: 'Line',
};
const rosterFieldsVi: Record<keyof typeof rosterFieldsEn, string> = {
  agency: 'Cơ quan',
  committee: 'Ban',
  label: 'Tên phiên họp',
  status: 'Tình trạng',
  time: 'Giờ',
  delegateId: 'Người',
  agendaItemId: 'Mục chương trình',
  note: 'Ghi chú',
  seconds: 'Số giây thêm',
  rows: 'Các dòng',
  line: 'Số dòng',
};
export const rosterFields = { en: rosterFieldsEn, vi: rosterFieldsVi };
