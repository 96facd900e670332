/**
 * The words of the pairing page (pair-page.ts) a second laptop opens on the LAN: the form, and
 * one sentence per reason the pairing was refused (`problem` names the key).
 */

const pairPageWordsEn = {
  title: 'Pair a secretary’s console',
  lead: 'Type the pairing code shown on the chair’s console (under “Add an operator”) and name this device.',
  code: 'Pairing code ({digits} digits)',
  nameLabel: 'Name of this device',
  namePlaceholder: 'Secretary - laptop 2',
  submit: 'Pair',
  // The link to the page in the other language, named in that language.
  other: 'Tiếng Việt',
  wrong: 'That pairing code is not right. Check the code on the chair’s console.',
  length: 'A pairing code has {digits} digits; “{typed}” does not. Check the code on the chair’s console and type all {digits} digits.',
  expired: 'That pairing code has expired. Ask the chair for a new one.',
  none: 'No pairing code is valid now. Ask the chair to press “Add an operator” for a new one.',
  locked: 'Too many wrong codes; pairing is locked for a minute. Try again then.',
  origin: 'The pairing request did not come from this page, so it was refused.',
  name: 'Give this device a name (at most {max} characters).',
  revoked: 'This device may no longer connect (revoked or unknown). Pair it again with a new code.',
  // A hall screen on the display address that the chair revoked (server/screens.ts).
  screenRevokedTitle: 'This screen was disconnected by the chair',
  screenRevoked: 'It no longer shows the hall. To show it here again, ask the chair to press “Allow again” beside this screen in the Hall screen view, then reload this page.',
  // A new browser with the display address once the chair stopped new screens joining.
  screenClosedTitle: 'New screens may not join now',
  screenClosed: 'The chair’s screens for this hall are set up, so this browser does not show the hall. To add it, ask the chair to turn on “Allow new screens” under Hall screen → Screens on the LAN, then reload this page.',
};
const pairPageWordsVi: Record<keyof typeof pairPageWordsEn, string> = {
  title: 'Ghép nối máy thư ký',
  lead: 'Nhập mã ghép nối đang hiển thị trên máy của chủ tọa (mục «Thêm người điều hành») và đặt tên cho máy này.',
  code: 'Mã ghép nối ({digits} chữ số)',
  nameLabel: 'Tên máy này',
  namePlaceholder: 'Thư ký - laptop 2',
  submit: 'Ghép nối',
  other: 'English',
  wrong: 'Mã ghép nối không đúng. Hãy xem lại mã trên máy của chủ tọa.',
  length: 'Mã ghép nối gồm {digits} chữ số; «{typed}» không phải. Hãy xem lại mã trên máy của chủ tọa và nhập đủ {digits} chữ số.',
  expired: 'Mã ghép nối đã hết hạn. Hãy đề nghị chủ tọa tạo mã mới.',
  none: 'Hiện không có mã ghép nối nào còn hiệu lực. Hãy đề nghị chủ tọa bấm «Thêm người điều hành» để tạo mã mới.',
  locked: 'Nhập sai quá nhiều lần; chức năng ghép nối tạm khóa một phút. Hãy thử lại sau.',
  origin: 'Yêu cầu ghép nối không đến từ trang này nên bị từ chối.',
  name: 'Hãy đặt tên cho máy này (tối đa {max} ký tự).',
  revoked: 'Máy này không còn được phép truy cập (đã bị thu hồi hoặc không xác định). Hãy ghép nối lại bằng mã mới.',
  screenRevokedTitle: 'Chủ tọa đã ngắt kết nối màn hình này',
  screenRevoked: 'Màn hình không còn hiển thị nội dung hội trường. Muốn hiển thị lại, hãy đề nghị chủ tọa bấm «Cho kết nối lại» bên cạnh màn hình này trong mục Màn hình hội trường, rồi tải lại trang này.',
  screenClosedTitle: 'Hiện không nhận thêm màn hình mới',
  screenClosed: 'Các màn hình của hội trường đã được thiết lập xong nên trình duyệt này không hiển thị nội dung hội trường. Muốn thêm màn hình này, hãy đề nghị chủ tọa bật «Cho phép màn hình mới» trong mục Màn hình hội trường → Màn hình trong mạng nội bộ, rồi tải lại trang này.',
};
export const pairPageWords = { en: pairPageWordsEn, vi: pairPageWordsVi };
