/** Sentences of votes: refusals, things and field labels. */

const voteErrorsEn = {
  'vote-already-open': 'Another vote is still open: “{title}”. Close it before opening another.',
  'vote-not-draft': 'This vote has already been opened; its rule and method can no longer change.',
  'vote-not-open': 'This vote is not open.',
  'vote-not-closed': 'This vote has not been closed yet.',
  'ballots-base-needs-secret': 'Only a secret ballot can be counted on the ballots returned.',
  'present-over-seats': 'The number present ({present}) is more than the total number of delegates ({seats}).',
  'counts-over-present': 'For, against and abstaining add up to {counted}, more than the {present} present.',
  'counts-over-valid': 'For, against and abstaining add up to {counted}, more than the {valid} valid ballots.',
  'issued-over-present': 'Ballots issued ({issued}) are more than the delegates present ({present}).',
  'returned-over-issued': 'Ballots returned ({returned}) are more than those issued ({issued}).',
  'ballots-over-returned': 'Valid and invalid ballots add up to {sorted}, more than the {returned} returned.',
  'ballots-unsorted': 'Valid ({valid}) and invalid ({invalid}) ballots must add up to the ballots returned ({returned}).',
  'not-a-voter': '{name} is not a voting delegate.',
  'voter-absent': '{name} is absent by the roll call of {sitting}, so cannot be marked in this vote.',
  'marks-over-present': '{marked|# delegate is|# delegates are} already marked; there cannot be more than the {present} present.',
  'wrong-method': 'This kind of entry does not belong to this vote’s method.',
  'undo-vote-closed': 'The vote “{title}” is closed, so its counts can no longer be undone or redone. To put them right, correct the result (with a reason) or hold the vote again.',
};
const voteErrorsVi: Record<keyof typeof voteErrorsEn, string> = {
  'vote-already-open': 'Đang có một cuộc biểu quyết chưa kết thúc: «{title}». Hãy kết thúc trước khi mở cuộc khác.',
  'vote-not-draft': 'Cuộc biểu quyết này đã mở; không thể sửa quy tắc hay phương thức nữa.',
  'vote-not-open': 'Cuộc biểu quyết này không đang mở.',
  'vote-not-closed': 'Cuộc biểu quyết này chưa kết thúc.',
  'ballots-base-needs-secret': 'Chỉ bỏ phiếu kín mới tính trên số phiếu thu vào.',
  'present-over-seats': 'Số đại biểu có mặt ({present}) nhiều hơn tổng số đại biểu ({seats}).',
  'counts-over-present': 'Tán thành, không tán thành và không biểu quyết cộng lại ({counted}) nhiều hơn số đại biểu có mặt ({present}).',
  'counts-over-valid': 'Tán thành, không tán thành và không biểu quyết cộng lại ({counted}) nhiều hơn số phiếu hợp lệ ({valid}).',
  'issued-over-present': 'Số phiếu phát ra ({issued}) nhiều hơn số đại biểu có mặt ({present}).',
  'returned-over-issued': 'Số phiếu thu vào ({returned}) nhiều hơn số phiếu phát ra ({issued}).',
  'ballots-over-returned': 'Phiếu hợp lệ và không hợp lệ cộng lại ({sorted}) nhiều hơn số phiếu thu vào ({returned}).',
  'ballots-unsorted': 'Phiếu hợp lệ ({valid}) và không hợp lệ ({invalid}) phải cộng lại bằng số phiếu thu vào ({returned}).',
  'not-a-voter': '{name} không phải đại biểu có quyền biểu quyết.',
  'voter-absent': 'Đại biểu {name} vắng mặt theo điểm danh {sitting}, nên không thể ghi nhận biểu quyết.',
  'marks-over-present': 'Đã ghi nhận {marked} đại biểu; không thể nhiều hơn số có mặt ({present}).',
  'wrong-method': 'Cách nhập này không dùng cho phương thức biểu quyết của cuộc này.',
  'undo-vote-closed': 'Cuộc biểu quyết «{title}» đã kết thúc nên không thể hoàn tác hay làm lại số phiếu nữa. Để sửa, hãy điều chỉnh kết quả (ghi rõ lý do) hoặc biểu quyết lại.',
};
export const voteErrors = { en: voteErrorsEn, vi: voteErrorsVi };

const voteThingsEn = {
  vote: 'vote',
};
const voteThingsVi: Record<keyof typeof voteThingsEn, string> = {
  vote: 'cuộc biểu quyết',
};
export const voteThings = { en: voteThingsEn, vi: voteThingsVi };

const voteFieldsEn = {
  agendaItemId: 'Agenda item',
  resolutionNumber: 'Resolution number',
  resolutionTitle: 'Resolution title',
  method: 'Voting method',
  ruleKind: 'Kind of rule',
  base: 'Base',
  comparison: 'Threshold',
  numerator: 'Numerator',
  denominator: 'Denominator',
  present: 'Number present',
  for: 'For',
  against: 'Against',
  abstain: 'Abstaining',
  issued: 'Ballots issued',
  returned: 'Ballots returned',
  valid: 'Valid ballots',
  invalid: 'Invalid ballots',
  delegateId: 'Delegate',
  choice: 'Choice',
  reason: 'Reason',
};
const voteFieldsVi: Record<keyof typeof voteFieldsEn, string> = {
  agendaItemId: 'Mục chương trình',
  resolutionNumber: 'Số nghị quyết',
  resolutionTitle: 'Tên nghị quyết',
  method: 'Phương thức biểu quyết',
  ruleKind: 'Loại quy tắc',
  base: 'Cơ sở tính',
  comparison: 'Ngưỡng',
  numerator: 'Tử số',
  denominator: 'Mẫu số',
  present: 'Số đại biểu có mặt',
  for: 'Tán thành',
  against: 'Không tán thành',
  abstain: 'Không biểu quyết',
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu vào',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
  delegateId: 'Đại biểu',
  choice: 'Lựa chọn',
  reason: 'Lý do',
};
export const voteFields = { en: voteFieldsEn, vi: voteFieldsVi };
