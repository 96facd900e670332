/** Strings of the live-sitting fixes (issue 15): hall states, key grammar, prompts. */
export const en = {
  'hall.called': 'Invited to speak',
  'hall.paused': 'Paused',
} as const;

export const vi: Record<keyof typeof en, string> = {
  'hall.called': 'Mời phát biểu',
  'hall.paused': 'Tạm dừng',
};
