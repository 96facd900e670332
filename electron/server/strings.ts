/** Sentences of backups and maintenance requests (browser mode and desktop alike). */

const robustErrorsEn = {
  'backup-missing': 'There is no backup named {name}.',
  'backup-damaged': 'The backup {name} is damaged (it fails its integrity check); choose another.',
  'backup-failed': 'The database could not be backed up; the details are in the server log.',
  'admin-unknown': 'That maintenance request is not valid.',
  'export-failed': 'The export failed; the details are in the server log.',
  'report-bad-query': 'This address cannot be read: “{value}” is not {expected}.',
};
const robustErrorsVi: Record<keyof typeof robustErrorsEn, string> = {
  'backup-missing': 'Không có bản sao lưu tên {name}.',
  'backup-damaged': 'Bản sao lưu {name} bị hỏng (không qua kiểm tra toàn vẹn); hãy chọn bản khác.',
  'backup-failed': 'Không sao lưu được cơ sở dữ liệu; chi tiết đã được ghi vào nhật ký máy chủ.',
  'admin-unknown': 'Yêu cầu quản trị không hợp lệ.',
  'export-failed': 'Không xuất được báo cáo; chi tiết đã được ghi vào nhật ký máy chủ.',
  'report-bad-query': 'Địa chỉ không hợp lệ: «{value}» không phải là {expected}.',
};
export const robustErrors = { en: robustErrorsEn, vi: robustErrorsVi };

/** What each query parameter of a /report/ address must be, said after "… is not". */
const reportQueryEn = {
  session: 'a session id (a whole number from 1)',
  sitting: 'a sitting id (a whole number from 1)',
  compare: 'a list of session ids separated by commas',
  lang: 'a document language (vi or en)',
};
const reportQueryVi: Record<keyof typeof reportQueryEn, string> = {
  session: 'mã kỳ họp (số nguyên từ 1)',
  sitting: 'mã phiên họp (số nguyên từ 1)',
  compare: 'danh sách mã kỳ họp cách nhau bằng dấu phẩy',
  lang: 'ngôn ngữ của văn bản (vi hoặc en)',
};
export const reportQuery = { en: reportQueryEn, vi: reportQueryVi };

/** The desktop app's offer to restore when its database will not open (electron/main.ts). */
const restoreDialogEn = {
  message: 'The database is damaged and cannot be opened.',
  detail: 'The newest good backup is from {when}. Restore it? The damaged file is kept beside it.',
  restore: 'Restore',
  quit: 'Quit',
};
const restoreDialogVi: Record<keyof typeof restoreDialogEn, string> = {
  message: 'Tệp dữ liệu bị hỏng nên không mở được.',
  detail: 'Bản sao lưu tốt gần nhất là lúc {when}. Khôi phục bản này? Tệp bị hỏng được giữ lại bên cạnh.',
  restore: 'Khôi phục',
  quit: 'Thoát',
};
export const restoreDialog = { en: restoreDialogEn, vi: restoreDialogVi };
