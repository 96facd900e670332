/**
 * The lines `npm run backup -- restore` prints, in the language given by `--lang` (English unless
 * told). "Before a restore" is the Backups panel's name for that copy (src/features/backups/strings.ts),
 * so the office finds it there under the same words; a refusal is the console's own sentence
 * (server/strings.ts, through backupFailedError).
 */
const cliWordsEn = {
  restored: 'Restored {name} into {file}.',
  keptAside: 'The previous database is kept as {aside}.',
  beforeRestore: 'What was there before is backed up as {before}, listed as “Before a restore”: restore it to undo this.',
  unreadable: 'The database could not be read, so no “Before a restore” copy of it could be taken; the file itself is kept aside.',
  backedUp: 'Backed up the restored database as {name}.',
  notBackedUp: 'the restored database could not be backed up: {why}',
  notJournaled: 'the restore of {name} could not be journaled: {why}',
};
const cliWordsVi: Record<keyof typeof cliWordsEn, string> = {
  restored: 'Đã khôi phục {name} vào {file}.',
  keptAside: 'Cơ sở dữ liệu trước đó được giữ lại với tên {aside}.',
  beforeRestore: 'Dữ liệu trước khi khôi phục đã được sao lưu thành {before}, trong danh sách là “Trước khi khôi phục”: khôi phục bản đó nếu cần hoàn tác.',
  unreadable: 'Không đọc được cơ sở dữ liệu nên không tạo được bản sao “Trước khi khôi phục”; chính tệp đó được giữ lại riêng.',
  backedUp: 'Đã sao lưu cơ sở dữ liệu vừa khôi phục thành {name}.',
  notBackedUp: 'không sao lưu được cơ sở dữ liệu vừa khôi phục: {why}',
  notJournaled: 'không ghi được việc khôi phục {name} vào nhật ký: {why}',
};
export const cliWords = { en: cliWordsEn, vi: cliWordsVi };
