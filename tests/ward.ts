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

