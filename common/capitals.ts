/**
 * Headings an office typed in capitals in Word ("TỔ ĐẠI BIỂU SỐ 1", "II. TRÌNH BÀY CÁC BÁO CÁO,
 * TỜ TRÌNH") in sentence case, as the hall and the minutes print a name or a title: the first
 * letter a capital, the rest in lower case the Vietnamese way, but abbreviations ("HĐND", "UBND",
 * "MTTQ"), Roman numerals ("khóa XI") and the names of bodies and places it knows keep theirs.
 * A text with any lower-case letter was typed as meant and is left alone.
 */
import { unmarked } from './fold';
import { AREA_UNITS } from './council/units';

/** Bodies as Vietnamese writes their names inside a sentence (Nghị định 30/2020, Phụ lục II). */
const BODIES = [
  'Hội đồng nhân dân', 'Ủy ban nhân dân', 'Ủy ban MTTQ', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc Việt Nam', 'Mặt trận Tổ quốc',
  'Tòa án nhân dân', 'Viện kiểm sát nhân dân', 'Quốc hội', 'Đoàn đại biểu Quốc hội', 'Chính phủ', 'Đảng Cộng sản Việt Nam', 'Việt Nam',
  'Tỉnh ủy', 'Thành ủy', 'Đảng ủy', 'Ban Thường vụ', 'Thường trực', 'Ban Kinh tế - Ngân sách', 'Ban Pháp chế', 'Ban Văn hóa - Xã hội',
  'Ban Dân tộc', 'Ban Đô thị',
];

/** A syllable of Vietnamese (folded): onset, one to three vowels, coda. A word in capitals that is none ("UBND", "HĐND", "TP") is an abbreviation. */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;
/** I to XXXIX, as terms, parts and quarters are numbered. */
const ROMAN = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
/** "VI", "XI" are words too ("VI PHẠM", "XI MĂNG"): numerals only after a word that numbers ("KHÓA XI", "PHẦN VI"). */
const ROMAN_WORDS = new Set(['VI', 'XI']);
const NUMBERING = new Set(['khoa', 'phan', 'thu', 'chuong', 'muc', 'ky', 'dot', 'lan', 'so', 'quy', 'phien', 'to']);

const folded = (word: string) => unmarked(word).toLowerCase();
/** No vowel with a mark (Đ is a consonant): what an abbreviation is written with. */
const unmarkedWord = (word: string) => !/[\u0300-\u036f]/.test(word.normalize('NFD'));
const isAbbreviation = (word: string) => word.length <= 6 && unmarkedWord(word) && !SYLLABLE.test(folded(word));
const isNumeral = (word: string, before: string) => ROMAN.test(word) && (!ROMAN_WORDS.has(word) || NUMBERING.has(folded(before)));

/** A text written in capitals: letters, none of them lower case. */
export const inCapitals = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * Old and new tone placement ("UỶ", "ỦY"; "HOÀ", "HÒA") read alike, letter for letter, so a body
 * or a place is found however the office placed the mark; what it typed is kept.
 */
const TONE_MOVES: Record<string, string> = { uỷ: 'ủy', uý: 'úy', uỳ: 'ùy', uỹ: 'ũy', uỵ: 'ụy', oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa' };
const sameTones = (text: string) => text.replace(/u[ỷýỳỹỵ]|o[àáảãạ]/gu, (m) => TONE_MOVES[m] ?? m);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The known name's capitals given to the same words in the text (lower case already), wherever they stand. */
function withNames(text: string, names: readonly string[]): string {
  let out = text;
  const key = sameTones(text.toLocaleLowerCase('vi'));
  for (const name of [...names].filter((n) => n.trim() !== '').sort((a, b) => b.length - a.length)) {
    const words = sameTones(name.normalize('NFC').trim().toLocaleLowerCase('vi')).split(/\s+/).map(escape);
    const shape = name.normalize('NFC').trim().split(/\s+/).join(' ');
    const pattern = new RegExp(`(?<!\\p{L})${words.join('\\s+')}(?!\\p{L})`, 'gu');
    for (const m of key.matchAll(pattern)) {
      // Letter for letter: each capital of the name (its spaces aside) capitalises the text's letter.
      const capitals = [...shape.replace(/\s+/g, '')].map((c) => c !== c.toLocaleLowerCase('vi'));
      let k = 0;
      const span = [...out.slice(m.index, m.index + m[0].length)].map((c) => (/\s/.test(c) ? c : capitals[k++] ? c.toLocaleUpperCase('vi') : c)).join('');
      out = out.slice(0, m.index) + span + out.slice(m.index + m[0].length);
    }
  }
  return out;
}

/**
 * "PHẦN THỨ NHẤT: KHAI MẠC" → "Phần thứ nhất: Khai mạc", "TỔ ĐẠI BIỂU SỐ 1" → "Tổ đại biểu số 1",
 * "BÁO CÁO CỦA UBND TỈNH QUẢNG TRỊ" → "Báo cáo của UBND tỉnh Quảng Trị" (`places`: the council's own,
 * which the text cannot tell from other words). A heading after its numeral ("II. TRÌNH BÀY …") or a
 * colon starts with a capital too. Any text with a lower-case letter outside brackets comes back as it was.
 */
export function sentenceCase(text: string, places: readonly string[] = []): string {
  const nfc = text.normalize('NFC');
  // What a heading adds in brackets is typed as meant: "PHIÊN KHAI MẠC (Phát thanh trực tiếp)".
  if (!inCapitals(nfc.replace(/\([^()]*\)/gu, ''))) return text;
  const parts = nfc.split(/(\p{L}+)/u);
  let before = '';
  // A capital for the next word lowered: the text's first, one after a leading numeral or a colon.
  let capital = true;
  let depth = 0;
  for (let i = 1; i < parts.length; i += 2) {
    const word = parts[i];
    depth += (parts[i - 1].match(/\(/g)?.length ?? 0) - (parts[i - 1].match(/\)/g)?.length ?? 0);
    const kept = depth > 0 || isAbbreviation(word) || isNumeral(word, before);
    if (!kept) parts[i] = capital ? word.charAt(0) + word.slice(1).toLocaleLowerCase('vi') : word.toLocaleLowerCase('vi');
    const after = parts[i + 1] ?? '';
    capital = (i === 1 && kept && /^[.)]/.test(after) && ROMAN.test(word)) || /:\s*$/.test(after);
    before = word;
  }
  placeNames(parts);
  return withNames(parts.join(''), [...BODIES, ...places]);
}

/** The units a place is named after, two words first: "THÀNH PHỐ HÒA BÌNH", "XÃ TÂN LẬP". */
const UNITS = AREA_UNITS.map((u) => u.vi);
/** Before a unit, it names no place: "CÁC XÃ", "CẤP TỈNH". */
const GENERIC = new Set(['các', 'cấp', 'mỗi', 'những', 'toàn', 'giữa']);
/** Words after a unit that are no place's ("TỈNH VỀ …", "XÃ HỘI", "TỈNH ỦY", "HUYỆN KHÓA …"): the name ends before them. */
const NOT_PLACE = new Set(['về', 'năm', 'khóa', 'khoá', 'nhiệm', 'của', 'và', 'trên', 'tại', 'theo', 'trong', 'cho', 'đối', 'với', 'giai', 'lần', 'thứ', 'số', 'đến', 'từ', 'quý', 'đợt', 'kỳ', 'hội', 'ủy', 'uỷ', 'đội', 'đoàn', 'lộ', 'viên', 'nhà', 'là', 'đã', 'được', 'này', 'do', 'mới']);

/**
 * A place named after its unit keeps its capitals ("HUYỆN LƯƠNG SƠN" → "huyện Lương Sơn"): up to four
 * words after the unit, to the next mark, number or a word no place has. `parts` alternates marks and words.
 */
function placeNames(parts: string[]): void {
  const words = parts.map((p, i) => (i % 2 === 1 ? p.toLocaleLowerCase('vi') : ''));
  const joined = (i: number) => /^\s+$/.test(parts[i + 1] ?? '');
  for (let i = 1; i < parts.length; i += 2) {
    const two = joined(i) && i + 2 < parts.length ? `${words[i]} ${words[i + 2]}` : '';
    const unitEnd = UNITS.includes(two) ? i + 2 : UNITS.includes(words[i]) ? i : -1;
    if (unitEnd < 0 || GENERIC.has(words[i - 2] ?? '')) continue;
    for (let k = unitEnd + 2, n = 0; k < parts.length && n < 4 && joined(k - 2) && !NOT_PLACE.has(words[k]); k += 2, n++) {
      parts[k] = parts[k].charAt(0).toLocaleUpperCase('vi') + parts[k].slice(1);
    }
    i = unitEnd;
  }
}
