/**
 * The review over HTTP for the console: GET /report/<export>?session=<id>&lang=vi|en&compare=<id,id>.
 * Browser mode serves it on the loopback listener only (never to LAN displays) and Electron
 * through its app:// handler, so the view fetches the same path in both.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '../../store/db';
import { LANGS, type Lang } from '../../../common/strings';
import { exportReview, REVIEW_EXPORTS, sessionIdOr, type ExportFile, type ReviewExport } from './export';

export const REPORT_PREFIX = '/report/';

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
  const kind = url.pathname.slice(REPORT_PREFIX.length) as ReviewExport;
  if (!REVIEW_EXPORTS.includes(kind)) return plain(404, 'Not found');
  const lang: Lang = LANGS.includes(url.searchParams.get('lang') as Lang) ? (url.searchParams.get('lang') as Lang) : 'vi';
  const given = url.searchParams.get('session');
  const sessionId = sessionIdOr(db, given === null ? null : Number(given));
  if (sessionId === null || !Number.isInteger(sessionId)) return plain(404, lang === 'vi' ? 'Chưa chọn kỳ họp.' : 'No session chosen.');
  let file: ExportFile | null;
  try {
    file = await exportReview(db, kind, { sessionId, lang, now, compareIds: ids(url.searchParams.get('compare')) });
  } catch (e) {
    console.error('gavel: review export failed', e);
    return plain(500, lang === 'vi' ? 'Không xuất được báo cáo.' : 'The export failed.');
  }
  if (!file) return plain(404, lang === 'vi' ? `Không có kỳ họp ${sessionId}.` : `No session ${sessionId}.`);
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
