/**
 * The one way tests make Word files an office would bring: built with docx (the library the
 * minutes are written with), shaped as councils keep their programme and lists of delegates.
 */
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import { communeSections, wardDelegates } from './ward';

const cell = (text: string, more: { columnSpan?: number; verticalMerge?: (typeof VerticalMergeType)[keyof typeof VerticalMergeType] } = {}) =>
  new TableCell({ children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun(line)] })), ...more });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });
const header = () => row(cell('TT'), cell('Thời gian'), cell('Nội dung'), cell('Cơ quan, người thực hiện'));
const across = (text: string) => row(cell(text, { columnSpan: 4 }));

/** "Chương trình kỳ họp" as an office sets it in Word: letterhead table, title, one table per day, the header repeated. */
export async function programmeDocx(days: [string, string] = ['08/12/2026', '09/12/2026']): Promise<ArrayBuffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Table({ rows: [row(cell('HỘI ĐỒNG NHÂN DÂN\nTỈNH HÒA BÌNH'), cell('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc'))] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'CHƯƠNG TRÌNH', bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('Kỳ họp thứ 11, Hội đồng nhân dân tỉnh khóa XVII')] }),
          new Paragraph({ children: [new TextRun(`NGÀY THỨ NHẤT (ngày ${days[0]})`)] }),
          new Table({
            rows: [
              header(),
              across('Buổi sáng'),
              row(cell('1'), cell('7h30 - 7h45'), cell('Chào cờ; tuyên bố lý do, giới thiệu đại biểu'), cell('Chánh Văn phòng', { verticalMerge: VerticalMergeType.RESTART })),
              row(cell('2'), cell('7h45 - 8h00'), cell('Báo cáo kết quả\nkiểm tra tư cách đại biểu'), cell('', { verticalMerge: VerticalMergeType.CONTINUE })),
              row(cell('3'), cell('8h00 - 8h30'), cell('Báo cáo tình hình kinh tế - xã hội năm 2026'), cell('UBND tỉnh')),
              across('Buổi chiều'),
              row(cell('4'), cell('13h30 - 16h30'), cell('Thảo luận tại hội trường'), cell('Đại biểu HĐND tỉnh')),
            ],
          }),
          new Paragraph({ children: [new TextRun(`NGÀY THỨ HAI (ngày ${days[1]})`)] }),
          new Table({
            rows: [
              header(),
              across('Buổi sáng'),
              row(cell('5'), cell('7h30 - 10h30'), cell('Chất vấn và trả lời chất vấn'), cell('Thường trực HĐND tỉnh')),
              row(cell('6'), cell('10h45 - 11h00'), cell('Bế mạc kỳ họp'), cell('Chủ tịch HĐND tỉnh')),
            ],
          }),
          new Paragraph({ children: [new TextRun('Ghi chú: chương trình có thể điều chỉnh.')] }),
          new Table({ rows: [row(cell('Nơi nhận:\n- Thường trực HĐND tỉnh;\n- Lưu: VT.'), cell('TM. THƯỜNG TRỰC HĐND\nCHỦ TỊCH\n\nNguyễn Văn Chủ'))] }),
        ],
      },
    ],
  });
  const b = await Packer.toBuffer(doc);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/**
 * "Danh sách đại biểu" as an office keeps it in Word: one table per delegate group, the guests
 * after, the header repeated. `secondGroup`: the people of group 2 (name, title, seat).
 */
export async function rosterDocx(secondGroup: [string, string, string][] = [['Bùi Văn Tỉnh', 'Bí thư Huyện ủy', '3']]): Promise<ArrayBuffer> {
  const head = () => row(cell('STT'), cell('Họ và tên'), cell('Chức vụ'), cell('Số ghế'));
  const person = (n: number, name: string, title: string, seat = '') => row(cell(String(n)), cell(name), cell(title), cell(seat));
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'DANH SÁCH ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN TỈNH KHÓA XVII', bold: true })] }),
          new Paragraph('TỔ ĐẠI BIỂU SỐ 1 - THÀNH PHỐ HÒA BÌNH'),
          new Table({ rows: [head(), person(1, 'Nguyễn Thị Hằng', 'Chủ tịch HĐND tỉnh', '1'), person(2, 'Đặng Quốc Việt', 'Phó Chủ tịch UBND tỉnh', '2')] }),
          new Paragraph('TỔ ĐẠI BIỂU SỐ 2 - HUYỆN LƯƠNG SƠN'),
          new Table({ rows: [head(), ...secondGroup.map(([name, title, seat], i) => person(i + 1, name, title, seat))] }),
          new Paragraph('KHÁCH MỜI'),
          new Table({ rows: [head(), person(1, 'Quách Thế Tản', 'Giám đốc Sở Tài chính')] }),
        ],
      },
    ],
  });
  const b = await Packer.toBuffer(doc);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}


/**
 * A commune council's programme in Word: one table for both days, the days and parts merged across
 * it, an item's parts lettered "a)", "b)" on rows of their own (no number, no time) under it.
 */
export async function communeProgrammeDocx(): Promise<ArrayBuffer> {
  const item = (n: string, time: string, title: string, who = '') => row(cell(n), cell(time), cell(title), cell(who));
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'CHƯƠNG TRÌNH', bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('Kỳ họp thứ hai, Hội đồng nhân dân xã Tân Lập khóa I, nhiệm kỳ 2026 - 2031')] }),
          new Table({
            rows: [
              row(cell('TT'), cell('Thời gian'), cell('Nội dung'), cell('Người thực hiện')),
              across('NGÀY THỨ NHẤT (Thứ Ba, ngày 08/12/2026)'),
              across('Buổi sáng'),
              item('1', '7h30 - 7h45', 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', 'Chánh Văn phòng HĐND và UBND xã'),
              item('2', '8h15 - 9h30', 'Trình bày các báo cáo, tờ trình:'),
              item('', '', 'a) Báo cáo tình hình kinh tế - xã hội năm 2026', 'Chủ tịch UBND xã'),
              item('', '', 'b) Tờ trình về dự toán ngân sách xã năm 2027', 'Phó Chủ tịch UBND xã'),
              item('', '', 'c) Báo cáo thẩm tra của Ban Kinh tế - Xã hội', 'Trưởng Ban Kinh tế - Xã hội'),
              across('NGÀY THỨ HAI (Thứ Tư, ngày 09/12/2026)'),
              across('Buổi sáng'),
              item('3', '9h30 - 10h30', 'Thông qua các nghị quyết của kỳ họp:'),
              item('', '', 'a) Nghị quyết về dự toán ngân sách xã năm 2027', 'Chủ tọa kỳ họp'),
              item('4', '10h30 - 11h00', 'Bế mạc kỳ họp; chào cờ', 'Chủ tịch HĐND xã'),
            ],
          }),
        ],
      },
    ],
  });
  const b = await Packer.toBuffer(doc);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

/**
 * The ward's list in Word: its title, each group's heading in capitals over its own table, the total
 * under them. `decomposed`: every text with its diacritics apart (NFD), as Word keeps what Unikey
 * typed in its "Unicode tổ hợp" table.
 */
export async function wardRosterDocx(decomposed = false): Promise<Buffer> {
  const text = (s: string) => (decomposed ? s.normalize('NFD') : s);
  const head = () => row(cell('STT'), cell('Họ và tên'), cell('Chức vụ'), cell('Số ghế'));
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: text('DANH SÁCH ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN QUẬN HÀ ĐÔNG KHÓA I'), bold: true })] }),
          ...wardDelegates().flatMap(({ group, people }) => [
            new Paragraph(text(group)),
            new Table({ rows: [head(), ...people.map(([name, title, seat], i) => row(cell(String(i + 1)), cell(text(name)), cell(text(title)), cell(String(seat))))] }),
          ]),
          new Paragraph(text('Tổng số: 35 đại biểu')),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** The commune's list in its Roman sections (ward.ts communeSections) as one Word table, each section's row as the Excel list has it. */
export async function communeSectionsDocx(): Promise<ArrayBuffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'DANH SÁCH ĐẠI BIỂU HỘI ĐỒNG NHÂN DÂN XÃ TÂN LẬP KHÓA I', bold: true })] }),
          new Table({
            rows: [
              row(cell('STT'), cell('Họ và tên'), cell('Chức vụ'), cell('Tổ đại biểu')),
              ...communeSections().flatMap(({ heading: [numeral, text], people }) => [
                text ? row(cell(numeral), cell(text, { columnSpan: 3 })) : row(cell(numeral, { columnSpan: 4 })),
                ...people.map(([name, title, group], i) => row(cell(String(i + 1)), cell(name), cell(title), cell(group))),
              ]),
            ],
          }),
        ],
      },
    ],
  });
  const b = await Packer.toBuffer(doc);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}
