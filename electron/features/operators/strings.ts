/** Sentences of second consoles: roles, paired devices, commands made on a stale view. */
import type { ChairCommand, ServerCommand } from '../../../common/roles';

const operatorErrorsEn = {
  'role-forbidden': 'Only {who} may {action}; {role}.',
  'server-only': 'Only Gavel itself may {action}; no console may send this, the chair’s included.',
  stale: '{what} was changed by {actor} after you looked at it. Check it and try again.',
  'edit-crossed': '{actor} changed {fields} of {name} while you were editing it, so nothing of yours was saved. What you typed is still in the form: check it, and save again to replace it.',
  'device-revoked': 'The device “{name}” has already been revoked.',
  'undo-not-yours': 'The last step here was taken on {who}, so only that console may undo it; this console undoes its own steps.',
  'redo-not-yours': 'The step undone last here was taken on {who}, so only that console may redo it.',
};
const operatorErrorsVi: Record<keyof typeof operatorErrorsEn, string> = {
  'role-forbidden': 'Chỉ {who} mới được {action}; {role}.',
  'server-only': 'Chỉ Gavel mới tự {action}; không máy nào được gửi lệnh này, kể cả máy của chủ tọa.',
  stale: '{what} vừa được {actor} thay đổi sau khi anh/chị xem. Hãy xem lại rồi thực hiện lại.',
  'edit-crossed': '{actor} vừa sửa {fields} của {name} trong lúc anh/chị đang sửa, nên chưa lưu gì của anh/chị. Những gì anh/chị nhập vẫn còn trong biểu mẫu: hãy xem lại, rồi lưu lại nếu muốn thay.',
  'device-revoked': 'Thiết bị «{name}» đã bị thu hồi quyền truy cập từ trước.',
  'undo-not-yours': 'Thao tác cuối cùng ở đây được thực hiện trên {who}, nên chỉ máy đó được hoàn tác; máy này chỉ hoàn tác thao tác của chính mình.',
  'redo-not-yours': 'Thao tác vừa hoàn tác ở đây được thực hiện trên {who}, nên chỉ máy đó được làm lại.',
};
export const operatorErrors = { en: operatorErrorsEn, vi: operatorErrorsVi };

const operatorThingsEn = {
  device: 'device',
};
const operatorThingsVi: Record<keyof typeof operatorThingsEn, string> = {
  device: 'thiết bị',
};
export const operatorThings = { en: operatorThingsEn, vi: operatorThingsVi };

const operatorFieldsEn = {
  seen: 'Revision seen',
};
const operatorFieldsVi: Record<keyof typeof operatorFieldsEn, string> = {
  seen: 'Phiên bản đã xem',
};
export const operatorFields = { en: operatorFieldsEn, vi: operatorFieldsVi };

/** How roles are named inside sentences ("Only the chair may…"). */
const roleNamesEn = {
  chair: 'the chair',
  secretary: 'the secretary or the chair',
  display: 'display screen',
};
const roleNamesVi: Record<keyof typeof roleNamesEn, string> = {
  chair: 'chủ tọa',
  secretary: 'thư ký hoặc chủ tọa',
  display: 'màn hình hiển thị',
};
export const roleNames = { en: roleNamesEn, vi: roleNamesVi };

/** Which console may, by the least role a command needs ("Only the chair’s console may …"). */
const consoleNamesEn = {
  chair: 'the chair’s console',
  secretary: 'the secretary’s or the chair’s console',
};
const consoleNamesVi: Record<keyof typeof consoleNamesEn, string> = {
  chair: 'máy của chủ tọa',
  secretary: 'máy của thư ký hoặc của chủ tọa',
};
export const consoleNames = { en: consoleNamesEn, vi: consoleNamesVi };

/** What the console that was refused is, by its role ("…; this is the secretary’s console."). */
const roleLabelsEn = {
  chair: 'this is the chair’s console',
  secretary: 'this is the secretary’s console',
  display: 'this is a display screen',
};
const roleLabelsVi: Record<keyof typeof roleLabelsEn, string> = {
  chair: 'máy này là máy của chủ tọa',
  secretary: 'máy này là máy của thư ký',
  display: 'đây là màn hình hiển thị',
};
export const roleLabels = { en: roleLabelsEn, vi: roleLabelsVi };

/**
 * What a refused command would have done, after "Only the chair’s console may …": one phrase
 * per command only the chair may send (the type makes a new chair command need one), and for
 * the chair's requests outside the command bus (LAN sharing, backups and the journal).
 */
type Refusable = ChairCommand | ServerCommand | 'sharing' | 'maintenance' | 'other';
const commandActionsEn = {
  'council.save': 'save the council’s details',
  'council.setTermYears': 'set the years of the term',
  'rules.save': 'change the rules of procedure',
  'session.create': 'create a session',
  'session.update': 'edit a session',
  'session.delete': 'delete a session',
  'session.select': 'choose the session to work on',
  'session.copyFrom': 'copy an earlier session’s agenda',
  'agenda.add': 'add an agenda item',
  'agenda.update': 'edit an agenda item',
  'agenda.remove': 'remove an agenda item',
  'agenda.move': 'reorder the agenda',
  'agenda.assign': 'place an agenda item in a sitting',
  'agenda.import': 'import a programme file',
  'agenda.setParent': 'make an agenda item a sub-item',
  'template.apply': 'apply an agenda template',
  'template.save': 'save an agenda template',
  'template.import': 'import an agenda template',
  'template.delete': 'delete an agenda template',
  'item.start': 'start an agenda item',
  'item.pause': 'pause an agenda item',
  'item.resume': 'resume an agenda item',
  'item.extend': 'give an agenda item more time',
  'item.finish': 'finish an agenda item',
  'item.skip': 'skip an agenda item',
  'item.reopen': 'reopen an agenda item',
  'sitting.add': 'add a sitting',
  'sitting.update': 'edit a sitting',
  'sitting.remove': 'remove a sitting',
  'sitting.open': 'open or resume a sitting',
  'sitting.suspend': 'suspend a sitting',
  'sitting.close': 'close a sitting',
  undo: 'undo this step',
  'undo.skip': 'set aside a step that can no longer be undone',
  redo: 'redo this step',
  'speaker.next': 'call the next speaker',
  'speaker.call': 'call a speaker',
  'speaker.start': 'start or resume a speech',
  'speaker.pause': 'pause a speech',
  'speaker.extend': 'give a speaker more time',
  'speaker.finish': 'end a speech',
  'question.next': 'call the next question',
  'question.toggle': 'start or pause the questioning clock',
  'question.extend': 'give a question or an answer more time',
  'question.stop': 'end a question or an answer',
  'question.followUp': 'call a follow-up question',
  'question.mark': 'record the outcome of a question',
  'answer.start': 'call the respondent to answer',
  'vote.create': 'prepare a vote',
  'vote.prepareMany': 'prepare the session’s votes at once',
  'vote.update': 'edit a vote',
  'vote.remove': 'remove a vote',
  'vote.open': 'open a vote',
  'vote.close': 'close a vote',
  'vote.announce': 'announce the result of a vote',
  'vote.correct': 'correct the result of a vote',
  'vote.revote': 'hold a vote again',
  'personnel.open': 'open a personnel vote',
  'personnel.close': 'close a personnel vote',
  'personnel.announce': 'announce the result of a personnel vote',
  'personnel.correct': 'correct the result of a personnel vote',
  'personnel.revote': 'hold a new round of a personnel vote',
  'hall.setEmblem': 'set the emblem of the hall screen',
  'hall.clearEmblem': 'remove the emblem of the hall screen',
  'device.pair': 'pair a device',
  'device.revoke': 'revoke a device',
  'device.address': 'record a device’s address',
  'backup.restored': 'record a restore',
  sharing: 'share with the LAN or pair a device',
  maintenance: 'open the backups or the activity journal',
  other: 'do this',
} satisfies Record<Refusable, string>;
const commandActionsVi: Record<keyof typeof commandActionsEn, string> = {
  'council.save': 'lưu thông tin Hội đồng nhân dân',
  'council.setTermYears': 'đặt các năm của nhiệm kỳ',
  'rules.save': 'thay đổi nội quy kỳ họp',
  'session.create': 'tạo kỳ họp',
  'session.update': 'sửa thông tin kỳ họp',
  'session.delete': 'xóa kỳ họp',
  'session.select': 'chọn kỳ họp làm việc',
  'session.copyFrom': 'sao chép chương trình của kỳ họp trước',
  'agenda.add': 'thêm mục vào chương trình',
  'agenda.update': 'sửa mục chương trình',
  'agenda.remove': 'xóa mục chương trình',
  'agenda.move': 'đổi thứ tự chương trình',
  'agenda.assign': 'xếp mục chương trình vào phiên họp',
  'agenda.import': 'nhập chương trình từ tệp',
  'agenda.setParent': 'đặt mục chương trình thành mục con',
  'template.apply': 'áp dụng mẫu chương trình',
  'template.save': 'lưu mẫu chương trình',
  'template.import': 'nhập mẫu chương trình',
  'template.delete': 'xóa mẫu chương trình',
  'item.start': 'bắt đầu mục chương trình',
  'item.pause': 'tạm dừng mục chương trình',
  'item.resume': 'tiếp tục mục chương trình',
  'item.extend': 'cho thêm thời gian mục chương trình',
  'item.finish': 'kết thúc mục chương trình',
  'item.skip': 'bỏ qua mục chương trình',
  'item.reopen': 'mở lại mục chương trình',
  'sitting.add': 'thêm phiên họp',
  'sitting.update': 'sửa phiên họp',
  'sitting.remove': 'xóa phiên họp',
  'sitting.open': 'mở hoặc tiếp tục phiên họp',
  'sitting.suspend': 'tạm dừng phiên họp',
  'sitting.close': 'kết thúc phiên họp',
  undo: 'hoàn tác thao tác này',
  'undo.skip': 'bỏ qua thao tác không còn hoàn tác được',
  redo: 'làm lại thao tác này',
  'speaker.next': 'mời người phát biểu tiếp theo',
  'speaker.call': 'mời đại biểu phát biểu',
  'speaker.start': 'bắt đầu hoặc tiếp tục tính giờ phát biểu',
  'speaker.pause': 'tạm dừng phát biểu',
  'speaker.extend': 'cho thêm thời gian phát biểu',
  'speaker.finish': 'kết thúc phát biểu',
  'question.next': 'mời chất vấn tiếp theo',
  'question.toggle': 'bắt đầu hoặc tạm dừng tính giờ chất vấn',
  'question.extend': 'cho thêm thời gian chất vấn hoặc trả lời',
  'question.stop': 'kết thúc câu hỏi hoặc phần trả lời',
  'question.followUp': 'mời chất vấn lại',
  'question.mark': 'ghi kết quả chất vấn',
  'answer.start': 'mời người bị chất vấn trả lời',
  'vote.create': 'chuẩn bị biểu quyết',
  'vote.prepareMany': 'chuẩn bị cùng lúc các cuộc biểu quyết của kỳ họp',
  'vote.update': 'sửa nội dung biểu quyết',
  'vote.remove': 'xóa biểu quyết',
  'vote.open': 'bắt đầu biểu quyết',
  'vote.close': 'kết thúc biểu quyết',
  'vote.announce': 'công bố kết quả biểu quyết',
  'vote.correct': 'đính chính kết quả biểu quyết',
  'vote.revote': 'tổ chức biểu quyết lại',
  'personnel.open': 'bắt đầu bỏ phiếu nhân sự',
  'personnel.close': 'kết thúc bỏ phiếu nhân sự',
  'personnel.announce': 'công bố kết quả bỏ phiếu nhân sự',
  'personnel.correct': 'đính chính kết quả bỏ phiếu nhân sự',
  'personnel.revote': 'tổ chức bỏ phiếu nhân sự vòng mới',
  'hall.setEmblem': 'đặt biểu trưng trên màn hình hội trường',
  'hall.clearEmblem': 'gỡ biểu trưng khỏi màn hình hội trường',
  'device.pair': 'ghép nối thiết bị',
  'device.revoke': 'thu hồi quyền của thiết bị',
  'device.address': 'ghi địa chỉ của thiết bị',
  'backup.restored': 'ghi nhận việc khôi phục bản sao lưu',
  sharing: 'chia sẻ trong mạng nội bộ hoặc ghép nối thiết bị',
  maintenance: 'xem bản sao lưu hoặc nhật ký hoạt động',
  other: 'thực hiện việc này',
};
export const commandActions = { en: commandActionsEn, vi: commandActionsVi };

/** What a stale command was about ("The vote count was changed by…"). */
const topicNamesEn = {
  vote: 'The vote count',
  mark: 'This delegate’s choice',
  queue: 'The speaker queue',
  questions: 'The order of question slips',
  agenda: 'The order of the agenda',
  timing: 'The progress of the programme',
};
const topicNamesVi: Record<keyof typeof topicNamesEn, string> = {
  vote: 'Kết quả kiểm phiếu',
  mark: 'Lựa chọn của đại biểu này',
  queue: 'Thứ tự danh sách phát biểu',
  questions: 'Thứ tự phiếu chất vấn',
  agenda: 'Thứ tự chương trình kỳ họp',
  timing: 'Tiến trình chương trình kỳ họp',
};
export const topicNames = { en: topicNamesEn, vi: topicNamesVi };

/**
 * The fields a form edits, as a refusal of a crossed edit names them ("the chair changed the seat
 * number (now 12) of …"), and how a value reads there (engine/edits.ts).
 */
const editedWordsEn = {
  fullName: 'the full name',
  title: 'the title',
  group: 'the delegate group',
  agency: 'the agency',
  committee: 'the committee',
  seatNumber: 'the seat number',
  voting: 'the role',
  itemTitle: 'the title',
  kind: 'the kind',
  presenter: 'the presenter',
  plannedMinutes: 'the planned time',
  asker: 'the asking delegate',
  respondent: 'the respondent',
  topic: 'the topic',
  question: 'the question',
  agendaItem: 'the agenda item',
  respondentAgency: 'the agency',
  now: '{field} (now {value})',
  and: '{first} and {last}',
  empty: 'empty',
  none: 'none',
  votingDelegate: 'voting delegate',
  guest: 'guest / official',
  minutes: '{n} min',
  item: 'the agenda item “{name}”',
  slip: 'the question slip of {name}',
  official: 'the official {name}',
  note: 'the note',
  noteOnItem: 'the agenda item “{item}”',
  noteOnSpeech: 'the speech of {name}',
  noteOnQuestion: 'the question of {name}',
  noteOnAnswer: 'the answer of {name}',
  voteTitle: 'the title',
  personnelKind: 'the kind',
  posts: 'the number of posts',
  people: 'the people on the ballot',
  nobody: 'nobody',
  personnelVote: 'the personnel vote “{name}”',
  resolutionTitle: 'the resolution',
  resolutionNumber: 'the resolution number',
  presentedBy: 'the presenting body',
  voteMethod: 'the way of voting',
  ruleKind: 'the rule',
  vote: 'the vote “{name}”',
};
const editedWordsVi: Record<keyof typeof editedWordsEn, string> = {
  fullName: 'họ và tên',
  title: 'chức vụ',
  group: 'tổ đại biểu',
  agency: 'cơ quan',
  committee: 'ban',
  seatNumber: 'số ghế',
  voting: 'tư cách',
  itemTitle: 'nội dung',
  kind: 'loại nội dung',
  presenter: 'người trình bày',
  plannedMinutes: 'thời gian dự kiến',
  asker: 'đại biểu chất vấn',
  respondent: 'người trả lời',
  topic: 'nhóm vấn đề',
  question: 'nội dung câu hỏi',
  agendaItem: 'mục chương trình',
  respondentAgency: 'cơ quan',
  now: '{field} (nay là {value})',
  and: '{first} và {last}',
  empty: 'để trống',
  none: 'không có',
  votingDelegate: 'đại biểu HĐND',
  guest: 'khách mời / lãnh đạo',
  minutes: '{n} phút',
  item: 'mục chương trình «{name}»',
  slip: 'phiếu chất vấn của {name}',
  official: 'người trả lời chất vấn {name}',
  note: 'tóm tắt',
  noteOnItem: 'mục chương trình «{item}»',
  noteOnSpeech: 'bài phát biểu của {name}',
  noteOnQuestion: 'câu chất vấn của {name}',
  noteOnAnswer: 'câu trả lời của {name}',
  voteTitle: 'tên cuộc bỏ phiếu',
  personnelKind: 'loại',
  posts: 'số người cần bầu',
  people: 'danh sách trên phiếu',
  nobody: 'không có ai',
  personnelVote: 'cuộc bỏ phiếu nhân sự «{name}»',
  resolutionTitle: 'tên nghị quyết',
  resolutionNumber: 'số nghị quyết',
  presentedBy: 'cơ quan trình',
  voteMethod: 'hình thức biểu quyết',
  ruleKind: 'quy tắc',
  vote: 'cuộc biểu quyết «{name}»',
};
export const editedWords = { en: editedWordsEn, vi: editedWordsVi };
