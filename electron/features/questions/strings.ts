/** Sentences of the questioning sitting (chất vấn). */
import type { Catalog } from '../../../common/strings';

export const questionErrors = {
  'not-respondent': {
    vi: 'Người được hỏi (số {id}) không có trong danh sách người trả lời chất vấn.',
    en: 'The person asked (no. {id}) is not among the officials who can be questioned.',
  },
  'duplicate-respondent': {
    vi: '{name} đã có trong danh sách người trả lời chất vấn.',
    en: '{name} is already among the officials who can be questioned.',
  },
  'respondent-in-use': {
    vi: '{name} đã có câu hỏi chất vấn; không thể bỏ khỏi danh sách.',
    en: '{name} already has questions; they cannot be taken off the list.',
  },
  'asker-not-voting': {
    vi: '{name} không phải là đại biểu HĐND nên không thể chất vấn.',
    en: '{name} is not a voting delegate and cannot ask questions.',
  },
  'respondent-not-on-topic': {
    vi: '{name} không trả lời nhóm vấn đề «{topic}».',
    en: '{name} does not answer on the topic “{topic}”.',
  },
  'agenda-not-questioning': {
    vi: 'Mục «{title}» không phải là mục chất vấn.',
    en: 'The agenda item “{title}” is not a questioning item.',
  },
  'question-not-queued': {
    vi: 'Câu hỏi số {id} không còn trong hàng chờ.',
    en: 'Question {id} is no longer in the queue.',
  },
  'no-question-waiting': {
    vi: 'Không còn phiếu chất vấn nào trong hàng chờ.',
    en: 'No question slips are waiting in the queue.',
  },
  'nothing-live': {
    vi: 'Không có câu hỏi hoặc câu trả lời nào đang diễn ra.',
    en: 'No question or answer is under way.',
  },
  'no-question-to-answer': {
    vi: 'Chưa có câu hỏi nào chờ trả lời; hãy để đại biểu hỏi trước.',
    en: 'No question is waiting for an answer; let a delegate ask first.',
  },
  'answer-running': {
    vi: '{name} đang trả lời; hãy kết thúc câu trả lời trước.',
    en: '{name} is answering; end the answer first.',
  },
  'follow-up-withdrawn': {
    vi: 'Câu hỏi số {id} đã được rút; không thể chất vấn lại.',
    en: 'Question {id} was withdrawn; it cannot be followed up.',
  },
  'follow-up-unasked': {
    vi: 'Câu hỏi số {id} chưa được hỏi; chưa thể chất vấn lại.',
    en: 'Question {id} has not been asked yet; it cannot be followed up.',
  },
  'not-answered-yet': {
    vi: 'Câu hỏi số {id} chưa được trả lời tại phiên họp.',
    en: 'Question {id} has not been answered in the sitting.',
  },
  'delegate-in-questions': {
    vi: '{name} có trong sổ theo dõi chất vấn; không thể xóa khỏi danh sách.',
    en: '{name} is in the questioning log and cannot be removed from the roster.',
  },
} satisfies Catalog;

export const questionThings = {
  respondent: { vi: 'người trả lời chất vấn', en: 'respondent' },
  questionTopic: { vi: 'nhóm vấn đề', en: 'topic' },
  question: { vi: 'câu hỏi chất vấn', en: 'question' },
} satisfies Catalog;

export const questionFields = {
  delegateId: { vi: 'Người trả lời', en: 'Official' },
  agency: { vi: 'Cơ quan', en: 'Agency' },
  respondentIds: { vi: 'Người trả lời', en: 'Respondents' },
  respondentId: { vi: 'Người trả lời', en: 'Respondent' },
  askerId: { vi: 'Đại biểu chất vấn', en: 'Asking delegate' },
  topicId: { vi: 'Nhóm vấn đề', en: 'Topic' },
  text: { vi: 'Nội dung câu hỏi', en: 'Question' },
  agendaItemId: { vi: 'Mục chương trình', en: 'Agenda item' },
  parentId: { vi: 'Câu hỏi gốc', en: 'Original question' },
  ids: { vi: 'Câu hỏi', en: 'Questions' },
  status: { vi: 'Kết quả', en: 'Outcome' },
  note: { vi: 'Ghi chú', en: 'Note' },
  sittingDate: { vi: 'Ngày phiên họp', en: 'Sitting date' },
} satisfies Catalog;
