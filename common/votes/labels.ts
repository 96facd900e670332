/** Names of the voting methods and outcomes, shared by the console and the review's documents. */
export const en = {
  'votes.method.hands': 'Show of hands',
  'votes.method.named': 'Named vote',
  'votes.method.secret': 'Secret ballot',
  'votes.passed': 'Adopted',
  'votes.failed': 'Not adopted',
};

export const vi: Record<keyof typeof en, string> = {
  'votes.method.hands': 'Giơ tay',
  'votes.method.named': 'Biểu quyết ghi danh',
  'votes.method.secret': 'Bỏ phiếu kín',
  'votes.passed': 'Đã thông qua',
  'votes.failed': 'Không được thông qua',
};
