/** Sentences of the questioning sitting (chất vấn). */

const questionErrorsEn = {
  'not-respondent': 'The person asked (no. {id}) is not among the officials who can be questioned.',
  'duplicate-respondent': '{name} is already among the officials who can be questioned.',
  'respondent-in-use': '{name} already has questions; they cannot be taken off the list.',
  'asker-not-voting': '{name} is not a voting delegate and cannot ask questions.',
  'respondent-not-on-topic': '{name} does not answer on the topic “{topic}”.',
  'agenda-not-questioning': 'The agenda item “{title}” is not a questioning item.',
  'question-not-queued': 'Question {id} is no longer in the queue.',
  'no-question-waiting': 'No question slips are waiting in the queue.',
  'no-asker-present': 'Every slip waiting is from a delegate the roll call marks away: call one from its row (Call now) or remove it.',
  'nothing-live': 'No question or answer is under way.',
  'nothing-to-extend': 'No question is being asked and no answer is under way: there is no time to extend.',
  'no-question-to-answer': 'No question is waiting for an answer; let a delegate ask first.',
  'answer-running': '{name} is answering; end the answer first.',
  'follow-up-withdrawn': 'Question {id} was withdrawn; it cannot be followed up.',
  'follow-up-unasked': 'Question {id} has not been asked yet; it cannot be followed up.',
  'not-answered-yet': 'Question {id} has not been answered in the sitting.',
  'delegate-in-questions': '{name} is in the questioning log and cannot be removed from the roster.',
  'topic-title-taken': 'This session already has a topic called “{title}”. Nothing was changed.',
};
const questionErrorsVi: Record<keyof typeof questionErrorsEn, string> = {
  'not-respondent': 'Người được hỏi (số {id}) không có trong danh sách người trả lời chất vấn.',
  'duplicate-respondent': '{name} đã có trong danh sách người trả lời chất vấn.',
  'respondent-in-use': '{name} đã có câu hỏi chất vấn; không thể bỏ khỏi danh sách.',
  'asker-not-voting': '{name} không phải là đại biểu HĐND nên không thể chất vấn.',
  'respondent-not-on-topic': '{name} không trả lời nhóm vấn đề «{topic}».',
  'agenda-not-questioning': 'Mục «{title}» không phải là mục chất vấn.',
  'question-not-queued': 'Câu hỏi số {id} không còn trong hàng chờ.',
  'no-question-waiting': 'Không còn phiếu chất vấn nào trong hàng chờ.',
  'no-asker-present': 'Các phiếu còn chờ đều của đại biểu được điểm danh là vắng: hãy mời từ dòng của phiếu (Mời hỏi) hoặc xóa phiếu.',
  'nothing-live': 'Không có câu hỏi hoặc câu trả lời nào đang diễn ra.',
  'nothing-to-extend': 'Không có câu hỏi hoặc câu trả lời nào đang diễn ra nên không có gì để cho thêm thời gian.',
  'no-question-to-answer': 'Chưa có câu hỏi nào chờ trả lời; hãy để đại biểu hỏi trước.',
  'answer-running': '{name} đang trả lời; hãy kết thúc câu trả lời trước.',
  'follow-up-withdrawn': 'Câu hỏi số {id} đã được rút; không thể chất vấn lại.',
  'follow-up-unasked': 'Câu hỏi số {id} chưa được hỏi; chưa thể chất vấn lại.',
  'not-answered-yet': 'Câu hỏi số {id} chưa được trả lời tại phiên họp.',
  'delegate-in-questions': '{name} có trong sổ theo dõi chất vấn; không thể xóa khỏi danh sách.',
  'topic-title-taken': 'Kỳ họp này đã có nhóm vấn đề «{title}». Chưa có gì thay đổi.',
};
export const questionErrors = { en: questionErrorsEn, vi: questionErrorsVi };

const questionThingsEn = {
  respondent: 'respondent',
  questionTopic: 'topic',
  question: 'question',
};
const questionThingsVi: Record<keyof typeof questionThingsEn, string> = {
  respondent: 'người trả lời chất vấn',
  questionTopic: 'nhóm vấn đề',
  question: 'câu hỏi chất vấn',
};
export const questionThings = { en: questionThingsEn, vi: questionThingsVi };

const questionFieldsEn = {
  delegateId: 'Official',
  agency: 'Agency',
  respondentIds: 'Respondents',
  respondentId: 'Respondent',
  askerId: 'Asking delegate',
  topicId: 'Topic',
  text: 'Question',
  agendaItemId: 'Agenda item',
  parentId: 'Original question',
  ids: 'Questions',
  status: 'Outcome',
  note: 'Note',
  sittingDate: 'Sitting date',
};
const questionFieldsVi: Record<keyof typeof questionFieldsEn, string> = {
  delegateId: 'Người trả lời',
  agency: 'Cơ quan',
  respondentIds: 'Người trả lời',
  respondentId: 'Người trả lời',
  askerId: 'Đại biểu chất vấn',
  topicId: 'Nhóm vấn đề',
  text: 'Nội dung câu hỏi',
  agendaItemId: 'Mục chương trình',
  parentId: 'Câu hỏi gốc',
  ids: 'Câu hỏi',
  status: 'Kết quả',
  note: 'Ghi chú',
  sittingDate: 'Ngày phiên họp',
};
export const questionFields = { en: questionFieldsEn, vi: questionFieldsVi };
