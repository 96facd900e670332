/** Sentences of second consoles: roles, paired devices, commands made on a stale view. */

const operatorErrorsEn = {
  'role-forbidden': 'Only {who} may do this, and this is {role}.',
  stale: '{what} was changed by {actor} after you looked at it. Check it and try again.',
  'device-revoked': 'The device “{name}” has already been revoked.',
};
const operatorErrorsVi: Record<keyof typeof operatorErrorsEn, string> = {
  'role-forbidden': 'Chỉ {who} mới được thực hiện việc này; máy này đang dùng với vai trò {role}.',
  stale: '{what} vừa được {actor} thay đổi sau khi anh/chị xem. Hãy xem lại rồi thực hiện lại.',
  'device-revoked': 'Thiết bị «{name}» đã bị thu hồi quyền truy cập từ trước.',
};
export const operatorErrors = { en: operatorErrorsEn, vi: operatorErrorsVi };

const operatorThingsEn = {
  device: 'device',
};
const operatorThingsVi: Record<keyof typeof operatorThingsEn, string> = {
  device: 'thiết bị',
};
export const operatorThings = { en: operatorThingsEn, vi: operatorThingsVi };

const operatorFieldsEn = {
  seen: 'Revision seen',
};
const operatorFieldsVi: Record<keyof typeof operatorFieldsEn, string> = {
  seen: 'Phiên bản đã xem',
};
export const operatorFields = { en: operatorFieldsEn, vi: operatorFieldsVi };

/** How roles are named inside sentences ("Only the chair may…"). */
const roleNamesEn = {
  chair: 'the chair',
  secretary: 'the secretary or the chair',
  display: 'display screen',
};
const roleNamesVi: Record<keyof typeof roleNamesEn, string> = {
  chair: 'chủ tọa',
  secretary: 'thư ký hoặc chủ tọa',
  display: 'màn hình hiển thị',
};
export const roleNames = { en: roleNamesEn, vi: roleNamesVi };

/** What a console is, by its role ("… and this is the secretary’s console"; "… với vai trò thư ký"). */
const roleLabelsEn = {
  chair: 'the chair’s console',
  secretary: 'the secretary’s console',
  display: 'a display screen',
};
const roleLabelsVi: Record<keyof typeof roleLabelsEn, string> = {
  chair: 'chủ tọa',
  secretary: 'thư ký',
  display: 'màn hình hiển thị',
};
export const roleLabels = { en: roleLabelsEn, vi: roleLabelsVi };

/** What a stale command was about ("The vote count was changed by…"). */
const topicNamesEn = {
  vote: 'The vote count',
  mark: "This delegate's choice",
  queue: 'The speaker queue',
  questions: 'The order of question slips',
  agenda: 'The order of the agenda',
};
const topicNamesVi: Record<keyof typeof topicNamesEn, string> = {
  vote: 'Kết quả kiểm phiếu',
  mark: 'Lựa chọn của đại biểu này',
  queue: 'Thứ tự danh sách phát biểu',
  questions: 'Thứ tự phiếu chất vấn',
  agenda: 'Thứ tự chương trình kỳ họp',
};
export const topicNames = { en: topicNamesEn, vi: topicNamesVi };
