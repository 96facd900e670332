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
