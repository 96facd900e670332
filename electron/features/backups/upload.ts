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

export const BACKUP_UPLOAD_PATH = '/backup-upload';
export const BACKUP_UPLOAD_MAX_BYTES = BACKUP_UPLOAD_MAX_MB * 1024 * 1024;

/** Restores the checked temporary file (Keeper.restoreFile): `label` is what the sentences call it. */
export type RestoreUpload = (file: string, label: string, lang: Lang, actor: string) => Reply;

/** The file's name as the chair chose it, for the sentences only: no folders, no control characters, 120 characters at most. */
export function uploadLabel(raw: string | null): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 120);
  return clean || 'gavel.sqlite';
}

function answer(res: ServerResponse, status: number, reply: Reply): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }).end(JSON.stringify(reply));
}

const refused = (code: 'upload-too-large' | 'upload-cut-off', params: Record<string, string | number>, lang: Lang): Reply => ({ ok: false, error: new EngineError(code, params).toReply(lang) });

/** What an upload is answered: an HTTP status and the console's Reply (a refusal in words). */
export interface UploadAnswer {
  status: number;
  reply: Reply | null;
}

/**
 * The checks and the restore, the same for browser mode (an http request) and the desktop app
 * (its app:// handler): `headers` read as lower-case names, `body` the file's bytes as they come.
 */
export async function takeBackupUpload(
  restore: RestoreUpload,
  request: { method: string; url: string; headers: (name: string) => string | null; body: AsyncIterable<Uint8Array> | null; ownOrigin: (origin: string | null) => boolean },
  actor: string,
  maxBytes = BACKUP_UPLOAD_MAX_BYTES,
): Promise<UploadAnswer> {
  if (request.method !== 'POST') return { status: 405, reply: null };
  // Another page on the laptop (or a site rebinding its name) is no console: it has another Origin.
  if (!request.ownOrigin(request.headers('origin'))) return { status: 403, reply: null };
  if ((request.headers('content-type') ?? '').split(';')[0].trim().toLowerCase() !== 'application/octet-stream') return { status: 415, reply: null };
  const url = new URL(request.url, 'http://localhost');
  const asked = url.searchParams.get('lang');
  const lang: Lang = LANGS.includes(asked as Lang) ? (asked as Lang) : 'vi';
  const label = uploadLabel(url.searchParams.get('name'));
  const tooLarge = { status: 413, reply: refused('upload-too-large', { maxMb: Math.round(maxBytes / 1024 / 1024) }, lang) };
  const declared = Number(request.headers('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
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
    if (Number.isFinite(declared) && received !== declared) return { status: 400, reply: refused('upload-cut-off', {}, lang) };
    return { status: 200, reply: restore(file, label, lang, actor) };
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
