/**
 * A ward council of 35 seats as tests bring its list of delegates, in Word (office-docx.ts) and in
 * Excel (xlsx.ts) alike.
 */
/** A ward council's 35 seats as its office lists them: five delegate groups of seven, each headed in capitals. */
export const WARD_GROUPS = ['TỔ ĐẠI BIỂU SỐ 1 - PHƯỜNG HÀ ĐÔNG', 'TỔ ĐẠI BIỂU SỐ 2 - PHƯỜNG KIẾN HƯNG', 'TỔ ĐẠI BIỂU SỐ 3 - PHƯỜNG PHÚ LƯƠNG', 'TỔ ĐẠI BIỂU SỐ 4 - PHƯỜNG YÊN NGHĨA', 'TỔ ĐẠI BIỂU SỐ 5 - PHƯỜNG DƯƠNG NỘI'];
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Quốc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dung', 'Hằng', 'Khánh', 'Lan'];
const TITLES = ['Bí thư Đảng ủy phường', 'Chủ tịch UBND phường', 'Phó Chủ tịch HĐND quận', 'Trưởng Ban Pháp chế HĐND quận', 'Giám đốc Trung tâm Y tế quận', 'Hiệu trưởng Trường THCS Lê Lợi', 'Chủ tịch Hội Nông dân phường'];

/** The ward's delegates by group: name, title and seat (1 to 35, in the list's order). */
export const wardDelegates = (): { group: string; people: [name: string, title: string, seat: number][] }[] =>
  WARD_GROUPS.map((group, g) => ({ group, people: FAMILY.map((family, k) => [`${family} ${MIDDLE[g]} ${GIVEN[(k + g) % 7]}`, TITLES[k], g * 7 + k + 1] as [string, string, number]) }));


/**
 * A commune council's 35 delegates as a printed list groups them under Roman numerals in its STT
 * column: "I | Thường trực HĐND" (the heading in the name column), "II. Các Ban" (all in the STT
 * cell, merged across the row), a bare "III" over the other delegates, then "IV | Khách mời". Each
 * delegate's Tổ (1 to 5) in a column of its own; the guests have none.
 */
export function communeSections(): { heading: [numeral: string, text: string]; people: [name: string, title: string, group: string][] }[] {
  const names = WARD_GROUPS.flatMap((_, g) => FAMILY.map((family, k) => `${family} ${MIDDLE[g]} ${GIVEN[(k + g) % 7]}`));
  const person = (i: number, title: string): [string, string, string] => [names[i], title, `Tổ ${(i % 5) + 1}`];
  const standing = ['Chủ tịch HĐND xã', 'Phó Chủ tịch HĐND xã', 'Phó Chủ tịch HĐND xã'].map((t, i) => person(i, t));
  const committees = ['Trưởng Ban Pháp chế', 'Phó Trưởng Ban Pháp chế', 'Trưởng Ban Kinh tế - Xã hội', 'Phó Trưởng Ban Kinh tế - Xã hội'].map((t, i) => person(3 + i, t));
  const others = names.slice(7).map((_, i) => person(7 + i, TITLES[i % TITLES.length]));
  const guests: [string, string, string][] = [['Quách Thế Tản', 'Trưởng Công an xã', ''], ['Đinh Thị Ngọc Ánh', 'Chánh Văn phòng HĐND và UBND xã', '']];
  return [
    { heading: ['I', 'Thường trực HĐND'], people: standing },
    { heading: ['II. Các Ban', ''], people: committees },
    { heading: ['III', ''], people: others },
    { heading: ['IV', 'Khách mời'], people: guests },
  ];
}

/** A heading row of a printed list: its STT cell and its text (in the name column, merged across the rest), or all in the STT cell merged across the row (`text` ''). */
export type HeadingRow = { heading: [stt: string, text: string] };
/** A person's row: name, title, Tổ; committee and guest are what the import should make of the headings above it. */
export type PersonRow = { person: [name: string, title: string, group: string]; committee: string; voting: boolean };

/**
 * A commune council's 35 delegates as an office prints them by body: Roman sections ("I | Thường
 * trực HĐND", "II | Các Ban của HĐND", "III | Các đại biểu khác", "IV | Khách mời"), and under
 * the committees' section each committee headed in Arabic, as offices number them: "1. Ban Pháp
 * chế" all in the STT cell merged across the row, "2 | Ban Kinh tế - Ngân sách" its number in STT
 * and its name in the names' column, "3. BAN VĂN HÓA - XÃ HỘI" in capitals; the guests' bodies
 * so too ("1. Văn phòng HĐND và UBND xã", "2 | Đoàn đại biểu Quốc hội tỉnh"). Among the people,
 * Ban and Đoàn as family names: Ban Thị Hoa, Đoàn Văn Hậu, Ban Văn Hóa are people.
 */
export function communeByBody(): (HeadingRow | PersonRow)[] {
  const given = ['An', 'Bình', 'Cường', 'Dung', 'Hằng', 'Khánh', 'Lan', 'Minh', 'Nga', 'Phúc'];
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
  let n = 0;
  const next = () => `${family[n % 10]} ${['Văn', 'Thị', 'Minh', 'Thanh'][Math.floor(n / 10) % 4]} ${given[(n++ * 3) % 10]}`;
  const group = (i: number) => `Tổ ${(i % 5) + 1}`;
  const delegate = (name: string, title: string, committee = ''): PersonRow => ({ person: [name, title, group(n)], committee, voting: true });
  const committee = (name: string, names: string[]) => [
    delegate(names[0], `Trưởng ${name}`, name),
    delegate(names[1], `Phó Trưởng ${name}`, name),
    ...names.slice(2).map((p) => delegate(p, `Ủy viên ${name}`, name)),
  ];
  return [
    { heading: ['I', 'Thường trực HĐND'] },
    delegate(next(), 'Chủ tịch HĐND xã'),
    delegate(next(), 'Phó Chủ tịch HĐND xã'),
    delegate(next(), 'Phó Chủ tịch HĐND xã'),
    { heading: ['II', 'Các Ban của HĐND'] },
    { heading: ['1. Ban Pháp chế', ''] },
    ...committee('Ban Pháp chế', [next(), next(), 'Ban Thị Hoa', next()]),
    { heading: ['2', 'Ban Kinh tế - Ngân sách'] },
    ...committee('Ban Kinh tế - Ngân sách', [next(), 'Đoàn Văn Hậu', next(), next()]),
    { heading: ['3. BAN VĂN HÓA - XÃ HỘI', ''] },
    ...committee('Ban Văn hóa - Xã hội', [next(), next(), next(), next()]),
    { heading: ['III', 'Các đại biểu khác'] },
    delegate('Ban Văn Hóa', 'Bí thư Chi bộ thôn Đồng Tâm'),
    ...Array.from({ length: 19 }, (_, i) => delegate(next(), ['Bí thư Chi bộ thôn', 'Trưởng thôn', 'Hiệu trưởng Trường Tiểu học', 'Trạm trưởng Trạm Y tế xã'][i % 4])),
    { heading: ['IV', 'Khách mời'] },
    { heading: ['1. Văn phòng HĐND và UBND xã', ''] },
    { person: ['Quách Thế Tản', 'Chánh Văn phòng HĐND và UBND xã', ''], committee: '', voting: false },
    { person: ['Đinh Thị Ngọc Ánh', 'Phó Chánh Văn phòng HĐND và UBND xã', ''], committee: '', voting: false },
    { heading: ['2', 'Đoàn đại biểu Quốc hội tỉnh'] },
    { person: ['Lò Văn Thắng', 'Phó Trưởng Đoàn đại biểu Quốc hội tỉnh', ''], committee: '', voting: false },
  ];
}
