/** A session's name and kind and the council's level, shared by the console, the review's documents and the engine's refusals. */
export const en = {
  'session.label': 'Session {number}, term {term}',
  'council.level.province': 'Province',
  'council.level.commune': 'Commune / ward',
  'council.level.district': 'District (before 7/2025)',
  'council.level.other': 'Other assembly',
  'session.kind.regular': 'Regular',
  'session.kind.thematic': 'Thematic',
  'session.kind.urgent': 'For urgent matters',
  'session.kind.extraordinary': 'Extraordinary',
  // A session named by its kind alone, as the app would name it (common/council/sessionTitle.ts).
  'session.kindTitle.regular': 'Regular session',
  'session.kindTitle.thematic': 'Thematic session',
  'session.kindTitle.urgent': 'Session for urgent matters',
  'session.kindTitle.extraordinary': 'Extraordinary session',
};

export const vi: Record<keyof typeof en, string> = {
  'session.label': 'Kỳ họp thứ {number}, khóa {term}',
  'council.level.province': 'Tỉnh, thành phố',
  'council.level.commune': 'Xã, phường, đặc khu',
  'council.level.district': 'Huyện (trước 7/2025)',
  'council.level.other': 'Cơ quan khác',
  'session.kind.regular': 'Thường lệ',
  'session.kind.thematic': 'Chuyên đề',
  'session.kind.urgent': 'Giải quyết công việc phát sinh đột xuất',
  'session.kind.extraordinary': 'Bất thường',
  'session.kindTitle.regular': 'Kỳ họp thường lệ',
  'session.kindTitle.thematic': 'Kỳ họp chuyên đề',
  'session.kindTitle.urgent': 'Kỳ họp giải quyết công việc phát sinh đột xuất',
  'session.kindTitle.extraordinary': 'Kỳ họp bất thường',
};
