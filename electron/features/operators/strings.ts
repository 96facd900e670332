/** Sentences of second consoles: roles, paired devices, commands made on a stale view. */
import type { Catalog } from '../../../common/strings';

export const operatorErrors = {
  'role-forbidden': {
    vi: 'Chỉ {who} mới được thực hiện việc này; máy này đang dùng với vai trò {role}.',
    en: 'Only {who} may do this; this console has the role {role}.',
  },
  stale: {
    vi: '{what} vừa được {actor} thay đổi sau khi anh/chị xem. Hãy xem lại rồi thực hiện lại.',
    en: '{what} was changed by {actor} after you looked at it. Check it and try again.',
  },
  'device-revoked': {
    vi: 'Thiết bị «{name}» đã bị thu hồi quyền truy cập từ trước.',
    en: 'The device “{name}” has already been revoked.',
  },
} satisfies Catalog;

export const operatorThings = {
  device: { vi: 'thiết bị', en: 'device' },
} satisfies Catalog;

export const operatorFields = {
  seen: { vi: 'Phiên bản đã xem', en: 'Revision seen' },
} satisfies Catalog;

/** How roles are named inside sentences ("Only the chair may…"). */
export const roleNames = {
  chair: { vi: 'chủ tọa', en: 'the chair' },
  secretary: { vi: 'thư ký hoặc chủ tọa', en: 'the secretary or the chair' },
  display: { vi: 'màn hình hiển thị', en: 'display screen' },
} satisfies Catalog;

/** The role a console has, as a noun ("this console has the role secretary"). */
export const roleLabels = {
  chair: { vi: 'chủ tọa', en: 'chair' },
  secretary: { vi: 'thư ký', en: 'secretary' },
  display: { vi: 'màn hình hiển thị', en: 'display' },
} satisfies Catalog;

/** What a stale command was about ("The vote count was changed by…"). */
export const topicNames = {
  vote: { vi: 'Kết quả kiểm phiếu', en: 'The vote count' },
  mark: { vi: 'Lựa chọn của đại biểu này', en: "This delegate's choice" },
  queue: { vi: 'Thứ tự danh sách phát biểu', en: 'The speaker queue' },
  questions: { vi: 'Thứ tự phiếu chất vấn', en: 'The order of question slips' },
} satisfies Catalog;
