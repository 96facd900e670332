/**
 * The administrative units a council's area is named by ("thành phố Phan Rang - Tháp Chàm"), in
 * Vietnamese, where the unit comes first, and in English, where it follows ("Phan Rang - Tháp
 * Chàm city"). A council's level alone does not say it: a district-level council may be a huyện,
 * a quận, a thị xã or a thành phố, a commune-level one a xã, a phường, a thị trấn or a đặc khu.
 */
export interface AreaUnit {
  vi: string;
  en: string;
}

/** Longer names first: "thị xã" is tried before "xã". */
export const AREA_UNITS: readonly AreaUnit[] = [
  { vi: 'thành phố', en: 'city' },
  { vi: 'thị xã', en: 'town' },
  { vi: 'thị trấn', en: 'township' },
  { vi: 'đặc khu', en: 'special zone' },
  { vi: 'tỉnh', en: 'province' },
  { vi: 'huyện', en: 'district' },
  { vi: 'quận', en: 'district' },
  { vi: 'phường', en: 'ward' },
  { vi: 'xã', en: 'commune' },
];

const lower = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi');

/**
 * An area's name split into its unit and its place, whichever the order and the case:
 * "thành phố Phan Rang - Tháp Chàm", "THÀNH PHỐ PHAN RANG - THÁP CHÀM" or "Phan Rang - Tháp Chàm
 * city" → the unit (as written), the place, and whether the unit comes first; null without one.
 */
export function splitArea(area: string): { unit: string; place: string; unitFirst: boolean; known: AreaUnit } | null {
  const s = area.normalize('NFC').trim();
  const l = lower(s);
  for (const known of AREA_UNITS) {
    if (l.startsWith(`${known.vi} `)) return { unit: s.slice(0, known.vi.length), place: s.slice(known.vi.length + 1).trim(), unitFirst: true, known };
    if (l.endsWith(` ${known.en}`)) return { unit: s.slice(s.length - known.en.length), place: s.slice(0, s.length - known.en.length - 1).trim(), unitFirst: false, known };
  }
  return null;
}

/** "Hội đồng nhân dân huyện Đầm Hà", "HĐND xã Lương Sơn" → "huyện Đầm Hà", "xã Lương Sơn": the area a council is named by. */
export function councilArea(name: string): string {
  return name.normalize('NFC').replace(/^\s*(Hội đồng nhân dân|HĐND)\s*/iu, '').trim();
}

/**
 * The place a council's documents write before their date ("Đầm Hà, ngày … tháng … năm …"), from
 * its name, as Nghị định 30/2020 (Phụ lục I) has it: the proper name of the unit the council sits
 * in ("huyện Đầm Hà" → "Đầm Hà", "xã Lương Sơn" → "Lương Sơn"), or its full name where the name is
 * a number ("Phường 12", "Quận 1"). Empty for a council of no level ("other") or an area with no
 * unit this knows: nothing is guessed. The place typed in the minutes' setup comes first.
 */
export function placeOfCouncil(name: string, level: string): string {
  const area = level === 'other' ? null : splitArea(councilArea(name));
  if (!area || !area.place) return '';
  if (!/^\d/.test(area.place)) return area.place;
  const unit = area.known.vi;
  return `${unit.charAt(0).toLocaleUpperCase('vi')}${unit.slice(1)} ${area.place}`;
}

/** The council's own place as a list ("Quảng Trị"; none when its name says none): the proper name an import keeps with its capitals (common/capitals.ts). */
export const councilPlaces = (council: { name: string; level: string } | null | undefined): string[] => {
  const place = council ? placeOfCouncil(council.name, council.level) : '';
  return place ? [place] : [];
};
