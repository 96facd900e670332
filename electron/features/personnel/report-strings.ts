/**
 * The words of a counting record: the personnel votes' (report.ts), one part per closed vote, and
 * the secret ballots on resolutions that the session's records (record/ballots.ts) put beside
 * them, so the two read alike in either language. Filled by `fill`; the place is its own key,
 * filled into the opening sentence or left out as ''.
 */
import type { Level } from '../../../common/personnel/result';

const countingRecordWordsEn = {
  opening: 'At {time} on {day}{place}, the counting committee of session {session} of the {council}, {term}, counted the ballots of the {what}.',
  openingAt: ', at {place}',
  whatElection: 'election to the post of {title}',
  whatElectionMore: 'additional election to the post of {title}',
  whatElectionReplace: 'election of a replacement to the post of {title}',
  whatDismissal: 'dismissal from the post of {title}',
  whatRemoval: 'removal from the post of {title}',
  whatConfidence: 'confidence vote: {title}',
  committee: 'I. COUNTING COMMITTEE',
  head: 'Head',
  member: 'Member',
  noCommittee: '(No counting committee recorded.)',
  results: 'II. RESULTS',
  /**
   * `vacant` is the minutes' note (minutes.ts vacancyNote), '' when every seat is held: "80 (1 seat
   * vacant)". The count present is held to its words by a no-break space: the line, longer with the
   * note, left "76." alone on the next.
   */
  seats: 'Total council seats: {seats}{vacant}; delegates present:\u00a0{present}{source}.',
  /**
   * `{source}` of `seats` when the ballot opened with no roll call taken and no count typed
   * (present_source 'roster', migration 031): the figure is the roster, not a count, and the record
   * says so as the console does beside it; '' otherwise.
   */
  presentRoster: ' (no roll call taken: every delegate on the roster counted as present)',
  ballots: 'Ballots issued: {issued}; returned: {returned}; valid: {valid}; invalid: {invalid}.',
  /** The number column's heading: a ruled table names every column. */
  no: 'No.',
  person: 'Full name and title',
  outcome: 'Result',
  // As the minutes say it (personnelExempt): "not rated", never a second word for the same thing.
  exempt: '{name}: not rated ({reason}).',
  announce: 'III. ANNOUNCEMENT',
  correction: 'Correction {n} to the count: {reason}.',
  /** The counts a correction replaced (corrections.ts countsBefore). */
  correctionBefore: 'Before correction {n}: {counts}.',
  ballotsBefore: 'ballots issued {issued}, returned {returned}, valid {valid}, invalid {invalid}',
  closing: 'This ballot-counting record was drawn up and read out to the session.',
  signLeft: 'Members',
  // "TM." (on behalf of) the counting committee, named as section I names it; the no-break space
  // wraps it "FOR THE / COUNTING COMMITTEE" in its half of the page, never leaving "COMMITTEE" alone.
  signFor: 'For the counting\u00a0committee',
  signHead: 'Head',
  title: 'Ballot-counting record',
  round: '(round {round})',
  session: 'Session {n}, {council}',
  none: 'The session has no closed personnel vote yet.',
  body: 'People’s Council',
  whatResolution: 'vote on {title}',
  resolutionSubtitle: 'Vote on {title}',
  tableItem: 'Item',
  tableBallots: 'Ballots',
  tableShare: 'Share (%)',
  issued: 'Ballots issued',
  returned: 'Ballots returned',
  valid: 'Valid ballots',
  invalid: 'Invalid ballots',
  for: 'In favour',
  against: 'Against',
  abstain: 'Abstain',
  noSecretBallot: 'The session has held no secret ballot yet.',
};
const countingRecordWordsVi: Record<keyof typeof countingRecordWordsEn, string> = {
  opening: 'Vào hồi {time}, ngày {day}{place}, Ban kiểm phiếu của Kỳ họp thứ {session}, {council} {term} đã tiến hành kiểm phiếu {what}.',
  openingAt: ', tại {place}',
  whatElection: 'bầu chức vụ {title}',
  whatElectionMore: 'bầu bổ sung chức vụ {title}',
  whatElectionReplace: 'bầu thay thế chức vụ {title}',
  whatDismissal: 'miễn nhiệm chức vụ {title}',
  whatRemoval: 'bãi nhiệm chức vụ {title}',
  whatConfidence: 'lấy phiếu tín nhiệm: {title}',
  committee: 'I. BAN KIỂM PHIẾU',
  head: 'Trưởng ban',
  member: 'Ủy viên',
  noCommittee: '(Chưa ghi danh sách Ban kiểm phiếu.)',
  results: 'II. KẾT QUẢ KIỂM PHIẾU',
  seats: 'Tổng số đại biểu Hội đồng nhân dân: {seats}{vacant}; số đại biểu có mặt:\u00a0{present}{source}.',
  presentRoster: ' (chưa điểm danh; tính theo danh sách đại biểu)',
  ballots: 'Số phiếu phát ra: {issued}; số phiếu thu vào: {returned}; số phiếu hợp lệ: {valid}; số phiếu không hợp lệ: {invalid}.',
  no: 'STT',
  person: 'Họ và tên, chức vụ',
  outcome: 'Kết quả',
  exempt: '{name}: không lấy phiếu ({reason}).',
  announce: 'III. CÔNG BỐ KẾT QUẢ',
  correction: 'Kết quả kiểm phiếu được đính chính lần {n}, lý do: {reason}.',
  correctionBefore: 'Trước khi đính chính lần {n}: {counts}.',
  ballotsBefore: 'số phiếu phát ra {issued}, thu vào {returned}, hợp lệ {valid}, không hợp lệ {invalid}',
  closing: 'Biên bản kiểm phiếu được lập và công bố trước kỳ họp.',
  signLeft: 'Các ủy viên',
  signFor: 'TM. Ban kiểm phiếu',
  signHead: 'Trưởng ban',
  title: 'Biên bản kiểm phiếu',
  round: '(lần {round})',
  session: 'Kỳ họp thứ {n}, {council}',
  none: 'Kỳ họp chưa có cuộc bỏ phiếu nhân sự nào đã kết thúc.',
  body: 'Hội đồng nhân dân',
  whatResolution: 'biểu quyết bằng hình thức bỏ phiếu kín thông qua {title}',
  resolutionSubtitle: 'Biểu quyết thông qua {title}',
  tableItem: 'Nội dung',
  tableBallots: 'Số phiếu',
  tableShare: 'Tỷ lệ (%)',
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu vào',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
  for: 'Số phiếu tán thành',
  against: 'Số phiếu không tán thành',
  abstain: 'Số phiếu không biểu quyết',
  noSecretBallot: 'Kỳ họp chưa có nội dung nào biểu quyết bằng hình thức bỏ phiếu kín.',
};
export const countingRecordWords = { en: countingRecordWordsEn, vi: countingRecordWordsVi };

/**
 * The levels as the results table heads them. English "confidence" is the widest word of the
 * table: heading all three levels with it ("High / confidence") took half the page and left the
 * names a third, each on three lines. The confidence levels are headed "High", "Confidence",
 * "Low", as the console and the hall head them (the announcement below says each whole), and
 * "Confidence" keeps its soft hyphens (U+00AD) for a column narrower than the word.
 */
const SHY = '\u00ad';
export const levelHeads: Record<'en' | 'vi', Record<Level, string>> = {
  en: {
    // The words of the announcement below ("ballots in favour") and of the resolutions' record.
    agree: 'In\u00a0favour',
    disagree: 'Against',
    high: 'High',
    medium: `Con${SHY}fi${SHY}dence`,
    low: 'Low',
    invalid: 'Invalid line',
  },
  vi: { agree: 'Đồng ý', disagree: 'Không đồng ý', high: 'Tín nhiệm cao', medium: 'Tín nhiệm', low: 'Tín nhiệm thấp', invalid: 'Dòng không hợp lệ' },
};

/**
 * The words of a ballot paper (ballot-paper.ts): the titles of the forms in Hướng dẫn
 * 883/HD-UBTVQH14 (an election's "PHIẾU BẦU") and Nghị quyết 96/2023/QH15 (a confidence vote's
 * "PHIẾU LẤY PHIẾU TÍN NHIỆM"), the columns, and the note that says how a line is marked and what
 * makes it invalid, as the counting grid counts it.
 */
const ballotPaperWordsEn = {
  electionTitle: 'Ballot',
  dismissalTitle: 'Ballot',
  removalTitle: 'Ballot',
  confidenceTitle: 'Confidence ballot',
  dismissal: 'Dismissal from the post of {post}',
  removal: 'Removal from the post of {post}',
  confidence: 'On holders of posts elected by the People’s Council',
  round: '(round {round})',
  no: 'No.',
  name: 'Full name',
  office: 'Post',
  markTwo: 'Note: for each person, mark (X) either “In favour” or “Against”. A line with no mark, or with both marked, is invalid for that person.',
  markPosts: 'Mark “In favour” for no more than {posts} of them: a ballot in favour of more is invalid.',
  markConfidence: 'Note: for each person, mark (X) one of the three boxes for the level of confidence. A line with no mark, or with more than one, is invalid for that person.',
};
const ballotPaperWordsVi: Record<keyof typeof ballotPaperWordsEn, string> = {
  electionTitle: 'Phiếu bầu',
  dismissalTitle: 'Phiếu biểu quyết',
  removalTitle: 'Phiếu biểu quyết',
  confidenceTitle: 'Phiếu lấy phiếu tín nhiệm',
  dismissal: 'Miễn nhiệm chức vụ {post}',
  removal: 'Bãi nhiệm chức vụ {post}',
  confidence: 'Đối với người giữ chức vụ do Hội đồng nhân dân bầu',
  round: '(lần {round})',
  no: 'STT',
  name: 'Họ và tên',
  office: 'Chức vụ',
  markTwo: 'Ghi chú: đối với mỗi người, đánh dấu (X) vào một trong hai ô «Đồng ý» hoặc «Không đồng ý». Dòng không đánh dấu hoặc đánh dấu cả hai ô là không hợp lệ đối với người đó.',
  markPosts: 'Chỉ đồng ý tối đa {posts} người; phiếu đồng ý nhiều hơn {posts} người là phiếu không hợp lệ.',
  markConfidence: 'Ghi chú: đối với mỗi người, đánh dấu (X) vào một trong ba ô tương ứng với mức độ tín nhiệm. Dòng không đánh dấu hoặc đánh dấu từ hai ô trở lên là không hợp lệ đối với người đó.',
};
export const ballotPaperWords = { en: ballotPaperWordsEn, vi: ballotPaperWordsVi };
