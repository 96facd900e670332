/** Sentences of votes: refusals, things and field labels. */
import type { Catalog } from '../../../common/strings';

export const voteErrors = {
  'vote-already-open': {
    vi: 'Đang có một cuộc biểu quyết chưa kết thúc: «{title}». Hãy kết thúc trước khi mở cuộc khác.',
    en: 'Another vote is still open: “{title}”. Close it before opening another.',
  },
  'vote-not-draft': {
    vi: 'Cuộc biểu quyết này đã mở; không thể sửa quy tắc hay phương thức nữa.',
    en: 'This vote has already been opened; its rule and method can no longer change.',
  },
  'vote-not-open': { vi: 'Cuộc biểu quyết này không đang mở.', en: 'This vote is not open.' },
  'vote-not-closed': { vi: 'Cuộc biểu quyết này chưa kết thúc.', en: 'This vote has not been closed yet.' },
  'ballots-base-needs-secret': {
    vi: 'Chỉ bỏ phiếu kín mới tính trên số phiếu thu vào.',
    en: 'Only a secret ballot can be counted on the ballots returned.',
  },
  'present-over-seats': {
    vi: 'Số đại biểu có mặt ({present}) nhiều hơn tổng số đại biểu ({seats}).',
    en: 'The number present ({present}) is more than the total number of delegates ({seats}).',
  },
  'counts-over-present': {
    vi: 'Tán thành, không tán thành và không biểu quyết cộng lại ({counted}) nhiều hơn số đại biểu có mặt ({present}).',
    en: 'For, against and abstaining add up to {counted}, more than the {present} present.',
  },
  'counts-over-valid': {
    vi: 'Tán thành, không tán thành và không biểu quyết cộng lại ({counted}) nhiều hơn số phiếu hợp lệ ({valid}).',
    en: 'For, against and abstaining add up to {counted}, more than the {valid} valid ballots.',
  },
  'issued-over-present': {
    vi: 'Số phiếu phát ra ({issued}) nhiều hơn số đại biểu có mặt ({present}).',
    en: 'Ballots issued ({issued}) are more than the delegates present ({present}).',
  },
  'returned-over-issued': {
    vi: 'Số phiếu thu vào ({returned}) nhiều hơn số phiếu phát ra ({issued}).',
    en: 'Ballots returned ({returned}) are more than those issued ({issued}).',
  },
  'ballots-over-returned': {
    vi: 'Phiếu hợp lệ và không hợp lệ cộng lại ({sorted}) nhiều hơn số phiếu thu vào ({returned}).',
    en: 'Valid and invalid ballots add up to {sorted}, more than the {returned} returned.',
  },
  'ballots-unsorted': {
    vi: 'Phiếu hợp lệ ({valid}) và không hợp lệ ({invalid}) phải cộng lại bằng số phiếu thu vào ({returned}).',
    en: 'Valid ({valid}) and invalid ({invalid}) ballots must add up to the ballots returned ({returned}).',
  },
  'not-a-voter': {
    vi: '{name} không phải đại biểu có quyền biểu quyết.',
    en: '{name} is not a voting delegate.',
  },
  'voter-absent': {
    vi: 'Đại biểu {name} vắng mặt theo điểm danh phiên «{sitting}», nên không thể ghi nhận biểu quyết.',
    en: '{name} is absent by the roll call of “{sitting}”, so cannot be marked in this vote.',
  },
  'marks-over-present': {
    vi: 'Đã ghi nhận {marked} đại biểu; không thể nhiều hơn số có mặt ({present}).',
    en: '{marked} delegates are already marked; there cannot be more than the {present} present.',
  },
  'wrong-method': {
    vi: 'Cách nhập này không dùng cho phương thức biểu quyết của cuộc này.',
    en: 'This kind of entry does not belong to this vote’s method.',
  },
} satisfies Catalog;

export const voteThings = {
  vote: { vi: 'cuộc biểu quyết', en: 'vote' },
} satisfies Catalog;

export const voteFields = {
  agendaItemId: { vi: 'Mục chương trình', en: 'Agenda item' },
  resolutionNumber: { vi: 'Số nghị quyết', en: 'Resolution number' },
  resolutionTitle: { vi: 'Tên nghị quyết', en: 'Resolution title' },
  method: { vi: 'Phương thức biểu quyết', en: 'Voting method' },
  ruleKind: { vi: 'Loại quy tắc', en: 'Kind of rule' },
  base: { vi: 'Cơ sở tính', en: 'Base' },
  comparison: { vi: 'Ngưỡng', en: 'Threshold' },
  numerator: { vi: 'Tử số', en: 'Numerator' },
  denominator: { vi: 'Mẫu số', en: 'Denominator' },
  present: { vi: 'Số đại biểu có mặt', en: 'Number present' },
  for: { vi: 'Tán thành', en: 'For' },
  against: { vi: 'Không tán thành', en: 'Against' },
  abstain: { vi: 'Không biểu quyết', en: 'Abstaining' },
  issued: { vi: 'Số phiếu phát ra', en: 'Ballots issued' },
  returned: { vi: 'Số phiếu thu vào', en: 'Ballots returned' },
  valid: { vi: 'Số phiếu hợp lệ', en: 'Valid ballots' },
  invalid: { vi: 'Số phiếu không hợp lệ', en: 'Invalid ballots' },
  delegateId: { vi: 'Đại biểu', en: 'Delegate' },
  choice: { vi: 'Lựa chọn', en: 'Choice' },
  reason: { vi: 'Lý do', en: 'Reason' },
} satisfies Catalog;
