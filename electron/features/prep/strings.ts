/** Sentences of session preparation: templates, copying a session, the term's years. */

const prepErrorsEn = {
  'template-empty-agenda': 'This session’s agenda has no items yet, so there is nothing to save as a template.',
  'template-name-taken': 'There is already a template named “{name}”. Choose another name.',
  'template-file-unreadable': 'This file is not a Gavel agenda template (.gavel-template.json), or it is damaged. Nothing was imported.',
  'template-file-invalid': 'This file is not a Gavel agenda template, or it is damaged ({detail}). Nothing was imported.',
  'template-file-newer': 'This template was written by a newer Gavel (format {version}; this one reads up to {max}). Update Gavel and import it again. Nothing was imported.',
  'copy-same-session': 'Choose another session: this is the session being prepared.',
  'copy-nothing': 'Choose at least one thing to copy.',
  'copy-source-empty': 'The chosen session has nothing of what was chosen to copy: no agenda, questioning topics, place, presiding board or secretaries.',
  'copy-topics-here': 'This session already has every questioning topic of the chosen one. Nothing was copied.',
  'copy-record-here': 'This session already has its place, presiding board and secretaries. Nothing was copied.',
  'replace-item-run': 'The programme cannot be replaced: “{title}” has already been run (it has timings or speeches). Add after the current items instead. Nothing was changed.',
  'replace-item-questions': 'The programme cannot be replaced: questions are recorded under “{title}”. Add after the current items instead. Nothing was changed.',
  'replace-item-votes': 'The programme cannot be replaced: a vote is attached to “{title}”. Add after the current items instead. Nothing was changed.',
  'import-all-present': '{n|The one row|All # rows} to import {n|is|are} already in this session’s programme (same title, same sitting, under the same main item). Nothing was imported.',
};
const prepErrorsVi: Record<keyof typeof prepErrorsEn, string> = {
  'template-empty-agenda': 'Chương trình của kỳ họp này chưa có mục nào nên chưa thể lưu thành mẫu.',
  'template-name-taken': 'Đã có mẫu chương trình tên «{name}». Hãy đặt tên khác.',
  'template-file-unreadable': 'Tệp này không phải mẫu chương trình của Gavel (.gavel-template.json) hoặc đã bị hỏng. Chưa có gì được nhập.',
  'template-file-invalid': 'Tệp này không phải mẫu chương trình của Gavel hoặc đã bị hỏng ({detail}). Chưa có gì được nhập.',
  'template-file-newer': 'Mẫu này được tạo bằng phiên bản Gavel mới hơn (định dạng {version}; phiên bản này đọc đến {max}). Hãy cập nhật Gavel rồi nhập lại. Chưa có gì được nhập.',
  'copy-same-session': 'Hãy chọn một kỳ họp khác: đây là kỳ họp đang chuẩn bị.',
  'copy-nothing': 'Hãy chọn ít nhất một nội dung để sao chép.',
  'copy-source-empty': 'Kỳ họp được chọn không có nội dung nào trong số đã chọn để sao chép: chương trình, chủ đề chất vấn, địa điểm, chủ tọa hay thư ký.',
  'copy-topics-here': 'Kỳ họp này đã có đủ các chủ đề chất vấn của kỳ họp được chọn. Chưa có gì được sao chép.',
  'copy-record-here': 'Kỳ họp này đã có địa điểm, chủ tọa và thư ký. Chưa có gì được sao chép.',
  'replace-item-run': 'Không thể thay chương trình: mục «{title}» đã được điều hành (có thời gian hoặc phát biểu). Hãy chọn thêm vào sau các mục hiện có. Chưa có gì thay đổi.',
  'replace-item-questions': 'Không thể thay chương trình: đã có câu hỏi chất vấn ghi theo mục «{title}». Hãy chọn thêm vào sau các mục hiện có. Chưa có gì thay đổi.',
  'replace-item-votes': 'Không thể thay chương trình: đã có biểu quyết gắn với mục «{title}». Hãy chọn thêm vào sau các mục hiện có. Chưa có gì thay đổi.',
  'import-all-present': '{n|Dòng duy nhất|Cả # dòng} cần nhập đã có trong chương trình kỳ họp này (cùng nội dung, cùng phiên họp, thuộc cùng mục chính). Chưa có gì được nhập.',
};
export const prepErrors = { en: prepErrorsEn, vi: prepErrorsVi };

const prepThingsEn = {
  template: 'agenda template',
};
const prepThingsVi: Record<keyof typeof prepThingsEn, string> = {
  template: 'mẫu chương trình',
};
export const prepThings = { en: prepThingsEn, vi: prepThingsVi };

const prepFieldsEn = {
  builtin: 'Built-in template',
  templateId: 'Template',
  file: 'Template file content',
  fromId: 'Source session',
  agenda: 'Agenda',
  topics: 'Questioning topics',
  record: 'Place, presiding board and secretaries',
  replace: 'Replace the programme',
  startYear: 'First year of the term',
};
const prepFieldsVi: Record<keyof typeof prepFieldsEn, string> = {
  builtin: 'Mẫu có sẵn',
  templateId: 'Mẫu chương trình',
  file: 'Nội dung tệp mẫu',
  fromId: 'Kỳ họp nguồn',
  agenda: 'Chương trình',
  topics: 'Chủ đề chất vấn',
  record: 'Địa điểm, chủ tọa và thư ký',
  replace: 'Thay chương trình',
  startYear: 'Năm bắt đầu nhiệm kỳ',
};
export const prepFields = { en: prepFieldsEn, vi: prepFieldsVi };
