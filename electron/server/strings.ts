/** Sentences of backups and maintenance requests (browser mode and desktop alike). */

const robustErrorsEn = {
  'backup-missing': 'There is no backup named {name}.',
  'backup-damaged': 'The backup {name} is damaged (it fails its integrity check); nothing was restored. Choose another backup.',
  'backup-not-gavel': '{name} is not a Gavel backup (it is empty or belongs to another program); nothing was restored. Choose another backup.',
  'backup-from-future': 'The backup {name} was written by a newer version of Gavel; nothing was restored. Update Gavel to restore it, or choose another backup.',
  'backup-unusable': 'The backup {name} cannot be brought up to this version of Gavel (a table or a record it needs is missing); nothing was restored. Choose another backup.',
  'backup-wal-missing': '{name} was copied while Gavel had it open (or after Gavel stopped without closing it): its latest changes are in the file {name}-wal that was beside it, which did not come with it; nothing was restored. Save a copy on the laptop it came from (Activity, Alt+J: Save a copy of the current state…) and restore that; or restore it from the command line with {name}-wal beside it (npm run backup -- restore FILE), which takes both.',
  'backup-failed': 'The database could not be backed up into {dir}: {why}. Nothing else was changed.',
  'restore-unprotected': 'Nothing was restored: what is there now could not first be backed up into {dir}: {why}. Without that copy the restore could not be undone; put that right, then restore again.',
  'copy-over-own': 'A copy cannot be saved over Gavel’s own database or its backups ({file}); choose another place, such as a USB stick or the office’s shared folder.',
  'copy-failed': 'The copy could not be saved as {file}: {why}. The backup itself is unchanged; choose another place, or try again.',
  'database-in-use': 'Another program has the database open (a second Gavel on the same data folder, or an export under way); nothing was restored. Close it, then restore again.',
  'restore-vote-open': 'A vote is open (“{title}”): close or cancel it before restoring a backup, or its count would be lost from the screens.',
  'upload-too-large': 'The file chosen is larger than {maxMb} MB, more than a Gavel backup ever is; nothing was restored. Choose the copy saved from Gavel.',
  'upload-cut-off': 'The file did not arrive whole (the upload was cut off); nothing was restored. Choose it again.',
  'upload-bad-query': 'This upload’s address cannot be read: withoutWal is “{value}”, where only 1 (restore what the file holds) is valid; nothing was restored.',
  'admin-unknown': 'That maintenance request is not valid.',
  'malformed-id': 'The message was refused: its id must be a whole number from −{max} to {max}. Nothing was run.',
  'export-failed': 'The export failed; the details are in the server log.',
  'disk-full': 'The disk that holds Gavel’s data ({dir}) is full: this was not recorded, and nothing was changed. Free some space on that disk, then do it again; everything recorded before is kept.',
  'report-bad-query': 'This address cannot be read: “{value}” is not {expected}.',
};
const robustErrorsVi: Record<keyof typeof robustErrorsEn, string> = {
  'backup-missing': 'Không có bản sao lưu tên {name}.',
  'backup-damaged': 'Bản sao lưu {name} bị hỏng (không qua kiểm tra toàn vẹn); chưa khôi phục gì. Hãy chọn bản sao lưu khác.',
  'backup-not-gavel': '{name} không phải là bản sao lưu của Gavel (tệp rỗng hoặc của chương trình khác); chưa khôi phục gì. Hãy chọn bản sao lưu khác.',
  'backup-from-future': 'Bản sao lưu {name} do phiên bản Gavel mới hơn tạo ra; chưa khôi phục gì. Hãy cập nhật Gavel để khôi phục, hoặc chọn bản sao lưu khác.',
  'backup-unusable': 'Không thể nâng cấp bản sao lưu {name} lên phiên bản Gavel này (thiếu bảng hoặc dữ liệu cần thiết); chưa khôi phục gì. Hãy chọn bản sao lưu khác.',
  'backup-wal-missing': '{name} được chép khi Gavel đang mở tệp (hoặc sau khi Gavel dừng mà chưa đóng tệp): những thay đổi mới nhất nằm trong tệp {name}-wal ở bên cạnh, tệp này không được chép theo; chưa khôi phục gì. Hãy lưu bản sao trên máy cũ (Nhật ký, Alt+J: Lưu bản sao dữ liệu hiện tại…) rồi khôi phục bản sao đó; hoặc khôi phục bằng dòng lệnh khi có tệp {name}-wal bên cạnh (npm run backup -- restore TỆP), lệnh này lấy cả hai tệp.',
  'backup-failed': 'Không sao lưu được cơ sở dữ liệu vào thư mục {dir}: {why}. Không có thay đổi nào khác.',
  'restore-unprotected': 'Chưa khôi phục gì: không sao lưu được dữ liệu hiện tại vào thư mục {dir} trước khi khôi phục: {why}. Thiếu bản sao đó thì không hoàn tác được việc khôi phục; khắc phục xong, hãy khôi phục lại.',
  'copy-over-own': 'Không thể lưu bản sao đè lên cơ sở dữ liệu của Gavel hoặc các bản sao lưu của nó ({file}); hãy chọn nơi khác, chẳng hạn USB hoặc thư mục dùng chung của cơ quan.',
  'copy-failed': 'Không lưu được bản sao thành tệp {file}: {why}. Bản sao lưu gốc không thay đổi; hãy chọn nơi khác hoặc thử lại.',
  'database-in-use': 'Một chương trình khác đang mở cơ sở dữ liệu (một Gavel thứ hai trên cùng thư mục dữ liệu, hoặc đang xuất báo cáo); chưa khôi phục gì. Hãy đóng chương trình đó rồi khôi phục lại.',
  'restore-vote-open': 'Đang có cuộc biểu quyết («{title}»): đề nghị kết thúc hoặc hủy biểu quyết trước khi khôi phục bản sao lưu, nếu không kết quả kiểm phiếu sẽ mất khỏi màn hình.',
  'upload-too-large': 'Tệp đã chọn lớn hơn {maxMb} MB, lớn hơn mọi bản sao lưu của Gavel; chưa khôi phục gì. Hãy chọn bản sao đã lưu từ Gavel.',
  'upload-cut-off': 'Tệp chưa được gửi trọn vẹn (việc tải lên bị ngắt); chưa khôi phục gì. Hãy chọn lại tệp.',
  'upload-bad-query': 'Địa chỉ tải lên không hợp lệ: withoutWal là «{value}», trong khi chỉ có giá trị 1 (khôi phục phần dữ liệu có trong tệp) là hợp lệ; chưa khôi phục gì.',
  'admin-unknown': 'Yêu cầu quản trị không hợp lệ.',
  'malformed-id': 'Thông điệp bị từ chối: mã của thông điệp phải là số nguyên từ −{max} đến {max}. Chưa thực hiện gì.',
  'export-failed': 'Không xuất được báo cáo; chi tiết đã được ghi vào nhật ký máy chủ.',
  'disk-full': 'Ổ đĩa chứa dữ liệu của Gavel ({dir}) đã đầy: thao tác này chưa được ghi, không có gì bị thay đổi. Hãy giải phóng dung lượng trên ổ đĩa đó rồi làm lại; mọi dữ liệu đã ghi trước đó vẫn còn nguyên.',
  'report-bad-query': 'Địa chỉ không hợp lệ: «{value}» không phải là {expected}.',
};
export const robustErrors = { en: robustErrorsEn, vi: robustErrorsVi };

/** Why a backup could not be written, by the file system's error code; said after "… into {dir}:". */
const backupWhyEn = {
  EACCES: 'the folder may not be written to (ask for write permission, or move the data folder)',
  EROFS: 'the disk is read-only (move the data folder to a disk that can be written to)',
  ENOSPC: 'the disk is full (free some space)',
  ENOTDIR: 'a file stands where the backups folder should be (rename or move that file)',
  other: 'the file system refused ({code})',
};
const backupWhyVi: Record<keyof typeof backupWhyEn, string> = {
  EACCES: 'không có quyền ghi vào thư mục này (đề nghị cấp quyền ghi hoặc chuyển thư mục dữ liệu)',
  EROFS: 'ổ đĩa chỉ cho phép đọc (hãy chuyển thư mục dữ liệu sang ổ đĩa ghi được)',
  ENOSPC: 'ổ đĩa đã đầy (hãy giải phóng dung lượng)',
  ENOTDIR: 'có một tệp nằm ở chỗ của thư mục sao lưu (hãy đổi tên hoặc di chuyển tệp đó)',
  other: 'hệ thống tệp từ chối ({code})',
};
export const backupWhy = { en: backupWhyEn, vi: backupWhyVi };

/** Why a copy of a backup could not be saved where the user chose (the desktop app's save dialog); said after "… as {file}:". */
const copyWhyEn = {
  EACCES: 'there is no permission to write there',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  ENOENT: 'that folder is no longer there (a USB stick taken out?)',
  EIO: 'the copy written there did not read back whole (a faulty stick or disk?)',
  other: 'the file system refused ({code})',
};
const copyWhyVi: Record<keyof typeof copyWhyEn, string> = {
  EACCES: 'không có quyền ghi vào đó',
  EROFS: 'ổ đĩa chỉ cho phép đọc',
  ENOSPC: 'ổ đĩa đã đầy',
  ENOENT: 'thư mục đó không còn nữa (USB đã bị rút ra?)',
  EIO: 'bản sao ghi ra không đọc lại được nguyên vẹn (USB hoặc ổ đĩa bị lỗi?)',
  other: 'hệ thống tệp từ chối ({code})',
};
export const copyWhy = { en: copyWhyEn, vi: copyWhyVi };

/** What each query parameter of a /report/ address must be, said after "… is not". */
const reportQueryEn = {
  session: 'a session id (a whole number from 1)',
  sitting: 'a sitting id (a whole number from 1)',
  personnel: 'a personnel vote id (a whole number from 1)',
  compare: 'a list of session ids separated by commas',
  lang: 'a document language (vi or en)',
};
const reportQueryVi: Record<keyof typeof reportQueryEn, string> = {
  session: 'mã kỳ họp (số nguyên từ 1)',
  sitting: 'mã phiên họp (số nguyên từ 1)',
  personnel: 'mã cuộc bỏ phiếu nhân sự (số nguyên từ 1)',
  compare: 'danh sách mã kỳ họp cách nhau bằng dấu phẩy',
  lang: 'ngôn ngữ của văn bản (vi hoặc en)',
};
export const reportQuery = { en: reportQueryEn, vi: reportQueryVi };

/**
 * Why the database will not open (the keeper's OpenRefused): browser mode's one line on the terminal
 * ("gavel: cannot open …", in the terminal's language) and the desktop app's error box. `emptied`
 * and `missing` are files with Gavel's backups beside them; `offer` names the backup to restore,
 * `setAside` the copy a restore set aside, as a second choice.
 */
const openRefusalEn = {
  'cannot-open': 'gavel: cannot open {file}: {why}',
  'not-sqlite': '{file} is not a SQLite database; Gavel will not touch it.',
  'not-gavel': '{file} is a database of another program, not a Gavel database; Gavel will not touch it.',
  'from-future': '{file} was written by a newer Gavel (schema {version}; this version knows up to {latest}). Update Gavel to open it.',
  damaged: '{file} is damaged (cut short or overwritten) and cannot be opened safely; Gavel has not changed it.',
  emptied: '{file} is empty (0 bytes) although Gavel has backups of it: it was emptied (a copy cut off, a full disk?); Gavel has not changed it.',
  missing: '{file} is missing although Gavel has backups of it (moved, renamed or deleted?); Gavel has not started a new, empty database in its place.',
  unwritable: 'Gavel cannot write to {file}: {why}. Gavel has not changed it; every session in it is still there.',
  offer: 'The newest good backup is {name} ({when}); restore it with: npm run backup -- restore {name} --data-dir {dir}',
  setAside: 'The copy of the database set aside by the restore of {when} is {aside}, if that is the one you want back.',
  none: 'There is no good backup to restore.',
};
const openRefusalVi: Record<keyof typeof openRefusalEn, string> = {
  'cannot-open': 'gavel: không mở được {file}: {why}',
  'not-sqlite': '{file} không phải là cơ sở dữ liệu SQLite; Gavel không động đến tệp này.',
  'not-gavel': '{file} là cơ sở dữ liệu của chương trình khác, không phải của Gavel; Gavel không động đến tệp này.',
  'from-future': '{file} do phiên bản Gavel mới hơn tạo ra (lược đồ {version}; phiên bản này chỉ đọc được đến {latest}). Hãy cập nhật Gavel để mở tệp.',
  damaged: '{file} bị hỏng (bị cắt cụt hoặc bị ghi đè) nên không mở an toàn được; Gavel chưa thay đổi gì trong tệp.',
  emptied: '{file} rỗng (0 byte) dù Gavel có bản sao lưu của tệp này: tệp đã bị làm rỗng (sao chép bị ngắt, ổ đĩa đầy?); Gavel chưa thay đổi gì trong tệp.',
  missing: 'Không thấy tệp {file} dù Gavel có bản sao lưu của tệp này (bị chuyển đi, đổi tên hoặc xóa?); Gavel không tạo cơ sở dữ liệu mới, rỗng thay vào chỗ đó.',
  unwritable: 'Gavel không ghi được vào {file}: {why}. Gavel chưa thay đổi gì trong tệp; mọi kỳ họp trong đó vẫn còn nguyên.',
  offer: 'Bản sao lưu tốt gần nhất là {name} ({when}); khôi phục bằng lệnh: npm run backup -- restore {name} --data-dir {dir}',
  setAside: 'Bản sao của cơ sở dữ liệu được giữ lại khi khôi phục lúc {when} là {aside}, nếu cần lấy lại đúng bản đó.',
  none: 'Không có bản sao lưu tốt nào để khôi phục.',
};
export const openRefusal = { en: openRefusalEn, vi: openRefusalVi };

/** The desktop app's offer to restore when its database will not open (electron/main.ts). */
const restoreDialogEn = {
  message: 'The database is damaged and cannot be opened.',
  detail: 'The newest good backup is from {when}. Restore it? The damaged file is kept beside it.',
  messageMissing: 'The database file is missing.',
  detailMissing: 'Gavel has backups of it: the newest good one is from {when}. Restore it? Gavel will not start a new, empty database in its place.',
  restore: 'Restore',
  quit: 'Quit',
};
const restoreDialogVi: Record<keyof typeof restoreDialogEn, string> = {
  message: 'Tệp dữ liệu bị hỏng nên không mở được.',
  detail: 'Bản sao lưu tốt gần nhất là lúc {when}. Khôi phục bản này? Tệp bị hỏng được giữ lại bên cạnh.',
  messageMissing: 'Không thấy tệp dữ liệu.',
  detailMissing: 'Gavel có bản sao lưu của tệp này: bản tốt gần nhất là lúc {when}. Khôi phục bản này? Gavel không tạo cơ sở dữ liệu mới, rỗng thay vào chỗ đó.',
  restore: 'Khôi phục',
  quit: 'Thoát',
};
export const restoreDialog = { en: restoreDialogEn, vi: restoreDialogVi };

/** The desktop app asks before its console closes while a sitting is in progress (electron/main/close-guard.ts). */
const closeDialogEn = {
  message: 'A sitting is in progress. Close the console?',
  messageOpen: 'A vote is open or a clock is running. Close the console?',
  detail: 'Everything done so far is saved: start Gavel again to carry on where you left off.',
  underWay: 'Under way now:',
  vote: 'the vote on “{title}”',
  count: 'the ballot count of “{title}”',
  item: 'the clock of “{title}”',
  speech: '{name}’s speaking time',
  question: '{name}’s question',
  answer: '{name}’s answer',
  votesStay: 'If you close, the vote stays open: the screens show it again when Gavel starts.',
  clocksRun: 'If you close, the clocks go on running: when Gavel starts again they show the time that has truly passed.',
  saved: 'Everything done so far is saved.',
  close: 'Close',
  keep: 'Keep it open',
};
const closeDialogVi: Record<keyof typeof closeDialogEn, string> = {
  message: 'Phiên họp đang diễn ra. Đóng cửa sổ điều hành?',
  messageOpen: 'Đang có biểu quyết hoặc đồng hồ đang chạy. Đóng cửa sổ điều hành?',
  detail: 'Mọi thao tác đến lúc này đã được lưu: mở lại Gavel để tiếp tục đúng chỗ đang dừng.',
  underWay: 'Đang diễn ra:',
  vote: 'biểu quyết «{title}»',
  count: 'kiểm phiếu «{title}»',
  item: 'đồng hồ của «{title}»',
  speech: 'thời gian phát biểu của {name}',
  question: 'thời gian chất vấn của {name}',
  answer: 'thời gian trả lời của {name}',
  votesStay: 'Nếu đóng, biểu quyết vẫn mở: các màn hình hiện lại khi Gavel mở lại.',
  clocksRun: 'Nếu đóng, đồng hồ vẫn tiếp tục chạy: khi mở lại Gavel, đồng hồ hiện đúng thời gian đã trôi qua.',
  saved: 'Mọi thao tác đến lúc này đã được lưu.',
  close: 'Đóng',
  keep: 'Giữ lại',
};
export const closeDialog = { en: closeDialogEn, vi: closeDialogVi };

/** The desktop app's menu bar (electron/main/menu.ts), in the language the console speaks. */
const menuLabelsEn = {
  gavel: 'Gavel',
  hallScreen: 'Hall screen',
  hallNextDisplay: 'Move hall screen to the next display',
  about: 'About Gavel',
  hide: 'Hide Gavel',
  hideOthers: 'Hide others',
  unhide: 'Show all',
  quit: 'Quit Gavel',
  edit: 'Edit',
  undo: 'Undo typing',
  redo: 'Redo typing',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select all',
  view: 'View',
  reload: 'Reload',
  forceReload: 'Force reload',
  devTools: 'Developer tools',
  resetZoom: 'Actual size',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fullScreen: 'Full screen',
};
const menuLabelsVi: Record<keyof typeof menuLabelsEn, string> = {
  gavel: 'Gavel',
  hallScreen: 'Màn hình hội trường',
  hallNextDisplay: 'Chuyển màn hình hội trường sang màn hình kế tiếp',
  about: 'Giới thiệu Gavel',
  hide: 'Ẩn Gavel',
  hideOthers: 'Ẩn các ứng dụng khác',
  unhide: 'Hiện tất cả',
  quit: 'Thoát Gavel',
  edit: 'Soạn thảo',
  undo: 'Hoàn tác thao tác gõ',
  redo: 'Làm lại thao tác gõ',
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  selectAll: 'Chọn tất cả',
  view: 'Hiển thị',
  reload: 'Tải lại',
  forceReload: 'Buộc tải lại',
  devTools: 'Công cụ nhà phát triển',
  resetZoom: 'Cỡ thật',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  fullScreen: 'Toàn màn hình',
};
export const menuLabels = { en: menuLabelsEn, vi: menuLabelsVi };
