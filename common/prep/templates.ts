/**
 * Agenda templates: the four programmes councils hold most (regular year-end, mid-year,
 * thematic, first session of a term) with the procedure items they always carry, and the
 * file format templates travel in between councils. Items without minutes take the council's
 * default for their kind when applied; procedure items carry their usual minutes.
 */
import type { AgendaKind } from '../agenda/model';
import type { SittingPart } from '../timing/model';
import type { TemplateItem } from './model';
import type { Lang } from '../strings';
import type { CouncilLevel } from '../council/model';
import { builtinTemplates } from './catalog';
import { unmarked } from '../fold';

export const TEMPLATE_FORMAT = 'gavel-agenda-template';
/**
 * The file version this Gavel writes; a file with a higher one comes from a newer Gavel. Version
 * 2 adds each item's sitting hours; version 1 files, without them, still load.
 */
export const TEMPLATE_VERSION = 2;

export interface TemplateFile {
  format: typeof TEMPLATE_FORMAT;
  version: number;
  name: string;
  items: TemplateItem[];
}

export function templateFile(name: string, items: TemplateItem[]): TemplateFile {
  return { format: TEMPLATE_FORMAT, version: TEMPLATE_VERSION, name, items };
}

/** The file name a template is saved under: its name without marks or punctuation. */
export function templateFileName(name: string): string {
  const base = unmarked(name)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return `${base || 'mau'}.gavel-template.json`;
}

// --- Built-in templates -------------------------------------------------------------------

type Line = [title: string, kind: AgendaKind, presenter?: string, minutes?: number | null, sub?: boolean];
type Sitting = [day: number, part: SittingPart, lines: Line[]];

const item = (day: number, part: SittingPart, [title, kind, presenter = '', minutes = null, sub = false]: Line): TemplateItem => ({
  title, kind, presenter, minutes, sub, day, part,
});
const build = (sittings: Sitting[]): TemplateItem[] => sittings.flatMap(([day, part, lines]) => lines.map((l) => item(day, part, l)));

/** Opening procedure every programme starts with. */
const OPENING: Line[] = [
  ['Chào cờ', 'opening', '', 5],
  ['Tuyên bố lý do, giới thiệu đại biểu', 'opening', 'Chánh Văn phòng', 5],
  ['Báo cáo số lượng đại biểu có mặt', 'other', 'Chánh Văn phòng', 3],
  ['Thông qua chương trình kỳ họp', 'other', 'Chủ tọa kỳ họp', 5],
  ['Khai mạc kỳ họp', 'opening', 'Chủ tịch HĐND', 15],
];
const GUIDANCE: Line = ['Phát biểu chỉ đạo của lãnh đạo cấp ủy', 'other', 'Bí thư cấp ủy', 20];
const FRONT: Line = ['Thông báo của Ủy ban Mặt trận Tổ quốc Việt Nam về công tác tham gia xây dựng chính quyền', 'report', 'Ủy ban MTTQ Việt Nam', 10];
const CLOSING: Line[] = [
  ['Thông qua các nghị quyết', 'vote', 'Chủ tọa kỳ họp', 45],
  ['Bế mạc kỳ họp', 'closing', 'Chủ tịch HĐND', 15],
  ['Chào cờ bế mạc', 'closing', '', 5],
];
const verify = (committee: string): Line => [`Báo cáo thẩm tra của ${committee}`, 'verification', committee, null, true];
/**
 * The court's and the procuracy's reports go to a province's council (and went to a district's
 * before July 2025); a commune has neither, under Luật 72/2025/QH15, so its programme leaves them out.
 */
const COURTS: Line = ['Báo cáo công tác của Tòa án nhân dân và Viện kiểm sát nhân dân', 'report', 'Chánh án, Viện trưởng'];

const YEAR_END: Sitting[] = [
  [1, 'morning', [
    ...OPENING,
    GUIDANCE,
    FRONT,
    ['Báo cáo tình hình kinh tế - xã hội năm nay; kế hoạch phát triển kinh tế - xã hội năm sau', 'report', 'Ủy ban nhân dân'],
    verify('Ban Kinh tế - Ngân sách'),
    ['Báo cáo dự toán ngân sách nhà nước năm sau và phương án phân bổ', 'report', 'Ủy ban nhân dân'],
    verify('Ban Kinh tế - Ngân sách'),
    ['Các tờ trình và dự thảo nghị quyết', 'submission', 'Ủy ban nhân dân'],
    verify('các Ban HĐND'),
  ]],
  [1, 'afternoon', [
    ['Báo cáo công tác của Thường trực HĐND', 'report', 'Phó Chủ tịch HĐND'],
    ['Báo cáo tổng hợp ý kiến, kiến nghị của cử tri', 'report', 'Ủy ban MTTQ Việt Nam'],
    COURTS,
    ['Thảo luận tổ', 'discussion', 'Các tổ đại biểu', 120],
  ]],
  [2, 'morning', [
    ['Thảo luận tại hội trường', 'discussion', 'Chủ tọa kỳ họp', 120],
    ['Giải lao', 'break', '', 15],
    ['Chất vấn và trả lời chất vấn', 'questioning', 'Chủ tọa kỳ họp', 120],
  ]],
  [2, 'afternoon', [['Công tác nhân sự', 'election', 'Thường trực HĐND', 30], ...CLOSING]],
];

const MID_YEAR: Sitting[] = [
  [1, 'morning', [
    ...OPENING,
    GUIDANCE,
    FRONT,
    ['Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm', 'report', 'Ủy ban nhân dân'],
    verify('Ban Kinh tế - Ngân sách'),
    ['Báo cáo quyết toán ngân sách nhà nước năm trước', 'report', 'Ủy ban nhân dân'],
    verify('Ban Kinh tế - Ngân sách'),
    ['Các tờ trình và dự thảo nghị quyết', 'submission', 'Ủy ban nhân dân'],
    verify('các Ban HĐND'),
  ]],
  [1, 'afternoon', [
    ['Báo cáo kết quả giám sát chuyên đề của Thường trực HĐND', 'report', 'Thường trực HĐND'],
    ['Thảo luận tổ', 'discussion', 'Các tổ đại biểu', 90],
    ['Thảo luận tại hội trường', 'discussion', 'Chủ tọa kỳ họp', 90],
  ]],
  [2, 'morning', [
    ['Chất vấn và trả lời chất vấn', 'questioning', 'Chủ tọa kỳ họp', 120],
    ['Công tác nhân sự', 'election', 'Thường trực HĐND', 30],
    ...CLOSING,
  ]],
];

const THEMATIC: Sitting[] = [
  [1, 'morning', [
    ...OPENING,
    ['Tờ trình và dự thảo nghị quyết', 'submission', 'Ủy ban nhân dân'],
    verify('Ban HĐND'),
    ['Thảo luận tại hội trường', 'discussion', 'Chủ tọa kỳ họp', 45],
    ...CLOSING,
  ]],
];

const FIRST_OF_TERM: Sitting[] = [
  [1, 'morning', [
    ['Chào cờ', 'opening', '', 5],
    ['Tuyên bố lý do, giới thiệu đại biểu', 'opening', 'Chánh Văn phòng', 5],
    ['Báo cáo số lượng đại biểu có mặt', 'other', 'Chánh Văn phòng', 3],
    ['Khai mạc kỳ họp', 'opening', 'Chủ tịch Ủy ban bầu cử', 15],
    ['Báo cáo kết quả bầu cử đại biểu HĐND', 'report', 'Ủy ban bầu cử', 15],
    ['Báo cáo kết quả xác nhận tư cách đại biểu HĐND', 'report', 'Ủy ban bầu cử', 10],
    ['Thông qua chương trình kỳ họp', 'other', 'Chủ tọa kỳ họp', 5],
    ['Bầu Chủ tịch HĐND', 'election', 'Chủ tọa kỳ họp', 45],
    ['Bầu Phó Chủ tịch HĐND, Trưởng Ban và Phó Trưởng Ban của HĐND', 'election', 'Chủ tịch HĐND', 45],
  ]],
  [1, 'afternoon', [
    ['Bầu Chủ tịch Ủy ban nhân dân', 'election', 'Chủ tịch HĐND', 45],
    ['Bầu Phó Chủ tịch và Ủy viên Ủy ban nhân dân', 'election', 'Chủ tịch HĐND', 45],
    GUIDANCE,
    ['Thông qua các nghị quyết', 'vote', 'Chủ tọa kỳ họp', 30],
    ['Bế mạc kỳ họp', 'closing', 'Chủ tịch HĐND', 15],
    ['Chào cờ bế mạc', 'closing', '', 5],
  ]],
];

export const BUILTIN_KEYS = ['yearEnd', 'midYear', 'thematic', 'firstOfTerm'] as const;
export type BuiltinKey = (typeof BUILTIN_KEYS)[number];

/** The built-in templates' names, by language (common/prep/catalog.ts). */
export const BUILTIN_NAMES: Record<Lang, Record<BuiltinKey, string>> = builtinTemplates;

const BUILTIN_SITTINGS: Record<BuiltinKey, Sitting[]> = { yearEnd: YEAR_END, midYear: MID_YEAR, thematic: THEMATIC, firstOfTerm: FIRST_OF_TERM };

/**
 * A title of the built-in programmes with the session's years written out, as the office's programme
 * and the minutes name them: "năm nay" the session's year, "năm sau" the next, "năm trước" the one
 * before, "6 tháng đầu năm" / "6 tháng cuối năm" of the session's year ("Báo cáo tình hình kinh tế -
 * xã hội năm 2026; kế hoạch phát triển kinh tế - xã hội năm 2027").
 */
export function withSessionYear(title: string, year: number): string {
  return title
    .replace(/năm nay/g, `năm ${year}`)
    .replace(/năm sau/g, `năm ${year + 1}`)
    .replace(/năm trước/g, `năm ${year - 1}`)
    .replace(/6 tháng (đầu|cuối) năm(?! \d)/g, `6 tháng $1 năm ${year}`);
}

/**
 * A built-in programme as the council's level has it (a commune's has no court or procuracy
 * report), its years those of the session it is for when `year` is given (withSessionYear).
 */
export function builtinTemplate(key: BuiltinKey, level: CouncilLevel | undefined, year?: number): TemplateItem[] {
  const sittings = BUILTIN_SITTINGS[key].map(([day, part, lines]): Sitting => [day, part, level === 'commune' ? lines.filter((l) => l !== COURTS) : lines]);
  const items = build(sittings);
  return year === undefined ? items : items.map((it) => ({ ...it, title: withSessionYear(it.title, year) }));
}
