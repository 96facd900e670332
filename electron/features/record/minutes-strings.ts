/**
 * The words of the minutes (minutes.ts): headings, the sentences the record is told in, the
 * signatures, and what the preview lists as missing. Filled by `fill`; a part that is only there
 * sometimes (a place, a closing time, a due date) is its own key, filled into its sentence's
 * placeholder or left out as ''. Leading spaces are kept: these pieces are joined as runs.
 */

const minutesWordsEn = {
  title: 'Minutes',
  session: 'Session {n}, {council}',
  councilOf: 'People’s Council of {area}',
  headerBody: 'People’s Council',
  term: 'term {roman}, {years}',
  I: 'I. TIME, PLACE AND ATTENDANCE',
  II: 'II. PROCEEDINGS',
  III: 'III. CLOSE OF THE SESSION',
  held: 'Session {n} of the {council}, {term} was held {days}{place}.',
  heldOneDay: 'on {day}',
  heldDays: 'from {from} to {to}',
  heldAt: ' at {place}',
  opened: 'The session opened at {time} on {day}.',
  chairs: 'Presiding: ',
  secretaries: 'Secretaries: ',
  /** One secretary: the heading agrees with the signature's "Secretary of the session". */
  secretary: 'Secretary: ',
  nobody: '(not appointed)',
  sittingHead: '{part} sitting, {day}',
  morning: 'Morning',
  afternoon: 'Afternoon',
  otherItems: 'Other business',
  presided: 'Presiding: {name}.',
  sittingBegan: 'The sitting began at {open}{close}.',
  sittingEnded: ' and ended at {close}',
  rollCall: 'Delegates present: {present} of {total}{vacant}{left}.',
  /** The session's attendance in part I and the results notice (read.ts sessionAttendance). */
  attendance: 'Council delegates present: {list}.',
  attendanceAt: '{present} of {total}{vacant}{left} at {at}',
  attendanceBoth: '{present} of {total}{vacant}{left} at the opening and closing sittings',
  /**
   * After a sitting's present/total when a delegate left it early: they are counted present at the
   * sitting, and the votes after they left (and the review, at the sitting's close) count one fewer,
   * so the figure says whom it includes. `{from}`: since when, when they all left at one time.
   */
  leftIncluded: ' (including {n|# delegate|# delegates} who left early{from})',
  leftFrom: ' at {time}',
  /** After a present/total figure when seats are vacant (common/attendance/vacancy.ts): "76 of 80 (1 seat vacant)". */
  vacant: ' ({n|# seat|# seats} vacant)',
  openingSitting: 'the opening sitting',
  closingSitting: 'the closing sitting',
  namedSitting: 'the {part} sitting of {day}',
  excused: 'Absent with leave: ',
  absent: 'Absent without leave: ',
  /** Marked "not arrived yet" by the roll call and never given an arrival time: away, not counted present. */
  notArrived: 'Not yet arrived: ',
  late: 'Arrived late: ',
  left: 'Left early: ',
  at: 'at {time}',
  leftAt: 'at {time}',
  // No-break spaces: "số" or "No." never ends a line with the document's number below.
  docNumber: 'No.\u00a0{number}',
  docDate: 'of {date}',
  ran: '(from {from}{to})',
  ranTo: ' to {to}',
  speeches: '{n|# speech|# speeches}:',
  comrade: '{name}',
  /** The same after the first of several presenters ("UBND xã và đồng chí Phó Chủ tịch UBND xã"). */
  comradeInList: '{name}',
  /** Before the last of several presenters ("A, B and C"). */
  and: 'and',
  /** A discussion held by the delegates as a whole (presenter "Đại biểu HĐND xã", kept as typed like every presenter): they discuss, nobody leads. */
  delegatesDiscussed: '{who} discussed the matter',
  group: 'delegate group {group}',
  spokeFor: ' {verb} ({duration})',
  questions: '{n|# question|# questions}:',
  /** When there are follow-ups: counted apart, as everywhere questions are counted (countQuestions). */
  questionsAndFollowUps: '{n|# question|# questions} and {f|# follow-up|# follow-ups}:',
  asked: '{asker} asked {respondent}: ',
  /** A follow-up, said by its verb in both languages: "A followed up with B: …", "A chất vấn lại B: …". */
  askedAgain: '{asker} followed up with {respondent}: ',
  answered: '{name} answered ({duration})',
  /** The questions registered for an item and never reached, once it is over. */
  notAskedHead: 'Questions not put at the session (sent to the responsible bodies for a written answer):',
  notAskedOf: 'had registered a question to {respondent}:',
  outcomePending: 'Outcome: pending.',
  outcomeAnswered: 'Outcome: answered at the sitting.',
  outcomeWritten: 'Outcome: written answer{due}.',
  outcomeWrittenDue: ' due {due}',
  outcomeNextSession: 'Outcome: to be answered at the next session.',
  outcomeWithdrawn: 'Outcome: withdrawn by the delegate.',
  vote: 'The council voted {method} on {title}. ',
  revote: 'Revote (round {round}). ',
  corrected: ' The result was corrected{from}{reason}.',
  /** A resolution's counts before its last correction. */
  correctedFrom: ' (before the correction: {for} in favour, {against} against, {abstain} abstaining)',
  /** A personnel vote's counts before its last correction (personnel/corrections.ts). */
  correctedFromCounts: ' (before the correction: {counts})',
  correctedReason: ': {reason}',
  /** The same sentence as `personnelCountingRef`: one name, the counting record's own title, for the attached record. */
  ballotRef: ' The count is set out in the attached ballot-counting record.',
  notAnnounced: ' (The chair has not announced the result.)',
  stillOpen: ' (The vote is still open.)',
  rollHead: 'How each delegate voted:',
  rollFor: 'In favour ({n}): ',
  rollAgainst: 'Against ({n}): ',
  rollAbstain: 'Abstain ({n}): ',
  rollSilent: 'Present, did not vote ({n}): ',
  rollAway: 'Absent ({n}): ',
  rollNone: 'none',
  looseVotes: 'Other votes',
  personnelElection: 'The council held a secret ballot to elect the {title}.',
  personnelElectionMore: 'The council held a secret ballot to elect an additional {title}.',
  personnelElectionReplace: 'The council held a secret ballot to elect a replacement {title}.',
  personnelDismissal: 'The council held a secret ballot on dismissal from the post of {title}.',
  personnelRemoval: 'The council held a secret ballot on removal from the post of {title}.',
  personnelConfidence: 'The council held a confidence vote (“{title}”) on the officials it elected.',
  // English minutes quote the title as it is (mostly Vietnamese): only Vietnamese drops the kind's repeat.
  personnelConfidenceNamed: 'The council held a confidence vote (“{title}”) on the officials it elected.',
  personnelConfidenceNamedWhom: 'The council held a confidence vote (“{title}”).',
  personnelBallotNamed: 'The council held a secret ballot: {title}.',
  personnelRound: 'Round {round}. ',
  personnelRoundTie: 'Round {round}, as candidates were level for the last post to fill in the round before. ',
  personnelRoundUnfilled: 'Round {round}, as the round before did not fill every post ({posts} still to fill). ',
  personnelBallots: ' Ballots issued: {issued}; returned: {returned}; valid: {valid}; invalid: {invalid}.',
  personnelExempt: '{name} was not rated ({reason}).',
  personnelCountingRef: 'The count is set out in the attached ballot-counting record.',
  loosePersonnel: 'Personnel matters',
  closedAt: 'The session closed at {time} on {day}.',
  notClosed: 'The session has not closed yet.',
  closing: 'These minutes were drawn up and approved before the session closed.',
  secretarySign: 'Secretary of the session',
  secretariesSign: 'Secretaries of the session',
  // "Chủ tọa" under the signature is a title: "Presiding officer", as "Secretary" is one.
  chairSign: 'Presiding officer',
  chairsSign: 'For the presiding board',
  chairTitle: 'Presiding officer',
  // The bodies by their names, capitalised as the document's other names ("People's Committee of the district;").
  toStanding: 'Standing Committee of the {level} People’s Council;',
  toDelegates: 'Delegates of the {level} People’s Council;',
  toArchive: 'Archive.',
  missingPlace: 'The place of the session is not entered.',
  missingChairs: 'No one presides the session yet.',
  missingSecretaries: 'The session has no secretary.',
  missingItemNote: '“{title}” ran but has no note.',
  missingSpeechNote: 'The speech of {name} (“{title}”) has no note.',
  missingAnswerNote: 'The answer of {name} has no note.',
  missingOutcome: 'The question of {name} has no outcome marked (answered, written answer…).',
  missingDocument: '“{title}” has no document number and date.',
  missingNotAnnounced: 'The vote on “{title}” has not been announced.',
  missingOpen: 'The vote on “{title}” is still open.',
  missingPersonnelNotAnnounced: 'The result of “{title}” has not been announced.',
  missingPersonnelOpen: 'The ballot “{title}” is still open.',
  missingCounters: 'The secret ballot on “{title}” has no counting committee.',
  // The results notice (ballots.ts noticeModel), in the minutes' words where it says the same things.
  noticeTitle: 'Notice',
  noticeSubtitle: 'Results of Session {n}, {council}',
  /** As the minutes' `held`: the notice's place and days fill it the same way (`heldOneDay`, `heldDays`). */
  noticeHeld: 'Session {n} of the {council}, {term} was held {days}{place}.',
  noticeHeldAt: ' at {place}',
  noticeAnnounces: 'The Standing Committee of the People’s Council announces the results of the session as follows:',
  noticeAdopted: 'I. RESOLUTIONS ADOPTED',
  noticeNoneAdopted: 'The session adopted no resolution.',
  noticeRejected: '{n}. MATTERS NOT ADOPTED',
  noticePersonnel: '{n}. PERSONNEL MATTERS',
  noticeQuestioning: '{n}. QUESTIONING',
  /** A resolution's line: `title` with its number and who presented it (presentedPhrase), `unit` ballots or delegates (voteAnnounce). */
  noticeVoteLine: '{k}. {title}: {for} of {base} {unit} in favour, {pFor}%.',
  /** A secret ballot's line, as its announcement counts it (voteAnnounce countsSecret): never "29 of 35 ballots". */
  noticeVoteLineSecret: '{k}. {title}: in favour, {for} of {base} ({pFor}%).',
  /** Who asked how many of whom; `followUps` and `outcomes` are the two pieces below, or ''. */
  noticeQuestions: '{askers|# delegate|# delegates} put {questions|# question|# questions}{followUps} to {respondents|# official|# officials}{outcomes}.',
  noticeFollowUps: ' and {n|# follow-up|# follow-ups}',
  /** The outcomes that happened, joined by ", " after "; ". */
  noticeAnswered: '{n|# question was|# questions were} answered at the session',
  noticeWritten: '{n|# question is|# questions are} to be answered in writing',
  noticeNextSession: '{n|# question is|# questions are} to be answered at the next session',
  noticeWithdrawn: '{n|# question was|# questions were} withdrawn',
  noticeNotAsked: '{n|# question was|# questions were} not put at the session and sent to the responsible bodies for a written answer',
  /** Questions registered and none of them put: there was questioning business, only none of it was reached. */
  noticeOnlyNotAsked: '{n|# question was|# questions were} registered but not put at the session, and sent to the responsible bodies for a written answer.',
  noticeNoQuestions: 'There was no questioning at the session.',
  // The no-break space wraps it "FOR THE / STANDING COMMITTEE" in its half of the page, never leaving "COMMITTEE" alone.
  noticeSignFor: 'For the Standing\u00a0Committee',
  noticeSignChair: 'Chair',
  /** The recipients, by the council's level; the delegates and the archive are the minutes' (`toDelegates`, `toArchive`). */
  noticeToPartyProvince: 'Standing Committee of the provincial Party Committee;',
  noticeToPartyDistrict: 'Standing Committee of the district Party Committee;',
  noticeToPartyCommune: 'Standing Committee of the commune Party Committee;',
  noticeToCommittee: 'People’s Committee of the {level};',
  // "Các cơ quan thông tin đại chúng": the bodies the notice is sent to, not "the media" at large.
  noticeToPress: 'Press and media agencies;',
};
const minutesWordsVi: Record<keyof typeof minutesWordsEn, string> = {
  title: 'Biên bản',
  session: 'Kỳ họp thứ {n}, {council}',
  councilOf: 'Hội đồng nhân dân {area}',
  headerBody: 'Hội đồng nhân dân',
  term: 'khóa {roman}, nhiệm kỳ {years}',
  I: 'I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN',
  II: 'II. NỘI DUNG, DIỄN BIẾN KỲ HỌP',
  III: 'III. KẾT THÚC KỲ HỌP',
  held: 'Kỳ họp thứ {n}, {council} {term} được tổ chức {days}{place}.',
  heldOneDay: 'ngày {day}',
  heldDays: 'từ ngày {from} đến ngày {to}',
  heldAt: ', tại {place}',
  opened: 'Kỳ họp khai mạc vào hồi {time}, ngày {day}.',
  chairs: 'Chủ tọa kỳ họp: ',
  secretaries: 'Thư ký kỳ họp: ',
  secretary: 'Thư ký kỳ họp: ',
  nobody: '(chưa cử)',
  sittingHead: 'Phiên họp {part} ngày {day}',
  morning: 'sáng',
  afternoon: 'chiều',
  otherItems: 'Các nội dung khác',
  presided: 'Chủ tọa điều hành phiên họp: {name}.',
  sittingBegan: 'Phiên họp bắt đầu lúc {open}{close}.',
  sittingEnded: ', kết thúc lúc {close}',
  rollCall: 'Đại biểu có mặt: {present}/{total} đại biểu Hội đồng nhân dân{vacant}{left}.',
  attendance: 'Đại biểu Hội đồng nhân dân có mặt: {list}.',
  attendanceAt: '{present}/{total}{vacant}{left} tại {at}',
  attendanceBoth: '{present}/{total}{vacant}{left} tại phiên khai mạc và phiên bế mạc',
  leftIncluded: ' (trong đó có {n} đại biểu về sớm{from})',
  leftFrom: ' từ {time}',
  vacant: ' ({n} ghế khuyết)',
  openingSitting: 'phiên khai mạc',
  closingSitting: 'phiên bế mạc',
  namedSitting: 'phiên họp {part} ngày {day}',
  excused: 'Vắng mặt có lý do: ',
  absent: 'Vắng mặt không có lý do: ',
  notArrived: 'Chưa đến: ',
  late: 'Đến muộn: ',
  left: 'Về sớm: ',
  at: 'lúc {time}',
  /**
   * Since when a delegate who left was away: "lúc 16 giờ" read as away at that moment only. "Về sớm"
   * as the hall's report, the roll call and the review say it (the minutes once wrote "Vắng mặt một
   * phần thời gian" for the same mark).
   */
  leftAt: 'từ {time}',
  docNumber: 'số\u00a0{number}',
  docDate: 'ngày {date}',
  ran: '(từ {from}{to})',
  ranTo: ' đến {to}',
  speeches: 'Có {n} lượt phát biểu:',
  comrade: 'Đồng chí {name}',
  comradeInList: 'đồng chí {name}',
  and: 'và',
  delegatesDiscussed: '{who} thảo luận',
  group: 'Tổ đại biểu {group}',
  spokeFor: ' {verb} ({duration})',
  questions: 'Có {n} câu hỏi chất vấn:',
  questionsAndFollowUps: 'Có {n} câu hỏi chất vấn và {f} câu chất vấn lại:',
  asked: '{asker} chất vấn {respondent}: ',
  // "Đồng chí A chất vấn lại đồng chí B: …", never "Chất vấn lại: Đồng chí A chất vấn đồng chí B: …".
  askedAgain: '{asker} chất vấn lại {respondent}: ',
  answered: '{name} trả lời ({duration})',
  notAskedHead: 'Các câu hỏi chưa được chất vấn tại kỳ họp (chuyển cơ quan có trách nhiệm trả lời bằng văn bản):',
  notAskedOf: 'đăng ký chất vấn {respondent}:',
  outcomePending: 'Kết quả: chưa xử lý.',
  outcomeAnswered: 'Kết quả: đã trả lời tại kỳ họp.',
  outcomeWritten: 'Kết quả: trả lời bằng văn bản{due}.',
  outcomeWrittenDue: ' trước ngày {due}',
  outcomeNextSession: 'Kết quả: chuyển trả lời tại kỳ họp sau.',
  outcomeWithdrawn: 'Kết quả: đại biểu rút câu hỏi.',
  vote: 'Hội đồng nhân dân {method} thông qua {title}. ',
  revote: 'Biểu quyết lại (lần {round}). ',
  corrected: ' Kết quả đã được đính chính{from}{reason}.',
  correctedFrom: ' (trước khi đính chính: {for} tán thành, {against} không tán thành, {abstain} không biểu quyết)',
  correctedFromCounts: ' (trước khi đính chính: {counts})',
  correctedReason: ': {reason}',
  ballotRef: ' Kết quả kiểm phiếu được ghi tại biên bản kiểm phiếu kèm theo.',
  notAnnounced: ' (Chủ tọa chưa công bố kết quả.)',
  stillOpen: ' (Cuộc biểu quyết chưa kết thúc.)',
  rollHead: 'Kết quả biểu quyết của từng đại biểu:',
  rollFor: 'Tán thành ({n} đại biểu): ',
  rollAgainst: 'Không tán thành ({n} đại biểu): ',
  rollAbstain: 'Không biểu quyết ({n} đại biểu): ',
  rollSilent: 'Có mặt nhưng không tham gia biểu quyết ({n} đại biểu): ',
  rollAway: 'Vắng mặt ({n} đại biểu): ',
  rollNone: 'không có',
  looseVotes: 'Các nội dung biểu quyết khác',
  personnelElection: 'Hội đồng nhân dân bỏ phiếu kín bầu chức vụ {title}.',
  personnelElectionMore: 'Hội đồng nhân dân bỏ phiếu kín bầu bổ sung chức vụ {title}.',
  personnelElectionReplace: 'Hội đồng nhân dân bỏ phiếu kín bầu thay thế chức vụ {title}.',
  personnelDismissal: 'Hội đồng nhân dân bỏ phiếu kín miễn nhiệm chức vụ {title}.',
  personnelRemoval: 'Hội đồng nhân dân bỏ phiếu kín bãi nhiệm chức vụ {title}.',
  personnelConfidence: 'Hội đồng nhân dân tiến hành lấy phiếu tín nhiệm («{title}») đối với người giữ chức vụ do Hội đồng nhân dân bầu.',
  personnelConfidenceNamed: 'Hội đồng nhân dân tiến hành {title} đối với người giữ chức vụ do Hội đồng nhân dân bầu.',
  personnelConfidenceNamedWhom: 'Hội đồng nhân dân tiến hành {title}.',
  personnelBallotNamed: 'Hội đồng nhân dân bỏ phiếu kín {title}.',
  personnelRound: 'Bỏ phiếu lần {round}. ',
  personnelRoundTie: 'Bỏ phiếu lần {round} do lần trước có ứng cử viên có số phiếu ngang nhau ở vị trí cuối cùng cần bầu. ',
  personnelRoundUnfilled: 'Bỏ phiếu lần {round} do lần trước chưa bầu đủ số người cần bầu (còn {posts} người). ',
  personnelBallots: ' Số phiếu phát ra: {issued}; số phiếu thu vào: {returned}; số phiếu hợp lệ: {valid}; số phiếu không hợp lệ: {invalid}.',
  personnelExempt: '{name} không lấy phiếu tín nhiệm ({reason}).',
  personnelCountingRef: 'Kết quả kiểm phiếu được ghi tại biên bản kiểm phiếu của Ban kiểm phiếu kèm theo.',
  loosePersonnel: 'Công tác nhân sự',
  closedAt: 'Kỳ họp kết thúc vào hồi {time}, ngày {day}.',
  notClosed: 'Kỳ họp chưa kết thúc.',
  closing: 'Biên bản này được lập và thông qua trước khi bế mạc kỳ họp.',
  secretarySign: 'Thư ký kỳ họp',
  // Vietnamese signs 'Thư ký kỳ họp' above one name or several alike.
  secretariesSign: 'Thư ký kỳ họp',
  chairSign: 'Chủ tọa kỳ họp',
  chairsSign: 'TM. Đoàn chủ tọa',
  chairTitle: 'Chủ tọa',
  toStanding: 'Thường trực HĐND {level};',
  toDelegates: 'Các đại biểu HĐND {level};',
  toArchive: 'Lưu: VT.',
  missingPlace: 'Chưa nhập địa điểm kỳ họp.',
  missingChairs: 'Chưa chọn chủ tọa kỳ họp.',
  missingSecretaries: 'Kỳ họp chưa có thư ký.',
  missingItemNote: 'Mục «{title}» đã diễn ra nhưng chưa có tóm tắt nội dung.',
  missingSpeechNote: 'Phát biểu của {name} (mục «{title}») chưa có tóm tắt.',
  missingAnswerNote: 'Phần trả lời của {name} chưa có tóm tắt.',
  missingOutcome: 'Câu hỏi của {name} chưa ghi kết quả xử lý (đã trả lời, trả lời bằng văn bản…).',
  missingDocument: 'Mục «{title}» chưa có số và ngày văn bản.',
  missingNotAnnounced: 'Biểu quyết «{title}» chưa được công bố kết quả.',
  missingOpen: 'Biểu quyết «{title}» chưa kết thúc.',
  missingPersonnelNotAnnounced: 'Kết quả bỏ phiếu «{title}» chưa được công bố.',
  missingPersonnelOpen: 'Cuộc bỏ phiếu «{title}» chưa kết thúc.',
  missingCounters: 'Biểu quyết «{title}» chưa có Ban kiểm phiếu.',
  noticeTitle: 'Thông báo',
  noticeSubtitle: 'Kết quả Kỳ họp thứ {n}, {council}',
  noticeHeld: '{council} {term} tổ chức Kỳ họp thứ {n} {days}{place}.',
  noticeHeldAt: ' tại {place}',
  noticeAnnounces: 'Thường trực Hội đồng nhân dân thông báo kết quả kỳ họp như sau:',
  noticeAdopted: 'I. CÁC NGHỊ QUYẾT ĐÃ ĐƯỢC THÔNG QUA',
  noticeNoneAdopted: 'Kỳ họp chưa thông qua nghị quyết nào.',
  noticeRejected: '{n}. CÁC NỘI DUNG CHƯA ĐƯỢC THÔNG QUA',
  noticePersonnel: '{n}. CÔNG TÁC NHÂN SỰ',
  noticeQuestioning: '{n}. HOẠT ĐỘNG CHẤT VẤN',
  noticeVoteLine: '{k}. {title}: {for}/{base} {unit} tán thành, chiếm {pFor}%.',
  noticeVoteLineSecret: '{k}. {title}: {for}/{base} phiếu tán thành, chiếm {pFor}%.',
  // Who asked how many of whom, in the order it is read: "Có 12 đại biểu đặt 21 câu hỏi chất vấn và 1
  // câu chất vấn lại đối với 3 người bị chất vấn" (the Law on Supervision's term), never "12 đại biểu
  // chất vấn 3 người trả lời với 21 câu hỏi".
  noticeQuestions: 'Có {askers} đại biểu đặt {questions} câu hỏi chất vấn{followUps} đối với {respondents} người bị chất vấn{outcomes}.',
  noticeFollowUps: ' và {n} câu chất vấn lại',
  noticeAnswered: '{n} câu hỏi đã được trả lời tại kỳ họp',
  noticeWritten: '{n} câu hỏi được trả lời bằng văn bản',
  noticeNextSession: '{n} câu hỏi chuyển kỳ họp sau',
  noticeWithdrawn: '{n} câu hỏi được rút',
  noticeNotAsked: '{n} câu hỏi chưa được chất vấn tại kỳ họp, chuyển cơ quan có trách nhiệm trả lời bằng văn bản',
  noticeOnlyNotAsked: 'Có {n} câu hỏi chất vấn được đăng ký nhưng chưa được chất vấn tại kỳ họp, chuyển cơ quan có trách nhiệm trả lời bằng văn bản.',
  noticeNoQuestions: 'Kỳ họp không có nội dung chất vấn.',
  noticeSignFor: 'TM. Thường trực HĐND',
  noticeSignChair: 'Chủ tịch',
  noticeToPartyProvince: 'Thường trực Tỉnh ủy;',
  noticeToPartyDistrict: 'Thường trực Huyện ủy;',
  noticeToPartyCommune: 'Thường trực Đảng ủy;',
  noticeToCommittee: 'UBND {level};',
  noticeToPress: 'Các cơ quan thông tin đại chúng;',
};
export const minutesWords = { en: minutesWordsEn, vi: minutesWordsVi };

/**
 * The session's roles as a programme names its presenter (folded: "Chủ tọa kỳ họp" is "chu toa ky
 * hop"), in English minutes; Vietnamese minutes print the presenter as typed.
 */
export const sessionRolesEn = {
  'chu toa': 'the presiding officer',
  'chu toa ky hop': 'the presiding officer of the session',
  'chu toa phien hop': 'the presiding officer of the sitting',
  'thu ky': 'the secretary',
  'thu ky ky hop': 'the secretary of the session',
  'thu ky phien hop': 'the secretary of the sitting',
};

/** A council's level as a word before (vi) or after (en) the area's name; "other" has none. */
const councilLevelsEn = { province: 'province', district: 'district', commune: 'commune', other: '' };
const councilLevelsVi: Record<keyof typeof councilLevelsEn, string> = { province: 'tỉnh', district: 'huyện', commune: 'xã', other: '' };
export const councilLevels = { en: councilLevelsEn, vi: councilLevelsVi };

/** What the presenter of an item did, by the item's kind ("Đồng chí X trình bày tờ trình …"); other kinds say nothing. */
const presenterVerbsEn = {
  opening: 'opened the session',
  report: 'presented the report',
  submission: 'presented the submission',
  verification: 'presented the verification report',
  discussion: 'led the discussion',
  // The item, not a sitting: in these minutes a sitting is a morning or an afternoon.
  questioning: 'presided over the questioning',
  vote: 'put the resolutions to the vote',
  election: 'led the proceedings',
  closing: 'closed the session',
};
const presenterVerbsVi: Record<keyof typeof presenterVerbsEn, string> = {
  opening: 'khai mạc kỳ họp',
  report: 'trình bày báo cáo',
  submission: 'trình bày tờ trình',
  verification: 'trình bày báo cáo thẩm tra',
  discussion: 'điều hành thảo luận',
  questioning: 'điều hành phiên chất vấn',
  vote: 'điều hành biểu quyết',
  election: 'điều hành',
  closing: 'phát biểu bế mạc kỳ họp',
};
export const presenterVerbs = { en: presenterVerbsEn, vi: presenterVerbsVi };

/**
 * What a presenter did where the item's kind alone does not say it, by who they are to the item
 * (presenterRole in minutes.ts): an official (the people's committee, a department, the court…)
 * answers in a questioning sitting and explains in an explanation or a discussion; the chair
 * presides over an explanation as over a questioning sitting; the delegates put questions; an
 * official, the secretary, the office or a committee presents the draft resolutions put to the vote
 * (or to an election, where the people's committee's chair presents its submission); the counting
 * committee announces the count; the office declares the purpose of the session and introduces the
 * delegates; the Party committee's leader gives a guiding speech; whoever conducts the flag salute
 * conducts it. Never "Đồng chí Chủ tịch UBND tỉnh điều hành phiên chất vấn" for the official who
 * explained, nor "Trưởng Ban Kinh tế - Ngân sách điều hành thảo luận" for the committee that verified.
 */
const presenterRoleVerbsEn = {
  answer: 'answered the delegates’ questions',
  ask: 'put questions',
  explain: 'explained and clarified the matters the delegates raised',
  leadExplanation: 'presided over the explanation',
  draft: 'presented the draft resolutions',
  /** The counting committee (Ban kiểm phiếu) in a vote or an election. */
  count: 'announced the result of the ballot count',
  /** The council's office (Chánh Văn phòng) at the opening. */
  introduce: 'declared the purpose of the session and introduced the delegates and guests',
  /** The Party committee's leader (Bí thư Tỉnh ủy), in any item. */
  guide: 'gave a guiding speech',
  /** Whoever conducts the flag salute. */
  flag: 'conducted the flag salute',
};
const presenterRoleVerbsVi: Record<keyof typeof presenterRoleVerbsEn, string> = {
  answer: 'trả lời chất vấn',
  ask: 'chất vấn',
  explain: 'giải trình, làm rõ các vấn đề đại biểu quan tâm',
  leadExplanation: 'điều hành phiên giải trình',
  draft: 'trình bày dự thảo nghị quyết',
  count: 'công bố kết quả kiểm phiếu',
  introduce: 'tuyên bố lý do, giới thiệu đại biểu',
  guide: 'phát biểu chỉ đạo',
  flag: 'điều khiển nghi lễ chào cờ',
};
export const presenterRoleVerbs = { en: presenterRoleVerbsEn, vi: presenterRoleVerbsVi };

/**
 * The same before the document's number: English says "presented report No. 151/TTr-UBND", not
 * "presented the report No. …"; Vietnamese says it alike ("trình bày báo cáo số …").
 */
const presenterVerbsNumberedEn: Partial<Record<keyof typeof presenterVerbsEn, string>> = {
  report: 'presented report',
  submission: 'presented submission',
  verification: 'presented verification report',
};
const presenterVerbsNumberedVi: typeof presenterVerbsNumberedEn = {
  report: presenterVerbsVi.report,
  submission: presenterVerbsVi.submission,
  verification: presenterVerbsVi.verification,
};
export const presenterVerbsNumbered = { en: presenterVerbsNumberedEn, vi: presenterVerbsNumberedVi };

/** What a speaker did, by the kind of speech. */
const speechVerbsEn = { speech: 'spoke', secondSpeech: 'spoke a second time', debateReply: 'replied in debate', pointOfOrder: 'raised a point of order', explanation: 'explained' };
const speechVerbsVi: Record<keyof typeof speechVerbsEn, string> = {
  speech: 'phát biểu',
  secondSpeech: 'phát biểu lần hai',
  debateReply: 'tranh luận',
  pointOfOrder: 'phát biểu về thủ tục',
  explanation: 'giải trình',
};
export const speechVerbs = { en: speechVerbsEn, vi: speechVerbsVi };

/** How a resolution was voted on, as the minutes say it. */
const voteMethodWordsEn = { hands: 'by show of hands', named: 'by named vote', secret: 'by secret ballot' };
const voteMethodWordsVi: Record<keyof typeof voteMethodWordsEn, string> = {
  hands: 'biểu quyết bằng hình thức giơ tay',
  named: 'biểu quyết bằng hình thức ghi tên',
  secret: 'biểu quyết bằng hình thức bỏ phiếu kín',
};
export const voteMethodWords = { en: voteMethodWordsEn, vi: voteMethodWordsVi };
