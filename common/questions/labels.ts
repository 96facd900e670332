/** Names of a question's outcome, shared by the console and the review's documents. */
export const en = {
  'q.status.pending': 'Pending',
  'q.status.answered': 'Answered in the sitting',
  'q.status.written': 'Written answer',
  'q.status.next-session': 'Next session',
  'q.status.withdrawn': 'Withdrawn',
  /** A follow-up passed over, or a question still waiting when its item ended: never asked (`neverAsked`), not an outcome one sets. */
  'q.status.not-asked': 'Not asked',
};

export const vi: Record<keyof typeof en, string> = {
  'q.status.pending': 'Chưa xử lý',
  'q.status.answered': 'Đã trả lời tại phiên họp',
  'q.status.written': 'Trả lời bằng văn bản',
  'q.status.next-session': 'Chuyển kỳ họp sau',
  'q.status.withdrawn': 'Rút câu hỏi',
  'q.status.not-asked': 'Chưa hỏi',
};
