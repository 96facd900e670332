/**
 * The Electron shell: windows, menu, security and IPC around the same engine that browser
 * mode runs. Everything decidable without Electron lives in security.ts, paths.ts, menu.ts and the
 * other pure modules beside this one.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session, shell, type IpcMainInvokeEvent } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Engine } from '../engine/engine';
import { LANGS, type Lang, langOfLocale } from '../../common/strings';
import { windowConsoleId } from '../../common/consoleId';
import { adminReply, Keeper, OpenRefused } from '../features/backups/keeper';
import { restoreBackup } from '../features/backups/restore';
import type { HeldTimers } from '../features/backups/store';
import { reportRoute } from '../features/review/routes';
import { createSharing, parseSharingRequest, type Sharing } from '../server/sharing';
import { sharingMemoryPath } from '../server/sharing-memory';
import { databasePath, nativeBindingPath } from './paths';
import { saveCopyAs, saveDialogOptions } from './backup-copy';
import { isBackupUpload, takeAppUpload } from './app-upload';
import { previewReport } from '../documents/serve';
import { closeConsoleQuestion, closes, consoleClose } from './close-guard';
import { reloadAfterGone, restoreQuestion, RESTORE_BUTTON } from './recovery';
import { menuTemplate } from './menu';
import { writeFileDurably } from '../store/durable-file';
import {
  afterDisplaysChanged,
  isHallPageLink,
  moveToNextDisplay,
  placeHall,
  readHallDisplayId,
  rememberedStateText,
  windowedHallBounds,
  type HallAction,
} from './hall-window';
import {
  allowNavigation,
  allowPermission,
  appRequest,
  APP_SCHEME,
  isExternalLink,
  isTrustedUrl,
  pageUrl,
  webPreferences,
  type WindowKind,
} from './security';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let keeper: Keeper | null = null;
  let sharing: Sharing | null = null;
  const windows = new Map<WindowKind, BrowserWindow>();
  // The language the console last spoke in (each request carries it), for the shell's own
  // dialogs; before its first request, the system's (read once the app is ready, as Windows needs).
  let consoleLang: Lang | null = null;
  const shellLang = (): Lang => consoleLang ?? langOfLocale(app.getLocale());
  // The language the menu bar is in, once it is set: it follows the console's.
  let menuLang: Lang | null = null;
  const langOf = (lang: unknown): Lang => {
    if (!LANGS.includes(lang as Lang)) return shellLang();
    consoleLang = lang as Lang;
    if (consoleLang !== menuLang && app.isReady()) setMenu();
    return consoleLang;
  };
  // Set once the chair agreed to quit (or nothing needed asking): the windows then close unasked.
  let quitConfirmed = false;

  // Gavel started again (from the Start menu, say): bring the console forward, or open it again
  // if it was closed while the hall window stayed on the projector (the app was still running).
  app.on('second-instance', () => {
    if (app.isReady() && keeper) openWindow('console');
  });

  app.whenReady().then(() => {
    const file = databasePath(app.getPath('userData'));
    const nativeBinding = nativeBindingPath({ packaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() });
    try {
      keeper = openOrOfferRestore(file, nativeBinding);
    } catch (e) {
      dialog.showErrorBox('Gavel', e instanceof OpenRefused ? e.reason(shellLang()) : String(e));
      app.exit(3);
      return;
    }
    if (!keeper) {
      app.exit(3);
      return;
    }
    const kept = keeper;
    // The same last line as browser mode (server/cli.ts): go on only if the state is provably whole.
    process.on('uncaughtException', (err) => {
      const intact = kept.stateIntact();
      console.error(`gavel: unexpected error${intact ? ' (state intact, still running)' : '; quitting so a restart reloads the committed state'}:`, err);
      if (!intact) app.exit(70);
    });
    let live = kept.engine;
    const forward = (e: Engine) =>
      e.subscribe((update) => {
        for (const win of windows.values()) if (!win.isDestroyed()) win.webContents.send('gavel:state', update);
      });
    let unforward = forward(live);
    // A restore reopens the engine: follow it, and reload every window so each takes its state whole.
    kept.onSwap = (next) => {
      unforward();
      live = next;
      sharing?.swap(next);
      unforward = forward(next);
      setImmediate(() => {
        for (const win of windows.values()) if (!win.isDestroyed()) win.webContents.reload();
      });
    };
    protocol.handle(APP_SCHEME, async (request) => {
      // A copy saved away, chosen in the Backups panel to restore: browser mode's checks (app-upload.ts, upload.ts).
      if (isBackupUpload(request.url)) return takeAppUpload((file, label, l, actor, o) => kept.restoreFile(file, label, l, actor, o), request);
      const asked = appRequest(request.url, rendererDir);
      // The review's files, fetched by the console page like any other path of the app.
      if (asked.kind === 'report') {
        const reply = (await reportRoute(live.db, live.clock(), asked.url))!;
        return new Response(new Uint8Array(Buffer.from(reply.body)), { status: reply.status, headers: reply.headers });
      }
      // A folder (app://gavel/assets) is not a file either.
      if (asked.kind === 'not-found' || !fs.statSync(asked.file, { throwIfNoEntry: false })?.isFile()) return new Response('Not found', { status: 404 });
      return net.fetch(pathToFileURL(asked.file).toString());
    });

    const fromOurPage = (event: IpcMainInvokeEvent) => isTrustedUrl(event.senderFrame?.url);
    ipcMain.handle('gavel:command', (event, command: unknown, lang: unknown) => {
      if (!fromOurPage(event)) throw new Error('refused: not a Gavel page');
      // Each window its own console (common/consoleId.ts): a second console window is another sender to the stale-view check.
      return live.dispatch(command, { actor: 'desktop', lang: langOf(lang), consoleId: windowConsoleId(event.sender.id) });
    });
    ipcMain.handle('gavel:snapshot', (event) => {
      if (!fromOurPage(event)) throw new Error('refused: not a Gavel page');
      return live.snapshot();
    });
    // LAN sharing (displays and second consoles) runs the same server module as browser
    // mode, here in the main process: off until the chair turns it on, and on again at
    // start if it was on when Gavel stopped.
    const lan = (sharing = createSharing({ engine: live, staticDir: rendererDir, lanHost: '0.0.0.0', lanPort: 0, memoryFile: sharingMemoryPath(app.getPath('userData')) }));
    void lan.resume();
    ipcMain.handle('gavel:sharing', (event, request: unknown) => {
      if (!fromOurPage(event)) throw new Error('refused: not a Gavel page');
      return lan.request(parseSharingRequest(request));
    });
    ipcMain.handle('gavel:clock', (event) => {
      if (!fromOurPage(event)) throw new Error('refused: not a Gavel page');
      return live.clock();
    });
    // The record's documents: a preview for the Minutes view here; the DOCX downloads by
    // GET /report/<doc> through the app:// handler above, like the review's files.
    ipcMain.handle('gavel:reportPreview', (event, request: unknown, lang: unknown) => {
      if (!fromOurPage(event)) throw new Error('refused: not a Gavel page');
      return previewReport(live.db, request, langOf(lang));
    });
    ipcMain.handle('gavel:admin', (event, request: unknown, lang: unknown) => {
      if (!fromOurPage(event)) throw new Error('refused: not a Gavel page');
      return adminReply(kept, request, langOf(lang), 'desktop');
    });
    // "Save a copy…": a listed backup, by name, written where the chair chooses (backup-copy.ts decides).
    ipcMain.handle('gavel:saveBackupCopy', (event, name: unknown, lang: unknown) => {
      if (!fromOurPage(event)) throw new Error('refused: not a Gavel page');
      const l = langOf(lang);
      const win = BrowserWindow.fromWebContents(event.sender);
      const choose = async (fileName: string) => {
        const options = saveDialogOptions(fileName, l, app.getPath('documents'));
        const chosen = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
        return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
      };
      return saveCopyAs(typeof name === 'string' ? name : '', l, { copyOf: (n, lg) => kept.copyOf(n, lg), dbFile: kept.file, choose, nativeBinding });
    });
    // A backup failing (or written again after a failure) reaches every window's warning at once.
    kept.onHealth((failed) => {
      for (const win of windows.values()) if (!win.isDestroyed()) win.webContents.send('gavel:backups', failed);
    });

    // Only the permissions our pages use, only for our pages (the check answers the pages' queries).
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowPermission(permission, details.requestingUrl)));
    session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowPermission(permission, requestingOrigin));

    setMenu();
    openWindow('console');
    // A projector plugged in or pulled out: the hall window follows (hall-window.ts decides).
    screen.on('display-added', followDisplays);
    screen.on('display-removed', followDisplays);
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(({ url }) => {
      // Our hall page opens as the managed hall window (on the hall display), never as a popup.
      if (isHallPageLink(url)) openWindow('hall');
      else if (isExternalLink(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
    contents.on('will-navigate', (event, url) => {
      if (!allowNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!allowNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  app.on('before-quit', (event) => {
    if (quitConfirmed) return;
    if (mayCloseConsole()) quitConfirmed = true;
    else event.preventDefault();
  });
  app.on('window-all-closed', () => app.quit());
  // Set once the LAN listener and the database are closed: the quit then goes ahead.
  let shutDown = false;
  app.on('will-quit', (event) => {
    if (shutDown) return;
    // Closing the listener tells each LAN screen Gavel is quitting (a close frame, at most
    // CLOSE_GRACE_MS): the quit waits for it, else the process is gone first and the hall reads
    // "Reconnecting…"; and the database closes after the listener, which still reads it.
    // Sharing stays remembered for the next start (only Stop sharing forgets it).
    event.preventDefault();
    shutDown = true;
    void (sharing?.close() ?? Promise.resolve())
      .catch((e: unknown) => console.error('gavel: closing LAN sharing', e))
      .finally(() => {
        keeper?.close();
        keeper = null;
        app.quit();
      });
  });

  /**
   * A damaged database with a good backup: say so in the chair's language and offer to restore
   * it (the damaged file is kept aside). Null when the chair declines.
   */
  function openOrOfferRestore(file: string, nativeBinding: string): Keeper | null {
    try {
      return new Keeper(file, { nativeBinding });
    } catch (e) {
      if (!(e instanceof OpenRefused) || !e.backup) throw e;
      const choice = dialog.showMessageBoxSync({ type: 'error', title: 'Gavel', ...restoreQuestion(e.why, e.backup.at, shellLang()) });
      if (choice !== RESTORE_BUTTON) return null;
      const held: HeldTimers = { timers: [] };
      restoreBackup(file, e.backup.name, Date.now(), nativeBinding, held);
      const keeper = new Keeper(file, { nativeBinding });
      keeper.settleRestore(e.backup.name, null, 'system', held.timers);
      return keeper;
    }
  }

  function openWindow(kind: WindowKind): void {
    const existing = windows.get(kind);
    if (existing && !existing.isDestroyed()) {
      if (existing.isMinimized()) existing.restore();
      existing.focus();
      return;
    }
    const placement = kind === 'hall' ? placeHall(screen.getAllDisplays(), screen.getPrimaryDisplay().id, readRememberedDisplay()) : null;
    const hallDisplay = placement?.kind === 'fullscreen' ? placement.display : null;
    const win = new BrowserWindow({
      width: kind === 'hall' ? 1280 : 1440,
      height: kind === 'hall' ? 720 : 900,
      ...(hallDisplay ? { x: hallDisplay.bounds.x, y: hallDisplay.bounds.y, fullscreen: true } : {}),
      title: kind === 'hall' ? 'Gavel — hall screen' : 'Gavel',
      backgroundColor: kind === 'hall' ? '#0b1526' : '#f6f7f9',
      show: false,
      webPreferences: webPreferences(preloadPath),
    });
    if (kind === 'hall') {
      // Dragging the hall window onto a display is how the secretary chooses it; remember that.
      win.on('moved', () => rememberDisplay(screen.getDisplayMatching(win.getBounds()).id));
      if (hallDisplay) rememberDisplay(hallDisplay.id);
    }
    win.once('ready-to-show', () => win.show());
    if (kind === 'console') win.on('close', (event) => askBeforeClosing(win, event));
    // A page that died (a renderer crash, out of memory) comes back by itself, with the state whole.
    const reloadedAt: number[] = [];
    win.webContents.on('render-process-gone', (_event, details) => {
      const now = Date.now();
      const reload = reloadAfterGone(details.reason, reloadedAt, now);
      console.error(`gavel: the ${kind} page's renderer went away (${details.reason})${reload ? '; reloading it' : ''}`);
      if (!reload || win.isDestroyed()) return;
      reloadedAt.push(now);
      win.reload();
    });
    win.on('closed', () => windows.delete(kind));
    windows.set(kind, win);
    void win.loadURL(pageUrl(kind));
  }

  /**
   * A sitting in progress, a vote open or a clock running: the chair confirms closing the console
   * (Keep it open is the default; close-guard.ts words it and says what each button does). Asked
   * once per quit, before any window closes (so choosing Keep leaves the hall window up too), or
   * when the console alone is closed; true when it may close.
   */
  function mayCloseConsole(): boolean {
    const win = windows.get('console');
    if (!keeper || !win || win.isDestroyed()) return true;
    const question = closeConsoleQuestion(keeper.engine.current, shellLang());
    if (!question) return true;
    // A question to a minimised or hidden console would be asked where nobody sees it, and the quit would wait on it.
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: 'Gavel',
      message: question.message,
      detail: question.detail,
      buttons: question.buttons,
      defaultId: question.defaultId,
      cancelId: question.cancelId,
      noLink: true,
    });
    return closes(choice);
  }
  function askBeforeClosing(win: BrowserWindow, event: Electron.Event): void {
    const outcome = consoleClose(quitConfirmed, () => mayCloseConsole(), [...windows.values()].some((w) => w !== win && !w.isDestroyed()));
    if (outcome === 'keep') return event.preventDefault();
    if (outcome === 'close-and-quit') quitConfirmed = true;
  }

  const stateFile = () => path.join(app.getPath('userData'), 'window-state.json');
  function readStateText(): string | null {
    try {
      return fs.readFileSync(stateFile(), 'utf8');
    } catch {
      return null;
    }
  }
  function readRememberedDisplay(): number | null {
    return readHallDisplayId(readStateText());
  }
  function rememberDisplay(displayId: number): void {
    const text = rememberedStateText(readStateText(), displayId, screen.getPrimaryDisplay().id);
    if (text === null) return;
    try {
      // Flushed to the disk before it replaces the old file: a power cut leaves the old choice or the new, never an empty file.
      writeFileDurably(stateFile(), text);
    } catch (e) {
      console.error('gavel: cannot remember the hall display', e);
    }
  }

  function applyHallAction(win: BrowserWindow, action: HallAction): void {
    if (action.kind === 'stay') return;
    if (action.kind === 'fullscreen') {
      const { x, y, width, height } = action.display.bounds;
      if (win.isFullScreen()) win.setFullScreen(false);
      win.setBounds({ x, y, width, height });
      win.setFullScreen(true);
      return;
    }
    // Fall back to a normal window on the chair's screen, where someone can see it.
    win.setFullScreen(false);
    win.setBounds(windowedHallBounds(screen.getPrimaryDisplay().workArea));
  }

  function hallNow(win: BrowserWindow) {
    return { displayId: screen.getDisplayMatching(win.getBounds()).id, fullscreen: win.isFullScreen() };
  }

  function followDisplays(): void {
    const win = windows.get('hall');
    if (!win || win.isDestroyed()) return;
    applyHallAction(win, afterDisplaysChanged(screen.getAllDisplays(), screen.getPrimaryDisplay().id, readRememberedDisplay(), hallNow(win)));
  }

  function moveHallToNextDisplay(): void {
    const win = windows.get('hall');
    if (!win || win.isDestroyed()) return openWindow('hall');
    const action = moveToNextDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay().id, hallNow(win).displayId);
    if (action.kind === 'fullscreen') rememberDisplay(action.display.id);
    applyHallAction(win, action);
  }

  /** The menu bar in the shell's language (menu.ts builds it); set again when the console speaks another. */
  function setMenu(): void {
    menuLang = shellLang();
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(menuLang, process.platform, { openHall: () => openWindow('hall'), moveHallToNextDisplay })));
  }
}
