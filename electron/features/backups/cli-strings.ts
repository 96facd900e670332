/**
 * Every line `npm run backup` prints, in the language given by `--lang` (English unless told).
 * A backup's reason ("Before a restore") is the Backups panel's name for it (common/backups/labels.ts),
 * so the office finds it there under the same words; a refusal the console also makes is the
 * console's own sentence (server/strings.ts); these are the terminal's own.
 */
const cliWordsEn = {
  /** `--lang` itself is wrong, so the language is unknown: said in both. */
  badLang: '--lang must be vi or en, not “{lang}”.',
  usage: 'Usage: npm run backup -- list [--data-dir DIR] [--lang vi|en]  |  npm run backup -- restore FILE [--data-dir DIR] [--lang vi|en] [--without-wal] (FILE: a backup’s name, or the path of a copy saved away; --without-wal: a copy taken while Gavel had it open, restored for what it holds without its -wal)',
  broughtIn: 'Brought in the copy {file} as the backup {name}, listed as “{listed}”.',
  dataDirValue: '--data-dir needs a value: the data folder that holds gavel.sqlite.',
  noBackups: 'No backups in {dir}.',
  whereBackups: 'The backups are in {dir}; “npm run backup -- list” lists them.',
  inUse: '{file} is open in a running Gavel (or another program); nothing was restored. Restore from that Gavel’s Activity view (Alt+J), or stop it and run this again.',
  restoreFailed: 'the restore failed, nothing was restored: {why}',
  restored: 'Restored {name} into {file}.',
  keptAside: 'The previous database is kept as {aside}.',
  beforeRestore: 'What was there before is backed up as {before}, listed as “{listed}”: restore it to undo this.',
  unreadable: 'The database could not be read, so no “{listed}” copy of it could be taken; the file itself is kept aside.',
  held: 'Paused the clocks that were running in the backup, at what they had run then: {list}. The chair resumes them in the Live view (Space).',
  backedUp: 'Backed up the restored database as {name}.',
  notBackedUp: 'the restored database could not be backed up: {why}',
  notJournaled: 'the restore of {name} could not be journaled: {why}',
  withoutWal: 'If that file is lost, run this again with --without-wal to restore what this file holds: the changes made after its last save point may be missing.',
};
const cliWordsVi: Record<keyof typeof cliWordsEn, string> = {
  badLang: '--lang phải là vi hoặc en, không phải «{lang}».',
  usage: 'Cách dùng: npm run backup -- list [--data-dir THƯ_MỤC] [--lang vi|en]  |  npm run backup -- restore TỆP [--data-dir THƯ_MỤC] [--lang vi|en] [--without-wal] (TỆP: tên một bản sao lưu, hoặc đường dẫn của một bản sao đã lưu ra ngoài; --without-wal: bản sao chép khi Gavel đang mở tệp, khôi phục phần dữ liệu có trong tệp dù thiếu tệp -wal)',
  broughtIn: 'Đã đưa bản sao {file} vào danh sách sao lưu với tên {name}, trong danh sách là «{listed}».',
  dataDirValue: '--data-dir cần một giá trị: thư mục dữ liệu chứa tệp gavel.sqlite.',
  noBackups: 'Không có bản sao lưu nào trong thư mục {dir}.',
  whereBackups: 'Các bản sao lưu nằm trong thư mục {dir}; lệnh «npm run backup -- list» liệt kê chúng.',
  inUse: '{file} đang được mở trong một Gavel đang chạy (hoặc một chương trình khác); chưa khôi phục gì. Hãy khôi phục từ mục Nhật ký của Gavel đó (Alt+J), hoặc dừng Gavel rồi chạy lại lệnh này.',
  restoreFailed: 'khôi phục không thành công, chưa khôi phục gì: {why}',
  restored: 'Đã khôi phục {name} vào {file}.',
  keptAside: 'Cơ sở dữ liệu trước đó được giữ lại với tên {aside}.',
  beforeRestore: 'Dữ liệu trước khi khôi phục đã được sao lưu thành {before}, trong danh sách là «{listed}»: khôi phục bản đó nếu cần hoàn tác.',
  unreadable: 'Không đọc được cơ sở dữ liệu nên không tạo được bản sao «{listed}»; chính tệp đó được giữ lại riêng.',
  held: 'Đã tạm dừng các đồng hồ đang chạy trong bản sao lưu, giữ nguyên thời gian đã chạy lúc đó: {list}. Chủ tọa cho chạy tiếp ở màn hình Điều hành (phím Cách).',
  backedUp: 'Đã sao lưu cơ sở dữ liệu vừa khôi phục thành {name}.',
  notBackedUp: 'không sao lưu được cơ sở dữ liệu vừa khôi phục: {why}',
  notJournaled: 'không ghi được việc khôi phục {name} vào nhật ký: {why}',
  withoutWal: 'Nếu tệp đó đã mất, hãy chạy lại lệnh này với --without-wal để khôi phục phần dữ liệu có trong tệp: những thay đổi sau lần lưu cuối của tệp có thể bị thiếu.',
};
export const cliWords = { en: cliWordsEn, vi: cliWordsVi };

