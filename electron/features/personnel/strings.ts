/** Sentences of personnel votes (elections, dismissals, confidence votes): refusals, things and field labels. */
import type { Catalog } from '../../../common/strings';

export const personnelErrors = {
  'personnel-already-open': {
    vi: 'Đang có một cuộc bỏ phiếu nhân sự chưa kết thúc: «{title}». Hãy kết thúc trước khi mở cuộc khác.',
    en: 'Another personnel vote is still open: “{title}”. Close it before opening another.',
  },
  'personnel-not-draft': {
    vi: 'Cuộc bỏ phiếu này đã mở; danh sách và quy tắc không thể sửa nữa.',
    en: 'This vote has already been opened; its list and rules can no longer change.',
  },
  'personnel-not-open': { vi: 'Cuộc bỏ phiếu này không đang mở.', en: 'This vote is not open.' },
  'personnel-not-closed': { vi: 'Cuộc bỏ phiếu này chưa kết thúc.', en: 'This vote has not been closed yet.' },
  'personnel-announced': {
    vi: 'Kết quả đã được công bố; không thể đổi Ban kiểm phiếu nữa.',
    en: 'The result has been announced; the counting committee can no longer change.',
  },
  'personnel-person-twice': {
    vi: '{name} đã có trong danh sách.',
    en: '{name} is already on the list.',
  },
  'personnel-counter-twice': {
    vi: '{name} đã có trong Ban kiểm phiếu.',
    en: '{name} is already on the counting committee.',
  },
  'personnel-all-exempt': {
    vi: 'Mọi người trong danh sách đều không lấy phiếu; phiếu phải có ít nhất một người.',
    en: 'Everyone on the list is exempt; the ballot needs at least one person.',
  },
  'personnel-no-committee': {
    vi: 'Hãy bầu Ban kiểm phiếu (trưởng ban và các thành viên) trước khi bắt đầu kiểm phiếu.',
    en: 'Name the counting committee (its head and members) before counting starts.',
  },
  'personnel-exempt': {
    vi: '{name} không có tên trên phiếu ({reason}), nên không thể ghi số phiếu.',
    en: '{name} is not on the ballot ({reason}), so no counts can be recorded.',
  },
  'personnel-level-wrong': {
    vi: 'Phiếu này không có mức «{level}» cho {name}.',
    en: 'This ballot has no “{level}” for {name}.',
  },
  'personnel-line-over': {
    vi: 'Không thể ghi {count} phiếu «{level}» cho {name}: các mức của người này cộng lại thành {sum}, nhiều hơn {pool} {of}.',
    en: 'Cannot record {count} “{level}” for {name}: this person’s levels would add up to {sum}, more than the {pool} {of}.',
  },
  'personnel-line-short': {
    vi: 'Dòng của {name} mới cộng được {sum} trên {valid} phiếu hợp lệ; mỗi phiếu hợp lệ phải được tính một mức hoặc là dòng không hợp lệ.',
    en: 'The line of {name} adds up to {sum} of {valid} valid ballots; every valid ballot counts one level or an invalid line.',
  },
  'personnel-agree-over-posts': {
    vi: 'Số phiếu đồng ý của các ứng cử viên cộng lại ({total}) nhiều hơn {pool} phiếu nhân với {posts} chức vụ cần bầu.',
    en: 'The candidates’ agreeing ballots add up to {total}, more than {pool} ballots times the {posts} posts to fill.',
  },
} satisfies Catalog;

export const personnelThings = {
  personnelVote: { vi: 'cuộc bỏ phiếu nhân sự', en: 'personnel vote' },
  personnelPerson: { vi: 'người trên phiếu', en: 'person on the ballot' },
} satisfies Catalog;

export const personnelFields = {
  posts: { vi: 'Số người cần bầu', en: 'Posts to fill' },
  people: { vi: 'Danh sách', en: 'List' },
  body: { vi: 'Cơ quan', en: 'Body' },
  honorific: { vi: 'Danh xưng', en: 'Honorific' },
  exemptReason: { vi: 'Lý do không lấy phiếu', en: 'Reason for exemption' },
  head: { vi: 'Trưởng Ban kiểm phiếu', en: 'Head of the counting committee' },
  members: { vi: 'Thành viên Ban kiểm phiếu', en: 'Counting committee members' },
  personId: { vi: 'Người trên phiếu', en: 'Person on the ballot' },
  lines: { vi: 'Số phiếu', en: 'Counts' },
  agree: { vi: 'Đồng ý', en: 'Agree' },
  disagree: { vi: 'Không đồng ý', en: 'Disagree' },
  high: { vi: 'Tín nhiệm cao', en: 'High confidence' },
  medium: { vi: 'Tín nhiệm', en: 'Confidence' },
  low: { vi: 'Tín nhiệm thấp', en: 'Low confidence' },
  personIds: { vi: 'Người bầu lại', en: 'People in the new round' },
} satisfies Catalog;
