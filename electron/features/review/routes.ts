/**
 * Every generated document the console downloads, over HTTP: the review's files
 * (GET /report/<export>?session=<id>&lang=vi|en&compare=<id,id>) and the record's DOCX
 * (GET /report/minutes|ballots|notice|personnel?session=<id>&lang=vi|en&sitting=<id>).
 * Browser mode serves it on the loopback listener only (never to LAN displays) and Electron
 * through its app:// handler, so the views fetch the same path in both.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../store/db';
import { LANGS, type Lang } from '../../../common/strings';
import { exportReview, REVIEW_EXPORTS, sessionIdOr, type ExportFile, type ReviewExport } from './export';
import { REPORT_KINDS, type ReportKind } from '../../documents/index';
import { answerReport } from '../../documents/serve';
import { EngineError, notFound } from '../../engine/errors';

export const REPORT_PREFIX = '/report/';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface RouteReply {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

const plain = (status: number, text: string): RouteReply => ({ status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text });

const ids = (v: string | null): number[] | undefined =>
  v === null ? undefined : v.split(',').filter(Boolean).map(Number).filter((n) => Number.isInteger(n) && n > 0);

/** Answers a /report/ URL, or null when the path is not one (the caller serves files). */
export async function reportRoute(db: Db, now: number, url: URL): Promise<RouteReply | null> {
  if (!url.pathname.startsWith(REPORT_PREFIX)) return null;
  const kind = url.pathname.slice(REPORT_PREFIX.length);
  const isDoc = REPORT_KINDS.includes(kind as ReportKind);
  if (!isDoc && !REVIEW_EXPORTS.includes(kind as ReviewExport)) return plain(404, 'Not found');
  const lang: Lang = LANGS.includes(url.searchParams.get('lang') as Lang) ? (url.searchParams.get('lang') as Lang) : 'vi';
  const given = url.searchParams.get('session');
  const sessionId = sessionIdOr(db, given === null ? null : Number(given));
  if (sessionId === null || !Number.isInteger(sessionId)) return plain(404, new EngineError('no-session').messageIn(lang));
  let file: ExportFile | null;
  try {
    if (isDoc) {
      // The record's documents: the same checks and sentences as the preview (reports/serve.ts).
      const sitting = url.searchParams.get('sitting');
      const request = { doc: kind, sessionId, lang, ...(sitting === null ? {} : { sittingId: Number(sitting) }) };
      const reply = await answerReport(db, request, 'docx', lang);
      if (!reply.ok) return plain(reply.error.code === 'not-found' ? 404 : 400, reply.error.message);
      if (!('file' in reply)) return plain(500, 'No file');
      file = { fileName: reply.file.fileName, type: DOCX, body: Buffer.from(reply.file.bytes) };
    } else {
      file = await exportReview(db, kind as ReviewExport, { sessionId, lang, now, compareIds: ids(url.searchParams.get('compare')) });
    }
  } catch (e) {
    console.error('gavel: report export failed', e);
    return plain(500, new EngineError('export-failed').messageIn(lang));
  }
  if (!file) return plain(404, notFound('session', sessionId).messageIn(lang));
  return {
    status: 200,
    headers: {
      'Content-Type': file.type,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      // RFC 5987: the Vietnamese file name survives in every browser.
      'Content-Disposition': `attachment; filename="${file.fileName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    },
    body: file.body,
  };
}

/** Loopback names only: a page on another site that rebinds its DNS to 127.0.0.1 gets nothing. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const name = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === '127.0.0.1' || name === 'localhost' || name === '::1';
}

/** Browser mode's handler: GET only, from the console's own host, answered from the engine's database. */
export function serveReport(db: Db, now: number, listenHost: string, req: IncomingMessage, res: ServerResponse): void {
  const hostName = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (req.method !== 'GET' || !(isLoopbackHost(req.headers.host) || hostName === listenHost)) {
    res.writeHead(req.method !== 'GET' ? 405 : 403, { 'Content-Type': 'text/plain; charset=utf-8' }).end();
    return;
  }
  void reportRoute(db, now, new URL(req.url ?? '/', 'http://localhost')).then((reply) => {
    const r = reply ?? plain(404, 'Not found');
    res.writeHead(r.status, r.headers).end(r.body);
  });
}
