/**
 * The review's files, built the same way for the console (the view downloads them over
 * /report/…) and for the command line (`npm run export`): the workbook, the two CSVs, and
 * the figures as JSON for the view.
 */
import type { Db } from '../../store/db';
import { getCurrentSessionId, listSessions } from '../council/sessions';
import type { Session } from '../../../common/council/model';
import type { Lang } from '../../../common/strings';
import { computeReview, type Review } from '../../../common/review/figures';
import { sessionsBefore } from '../../../common/review/compare';
import { readReviewInput } from './input';
import { reviewTables, type Table } from '../../../common/review/tables';

export const REVIEW_EXPORTS = ['review-json', 'review-docx', 'review-xlsx', 'attendance', 'speaking'] as const;
export type ReviewExport = (typeof REVIEW_EXPORTS)[number];

/** How many earlier sessions the comparison takes by default. */
export const COMPARE_DEFAULT = 3;

export interface ExportFile {
  body: Buffer;
  type: string;
  fileName: string;
}

/** Sessions of the council before `session`, in order (term, then number). */
export function earlierSessions(db: Db, session: Pick<Session, 'term' | 'number'>): Session[] {
  return sessionsBefore(listSessions(db), session);
}

export function reviewOf(db: Db, sessionId: number, now: number): Review | null {
  const input = readReviewInput(db, sessionId, now);
  return input && computeReview(input);
}

export interface ExportRequest {
  sessionId: number;
  lang: Lang;
  now: number;
  /** Sessions to compare with; default: the last COMPARE_DEFAULT before this one. */
  compareIds?: number[];
}

/** The review and the reviews it is compared with (oldest first), or null for an unknown session. */
export function reviewsFor(db: Db, req: Omit<ExportRequest, 'lang'>): { review: Review; others: Review[] } | null {
  const review = reviewOf(db, req.sessionId, req.now);
  if (!review) return null;
  // Each session of this council once, whatever the list says: an address with the same id 2,000
  // times (or 2,800 ids of no session), which a page on this laptop can make the browser request,
  // built a review per entry and held every command for seconds.
  const known = new Set(listSessions(db).map((s) => s.id));
  const ids = new Set(req.compareIds ?? earlierSessions(db, review.session).slice(-COMPARE_DEFAULT).map((s) => s.id));
  const others = [...ids]
    .filter((id) => id !== req.sessionId && known.has(id))
    .map((id) => reviewOf(db, id, req.now))
    .filter((r): r is Review => r !== null)
    .sort((a, b) => a.session.term - b.session.term || a.session.number - b.session.number);
  return { review, others };
}

const stem = (r: Review, lang: Lang) => (lang === 'vi' ? `ky-hop-${r.session.number}-khoa-${r.session.term}` : `session-${r.session.number}-term-${r.session.term}`);

const table = (tables: Table[], id: Table['id']) => tables.find((t) => t.id === id)!;

/** One export of one session, or null when the session does not exist. */
export async function exportReview(db: Db, kind: ReviewExport, req: ExportRequest): Promise<ExportFile | null> {
  const found = reviewsFor(db, req);
  if (!found) return null;
  const { review, others } = found;
  const name = stem(review, req.lang);
  switch (kind) {
    case 'review-json':
      return { body: Buffer.from(JSON.stringify({ review, others })), type: 'application/json; charset=utf-8', fileName: `review-${name}.json` };
    case 'review-docx':
      return {
        // The writers are loaded when first asked for: ECharts and resvg would add most of a second
        // to every start, the DOCX, XLSX and CSV libraries a tenth.
        body: await (await import('./docx')).reviewDocx(db, review, others, req.lang),
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        fileName: `${req.lang === 'vi' ? 'bao-cao-danh-gia' : 'review-report'}-${name}.docx`,
      };
    case 'review-xlsx':
      return {
        body: await (await import('./xlsx')).reviewWorkbook(reviewTables(review, req.lang, others)),
        type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        fileName: `${req.lang === 'vi' ? 'danh-gia' : 'review'}-${name}.xlsx`,
      };
    case 'attendance':
    case 'speaking': {
      const t = table(reviewTables(review, req.lang), kind === 'attendance' ? 'attendance' : 'speakers');
      const prefix = req.lang === 'vi' ? (kind === 'attendance' ? 'diem-danh' : 'phat-bieu') : kind;
      const { tableCsv } = await import('./csv');
      return { body: Buffer.from(tableCsv(t, req.lang)), type: 'text/csv; charset=utf-8', fileName: `${prefix}-${name}.csv` };
    }
  }
}

/** The session a request means: the one given, else the current one. */
export function sessionIdOr(db: Db, given: number | null): number | null {
  return given ?? getCurrentSessionId(db);
}
