/**
 * Kinds of the 2025 model rules: regular (thường lệ), thematic (chuyên đề) and urgent (giải
 * quyết công việc phát sinh đột xuất); extraordinary (bất thường) stays for older sessions.
 */
export const SESSION_KINDS = ['regular', 'thematic', 'urgent', 'extraordinary'] as const;

export type SessionKind = (typeof SESSION_KINDS)[number];

export interface Session {
  id: number;
  number: number;
  term: number;
  kind: SessionKind;
  title: string;
  startDate: string;
  endDate: string;
  /** The language of the hall screen, chosen by the chair for the session. */
  hallLang: 'vi' | 'en';
}

export type CouncilLevel = 'province' | 'commune' | 'district' | 'other';

export interface Council {
  name: string;
  level: CouncilLevel;
  term: number;
  totalSeats: number;
  /** First year of the term (nhiệm kỳ 2026–2031 → 2026); null when not given. */
  termStartYear: number | null;
}
