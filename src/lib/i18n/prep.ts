/** Strings of session preparation: agenda import mapping, templates, copying a session, the 2025 law's defaults. */
export const en = {
  'session.kind.urgent': 'For urgent matters',
  'mapping.twice': 'These fields are set to the same column: {fields}. Give each its own column (or “not in the file”) before importing.',
  'agendaImport.heading': 'Import a programme file',
  'agendaImport.help':
    'An .xlsx or .csv programme as the office keeps it: title rows above the header are skipped, columns are found by their names (Vietnamese or English, with or without accents), the sitting may be a day number and a part of day, a date and a part, or one column. A title starting with “-” or a number like 1.1 is a sub-item.',
  'agendaImport.field.number': 'number (STT)',
  'agendaImport.field.title': 'title',
  'agendaImport.field.kind': 'kind',
  'agendaImport.field.presenter': 'presenter',
  'agendaImport.field.minutes': 'minutes',
  'agendaImport.field.day': 'day or date',
  'agendaImport.field.part': 'part of day',
  'agendaImport.field.sitting': 'sitting (one column)',
  'agendaImport.column': 'Column for {field}',
  'agendaImport.preview': '{ok} rows ready, {bad} rows with errors',
  'agendaImport.headerAt': 'header found on line {line}',
  'agendaImport.commit': 'Import {n} good rows',
};

export const vi: Record<keyof typeof en, string> = {
  'session.kind.urgent': 'Giải quyết công việc phát sinh đột xuất',
  'mapping.twice': 'Các trường sau đang cùng chọn một cột: {fields}. Hãy chọn cho mỗi trường một cột riêng (hoặc «không có trong tệp») trước khi nhập.',
  'agendaImport.heading': 'Nhập chương trình từ tệp',
  'agendaImport.help':
    'Tệp chương trình .xlsx hoặc .csv như văn phòng vẫn lưu: các dòng tiêu đề phía trên dòng tên cột được bỏ qua, các cột được nhận theo tên (tiếng Việt hoặc tiếng Anh, có dấu hay không dấu), phiên họp có thể ghi bằng ngày thứ mấy và buổi, ngày tháng và buổi, hoặc một cột phiên. Tiêu đề bắt đầu bằng «-» hoặc số thứ tự dạng 1.1 là mục con.',
  'agendaImport.field.number': 'số thứ tự (STT)',
  'agendaImport.field.title': 'nội dung',
  'agendaImport.field.kind': 'loại',
  'agendaImport.field.presenter': 'người trình bày',
  'agendaImport.field.minutes': 'số phút',
  'agendaImport.field.day': 'ngày (thứ mấy hoặc ngày tháng)',
  'agendaImport.field.part': 'buổi',
  'agendaImport.field.sitting': 'phiên (một cột)',
  'agendaImport.column': 'Cột cho {field}',
  'agendaImport.preview': '{ok} dòng sẵn sàng, {bad} dòng có lỗi',
  'agendaImport.headerAt': 'dòng tên cột ở dòng {line}',
  'agendaImport.commit': 'Nhập {n} dòng hợp lệ',
};
