/** Strings of the live-sitting fixes (issue 15): hall states, key grammar, prompts. */
export const en = {
  'hall.called': 'Invited to speak',
  'hall.paused': 'Paused',
  'session.titleColumn': 'Title',
  'session.datesColumn': 'Dates',
  'session.actions': 'Actions',
  'session.edit': 'Edit session',
  'session.editShort': 'Edit',
  'session.editing': 'Editing {name}',
  'session.saveChanges': 'Save changes',
  'session.cancelEdit': 'Cancel',
  'session.saved': 'Session saved.',
  'session.hallLang': 'Language of the hall screen',
} as const;

export const vi: Record<keyof typeof en, string> = {
  'hall.called': 'Mời phát biểu',
  'hall.paused': 'Tạm dừng',
  'session.titleColumn': 'Tên gọi',
  'session.datesColumn': 'Thời gian',
  'session.actions': 'Thao tác',
  'session.edit': 'Sửa kỳ họp',
  'session.editShort': 'Sửa',
  'session.editing': 'Sửa {name}',
  'session.saveChanges': 'Lưu thay đổi',
  'session.cancelEdit': 'Hủy',
  'session.saved': 'Đã lưu kỳ họp.',
  'session.hallLang': 'Ngôn ngữ màn hình hội trường',
};
