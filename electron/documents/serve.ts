/**
 * Answers a screen's request for a document: its blocks for the Minutes view's preview, or the
 * DOCX file. The same function serves the browser-mode server (WebSocket, console only) and the
 * desktop app (IPC); it only reads the database.
 */
import type { Db } from '../store/db';
import { EngineError, notFound } from '../engine/errors';
import type { Lang } from '../../common/strings';
import type { ReplyError, ReportWireReply } from '../engine/protocol';
import { validationError } from '../engine/validation';
import { reportFile, reportModel, reportRequestSchema } from './index';
import { getSitting } from '../features/timing/store';
import { ballotPapersRefusal } from '../features/personnel/ballot-paper';
import type { DocModel } from './blocks';

export type ReportFormat = 'preview' | 'docx';

export type ReportReply =
  | { ok: true; model: DocModel }
  | { ok: true; file: { fileName: string; bytes: Uint8Array } }
  | { ok: false; error: ReplyError };

export async function answerReport(db: Db, request: unknown, format: ReportFormat, lang: Lang): Promise<ReportReply> {
  const parsed = reportRequestSchema.safeParse(request);
  const refuse = (e: EngineError): ReportReply => ({ ok: false, error: e.toReply(lang) });
  if (!parsed.success) return refuse(validationError(parsed.error));
  const r = parsed.data;
  // Minutes of a sitting this session does not have would print the whole session's frame with no proceedings.
  if (r.sittingId !== undefined && getSitting(db, r.sittingId)?.sessionId !== r.sessionId) return refuse(notFound('sitting', r.sittingId));
  // Ballot papers of another session's vote, or of a session with none, would be an empty file.
  const noPapers = r.doc === 'ballot-papers' ? ballotPapersRefusal(db, r.sessionId, r.personnelId) : null;
  if (noPapers) return refuse(noPapers);
  if (format === 'preview') {
    const model = reportModel(db, r);
    if (!model) return refuse(notFound('session', r.sessionId));
    // What is missing is told in the console's language, whatever the document's.
    if (r.lang !== lang) model.missing = reportModel(db, { ...r, lang })!.missing;
    return { ok: true, model };
  }
  const file = await reportFile(db, r);
  return file ? { ok: true, file: { fileName: file.fileName, bytes: new Uint8Array(file.bytes) } } : refuse(notFound('session', r.sessionId));
}

/**
 * A document's preview for the Minutes view, as both transports send it (WebSocket and IPC): its
 * blocks, or a refusal. A file never goes this way (it downloads by GET /report/<doc>).
 */
export async function previewReport(db: Db, request: unknown, lang: Lang): Promise<ReportWireReply> {
  const reply = await answerReport(db, request, 'preview', lang);
  return reply.ok && 'file' in reply ? { ok: false, error: new EngineError('internal').toReply(lang) } : reply;
}
