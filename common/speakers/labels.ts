/** Names of the kinds of speech, shared by the console and the review's documents. */
export const en = {
  'spk.kind.speech': 'Speech',
  'spk.kind.secondSpeech': 'Second speech',
  'spk.kind.debateReply': 'Debate reply',
  'spk.kind.pointOfOrder': 'Point of order',
  'spk.kind.explanation': 'Official’s explanation',
};

export const vi: Record<keyof typeof en, string> = {
  'spk.kind.speech': 'Phát biểu',
  'spk.kind.secondSpeech': 'Phát biểu lần hai',
  'spk.kind.debateReply': 'Tranh luận',
  'spk.kind.pointOfOrder': 'Kiến nghị thủ tục',
  'spk.kind.explanation': 'Giải trình',
};
