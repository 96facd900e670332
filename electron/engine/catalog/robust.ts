/** Sentences of backups and maintenance requests (browser mode and desktop alike). */

const robustErrorsEn = {
  'backup-missing': 'There is no backup named {name}.',
  'backup-damaged': 'The backup {name} is damaged (it fails its integrity check); choose another.',
  'backup-failed': 'The database could not be backed up; the details are in the server log.',
  'admin-unknown': 'That maintenance request is not valid.',
};
const robustErrorsVi: Record<keyof typeof robustErrorsEn, string> = {
  'backup-missing': 'Không có bản sao lưu tên {name}.',
  'backup-damaged': 'Bản sao lưu {name} bị hỏng (không qua kiểm tra toàn vẹn); hãy chọn bản khác.',
  'backup-failed': 'Không sao lưu được cơ sở dữ liệu; chi tiết đã được ghi vào nhật ký máy chủ.',
  'admin-unknown': 'Yêu cầu quản trị không hợp lệ.',
};
export const robustErrors = { en: robustErrorsEn, vi: robustErrorsVi };
