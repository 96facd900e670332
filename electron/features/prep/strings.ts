/** Sentences of session preparation: templates, copying a session, the term's years. */
import type { Catalog } from '../../../common/strings';

export const prepErrors = {
  'template-empty-agenda': {
    vi: 'Chương trình của kỳ họp này chưa có mục nào nên chưa thể lưu thành mẫu.',
    en: 'This session’s agenda has no items yet, so there is nothing to save as a template.',
  },
  'template-name-taken': { vi: 'Đã có mẫu chương trình tên «{name}». Hãy đặt tên khác.', en: 'There is already a template named “{name}”. Choose another name.' },
  'template-file-invalid': {
    vi: 'Tệp này không phải mẫu chương trình của Gavel hoặc đã bị hỏng ({detail}). Chưa có gì được nhập.',
    en: 'This file is not a Gavel agenda template, or it is damaged ({detail}). Nothing was imported.',
  },
  'template-file-newer': {
    vi: 'Mẫu này được tạo bằng phiên bản Gavel mới hơn (định dạng {version}; phiên bản này đọc đến {max}). Hãy cập nhật Gavel rồi nhập lại. Chưa có gì được nhập.',
    en: 'This template was written by a newer Gavel (format {version}; this one reads up to {max}). Update Gavel and import it again. Nothing was imported.',
  },
  'copy-same-session': {
    vi: 'Hãy chọn một kỳ họp khác: đây là kỳ họp đang chuẩn bị.',
    en: 'Choose another session: this is the session being prepared.',
  },
  'copy-nothing': { vi: 'Hãy chọn ít nhất một nội dung để sao chép.', en: 'Choose at least one thing to copy.' },
  'copy-source-empty': {
    vi: 'Kỳ họp được chọn không có chương trình hay chủ đề chất vấn nào để sao chép.',
    en: 'The chosen session has no agenda or questioning topics to copy.',
  },
} satisfies Catalog;

export const prepThings = {
  template: { vi: 'mẫu chương trình', en: 'agenda template' },
} satisfies Catalog;

export const prepFields = {
  builtin: { vi: 'Mẫu có sẵn', en: 'Built-in template' },
  templateId: { vi: 'Mẫu chương trình', en: 'Template' },
  file: { vi: 'Nội dung tệp mẫu', en: 'Template file content' },
  fromId: { vi: 'Kỳ họp nguồn', en: 'Source session' },
  agenda: { vi: 'Chương trình', en: 'Agenda' },
  topics: { vi: 'Chủ đề chất vấn', en: 'Questioning topics' },
  startYear: { vi: 'Năm bắt đầu nhiệm kỳ', en: 'First year of the term' },
} satisfies Catalog;
