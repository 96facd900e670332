/**
 * The desktop app's "Restore from a file…" route: the Backups panel's POST to
 * app://gavel/backup-upload, answered by the app:// protocol handler (main.ts) with the same
 * decisions as browser mode's route (upload.ts uploadDecision, takeBackupUpload). Written
 * against the web's Request and Response, which Electron's protocol.handle gives and takes, and
 * without importing Electron, so its tests run here: only the page of our own origin
 * (Origin exactly app://gavel) is answered, and only at our own host.
 */
import { BACKUP_UPLOAD_MAX_BYTES, BACKUP_UPLOAD_PATH, takeBackupUpload, type RestoreUpload, type UploadAnswer } from '../features/backups/upload';
import { APP_ORIGIN, isTrustedUrl } from './security';

/** Whether an app:// request is the upload: our own host (app://gavel), its path exactly. */
export function isBackupUpload(raw: string): boolean {
  return isTrustedUrl(raw) && new URL(raw).pathname === BACKUP_UPLOAD_PATH;
}

/**
 * Whether an upload's Origin is the console's page: exactly `app://gavel`, as Chromium sends it
 * for a page of a standard scheme. Absent, "null" (a sandboxed frame, a data: URL), another host
 * of the scheme, another scheme, a path or a user name: refused.
 */
export function isAppOrigin(origin: string | null): boolean {
  return origin === APP_ORIGIN;
}

/** The upload's answer as the protocol handler returns it: the reply as JSON, or an empty refusal. */
export function uploadResponse({ status, reply }: UploadAnswer): Response {
  const headers = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
  if (!reply) return new Response(status === 403 ? 'Forbidden' : null, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', ...(status === 405 ? { Allow: 'POST' } : {}) } });
  return new Response(JSON.stringify(reply), { status, headers: { ...headers, 'Content-Type': 'application/json; charset=utf-8' } });
}

/** Answers the upload (`request`: the protocol handler's; `restore`: Keeper.restoreFile), as the desktop app's actor. */
export async function takeAppUpload(restore: RestoreUpload, request: Request, maxBytes = BACKUP_UPLOAD_MAX_BYTES): Promise<Response> {
  const answer = await takeBackupUpload(
    restore,
    {
      method: request.method,
      url: request.url,
      headers: (name) => request.headers.get(name),
      ownOrigin: isAppOrigin,
      // Read only once the checks pass (takeBackupUpload): a refused body is never read.
      body: request.body as AsyncIterable<Uint8Array> | null,
    },
    'desktop',
    maxBytes,
  );
  return uploadResponse(answer);
}
