import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Engine } from '../engine/engine';
import type { SharingRequest, SharingStatus } from '../engine/protocol';
import { CONSOLE_LIMITS, consoleIdOf, fromAnotherPage, HTTP_SERVER_OPTIONS, hostOf, loopbackHost, refuseUpgrade, requestUrl, sameOrigin } from './guards';
import { createSharing } from './sharing';
import { serveStatic } from './static';
import { REPORT_PREFIX, serveReport } from '../features/review/routes';
import { attachEngine, type AdminHandler, type BackupHealth } from './sockets';
import { BACKUP_PREFIX, serveBackupCopy, type CopyOf } from '../features/backups/routes';
import { BACKUP_UPLOAD_PATH, receiveBackupUpload, type RestoreUpload } from '../features/backups/upload';
import { CLOSE_QUITTING } from '../../common/closeCodes';

export interface GavelServer {
  url: string;
  port: number;
  /** LAN display sharing: off until the chair turns it on (or on again after a restart, if it was on). */
  /** `true`/`false` as before, or a request that also starts or cancels a pairing code. */
  sharing(request?: boolean | SharingRequest): Promise<SharingStatus>;
  /** After a restore: every socket, LAN displays included, follows the new engine. */
  replaceEngine(engine: Engine): void;
  close(): Promise<void>;
}

export interface ServerOptions {
  engine: Engine;
  /** Folder of the built UI (out/renderer). */
  staticDir: string;
  host: string;
  port: number;
  /** Where LAN displays connect when sharing is on: 0.0.0.0 (all interfaces) or one address. */
  lanHost?: string;
  lanPort?: number;
  /** Backups and the Activity journal for the console; without it those requests are refused. */
  admin?: AdminHandler;
  /** Where LAN sharing is remembered, so a restart shares again if it was on (sharing-memory.ts). */
  sharingMemory?: string;
  /**
   * The keeper's backups for the chair's console on this listener: a listed backup as a download
   * (GET /backup/<name>), and whether the last backup failed, pushed to every chair's socket.
   */
  backups?: BackupHealth & { copyOf: CopyOf; restoreUpload?: RestoreUpload };
}

/**
 * Browser mode: serves the built UI and carries the command/state protocol over a
 * WebSocket at /ws, exactly as Electron's IPC does. Listens on loopback; LAN displays get
 * a second, read-only listener only while sharing is on (lan.ts).
 */
export function startServer({ engine, staticDir, host, port, lanHost = '0.0.0.0', lanPort = 0, admin, sharingMemory, backups }: ServerOptions): Promise<GavelServer> {
  const ownPort = () => (httpServer.address() as AddressInfo).port;
  const httpServer = http.createServer(HTTP_SERVER_OPTIONS, (req, res) => {
    const url = requestUrl(req);
    if (!url) return void res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad Request');
    // A foreign name resolving to 127.0.0.1 (DNS rebinding) must not get the console.
    if (!loopbackHost(hostOf(req), ownPort()) || fromAnotherPage(req)) return void res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
    // The review's files (reports/review/routes.ts); on the LAN listener only to paired consoles (operators.ts), never to displays.
    if (url.pathname.startsWith(REPORT_PREFIX)) serveReport(engine.db, engine.clock(), host, req, res);
    // A backup is the whole database: the chair's own listener only (the LAN listener has no such route).
    else if (url.pathname.startsWith(BACKUP_PREFIX) && backups) serveBackupCopy(backups.copyOf, req, res);
    // A copy saved away, chosen in the Backups panel to restore (upload.ts): the chair's own listener only, as the downloads.
    else if (url.pathname === BACKUP_UPLOAD_PATH && backups?.restoreUpload) {
      const restore = backups.restoreUpload;
      receiveBackupUpload(restore, req, res, `browser@${req.socket.remoteAddress ?? 'unknown'}`).catch(() => res.destroy());
    }
    else serveStatic(staticDir, req, res);
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: CONSOLE_LIMITS.maxMessageBytes });

  httpServer.on('upgrade', (req, socket, head) => {
    const url = requestUrl(req);
    if (!url) return refuseUpgrade(socket, 400);
    // Only pages served by this server, under a loopback name, may connect: a foreign web page
    // open in the same browser (or one that rebinds its name to 127.0.0.1) must not drive the console.
    if (url.pathname !== '/ws' || !loopbackHost(hostOf(req), ownPort()) || !sameOrigin(req.headers.origin, req.headers.host)) {
      return refuseUpgrade(socket, 403);
    }
    // A console id that is not one (too long, control characters, sent twice) is hostile input: refused, nothing recorded.
    if (consoleIdOf(url) === undefined) return refuseUpgrade(socket, 400);
    if (sockets.count() >= CONSOLE_LIMITS.maxSockets) return refuseUpgrade(socket, 503);
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  const lan = createSharing({ engine, staticDir, lanHost, lanPort, memoryFile: sharingMemory });
  const sharing = lan.request;
  const sockets = attachEngine(wss, engine, 'console', sharing, CONSOLE_LIMITS, admin, undefined, backups);

  return new Promise((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, async () => {
      const actual = (httpServer.address() as AddressInfo).port;
      await lan.resume();
      resolve({
        url: `http://${host}:${actual}/`,
        port: actual,
        sharing: (request) => sharing(typeof request === 'boolean' ? { enable: request } : request),
        replaceEngine(next) {
          engine = next;
          sockets.swap(next);
          lan.swap(next);
        },
        close: async () => {
          // Quitting is not the chair stopping sharing: a restart shares again.
          await lan.close();
          sockets.unsubscribe();
          // The chair's own browser tab is told too: Gavel stopped, it is no network fault.
          await sockets.closeAll(CLOSE_QUITTING);
          await new Promise<void>((done) => {
            wss.close();
            httpServer.close(() => done());
            httpServer.closeAllConnections();
          });
        },
      });
    });
  });
}
