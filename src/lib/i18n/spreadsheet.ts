/** Why a chosen spreadsheet or Word table could not be read (src/lib/spreadsheet.ts), for every import. */
export const en = {
  'spreadsheet.unsupported': 'Cannot read “{name}”: choose an .xlsx, .csv or .docx file.',
  'spreadsheet.oldFormat': 'Cannot read “{name}”: it is in the old Excel or Word format (.xls, .doc). Open it and save it as .xlsx or .docx, then choose it again.',
  'spreadsheet.docxCorrupt': 'Cannot read “{name}”: the file is damaged or is not a Word .docx document. Open it in Word and save it again as .docx.',
  'spreadsheet.noTable': '“{name}” has no table: put the list in a Word table (one row per entry, the column names in its first row), or save it as .xlsx.',
  'spreadsheet.noProgramme':
    '“{name}” has no table, nor a programme in its paragraphs (a day such as “NGÀY THỨ NHẤT”, “Buổi sáng”, or items numbered “1.”, “2.”): put the programme in a Word table, or number its items, then choose it again. Nothing was imported.',
  'spreadsheet.delegatesNotProgramme':
    '“{name}” is a list of delegates typed as paragraphs (its groups or constituencies, “Tổ đại biểu”, “Đơn vị bầu cử”), not the programme: choose the programme file here. To import the delegates, put the list in a Word table (one row per delegate, the column names in its first row) or save it as .xlsx, and import it in Roster (Alt+2). Nothing was imported.',
  'spreadsheet.delegatesPasted':
    'The pasted lines are a list of delegates (names one to a line, or a list of people copied from Excel), not the programme: paste the programme here. To import the delegates, paste the list in Roster (Alt+2). Nothing was imported.',
  'spreadsheet.programmePasted':
    'The pasted lines are the session’s programme (its days, parts of day or times), not a list of delegates: paste the delegates here, one to a line or copied from Excel. To import the programme, paste it in Agenda (Alt+3). Nothing was imported.',
  'spreadsheet.corrupt': 'Cannot read “{name}”: the file is damaged or is not an .xlsx workbook. Open it in Excel and save it again as .xlsx or CSV.',
  'spreadsheet.encoding': 'Cannot read “{name}”: the text is not in UTF-8. In Excel, save it as “CSV UTF-8”.',
  'spreadsheet.empty': '“{name}” has no rows to import.',
  'spreadsheet.legacy':
    'Cannot read “{name}”: its Vietnamese text is in an old encoding (TCVN3/ABC, VNI or Windows-1258) and would import as garbled letters. Convert it to Unicode (for example with Unikey’s converter), save it as .xlsx, .docx or “CSV UTF-8”, and choose it again. Nothing was imported.',
};

export const vi: Record<keyof typeof en, string> = {
  'spreadsheet.unsupported': 'Không đọc được «{name}»: hãy chọn tệp .xlsx, .csv hoặc .docx.',
  'spreadsheet.oldFormat': 'Không đọc được «{name}»: tệp ở định dạng Excel hoặc Word cũ (.xls, .doc). Hãy mở tệp và lưu lại dưới dạng .xlsx hoặc .docx rồi chọn lại.',
  'spreadsheet.docxCorrupt': 'Không đọc được «{name}»: tệp bị hỏng hoặc không phải văn bản Word .docx. Hãy mở bằng Word và lưu lại dưới dạng .docx.',
  'spreadsheet.noTable': 'Tệp «{name}» không có bảng: hãy để danh sách trong một bảng Word (mỗi dòng một mục, tên cột ở dòng đầu), hoặc lưu dưới dạng .xlsx.',
  'spreadsheet.noProgramme':
    'Tệp «{name}» không có bảng, cũng không có chương trình trong các đoạn văn (ngày như «NGÀY THỨ NHẤT», «Buổi sáng», hoặc các mục đánh số «1.», «2.»): hãy để chương trình trong một bảng Word, hoặc đánh số các mục, rồi chọn lại. Chưa có gì được nhập.',
  'spreadsheet.delegatesNotProgramme':
    'Tệp «{name}» là danh sách đại biểu gõ thành các đoạn văn (theo tổ hoặc đơn vị bầu cử: «Tổ đại biểu», «Đơn vị bầu cử»), không phải chương trình kỳ họp: hãy chọn tệp chương trình ở đây. Muốn nhập danh sách đại biểu, hãy để danh sách trong một bảng Word (mỗi dòng một đại biểu, tên cột ở dòng đầu) hoặc lưu dưới dạng .xlsx, rồi nhập ở mục Đại biểu (Alt+2). Chưa có gì được nhập.',
  'spreadsheet.delegatesPasted':
    'Các dòng vừa dán là danh sách đại biểu (mỗi dòng một họ tên, hoặc danh sách chép từ Excel), không phải chương trình kỳ họp: hãy dán chương trình ở đây. Muốn nhập danh sách đại biểu, hãy dán ở mục Đại biểu (Alt+2). Chưa có gì được nhập.',
  'spreadsheet.programmePasted':
    'Các dòng vừa dán là chương trình kỳ họp (có ngày, buổi hoặc giờ họp), không phải danh sách đại biểu: hãy dán danh sách đại biểu ở đây, mỗi dòng một người hoặc chép từ Excel. Muốn nhập chương trình, hãy dán ở mục Chương trình (Alt+3). Chưa có gì được nhập.',
  'spreadsheet.corrupt': 'Không đọc được «{name}»: tệp bị hỏng hoặc không phải bảng tính .xlsx. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx hoặc CSV.',
  'spreadsheet.encoding': 'Không đọc được «{name}»: văn bản không ở mã UTF-8. Trong Excel, hãy lưu dưới dạng «CSV UTF-8».',
  'spreadsheet.empty': 'Tệp «{name}» không có dòng nào để nhập.',
  'spreadsheet.legacy':
    'Không đọc được «{name}»: chữ tiếng Việt trong tệp dùng bảng mã cũ (TCVN3/ABC, VNI hoặc Windows-1258) nên sẽ bị lỗi phông khi nhập. Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey), lưu dưới dạng .xlsx, .docx hoặc «CSV UTF-8» rồi chọn lại. Chưa có gì được nhập.',
};
