/** Sentences of backups and maintenance requests (browser mode and desktop alike). */
import type { Catalog } from '../../common/strings';

export const robustErrors = {
  'backup-missing': {
    vi: 'Không có bản sao lưu tên {name}.',
    en: 'There is no backup named {name}.',
  },
  'backup-damaged': {
    vi: 'Bản sao lưu {name} bị hỏng (không qua kiểm tra toàn vẹn); hãy chọn bản khác.',
    en: 'The backup {name} is damaged (it fails its integrity check); choose another.',
  },
  'backup-failed': {
    vi: 'Không sao lưu được cơ sở dữ liệu; chi tiết đã được ghi vào nhật ký máy chủ.',
    en: 'The database could not be backed up; the details are in the server log.',
  },
  'admin-unknown': {
    vi: 'Yêu cầu quản trị không hợp lệ.',
    en: 'That maintenance request is not valid.',
  },
} satisfies Catalog;
