/**
 * GET /backup/<name>?lang=vi|en: a listed backup as a download, for "Save a copy…" in browser
 * mode. Served on the loopback listener only (server.ts, after its Host and Sec-Fetch-Site
 * checks), never on the LAN listener: a backup is the whole database. The name must be one the
 * keeper lists; no path is read from the request. The desktop app saves a copy through its save
 * dialog instead (main.ts, copy.ts).
 */
import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LANGS, type Lang } from '../../../common/strings';
import { EngineError } from '../../engine/errors';
import type { BackupCopy } from './copy';

export const BACKUP_PREFIX = '/backup/';

/** The backup a console may fetch by name (Keeper.copyOf), or null when no listed backup has that name. */
export type CopyOf = (name: string, lang: Lang) => BackupCopy | null;

/** A download's headers: an ASCII file name (copy.ts makes it so), never cached, never sniffed. */
export function copyHeaders(copy: BackupCopy, size: number): Record<string, string> {
  return {
    'Content-Type': 'application/vnd.sqlite3',
    'Content-Length': String(size),
    'Content-Disposition': `attachment; filename="${copy.fileName}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  };
}

export function serveBackupCopy(copyOf: CopyOf, req: IncomingMessage, res: ServerResponse): void {
  const text = { 'Content-Type': 'text/plain; charset=utf-8' };
  if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405, { ...text, Allow: 'GET, HEAD' }).end();
  const url = new URL(req.url ?? '/', 'http://localhost');
  const asked = url.searchParams.get('lang');
  const lang: Lang = LANGS.includes(asked as Lang) ? (asked as Lang) : 'vi';
  let name: string;
  try {
    name = decodeURIComponent(url.pathname.slice(BACKUP_PREFIX.length));
  } catch {
    name = url.pathname.slice(BACKUP_PREFIX.length);
  }
  const copy = copyOf(name, lang);
  if (!copy) return void res.writeHead(404, text).end(new EngineError('backup-missing', { name }).messageIn(lang));
  // Opened before the headers go: a backup pruned meanwhile is still read whole from its handle.
  let fd: number;
  try {
    fd = fs.openSync(copy.file, 'r');
  } catch {
    return void res.writeHead(404, text).end(new EngineError('backup-missing', { name }).messageIn(lang));
  }
  res.writeHead(200, copyHeaders(copy, fs.fstatSync(fd).size));
  if (req.method === 'HEAD') {
    fs.closeSync(fd);
    return void res.end();
  }
  fs.createReadStream('', { fd }).pipe(res);
}
