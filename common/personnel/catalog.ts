/** Words of personnel votes shared by the engine's sentences, the CSV and the record (personnel/words.ts). */
/** The levels a ballot line is marked with. */
const personnelLevelsEn = {
  agree: 'in favour',
  disagree: 'against',
  high: 'high confidence',
  medium: 'confidence',
  low: 'low confidence',
  invalid: 'invalid line',
};

const personnelLevelsVi: Record<keyof typeof personnelLevelsEn, string> = {
  agree: 'đồng ý',
  disagree: 'không đồng ý',
  high: 'tín nhiệm cao',
  medium: 'tín nhiệm',
  low: 'tín nhiệm thấp',
  invalid: 'dòng không hợp lệ',
};

export const personnelLevels = { en: personnelLevelsEn, vi: personnelLevelsVi };

/**
 * The kinds of personnel vote, as a vote is headed (words.ts `kindName`); an election whose
 * programme item says "Bầu bổ sung" or "Bầu thay thế" is headed so.
 */
const personnelKindsEn = {
  election: 'Election',
  electionMore: 'Additional election',
  electionReplace: 'Replacement election',
  dismissal: 'Dismissal',
  removal: 'Removal',
  confidence: 'Confidence vote',
};

const personnelKindsVi: Record<keyof typeof personnelKindsEn, string> = {
  election: 'Bầu',
  electionMore: 'Bầu bổ sung',
  electionReplace: 'Bầu thay thế',
  dismissal: 'Miễn nhiệm',
  removal: 'Bãi nhiệm',
  confidence: 'Lấy phiếu tín nhiệm',
};

export const personnelKinds = { en: personnelKindsEn, vi: personnelKindsVi };

/** A person's result, as a short label (tables, CSV). */
const personnelOutcomesEn = {
  elected: 'Elected',
  notElected: 'Not elected',
  tie: 'Tie, vote again',
  dismissed: 'Dismissed',
  notDismissed: 'Not dismissed',
  removed: 'Removed',
  notRemoved: 'Not removed',
  mayResign: 'Low confidence from over half: may resign',
  dismissalProposed: 'Low confidence from two thirds: dismissal proposed',
  // Neither threshold: rated, and nothing follows. Said, not left blank, so the cell never reads as a line not counted;
  // in the law's terms: its threshold is "more than half" (quá nửa), so below it is "no more than half".
  confidence: 'Low confidence from no more than half',
};

const personnelOutcomesVi: Record<keyof typeof personnelOutcomesEn, string> = {
  elected: 'Trúng cử',
  notElected: 'Không trúng cử',
  tie: 'Bằng phiếu, bầu lại',
  dismissed: 'Được miễn nhiệm',
  notDismissed: 'Không được miễn nhiệm',
  removed: 'Bị bãi nhiệm',
  notRemoved: 'Không bị bãi nhiệm',
  mayResign: 'Tín nhiệm thấp trên 1/2: có thể xin từ chức',
  dismissalProposed: 'Tín nhiệm thấp từ 2/3: trình miễn nhiệm',
  confidence: 'Tín nhiệm thấp không quá nửa',
};

export const personnelOutcomes = { en: personnelOutcomesEn, vi: personnelOutcomesVi };

/** Which body elected the person. */
const personnelBodiesEn = {
  council: 'Council',
  committee: 'People’s Committee',
};

const personnelBodiesVi: Record<keyof typeof personnelBodiesEn, string> = {
  council: 'Hội đồng nhân dân',
  committee: 'Ủy ban nhân dân',
};

export const personnelBodies = { en: personnelBodiesEn, vi: personnelBodiesVi };

/** How a person is addressed ("Ông Lương Xuân Quý"). */
const honorificsEn = {
  mr: 'Mr',
  ms: 'Ms',
};

const honorificsVi: Record<keyof typeof honorificsEn, string> = {
  mr: 'Ông',
  ms: 'Bà',
};

export const honorifics = { en: honorificsEn, vi: honorificsVi };

/** The personnel CSV exports (personnel/csv.ts): the results' columns and the counting record's rows. */
const personnelCsvEn = {
  'col.vote': 'Vote',
  'col.kind': 'Kind',
  'col.round': 'Round',
  'col.no': 'No.',
  'col.fullName': 'Full name',
  'col.title': 'Title',
  'col.body': 'Body',
  'col.exempt': 'Exempt (reason)',
  'col.seats': 'Total council seats',
  'col.present': 'Present',
  'col.valid': 'Valid ballots',
  'col.base': 'Base',
  pct: 'Share',
  outcome: 'Result',
  status: 'Status',
  pending: 'Not closed',
  versions: 'Versions',
  record: 'BALLOT-COUNTING RECORD',
  round: 'Round',
  committee: 'Counting committee',
  chief: 'Head',
  member: 'Member',
  seats: 'Total council seats',
  present: 'Delegates present',
  issued: 'Ballots issued',
  returned: 'Ballots returned',
  valid: 'Valid ballots',
  invalid: 'Invalid ballots',
  correction: 'Correction (version {version})',
  announcement: 'Result',
};

const personnelCsvVi: Record<keyof typeof personnelCsvEn, string> = {
  'col.vote': 'Cuộc bỏ phiếu',
  'col.kind': 'Loại',
  'col.round': 'Lần',
  'col.no': 'STT',
  'col.fullName': 'Họ và tên',
  'col.title': 'Chức vụ',
  'col.body': 'Cơ quan',
  'col.exempt': 'Không lấy phiếu (lý do)',
  'col.seats': 'Tổng số đại biểu Hội đồng nhân dân',
  'col.present': 'Có mặt',
  'col.valid': 'Phiếu hợp lệ',
  'col.base': 'Cơ sở tính',
  pct: 'Tỷ lệ',
  outcome: 'Kết quả',
  status: 'Tình trạng',
  pending: 'Chưa kết thúc',
  versions: 'Phiên bản',
  record: 'BIÊN BẢN KIỂM PHIẾU',
  round: 'Lần bỏ phiếu',
  committee: 'Ban kiểm phiếu',
  chief: 'Trưởng ban',
  member: 'Ủy viên',
  seats: 'Tổng số đại biểu Hội đồng nhân dân',
  present: 'Số đại biểu có mặt',
  issued: 'Số phiếu phát ra',
  returned: 'Số phiếu thu vào',
  valid: 'Số phiếu hợp lệ',
  invalid: 'Số phiếu không hợp lệ',
  correction: 'Đính chính (phiên bản {version})',
  announcement: 'Kết quả',
};

export const personnelCsv = { en: personnelCsvEn, vi: personnelCsvVi };

/** The results CSV's first columns, in order. */
export const PERSONNEL_CSV_COLUMNS = ['vote', 'kind', 'round', 'no', 'fullName', 'title', 'body', 'exempt', 'seats', 'present', 'valid', 'base'] as const;

/**
 * The title of the resolution a council adopts after a personnel vote, confirming its result
 * ({what}: the vote as a sentence says it). A dismissal or removal is itself the resolution's
 * subject ("Nghị quyết miễn nhiệm …"); an election or a confidence vote has its result confirmed.
 */
export const personnelConfirming = {
  en: { result: 'Resolution confirming the result of the {what}', about: 'Resolution on the {what}' },
  vi: { result: 'Nghị quyết xác nhận kết quả {what}', about: 'Nghị quyết {what}' },
};
