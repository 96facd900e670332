/**
 * POST /backup-upload?lang=vi|en&name=<the file's name, only said>: a copy saved away earlier
 * (on a USB stick), chosen in the Backups panel, restored as `npm run backup -- restore FILE`
 * would (Keeper.restoreFile). The body is the file itself. Hostile input: served on the chair's
 * loopback listener only (server.ts, after its Host and Sec-Fetch-Site checks; the LAN listener
 * has no such route, so neither a display nor a paired console reaches it), and only to a request
 * that says it comes from the console's own page (Origin) with a type no other page can send
 * without asking first (application/octet-stream: a cross-origin fetch needs a preflight this
 * server never grants, a form cannot send it). At most BACKUP_UPLOAD_MAX_MB, refused from its
 * Content-Length before reading, else when the count passes it; written to a temporary file of
 * its own (no name from the client is used as a path), checked there before anything is
 * replaced, and removed whatever happens.
 */
import fs from 'node:fs';
import { z } from 'zod';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LANGS, type Lang } from '../../../common/strings';
import { BACKUP_UPLOAD_MAX_MB } from '../../../common/limits';
import { EngineError } from '../../engine/errors';
import type { Reply } from '../../engine/protocol';
import { sameOrigin } from '../../server/guards';
import type { BringIn } from './store';

export const BACKUP_UPLOAD_PATH = '/backup-upload';
export const BACKUP_UPLOAD_MAX_BYTES = BACKUP_UPLOAD_MAX_MB * 1024 * 1024;

/**
 * Restores the checked temporary file (Keeper.restoreFile): `label` is what the sentences call it;
 * `o.withoutWal`, a copy taken while Gavel had it open restored without its -wal (store.ts BringIn).
 */
export type RestoreUpload = (file: string, label: string, lang: Lang, actor: string, o: BringIn) => Reply;

/**
 * `withoutWal=1`, at most once: the chair's explicit "restore what this file holds anyway" after a
 * `backup-wal-missing` refusal. Absent, the upload is restored as before; any other value is refused.
 */
const withoutWalSchema = z.array(z.literal('1')).max(1);

/** The file's name as the chair chose it, for the sentences only: no folders, no control characters, 120 characters at most. */
export function uploadLabel(raw: string | null): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 120);
  return clean || 'gavel.sqlite';
}

function answer(res: ServerResponse, status: number, reply: Reply): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }).end(JSON.stringify(reply));
}

const refused = (code: 'upload-too-large' | 'upload-cut-off' | 'upload-bad-query', params: Record<string, string | number>, lang: Lang): Reply => ({ ok: false, error: new EngineError(code, params).toReply(lang) });

/** What an upload is answered: an HTTP status and the console's Reply (a refusal in words). */
export interface UploadAnswer {
  status: number;
  reply: Reply | null;
}

/** An upload as both routes see it: browser mode's http request, the desktop app's app:// request. */
export interface UploadRequest {
  method: string;
  url: string;
  /** A header by its lower-case name, null when absent. */
  headers: (name: string) => string | null;
  /** Whether an Origin header (null when absent) is the console's own page: the route's own rule (same host in browser mode, app://gavel in the desktop app). */
  ownOrigin: (origin: string | null) => boolean;
}

/**
 * What an upload is answered before a byte of its body is read, the same for both routes:
 * refused (`refuse`: the status, and the sentence when there is one) or taken (`take`: the
 * language of its sentences, the name it is called by, the length it declares if any, the
 * limit its body is counted against). Refused: another method (405), a page that is not the
 * console's own (403: Origin absent, "null", another site, another scheme or host), a type
 * another page could send without asking (415), a declared length that is not a plain number
 * (400) or passes the limit (413). The name from the client is only said, never a path: the
 * body goes to a temporary folder of its own (takeBackupUpload).
 */
export function uploadDecision(request: UploadRequest, maxBytes = BACKUP_UPLOAD_MAX_BYTES): { refuse: UploadAnswer } | { take: { lang: Lang; label: string; declared: number | null; maxBytes: number; withoutWal: boolean } } {
  if (request.method !== 'POST') return { refuse: { status: 405, reply: null } };
  // Another page on the laptop (or a site rebinding its name) is no console: it has another Origin.
  if (!request.ownOrigin(request.headers('origin'))) return { refuse: { status: 403, reply: null } };
  if ((request.headers('content-type') ?? '').split(';')[0].trim().toLowerCase() !== 'application/octet-stream') return { refuse: { status: 415, reply: null } };
  const url = new URL(request.url, 'http://localhost');
  const asked = url.searchParams.get('lang');
  const lang: Lang = LANGS.includes(asked as Lang) ? (asked as Lang) : 'vi';
  const flag = withoutWalSchema.safeParse(url.searchParams.getAll('withoutWal'));
  if (!flag.success) return { refuse: { status: 400, reply: refused('upload-bad-query', { value: url.searchParams.getAll('withoutWal').join(', ').slice(0, 40) }, lang) } };
  const length = request.headers('content-length');
  // Digits only: "0x10", "1e3", " 5", "-1" are no length a browser sends.
  if (length !== null && !/^\d{1,16}$/.test(length)) return { refuse: { status: 400, reply: refused('upload-cut-off', {}, lang) } };
  const declared = length === null ? null : Number(length);
  if (declared !== null && declared > maxBytes) return { refuse: { status: 413, reply: tooLargeReply(maxBytes, lang) } };
  return { take: { lang, label: uploadLabel(url.searchParams.get('name')), declared, maxBytes, withoutWal: flag.data.length === 1 } };
}

const tooLargeReply = (maxBytes: number, lang: Lang): Reply => refused('upload-too-large', { maxMb: Math.round(maxBytes / 1024 / 1024) }, lang);

/**
 * The checks (uploadDecision) and the restore, the same for browser mode (an http request) and
 * the desktop app (its app:// handler, app-upload.ts): `body` the file's bytes as they come,
 * counted against the limit as they come, written to a temporary folder of its own (removed
 * whatever happens), and restored from there once whole.
 */
export async function takeBackupUpload(restore: RestoreUpload, request: UploadRequest & { body: AsyncIterable<Uint8Array> | null }, actor: string, maxBytes = BACKUP_UPLOAD_MAX_BYTES): Promise<UploadAnswer> {
  const decision = uploadDecision(request, maxBytes);
  if ('refuse' in decision) return decision.refuse;
  const { lang, label, declared, withoutWal } = decision.take;
  const tooLarge = { status: 413, reply: tooLargeReply(maxBytes, lang) };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gavel-upload-'));
  const file = path.join(dir, 'upload.sqlite');
  try {
    let received = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _enc, done) {
        received += chunk.length;
        done(received > maxBytes ? Object.assign(new Error('too large'), { code: 'TOO_LARGE' }) : null, chunk);
      },
    });
    try {
      await pipeline(Readable.from(request.body ?? []), counter, fs.createWriteStream(file, { mode: 0o600, flags: 'wx' }));
    } catch (e) {
      if ((e as { code?: string }).code === 'TOO_LARGE') return tooLarge;
      return { status: 400, reply: refused('upload-cut-off', {}, lang) };
    }
    if (declared !== null && received !== declared) return { status: 400, reply: refused('upload-cut-off', {}, lang) };
    return { status: 200, reply: restore(file, label, lang, actor, { withoutWal }) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Browser mode's route (server.ts): the answer as JSON; a refusal before the body is read closes the connection. */
export async function receiveBackupUpload(restore: RestoreUpload, req: IncomingMessage, res: ServerResponse, actor: string, maxBytes = BACKUP_UPLOAD_MAX_BYTES): Promise<void> {
  const header = (name: string) => {
    const v = req.headers[name];
    return typeof v === 'string' ? v : null;
  };
  const { status, reply } = await takeBackupUpload(restore, { method: req.method ?? 'GET', url: req.url ?? '/', headers: header, body: req, ownOrigin: (origin) => sameOrigin(origin ?? undefined, req.headers.host) }, actor, maxBytes);
  if (status !== 200 && !req.readableEnded) res.setHeader('Connection', 'close');
  if (!reply) return void res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...(status === 405 ? { Allow: 'POST' } : {}) }).end(status === 403 ? 'Forbidden' : '');
  answer(res, status, reply);
}
