/** Sentences of personnel votes (elections, dismissals, confidence votes): refusals, things and field labels. */

const personnelErrorsEn = {
  'personnel-already-open': 'Another personnel vote is still open: “{title}”. Close it before opening another.',
  'personnel-not-draft': 'This vote has already been opened; its list and rules can no longer change.',
  'personnel-not-open': 'This vote is not open.',
  'personnel-not-closed': 'This vote has not been closed yet.',
  'personnel-announced': 'The result has been announced; the counting committee can no longer change.',
  'personnel-announced-unchanged': 'The result of “{title}” has already been announced and has not been corrected since. To put it on the hall again, use “Show on the hall”; to change its figures, correct the counts (with a reason), then announce the corrected result.',
  'personnel-person-twice': '{name} is already on the list.',
  'personnel-counter-twice': '{name} is already on the counting committee.',
  'personnel-all-exempt': 'Everyone on the list is exempt; the ballot needs at least one person.',
  'personnel-no-people': 'Nobody is on the list of “{title}” yet: add {whom} from the roster first.',
  'personnel-kind-title': 'The title “{title}” says “{named}”, but the kind chosen is “{kind}”. Choose the kind “{named}”, or give the post without that word.',
  'personnel-no-committee': 'Name the counting committee (its head and members) before counting starts.',
  'personnel-present-needed': 'No roll call has been taken in this session: enter the number of delegates present before opening the ballot.',
  'personnel-exempt': '{name} is not on the ballot ({reason}), so no counts can be recorded.',
  'personnel-level-wrong': 'This ballot has no “{level}” for {name}.',
  'personnel-line-over': 'Cannot record {count} “{level}” for {name}: this person’s levels would add up to {sum}, more than the {pool} {of}.',
  'personnel-line-short': 'The line of {name} adds up to {sum} of {valid} valid ballots; every valid ballot counts one level or an invalid line.',
  'personnel-agree-over-posts': 'The candidates’ agreeing ballots add up to {total}, more than {pool} ballots times the number of posts to fill ({posts}).',
  'personnel-revote-filled': 'Every post of “{title}” has been filled: there is nothing to vote on again in a new round.',
  'personnel-revote-kind': '“{title}” ({kind}) is decided by this ballot and is not held again as a new round; a new proposal is prepared as a new vote.',
  'personnel-no-ballot-papers': 'The session has no personnel vote to print ballots for: prepare one in Personnel (Alt+P) first.',
  'personnel-sorted': 'The list of “{title}” is already in the order of given names: nothing to change.',
  'undo-personnel-opened': 'The ballot of “{title}” has been opened, so its list can no longer be undone or redone.',
  'undo-personnel-removed': 'The draft “{title}” has been deleted, so its changes can no longer be undone or redone.',
  'undo-personnel-removed-person': 'The draft listing {name} has been deleted, so the change of their honorific can no longer be undone or redone.',
  'undo-personnel-counted': 'Ballots or counts are already recorded in “{title}”, so its opening can no longer be undone: take them back first (Undo).',
  'undo-personnel-closed': 'The vote “{title}” is closed, so its counts can no longer be undone or redone. To put them right, correct the counts (with a reason); an election that left a post unfilled can also hold a new round.',
};
const personnelErrorsVi: Record<keyof typeof personnelErrorsEn, string> = {
  'personnel-already-open': 'Đang có một cuộc bỏ phiếu nhân sự chưa kết thúc: «{title}». Hãy kết thúc trước khi mở cuộc khác.',
  'personnel-not-draft': 'Cuộc bỏ phiếu này đã mở; danh sách và quy tắc không thể sửa nữa.',
  'personnel-not-open': 'Cuộc bỏ phiếu này không đang mở.',
  'personnel-not-closed': 'Cuộc bỏ phiếu này chưa kết thúc.',
  'personnel-announced': 'Kết quả đã được công bố; không thể đổi Ban kiểm phiếu nữa.',
  'personnel-announced-unchanged': 'Kết quả «{title}» đã được công bố và chưa đính chính lần nào từ đó. Để chiếu lại lên màn hình hội trường, dùng «Chiếu lên màn hình hội trường»; để sửa số phiếu, hãy đính chính (ghi rõ lý do) rồi công bố kết quả đã đính chính.',
  'personnel-person-twice': '{name} đã có trong danh sách.',
  'personnel-counter-twice': '{name} đã có trong Ban kiểm phiếu.',
  'personnel-all-exempt': 'Mọi người trong danh sách đều không lấy phiếu; phiếu phải có ít nhất một người.',
  'personnel-no-people': 'Danh sách «{title}» chưa có ai: hãy thêm {whom} từ danh sách đại biểu trước.',
  'personnel-kind-title': 'Tên «{title}» ghi «{named}» nhưng loại đã chọn là «{kind}». Hãy chọn loại «{named}», hoặc chỉ ghi chức vụ, bỏ chữ đó đi.',
  'personnel-no-committee': 'Hãy bầu Ban kiểm phiếu (trưởng ban và các ủy viên) trước khi bắt đầu kiểm phiếu.',
  'personnel-present-needed': 'Kỳ họp chưa điểm danh: hãy nhập số đại biểu có mặt trước khi mở cuộc bỏ phiếu.',
  'personnel-exempt': '{name} không có tên trên phiếu ({reason}), nên không thể ghi số phiếu.',
  'personnel-level-wrong': 'Phiếu này không có mức «{level}» cho {name}.',
  'personnel-line-over': 'Không thể ghi {count} phiếu «{level}» cho {name}: các mức của người này cộng lại thành {sum}, nhiều hơn {pool} {of}.',
  'personnel-line-short': 'Dòng của {name} mới cộng được {sum} trên {valid} phiếu hợp lệ; mỗi phiếu hợp lệ phải được tính một mức hoặc là dòng không hợp lệ.',
  'personnel-agree-over-posts': 'Số phiếu đồng ý của các ứng cử viên cộng lại ({total}) nhiều hơn {pool} phiếu nhân với {posts} chức vụ cần bầu.',
  'personnel-revote-filled': 'Cuộc bầu «{title}» đã bầu đủ số người cần bầu: không có gì để bầu lại (vòng mới).',
  'personnel-revote-kind': '«{title}» ({kind}) đã được quyết định bằng lần bỏ phiếu này nên không bỏ phiếu lại (vòng mới); đề nghị mới được chuẩn bị thành một cuộc bỏ phiếu mới.',
  'personnel-no-ballot-papers': 'Kỳ họp chưa có cuộc bỏ phiếu nhân sự nào để in phiếu: hãy chuẩn bị trong mục Nhân sự (Alt+P) trước.',
  'personnel-sorted': 'Danh sách «{title}» đã xếp theo vần tên: không có gì thay đổi.',
  'undo-personnel-opened': 'Cuộc bỏ phiếu «{title}» đã mở nên không thể hoàn tác hay làm lại danh sách nữa.',
  'undo-personnel-removed': 'Bản nháp «{title}» đã bị xóa nên không thể hoàn tác hay làm lại các thay đổi của nó nữa.',
  'undo-personnel-removed-person': 'Bản nháp có {name} trong danh sách đã bị xóa nên không thể hoàn tác hay làm lại việc đổi danh xưng của {name} nữa.',
  'undo-personnel-counted': 'Cuộc bỏ phiếu «{title}» đã ghi nhận số phiếu nên không thể hoàn tác việc bắt đầu kiểm phiếu nữa: hãy hoàn tác số phiếu trước.',
  'undo-personnel-closed': 'Cuộc bỏ phiếu «{title}» đã kết thúc nên không thể hoàn tác hay làm lại số phiếu nữa. Để sửa, hãy đính chính số phiếu (ghi rõ lý do); cuộc bầu còn thiếu người trúng cử thì có thể bầu lại (vòng mới).',
};
export const personnelErrors = { en: personnelErrorsEn, vi: personnelErrorsVi };

/** Whom a vote's list is made of, by kind, as the refusal of an empty list says it ("add the candidates"). */
export const personnelWhom = {
  en: { election: 'the candidates', dismissal: 'the person to be dismissed', removal: 'the person to be removed', confidence: 'the officials to rate' },
  vi: { election: 'các ứng cử viên', dismissal: 'người được đề nghị miễn nhiệm', removal: 'người được đề nghị bãi nhiệm', confidence: 'những người được lấy phiếu' },
} as const;

const personnelThingsEn = {
  personnelVote: 'personnel vote',
  personnelPerson: 'person on the ballot',
};
const personnelThingsVi: Record<keyof typeof personnelThingsEn, string> = {
  personnelVote: 'cuộc bỏ phiếu nhân sự',
  personnelPerson: 'người trên phiếu',
};
export const personnelThings = { en: personnelThingsEn, vi: personnelThingsVi };

const personnelFieldsEn = {
  posts: 'Posts to fill',
  people: 'List',
  body: 'Body',
  honorific: 'Honorific',
  exemptReason: 'Reason for exemption',
  head: 'Head of the counting committee',
  members: 'Counting committee members',
  personId: 'Person on the ballot',
  lines: 'Counts',
  agree: 'In favour',
  disagree: 'Against',
  high: 'High confidence',
  medium: 'Confidence',
  low: 'Low confidence',
  personIds: 'People in the new round',
};
const personnelFieldsVi: Record<keyof typeof personnelFieldsEn, string> = {
  posts: 'Số người cần bầu',
  people: 'Danh sách',
  body: 'Cơ quan',
  honorific: 'Danh xưng',
  exemptReason: 'Lý do không lấy phiếu',
  head: 'Trưởng Ban kiểm phiếu',
  members: 'Ủy viên Ban kiểm phiếu',
  personId: 'Người trên phiếu',
  lines: 'Số phiếu',
  agree: 'Đồng ý',
  disagree: 'Không đồng ý',
  high: 'Tín nhiệm cao',
  medium: 'Tín nhiệm',
  low: 'Tín nhiệm thấp',
  personIds: 'Người bầu lại',
};
export const personnelFields = { en: personnelFieldsEn, vi: personnelFieldsVi };

/**
 * A personnel vote's `title`, as its commands name it: the box reads "Post" for an election and
 * "Name of the vote" for a confidence vote (the foundation's "Title" named neither), and a
 * person's own title is a post too. Per command, as `title` means other things elsewhere.
 */
export const personnelVoteTitle = { en: { title: 'Post or name of the vote' }, vi: { title: 'Chức vụ hoặc tên đợt lấy phiếu' } };

/** What bounds a ballot line while the ballots are being sorted ("more than the {of}"). */
const personnelPoolsEn = {
  valid: 'valid ballots',
  returned: 'ballots returned',
  issued: 'ballots issued',
  present: 'delegates present',
};
const personnelPoolsVi: Record<keyof typeof personnelPoolsEn, string> = {
  valid: 'phiếu hợp lệ',
  returned: 'phiếu thu vào',
  issued: 'phiếu phát ra',
  present: 'đại biểu có mặt',
};
export const personnelPools = { en: personnelPoolsEn, vi: personnelPoolsVi };

/**
 * The statutory sentence for one person (personnel/announce.ts), as the head of the counting
 * committee reads it: "Ông Lương Xuân Quý được 49/58 phiếu tín nhiệm cao, chiếm 84,48% tổng số
 * đại biểu Hội đồng nhân dân; …". `{of}` is the base, said after the first share only.
 */
const personnelAnnounceEn = {
  // "Ms X: in favour, 26 of 35 (74.29% of the total number of council delegates)": never "26/35
  // ballots in favour", which English reads as 26 of 35 ballots when 33 were issued; the share says
  // what the 35 is.
  line: '{ballots}, {count} of {base} ({share}%{of})',
  ballotsAgree: 'in favour',
  ballotsHigh: 'high confidence',
  ballotsMedium: 'confidence',
  ballotsLow: 'low confidence',
  counts: '{who}: {lines}',
  elected: '{who} is therefore elected {post}',
  notElected: '{who} is therefore not elected',
  tie: '{who} is therefore not yet elected: level with another candidate for the last post to fill; the council votes again among those level',
  dismissed: '{who} is therefore dismissed from the post of {post}',
  notDismissed: '{who} is therefore not dismissed',
  removed: '{who} is therefore removed from the post of {post}',
  notRemoved: '{who} is therefore not removed',
  mayResign: '{who} was rated low confidence by more than half of the total number of council delegates and may resign; otherwise the council holds a binding vote of confidence',
  dismissalProposed: '{who} was rated low confidence by two thirds or more of the total number of council delegates; the competent body is to propose the dismissal to the council',
};
const personnelAnnounceVi: Record<keyof typeof personnelAnnounceEn, string> = {
  line: '{count}/{base} {ballots}, chiếm {share}%{of}',
  ballotsAgree: 'phiếu đồng ý',
  ballotsHigh: 'phiếu tín nhiệm cao',
  ballotsMedium: 'phiếu tín nhiệm',
  ballotsLow: 'phiếu tín nhiệm thấp',
  counts: '{who} được {lines}',
  elected: 'Như vậy, {who} đã trúng cử chức vụ {post}',
  notElected: 'Như vậy, {who} không trúng cử',
  tie: 'Như vậy, {who} chưa trúng cử do có số phiếu ngang nhau với ứng cử viên khác ở vị trí cuối cùng cần bầu; Hội đồng nhân dân bầu lại trong số những người có số phiếu ngang nhau',
  dismissed: 'Như vậy, {who} đã được miễn nhiệm chức vụ {post}',
  notDismissed: 'Như vậy, {who} không được miễn nhiệm',
  removed: 'Như vậy, {who} đã bị bãi nhiệm chức vụ {post}',
  notRemoved: 'Như vậy, {who} không bị bãi nhiệm',
  mayResign: '{who} có trên một nửa tổng số đại biểu đánh giá tín nhiệm thấp, có thể xin từ chức; nếu không xin từ chức thì Hội đồng nhân dân bỏ phiếu tín nhiệm',
  dismissalProposed: '{who} có từ hai phần ba tổng số đại biểu trở lên đánh giá tín nhiệm thấp; cơ quan có thẩm quyền trình Hội đồng nhân dân miễn nhiệm',
};
export const personnelAnnounce = { en: personnelAnnounceEn, vi: personnelAnnounceVi };

/**
 * The outcomes as the minutes and the results notice record them afterwards, in the past ("… was
 * therefore elected"); read out at the rostrum they are said in the present (personnelAnnounce).
 * Vietnamese says them alike.
 */
type Outcome = 'elected' | 'notElected' | 'tie' | 'dismissed' | 'notDismissed' | 'removed' | 'notRemoved';
const personnelRecordedEn: Record<Outcome, string> = {
  elected: '{who} was therefore elected {post}',
  notElected: '{who} was therefore not elected',
  tie: '{who} was therefore not yet elected: level with another candidate for the last post to fill; the council was to vote again among those level',
  dismissed: '{who} was therefore dismissed from the post of {post}',
  notDismissed: '{who} was therefore not dismissed',
  removed: '{who} was therefore removed from the post of {post}',
  notRemoved: '{who} was therefore not removed',
};
const personnelRecordedVi: Record<Outcome, string> = {
  elected: personnelAnnounceVi.elected,
  notElected: personnelAnnounceVi.notElected,
  tie: personnelAnnounceVi.tie,
  dismissed: personnelAnnounceVi.dismissed,
  notDismissed: personnelAnnounceVi.notDismissed,
  removed: personnelAnnounceVi.removed,
  notRemoved: personnelAnnounceVi.notRemoved,
};
export const personnelRecorded = { en: personnelRecordedEn, vi: personnelRecordedVi };
