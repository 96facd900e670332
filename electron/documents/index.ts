/**
 * The session's documents, by name: what the CLI, the browser-mode server and the desktop app
 * all call. Every function here only reads the database.
 */
import { z } from 'zod';
import type { Db } from '../store/db';
import { ballotsModel, noticeModel } from '../features/record/ballots';
import { minutesModel } from '../features/record/minutes';
import { personnelRecordModel } from '../features/personnel/report';
import { ballotPapersModel } from '../features/personnel/ballot-paper';
import type { DocModel } from './blocks';

export const REPORT_KINDS = ['minutes', 'ballots', 'notice', 'personnel', 'ballot-papers'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export const reportRequestSchema = z.strictObject({
  doc: z.enum(REPORT_KINDS),
  sessionId: z.int().positive(),
  lang: z.enum(['vi', 'en']).default('vi'),
  /** Minutes of one sitting only. */
  sittingId: z.int().positive().optional(),
  /** Ballot papers of one personnel vote only. */
  personnelId: z.int().positive().optional(),
});
export type ReportRequest = z.input<typeof reportRequestSchema>;

/**
 * The document as blocks (the Minutes view's preview), as of `now`; null when the session does
 * not exist.
 */
export function reportModel(db: Db, request: ReportRequest, now = Date.now()): DocModel | null {
  const r = reportRequestSchema.parse(request);
  if (r.doc === 'minutes') return minutesModel(db, r.sessionId, { lang: r.lang, sittingId: r.sittingId, now });
  if (r.doc === 'ballots') return ballotsModel(db, r.sessionId, r.lang);
  if (r.doc === 'personnel') return personnelRecordModel(db, r.sessionId, r.lang);
  if (r.doc === 'ballot-papers') return ballotPapersModel(db, r.sessionId, r.personnelId, r.lang);
  return noticeModel(db, r.sessionId, r.lang);
}

/** The DOCX file; null when the session does not exist. */
export async function reportFile(db: Db, request: ReportRequest, now = Date.now()): Promise<{ fileName: string; bytes: Buffer } | null> {
  const model = reportModel(db, request, now);
  if (!model) return null;
  // The DOCX library is loaded when a file is first written, not on every start.
  const { renderDocx } = await import('./docx');
  return { fileName: model.fileName, bytes: await renderDocx(model) };
}

export type { DocModel, Block, Missing } from './blocks';
