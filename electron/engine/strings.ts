/** Sentences of the engine itself: the one undo, and its redo. */

const engineErrorsEn = {
  'undo-other-session': 'The last step that can be undone was taken in another session. Select that session to undo it.',
  'undo-overtaken': 'This can no longer be undone: a later action changed the same records (for example the agenda item or the person was removed, or a speech has started). Nothing was changed.',
  'undo-needs-removed': 'This can no longer be undone: something it depends on has since been removed (for example the delegate or the agenda item it concerned). Nothing was changed.',
  'undo-in-use': 'This can no longer be undone: what it made has since been used by later work (for example a sitting given other items, a topic with questions registered under it, or a delegate added who has since asked to speak or been entered in a roll call). Nothing was changed.',
  'nothing-to-redo': 'There is nothing to redo: only what was undone since the last new action can be done again.',
  'nothing-to-redo-since-restore': 'There is nothing to redo since the backup was restored ({when}): what was undone before the restore cannot be redone.',
  'redo-other-session': 'The step undone last was in another session. Select that session to redo it.',
  'redo-overtaken': 'This can no longer be redone: a later action changed the same records since it was undone. Nothing was changed.',
  'undo-skip-possible': 'This step can still be undone, so it is not set aside: undo it instead. Nothing was changed.',
};
const engineErrorsVi: Record<keyof typeof engineErrorsEn, string> = {
  'undo-other-session': 'Thao tác cuối cùng có thể hoàn tác thuộc một kỳ họp khác. Hãy chọn lại kỳ họp đó để hoàn tác.',
  'undo-overtaken': 'Không thể hoàn tác nữa: một thao tác sau đó đã thay đổi chính những mục này (ví dụ mục chương trình hoặc đại biểu đã bị xóa, hoặc đại biểu đã bắt đầu phát biểu). Chưa có gì thay đổi.',
  'undo-needs-removed': 'Không thể hoàn tác nữa: một mục mà thao tác này dựa vào đã bị xóa sau đó (ví dụ đại biểu hoặc mục chương trình liên quan). Chưa có gì thay đổi.',
  'undo-in-use': 'Không thể hoàn tác nữa: những gì thao tác này tạo ra đã được dùng cho việc làm sau đó (ví dụ phiên họp đã được xếp thêm nội dung khác, chủ đề đã có câu hỏi chất vấn, hoặc đại biểu mới thêm đã đăng ký phát biểu hay đã có tên trong danh sách điểm danh). Chưa có gì thay đổi.',
  'nothing-to-redo': 'Không có thao tác nào để làm lại: chỉ làm lại được những gì vừa hoàn tác, khi chưa có thao tác mới.',
  'nothing-to-redo-since-restore': 'Không có thao tác nào để làm lại kể từ khi khôi phục bản sao lưu ({when}): các thao tác đã hoàn tác trước khi khôi phục không làm lại được.',
  'redo-other-session': 'Thao tác vừa hoàn tác thuộc một kỳ họp khác. Hãy chọn lại kỳ họp đó để làm lại.',
  'redo-overtaken': 'Không thể làm lại nữa: một thao tác sau khi hoàn tác đã thay đổi chính những mục này. Chưa có gì thay đổi.',
  'undo-skip-possible': 'Thao tác này vẫn hoàn tác được nên không bỏ qua: hãy hoàn tác nó. Chưa có gì thay đổi.',
};
export const engineErrors = { en: engineErrorsEn, vi: engineErrorsVi };
