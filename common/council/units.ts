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
