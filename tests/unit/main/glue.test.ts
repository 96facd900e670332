import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseServeArgs, SERVE_USAGE } from '../../../electron/server/args';
import { parseClientMessage } from '../../../electron/server/sockets';
import { resolveStatic } from '../../../electron/server/static';
import { allowNavigation, allowPermission, appRequest, chooseHallDisplay, isExternalLink, isTrustedUrl, pageUrl, webPreferences } from '../../../electron/main/security';
import { databasePath, nativeBindingPath } from '../../../electron/main/paths';
import { langOfLocale } from '../../../common/strings';
import { previewReport } from '../../../electron/documents/serve';
import { newEngine, seedBasics } from '../helpers';

describe('URL trust', () => {
  it.each([
    ['app://gavel/', true],
    ['app://gavel/hall', true],
    ['app://gavel/assets/index.js?x=1', true],
    ['app://gavel.evil.com/', false],
    ['app://evil/', false],
    ['app://user:pw@gavel/', false],
    ['https://gavel/', false],
    ['file:///etc/passwd', false],
    ['http://127.0.0.1:5170/', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
    ['', false],
  ])('%s trusted: %s', (url, trusted) => {
    expect(isTrustedUrl(url)).toBe(trusted);
    expect(allowNavigation(url)).toBe(trusted);
  });

  it('hands only web links to the system browser', () => {
    expect(isExternalLink('https://thuvienphapluat.vn/')).toBe(true);
    expect(isExternalLink('file:///C:/Windows')).toBe(false);
    expect(isExternalLink('smb://server/share')).toBe(false);
  });

  it('builds page URLs on our own origin', () => {
    expect(isTrustedUrl(pageUrl('console'))).toBe(true);
    expect(pageUrl('hall')).toBe('app://gavel/hall');
  });
});

describe('web permissions', () => {
  it('grants our pages what they use (the screen kept on, the clipboard written) and nothing else', () => {
    expect(allowPermission('screen-wake-lock', 'app://gavel/hall')).toBe(true);
    expect(allowPermission('screen-wake-lock', 'app://gavel')).toBe(true); // a check handler's origin
    expect(allowPermission('clipboard-sanitized-write', 'app://gavel/#votes')).toBe(true);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'display-capture', 'openExternal', 'unknown']) {
      expect(allowPermission(permission, 'app://gavel/')).toBe(false);
    }
  });

  it('refuses even those to any page not ours', () => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:5170/hall', 'file:///C:/hall.html', 'app://evil/', '', undefined, null]) {
      expect(allowPermission('screen-wake-lock', url)).toBe(false);
    }
  });
});

describe('window options', () => {
  it('isolates and sandboxes every window', () => {
    expect(webPreferences('/x/preload.cjs')).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    });
    // Date and time fields are the console's own (DateField, TimeField): no Blink switch is needed.
    expect(webPreferences('/x/preload.cjs')).not.toHaveProperty('enableBlinkFeatures');
  });

  it('puts the hall screen on the remembered display, else the first external one, else none', () => {
    const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
    const projector = { id: 2, bounds: { x: 1920, y: 0, width: 1024, height: 768 } };
    const tv = { id: 3, bounds: { x: 2944, y: 0, width: 3840, height: 2160 } };
    expect(chooseHallDisplay([laptop, projector, tv], 1, 3)).toBe(tv);
    expect(chooseHallDisplay([laptop, projector, tv], 1, 99)).toBe(projector);
    expect(chooseHallDisplay([laptop, projector], 1, null)).toBe(projector);
    expect(chooseHallDisplay([laptop], 1, 1)).toBeNull();
  });

  it('keeps the database in user data and the Electron driver beside the app', () => {
    expect(databasePath('/home/u/.config/Gavel')).toBe(path.join('/home/u/.config/Gavel', 'gavel.sqlite'));
    expect(nativeBindingPath({ packaged: true, resourcesPath: '/opt/Gavel/resources', appPath: '/x' })).toBe(
      path.join('/opt/Gavel/resources', 'native', 'better_sqlite3.node'),
    );
    expect(nativeBindingPath({ packaged: false, resourcesPath: '/r', appPath: '/src/gavel' })).toBe(
      path.join('/src/gavel', 'native-electron', 'better_sqlite3.node'),
    );
  });
});

describe('serve arguments', () => {
  it('defaults to loopback, port 5170, ./data', () => {
    expect(parseServeArgs([])).toEqual({ ok: true, options: { port: 5170, dataDir: './data', host: '127.0.0.1', lanHost: '0.0.0.0', lanPort: 0, lang: null } });
  });
  it('reads --port and --data-dir, spaced or with =', () => {
    expect(parseServeArgs(['--port', '6000', '--data-dir=/tmp/x'])).toEqual({ ok: true, options: { port: 6000, dataDir: '/tmp/x', host: '127.0.0.1', lanHost: '0.0.0.0', lanPort: 0, lang: null } });
  });
  it('reads --lang vi or en, spaced or with =; without it the terminal’s locale decides (null)', () => {
    expect(parseServeArgs(['--lang', 'en'])).toMatchObject({ ok: true, options: { lang: 'en' } });
    expect(parseServeArgs(['--lang=vi'])).toMatchObject({ ok: true, options: { lang: 'vi' } });
  });
  it.each([['fr'], ['EN'], ['vi-VN'], ['--port']])('refuses --lang %s with a line that names the two choices', (raw) => {
    expect(parseServeArgs(['--lang', raw])).toEqual({ ok: false, message: `--lang must be vi or en, not "${raw}"` });
  });
  it('refuses --lang with no value', () => {
    expect(parseServeArgs(['--lang'])).toEqual({ ok: false, message: '--lang needs a value' });
    expect(parseServeArgs(['--lang='])).toEqual({ ok: false, message: '--lang needs a value' });
  });
  it('answers --help (or -h) with the usage, which names every option', () => {
    expect(parseServeArgs(['--port', '6000', '--help'])).toEqual({ ok: 'help' });
    expect(parseServeArgs(['-h'])).toEqual({ ok: 'help' });
    for (const flag of ['--port', '--data-dir', '--lan-host', '--lan-port', '--lang vi|en', '--help']) expect(SERVE_USAGE).toContain(flag);
  });
  it.each([[['--port', 'abc']], [['--port', '70000']], [['--port']], [['--host', '0.0.0.0']], [['--data-dir', '']]])('refuses %j', (argv) => {
    const parsed = parseServeArgs(argv);
    expect(parsed.ok).toBe(false);
  });
});

describe('static files', () => {
  const root = path.resolve('/srv/gavel/renderer');
  it('maps routes to pages and keeps requests inside the folder', () => {
    expect(resolveStatic(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStatic(root, '/hall')).toBe(path.join(root, 'hall.html'));
    expect(resolveStatic(root, '/hall/')).toBe(path.join(root, 'hall.html'));
    expect(resolveStatic(root, '/assets/a.js?v=2')).toBe(path.join(root, 'assets/a.js'));
    expect(resolveStatic(root, '/../../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveStatic(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveStatic(root, '/%E0%A4%A')).toBeNull();
  });
});

describe('client messages', () => {
  it('accepts commands and pings, drops anything else', () => {
    expect(parseClientMessage('{"kind":"command","id":1,"command":{"type":"x"},"lang":"en"}')).toEqual({ kind: 'command', id: 1, command: { type: 'x' }, lang: 'en' });
    expect(parseClientMessage('{"kind":"command","id":2,"command":{},"lang":"fr"}')).toEqual({ kind: 'command', id: 2, command: {}, lang: undefined });
    expect(parseClientMessage('{"kind":"ping","id":3}')).toEqual({ kind: 'ping', id: 3 });
    expect(parseClientMessage('not json')).toBeNull();
    expect(parseClientMessage('null')).toBeNull();
    expect(parseClientMessage('{"kind":"shutdown","id":1}')).toBeNull();
    // One of ours with an id its answer cannot carry back: refused (never run), its id not echoed.
    for (const id of ['1e400', '1.5', '9007199254740992', '"7"', 'null']) expect(parseClientMessage(`{"kind":"command","id":${id},"command":{"type":"x"},"lang":"en"}`)).toEqual({ kind: 'bad-id', lang: 'en' });
    expect(parseClientMessage('{"kind":"ping"}')).toEqual({ kind: 'bad-id', lang: undefined });
    expect(parseClientMessage('{"kind":"ping","id":-9007199254740991}')).toEqual({ kind: 'ping', id: -9007199254740991 });
  });
});

describe('the shell’s language before the console has spoken', () => {
  it('is English for an English system, else Vietnamese (the same rule as the browser’s first language)', () => {
    expect(['en-GB', 'en', 'EN-us', 'vi-VN', 'vi', 'fr-FR', '', undefined].map(langOfLocale)).toEqual(['en', 'en', 'en', 'vi', 'vi', 'vi', 'vi', 'vi']);
  });
});

describe('document previews over either transport', () => {
  it('answers a preview, or a sentence for a bad request, never a file', async () => {
    const { engine, db } = newEngine();
    const { sessionId } = seedBasics(engine);
    const good = await previewReport(db, { doc: 'minutes', sessionId, lang: 'vi' }, 'en');
    expect(good.ok && 'model' in good).toBe(true);
    const bad = await previewReport(db, { doc: 'minutes', sessionId: 'x' }, 'en');
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(bad.ok || bad.error.text?.vi).toBeTruthy();
  });
});

describe('app:// requests', () => {
  const root = path.resolve('/opt/Gavel/resources/app/out/renderer');
  it('serves documents, files of the built UI, and nothing else, however the path is written', () => {
    expect(appRequest('app://gavel/report/minutes?session=1&lang=vi', root)).toMatchObject({ kind: 'report' });
    expect(appRequest('app://gavel/', root)).toEqual({ kind: 'file', file: path.join(root, 'index.html') });
    expect(appRequest('app://gavel/hall', root)).toEqual({ kind: 'file', file: path.join(root, 'hall.html') });
    expect(appRequest('app://gavel/assets/app.js', root)).toEqual({ kind: 'file', file: path.join(root, 'assets', 'app.js') });
    for (const raw of ['app://evil/report/minutes', 'app://evil/', 'app://user:pw@gavel/', 'file:///etc/passwd', 'https://gavel/', 'nonsense']) {
      expect(appRequest(raw, root), raw).toEqual({ kind: 'not-found' });
    }
    // Dots and encoded dots never leave the folder.
    for (const raw of ['app://gavel/../../etc/passwd', 'app://gavel/%2e%2e/%2e%2e/etc/passwd', 'app://gavel/assets/..%2f..%2f..%2fetc%2fpasswd', 'app://gavel/%E0%A4%A']) {
      const asked = appRequest(raw, root);
      expect(asked.kind === 'not-found' || (asked.kind === 'file' && asked.file.startsWith(root + path.sep)), raw).toBe(true);
    }
  });
});
