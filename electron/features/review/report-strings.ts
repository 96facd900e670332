/** The words of the review's DOCX report (docx.ts): title, section headings, the sentences above the tables, who signs. */

const reviewReportWordsEn = {
  title: 'Report',
  subtitle: 'Review of session {n}',
  councilTerm: '{council}, term {roman}',
  closing: 'The above is the Standing Committee’s review of session {n} of the {council}, term {roman}.',
  section1: 'I. TIME BY KIND OF WORK',
  section2: 'II. PLANNED AGAINST ACTUAL',
  section3: 'III. SPEAKING',
  section4: 'IV. QUESTIONING',
  section5: 'V. VOTES AND ATTENDANCE',
  /** Section V's heading when the session held personnel votes (elections, dismissals, confidence votes). */
  section5Personnel: 'V. VOTES, PERSONNEL MATTERS AND ATTENDANCE',
  section6: 'VI. COMPARED WITH EARLIER SESSIONS',
  noRows: 'None.',
  speakersShown: 'The table shows the {shown} of {total} speakers who spoke longest; the workbook (.xlsx) lists them all.',
  time: 'The items of the session ran for {total}: reading reports {reading}, discussion {discussion}, questioning and answers {questioning}, procedure {procedure}.',
  /** After `time`, when the sittings' clocks ran: the sittings' time, and what of it no item took up. */
  sittingsClock: 'The sittings ran for {clock} in all; {between} of it went between items (roll calls, moving from one item to the next).',
  speaking: '{speeches} by {speakers}; {share} of voting delegates spoke at least once; {time} of speaking in all.',
  // The notice's words: "answered at the session", "to be answered in writing".
  questioning: '{registered} registered; {askers} asked {asked} at the sittings; {answered} answered at the sittings, {written} to be answered in writing{more}.',
  /** After the written answers, only when there are any: questions carried to the next session, withdrawn. */
  questioningNextSession: ', {n} carried to the next session',
  questioningWithdrawn: ', {n} withdrawn',
  /** Slips still waiting when their item ended. */
  questioningNotAsked: ', {n} not asked',
  /** After the questions asked, only when there are any: the follow-ups, counted apart. */
  questioningFollowUps: ' and {n|# follow-up|# follow-ups}',
  speech: '{n|# speech|# speeches}',
  /** Plain counts after the limits: "0 questions went past…" read as a slip; a count after a colon does not. */
  questioningOver: 'Questions past the limit for asking ({questionLimit}): {questions}; answers past the limit for answering ({answerLimit}): {answers}.',
  noQuestions: 'No questions were registered for questioning.',
  questioningExtra: 'The chair gave {ask} of extra time for asking and {answer} for answering.',
  question: '{n|# question|# questions}',
  delegate: '{n|# delegate|# delegates}',
  /** The title of the table of those present per sitting in two groups: seen in the hall, and not marked (counted present by the rule). */
  presentGroups: 'Delegates present: confirmed present and not marked',
  /** Under the attendance table when a delegate left a sitting early: which moment its "present" is of, and the minutes'. */
  presentAtClose: '“Present at the close” leaves out delegates who left the sitting early; the minutes count them among those present at the sitting.',
  /** Under the respondents' table when one has no agency entered: what its dash means. */
  noAgency: '“—”: no agency was entered for the respondent, neither on the roster nor when the respondent was added for questioning.',
  toStanding: 'Standing Committee of the People’s Council;',
  toCommittees: 'Committees of the People’s Council;',
  toArchive: 'Archive.',
};
const reviewReportWordsVi: Record<keyof typeof reviewReportWordsEn, string> = {
  title: 'Báo cáo',
  subtitle: 'Đánh giá kết quả Kỳ họp thứ {n}',
  councilTerm: '{council} khóa {roman}',
  closing: 'Trên đây là báo cáo đánh giá kết quả Kỳ họp thứ {n}, {council} khóa {roman} của Thường trực Hội đồng nhân dân./.',
  section1: 'I. THỜI GIAN THEO LOẠI CÔNG VIỆC',
  section2: 'II. DỰ KIẾN VÀ THỰC TẾ',
  section3: 'III. PHÁT BIỂU',
  section4: 'IV. CHẤT VẤN',
  section5: 'V. BIỂU QUYẾT VÀ ĐIỂM DANH',
  section5Personnel: 'V. BIỂU QUYẾT, CÔNG TÁC NHÂN SỰ VÀ ĐIỂM DANH',
  section6: 'VI. SO SÁNH VỚI CÁC KỲ HỌP TRƯỚC',
  noRows: 'Không có.',
  speakersShown: 'Bảng trên nêu {shown} trong số {total} đại biểu có thời gian phát biểu dài nhất; danh sách đầy đủ có trong bảng tính (.xlsx).',
  time: 'Tổng thời gian các nội dung của kỳ họp là {total}; trong đó trình bày báo cáo chiếm {reading}, thảo luận chiếm {discussion}, chất vấn và trả lời chất vấn chiếm {questioning}, thủ tục chiếm {procedure}.',
  sittingsClock: 'Các phiên họp kéo dài tổng cộng {clock}; trong đó {between} là thời gian giữa các nội dung (điểm danh, chuyển nội dung).',
  speaking: 'Có {speeches} của {speakers}; {share} đại biểu HĐND phát biểu ít nhất một lần; tổng thời gian phát biểu {time}.',
  questioning: 'Có {registered} đăng ký chất vấn; {askers} đã hỏi {asked} tại phiên họp; {answered} câu được trả lời tại phiên họp, {written} câu trả lời bằng văn bản{more}.',
  questioningNextSession: ', {n} câu chuyển trả lời tại kỳ họp sau',
  questioningWithdrawn: ', {n} câu được rút lại',
  questioningNotAsked: ', {n} câu chưa hỏi',
  questioningFollowUps: ' và {n} câu chất vấn lại',
  speech: '{n} lượt phát biểu',
  questioningOver: 'Số câu hỏi vượt thời gian quy định khi hỏi ({questionLimit}): {questions}; số lượt trả lời vượt thời gian quy định khi trả lời ({answerLimit}): {answers}.',
  noQuestions: 'Kỳ họp không có câu hỏi chất vấn nào được đăng ký.',
  questioningExtra: 'Chủ tọa cho thêm {ask} khi hỏi và {answer} khi trả lời.',
  question: '{n} câu hỏi',
  delegate: '{n} đại biểu',
  presentGroups: 'Đại biểu có mặt: đã điểm danh và chưa điểm danh',
  presentAtClose: 'Số đại biểu «Có mặt cuối phiên» không tính đại biểu về sớm; biên bản kỳ họp tính đại biểu về sớm vào số đại biểu có mặt tại phiên họp.',
  noAgency: '«—»: chưa ghi cơ quan của người trả lời, trong danh sách đại biểu cũng như khi thêm người trả lời chất vấn.',
  toStanding: 'Thường trực HĐND;',
  toCommittees: 'Các Ban của HĐND;',
  toArchive: 'Lưu: VT.',
};
export const reviewReportWords = { en: reviewReportWordsEn, vi: reviewReportWordsVi };
