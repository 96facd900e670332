/** The words of the review's DOCX report (docx.ts): title, section headings, the sentences above the tables, who signs. */

const reviewReportWordsEn = {
  title: 'Report',
  subtitle: 'Review of session {n}',
  councilTerm: '{council}, term {roman}',
  section1: 'I. TIME BY KIND OF WORK',
  section2: 'II. PLANNED AGAINST ACTUAL',
  section3: 'III. SPEAKING',
  section4: 'IV. QUESTIONING',
  section5: 'V. VOTES AND ATTENDANCE',
  section6: 'VI. COMPARED WITH EARLIER SESSIONS',
  time: 'The items of the session ran for {total}: reading reports {reading}, discussion and questioning {discussion}, procedure {procedure}.',
  speaking: '{speeches} speeches by {speakers} delegates; {share} of voting delegates spoke at least once; {time} of speaking in all.',
  questioning: '{asked} questions asked by {askers} delegates; {answered} answered in the sitting, {written} sent to a written answer.',
  signer: "For the Standing Committee of the People's Council",
  toStanding: 'Standing Committee',
  toCommittees: 'Committees of the Council',
  toArchive: 'Archive',
};
const reviewReportWordsVi: Record<keyof typeof reviewReportWordsEn, string> = {
  title: 'Báo cáo',
  subtitle: 'Đánh giá kết quả Kỳ họp thứ {n}',
  councilTerm: '{council} khóa {roman}',
  section1: 'I. THỜI GIAN THEO LOẠI CÔNG VIỆC',
  section2: 'II. DỰ KIẾN VÀ THỰC TẾ',
  section3: 'III. PHÁT BIỂU',
  section4: 'IV. CHẤT VẤN',
  section5: 'V. BIỂU QUYẾT VÀ ĐIỂM DANH',
  section6: 'VI. SO SÁNH VỚI CÁC KỲ HỌP TRƯỚC',
  time: 'Tổng thời gian các nội dung của kỳ họp là {total}; trong đó trình bày báo cáo chiếm {reading}, thảo luận, chất vấn chiếm {discussion}, thủ tục chiếm {procedure}.',
  speaking: 'Có {speeches} lượt phát biểu của {speakers} đại biểu; {share} đại biểu HĐND phát biểu ít nhất một lần; tổng thời gian phát biểu {time}.',
  questioning: 'Có {asked} câu hỏi chất vấn của {askers} đại biểu; {answered} câu được trả lời tại phiên họp, {written} câu trả lời bằng văn bản.',
  signer: 'TM. Thường trực Hội đồng nhân dân',
  toStanding: 'Thường trực HĐND',
  toCommittees: 'Các Ban của HĐND',
  toArchive: 'Lưu: VT',
};
export const reviewReportWords = { en: reviewReportWordsEn, vi: reviewReportWordsVi };
