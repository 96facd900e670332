/** Names of the agenda's item kinds, shared by the console and the review's documents. */
export const en = {
  'agenda.kind.opening': 'Opening',
  'agenda.kind.report': 'Report',
  'agenda.kind.submission': 'Submission',
  'agenda.kind.verification': 'Verification report',
  'agenda.kind.discussion': 'Discussion',
  'agenda.kind.questioning': 'Questioning',
  'agenda.kind.vote': 'Vote on resolution',
  'agenda.kind.election': 'Election / personnel',
  'agenda.kind.closing': 'Closing',
  'agenda.kind.break': 'Break',
  'agenda.kind.other': 'Other',
};

export const vi: Record<keyof typeof en, string> = {
  'agenda.kind.opening': 'Khai mạc',
  'agenda.kind.report': 'Báo cáo',
  'agenda.kind.submission': 'Tờ trình',
  'agenda.kind.verification': 'Báo cáo thẩm tra',
  'agenda.kind.discussion': 'Thảo luận',
  'agenda.kind.questioning': 'Chất vấn, giải trình',
  'agenda.kind.vote': 'Biểu quyết thông qua nghị quyết',
  'agenda.kind.election': 'Bầu, miễn nhiệm, bãi nhiệm',
  'agenda.kind.closing': 'Bế mạc',
  'agenda.kind.break': 'Giải lao',
  'agenda.kind.other': 'Khác',
};
