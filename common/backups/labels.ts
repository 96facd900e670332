/**
 * Why a backup was taken, as the Backups panel, the Activity view and `npm run backup -- list`
 * all name it ({n}: the minutes between periodic backups).
 */
export const en = {
  'backups.reason.sitting-open': 'Sitting opened',
  'backups.reason.sitting-close': 'Sitting suspended or closed',
  'backups.reason.periodic': 'Every {n} minutes',
  'backups.reason.migration': 'Before an upgrade',
  'backups.reason.manual': 'Taken by hand',
  'backups.reason.before-restore': 'Before a restore',
  'backups.reason.after-restore': 'After a restore',
  'backups.reason.brought-in': 'Brought in from a saved copy',
};

export const vi: Record<keyof typeof en, string> = {
  'backups.reason.sitting-open': 'Khai mạc phiên họp',
  'backups.reason.sitting-close': 'Tạm dừng hoặc kết thúc phiên họp',
  'backups.reason.periodic': 'Định kỳ {n} phút',
  'backups.reason.migration': 'Trước khi nâng cấp',
  'backups.reason.manual': 'Sao lưu thủ công',
  'backups.reason.before-restore': 'Trước khi khôi phục',
  'backups.reason.after-restore': 'Sau khi khôi phục',
  'backups.reason.brought-in': 'Đưa vào từ bản sao đã lưu',
};
