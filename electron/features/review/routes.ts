/**
 * Every generated document the console downloads, over HTTP: the review's files
 * (GET /report/<export>?session=<id>&lang=vi|en&compare=<id,id>) and the record's DOCX
 * (GET /report/minutes|ballots|notice|personnel|ballot-papers?session=<id>&lang=vi|en&sitting=<id>&personnel=<id>).
 * Browser mode serves it on the loopback listener, and on the LAN listener to paired consoles
 * only (never to LAN displays); Electron through its app:// handler, so the views fetch the same
 * path in all of them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../store/db';
import { LANGS, type Lang } from '../../../common/strings';
import { exportReview, REVIEW_EXPORTS, sessionIdOr, type ExportFile, type ReviewExport } from './export';
import { REPORT_KINDS, type ReportKind } from '../../documents/index';
import { answerReport } from '../../documents/serve';
import { EngineError, localized, notFound, type ReplyError } from '../../engine/errors';
import { REFUSAL_HEADER, refusalHeader } from '../../../common/reportRefusal';
import { reportQuery } from '../../server/strings';

export const REPORT_PREFIX = '/report/';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface RouteReply {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

const plain = (status: number, text: string): RouteReply => ({ status, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: text });
/** A refusal: its sentence in `lang` as the body, and in every language in a header (common/reportRefusal.ts). */
const refused = (status: number, error: EngineError | ReplyError, lang: Lang): RouteReply => {
  const reply = error instanceof EngineError ? error.toReply(lang) : error;
  const said = plain(status, reply.message);
  return reply.text ? { ...said, headers: { ...said.headers, [REFUSAL_HEADER]: refusalHeader(reply.text) } } : said;
};

/** A whole number from 1, written as digits only ("12", never "1.5", "-1", "1e3" or ""). */
const ID = /^[1-9]\d{0,15}$/;

type Query = { lang: Lang; session: number | null; sitting: number | null; personnel: number | null; compare: number[] | undefined };

/**
 * The query as the route reads it, or the parameter it cannot read: a bad value is a bad request
 * (400) with a sentence saying what was expected, never a guess (the current session, Vietnamese)
 * nor "not found".
 */
function readQuery(q: URLSearchParams): Query | { bad: keyof typeof reportQuery.en; value: string; lang: Lang } {
  // The language is read first: a bad request is told in it when that much is readable.
  const asked = q.get('lang');
  const lang: Lang = LANGS.includes(asked as Lang) ? (asked as Lang) : 'vi';
  if (asked !== null && asked !== lang) return { bad: 'lang', value: asked, lang };
  for (const name of ['session', 'sitting', 'personnel'] as const) {
    const v = q.get(name);
    if (v !== null && !ID.test(v)) return { bad: name, value: v, lang };
  }
  // The console sends "compare=" for no earlier session.
  const compare = q.get('compare');
  const listed = compare === null ? undefined : compare.split(',').filter(Boolean);
  if (listed?.some((v) => !ID.test(v))) return { bad: 'compare', value: compare!, lang };
  const id = (name: string) => (q.get(name) === null ? null : Number(q.get(name)));
  return { lang, session: id('session'), sitting: id('sitting'), personnel: id('personnel'), compare: listed?.map(Number) };
}

/** Answers a /report/ URL, or null when the path is not one (the caller serves files). */
export async function reportRoute(db: Db, now: number, url: URL): Promise<RouteReply | null> {
  if (!url.pathname.startsWith(REPORT_PREFIX)) return null;
  const kind = url.pathname.slice(REPORT_PREFIX.length);
  const isDoc = REPORT_KINDS.includes(kind as ReportKind);
  if (!isDoc && !REVIEW_EXPORTS.includes(kind as ReviewExport)) return plain(404, 'Not found');
  const query = readQuery(url.searchParams);
  if ('bad' in query) {
    const error = localized('report-bad-query', (l) => ({ value: query.value, expected: reportQuery[l][query.bad] }));
    return refused(400, error, query.lang);
  }
  const { lang } = query;
  const sessionId = sessionIdOr(db, query.session);
  if (sessionId === null) return refused(404, new EngineError('no-session'), lang);
  let file: ExportFile | null;
  try {
    if (isDoc) {
      // The record's documents: the same checks and sentences as the preview (reports/serve.ts).
      const request = {
        doc: kind,
        sessionId,
        lang,
        ...(query.sitting === null ? {} : { sittingId: query.sitting }),
        ...(query.personnel === null ? {} : { personnelId: query.personnel }),
      };
      const reply = await answerReport(db, request, 'docx', lang);
      if (!reply.ok) return refused(reply.error.code === 'not-found' ? 404 : 400, reply.error, lang);
      if (!('file' in reply)) return plain(500, 'No file');
      file = { fileName: reply.file.fileName, type: DOCX, body: Buffer.from(reply.file.bytes) };
    } else {
      file = await exportReview(db, kind as ReviewExport, { sessionId, lang, now, compareIds: query.compare });
    }
  } catch (e) {
    console.error('gavel: report export failed', e);
    return refused(500, new EngineError('export-failed'), lang);
  }
  if (!file) return refused(404, notFound('session', sessionId), lang);
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

/** Browser mode's handler on the loopback listener: from the console's own host only (sendReport). */
export function serveReport(db: Db, now: number, listenHost: string, req: IncomingMessage, res: ServerResponse): void {
  const hostName = (req.headers.host ?? '').replace(/:\d+$/, '');
  if (req.method === 'GET' && !(isLoopbackHost(req.headers.host) || hostName === listenHost)) {
    res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end();
    return;
  }
  sendReport(db, now, req, res);
}

/**
 * Answers a request of a document or an export from the engine's database: GET only (405 to
 * anything else), 404 for an unknown path. Whom it may be sent to is the listener's to check.
 */
export function sendReport(db: Db, now: number, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET') {
    res.writeHead(405, { 'Content-Type': 'text/plain; charset=utf-8' }).end();
    return;
  }
  void reportRoute(db, now, new URL(req.url ?? '/', 'http://localhost')).then((reply) => {
    const r = reply ?? plain(404, 'Not found');
    res.writeHead(r.status, r.headers).end(r.body);
  });
}
