/**
 * The timers a restore paused (electron/features/backups/restore.ts), one phrase each, as the
 * restore's line in the Activity journal and `npm run backup -- restore` list them ({name}: the
 * item by its number and title, or the person; {time}: what it had run, "2:00").
 */
export const en = {
  'backups.held.item': 'item “{name}” ({time} elapsed)',
  'backups.held.speech': 'the speech of {name} ({time} elapsed)',
  'backups.held.question': 'the question of {name} ({time} elapsed)',
  'backups.held.answer': 'the answer of {name} ({time} elapsed)',
  'backups.held.countdown': 'the hall screen’s countdown ({time} elapsed)',
};

export const vi: Record<keyof typeof en, string> = {
  'backups.held.item': 'nội dung «{name}» (đã chạy {time})',
  'backups.held.speech': 'phát biểu của {name} (đã chạy {time})',
  'backups.held.question': 'câu hỏi của {name} (đã chạy {time})',
  'backups.held.answer': 'phần trả lời của {name} (đã chạy {time})',
  'backups.held.countdown': 'đồng hồ đếm ngược trên màn hình hội trường (đã chạy {time})',
};
