/** Sentences of the roster import, attendance and the speaker queue. */
import type { Catalog } from '../../../common/strings';

export const rosterErrors = {
  'roster-import-row': { vi: 'Dòng {line}: {detail}', en: 'Line {line}: {detail}' },
  'import-over-seats': {
    vi: 'Sau khi nhập sẽ có {voting} đại biểu có quyền biểu quyết, nhiều hơn tổng số {seats} đại biểu của Hội đồng.',
    en: 'The import would make {voting} voting delegates, more than the council’s {seats} seats.',
  },
  'roll-call-unnamed': {
    vi: 'Hãy chọn phiên họp hoặc nhập tên phiên họp để điểm danh.',
    en: 'Choose the sitting, or type its name, to start its roll call.',
  },
  'no-roll-call': {
    vi: 'Chưa mở điểm danh cho phiên họp nào. Hãy bắt đầu điểm danh trước.',
    en: 'No sitting’s roll call is open. Start the roll call first.',
  },
  'time-required': {
    vi: 'Đến muộn hoặc về sớm cần ghi giờ (GG:PP).',
    en: 'A late arrival or early leave needs the time (HH:MM).',
  },
  'no-agenda-item': {
    vi: 'Chương trình kỳ họp chưa có mục nào để đăng ký phát biểu.',
    en: 'The agenda has no item to register a speech for.',
  },
  'duplicate-request': {
    vi: '{name} đã đăng ký loại phát biểu này ở mục này và đang chờ.',
    en: '{name} already has a request of this kind waiting on this item.',
  },
  'speaker-absent': {
    vi: '{name} không có mặt trong phiên họp này, không thể mời phát biểu.',
    en: '{name} is not present at this sitting and cannot be called.',
  },
  'queue-empty': { vi: 'Không còn ai chờ phát biểu.', en: 'Nobody is waiting to speak.' },
  'nobody-present': {
    vi: 'Những người đang chờ đều vắng mặt; hãy rút hoặc chuyển họ xuống cuối.',
    en: 'Everyone waiting is absent; withdraw them or put them back at the end.',
  },
  'no-current-speaker': { vi: 'Chưa có người đang phát biểu.', en: 'Nobody has the floor.' },
  'not-waiting': {
    vi: 'Đăng ký này không còn ở hàng chờ.',
    en: 'This request is no longer waiting.',
  },
  'already-spoken': {
    vi: 'Người này đã bắt đầu phát biểu; hãy kết thúc thay vì rút.',
    en: 'This person has already started speaking; finish the speech instead.',
  },
} satisfies Catalog;

export const rosterThings = {
  sitting: { vi: 'phiên họp', en: 'sitting' },
  speech: { vi: 'lượt phát biểu', en: 'speech request' },
} satisfies Catalog;

export const rosterFields = {
  agency: { vi: 'Cơ quan', en: 'Agency' },
  committee: { vi: 'Ban', en: 'Committee' },
  label: { vi: 'Tên phiên họp', en: 'Sitting' },
  status: { vi: 'Tình trạng', en: 'Status' },
  time: { vi: 'Giờ', en: 'Time' },
  delegateId: { vi: 'Người', en: 'Person' },
  agendaItemId: { vi: 'Mục chương trình', en: 'Agenda item' },
  note: { vi: 'Ghi chú', en: 'Note' },
  seconds: { vi: 'Số giây thêm', en: 'Extra seconds' },
  rows: { vi: 'Các dòng', en: 'Rows' },
  line: { vi: 'Số dòng', en: 'Line' },
} satisfies Catalog;
