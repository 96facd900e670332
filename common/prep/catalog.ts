/** The built-in agenda templates' names (templates.ts). */
const builtinTemplatesEn = {
  yearEnd: 'Regular year-end session',
  midYear: 'Regular mid-year session',
  thematic: 'Thematic session',
  firstOfTerm: 'First session of a term (elections)',
};

const builtinTemplatesVi: Record<keyof typeof builtinTemplatesEn, string> = {
  yearEnd: 'Kỳ họp thường lệ cuối năm',
  midYear: 'Kỳ họp thường lệ giữa năm',
  thematic: 'Kỳ họp chuyên đề',
  firstOfTerm: 'Kỳ họp thứ nhất của nhiệm kỳ (bầu các chức danh)',
};

export const builtinTemplates = { en: builtinTemplatesEn, vi: builtinTemplatesVi };
