/** Why a chosen spreadsheet could not be read (src/lib/spreadsheet.ts), for every import. */
export const en = {
  'spreadsheet.unsupported': 'Cannot read “{name}”: choose a .csv or .xlsx file.',
  'spreadsheet.corrupt': 'Cannot read “{name}”: the file is damaged or is not an .xlsx workbook. Open it in Excel and save it again as .xlsx or CSV.',
  'spreadsheet.encoding': 'Cannot read “{name}”: the text is not in UTF-8. In Excel, save it as “CSV UTF-8”.',
  'spreadsheet.empty': '“{name}” has no rows to import.',
  'spreadsheet.legacy':
    'Cannot read “{name}”: its Vietnamese text is in an old encoding (TCVN3/ABC, VNI or Windows-1258) and would import as garbled letters. Convert it to Unicode (for example with Unikey’s converter), save it as .xlsx or “CSV UTF-8”, and choose it again. Nothing was imported.',
};

export const vi: Record<keyof typeof en, string> = {
  'spreadsheet.unsupported': 'Không đọc được «{name}»: hãy chọn tệp .csv hoặc .xlsx.',
  'spreadsheet.corrupt': 'Không đọc được «{name}»: tệp bị hỏng hoặc không phải bảng tính .xlsx. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx hoặc CSV.',
  'spreadsheet.encoding': 'Không đọc được «{name}»: văn bản không ở mã UTF-8. Trong Excel, hãy lưu dưới dạng “CSV UTF-8”.',
  'spreadsheet.empty': 'Tệp «{name}» không có dòng nào để nhập.',
  'spreadsheet.legacy':
    'Không đọc được «{name}»: chữ tiếng Việt trong tệp dùng bảng mã cũ (TCVN3/ABC, VNI hoặc Windows-1258) nên sẽ bị lỗi phông khi nhập. Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey), lưu dưới dạng .xlsx hoặc “CSV UTF-8” rồi chọn lại. Chưa có gì được nhập.',
};
