/**
 * Screens on the display address, one at a time: each browser that opens it is a screen of its
 * own in the chair's list, and revoking one closes it at once and keeps it out (its reload too)
 * while the others go on showing the hall, until the chair allows it again.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { browserName, MAX_SCREENS, Screens, screenRequest } from '../../../electron/server/screens';
import { startServer, type GavelServer } from '../../../electron/server/server';
import { sharingMemoryPath } from '../../../electron/server/sharing-memory';
import { CLOSE_REVOKED } from '../../../common/closeCodes';
import { newEngine, seedBasics, tempDir } from '../helpers';
import { seededPerTest } from './wire';
import { next, openSocket, staticDir } from './ws-client';

const ANDROID_CHROME = 'Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const WINDOWS_EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0';

describe('a screen’s name and a request about one', () => {
  it('names the browser and the system, and drops a malformed request', () => {
    expect(browserName(ANDROID_CHROME)).toBe('Chrome · Android');
    expect(browserName(WINDOWS_EDGE)).toBe('Edge · Windows');
    expect(browserName('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1')).toBe('Safari · iPad');
    expect(browserName(undefined)).toBe('?');
    expect(screenRequest({ id: 2, action: 'revoke' })).toEqual({ screen: { id: 2, action: 'revoke' } });
    for (const bad of [null, 'x', { id: '2', action: 'revoke' }, { id: 2, action: 'delete' }, { id: 1.5, action: 'allow' }]) expect(screenRequest(bad)).toEqual({});
  });
});

describe('a flood of cookie-less requests for the display page', () => {
  it('keeps the list to its size, forgetting the screens seen least recently, never a revoked one', () => {
    let now = 0;
    const screens = new Screens(() => ++now);
    const req = (cookie?: string) => ({ headers: { 'user-agent': ANDROID_CHROME, ...(cookie && { cookie }) }, socket: { remoteAddress: '192.168.1.50' } }) as never;
    const tv = (screens.admit(req(), 'hall') as { cookie: string }).cookie.split(';')[0];
    screens.revoke(screens.list()[0].id);
    for (let i = 0; i < 5 * MAX_SCREENS; i++) screens.admit(req(), 'hall');
    const list = screens.list();
    expect(list).toHaveLength(MAX_SCREENS);
    // The revoked TV is still listed and still kept out; the newest screens are the ones kept.
    expect(list.filter((s) => s.revokedAt !== null)).toHaveLength(1);
    expect(screens.admit(req(tv), 'hall')).toEqual({ refused: 'revoked' });
    expect(Math.min(...list.filter((s) => s.revokedAt === null).map((s) => s.id))).toBe(5 * MAX_SCREENS + 2 - (MAX_SCREENS - 1));
  });
});

describe('screens on the display address, on loopback', () => {
  const start = seededPerTest();

  it('lists each screen, revokes one at once and keeps it out while the other goes on, and allows it again', async () => {
    const { server: s } = await start();
    const display = new URL((await s.sharing(true)).urls[0]);
    const base = `http://127.0.0.1:${display.port}`;
    const open = async (userAgent: string) => {
      const page = await fetch(`${base}/hall?token=${display.searchParams.get('token')}`, { headers: { 'user-agent': userAgent } });
      expect(page.status).toBe(200);
      const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      const ws = await openSocket(`ws://127.0.0.1:${display.port}/ws`, { cookie });
      await next(ws, 'state');
      return { cookie, ws };
    };
    const tv = await open(WINDOWS_EDGE);
    const tablet = await open(ANDROID_CHROME);
    const listed = (await s.sharing()).screens;
    expect(listed.map((x) => [x.name, x.kind, x.address, x.connected, x.revokedAt])).toEqual([
      ['Edge · Windows', 'hall', '127.0.0.1', true, null],
      ['Chrome · Android', 'hall', '127.0.0.1', true, null],
    ]);
    const tvId = listed[0].id;

    // A screen that does not exist, or one asked twice: nothing changes.
    await s.sharing({ screen: { id: 99, action: 'revoke' } });
    await s.sharing({ screen: { id: tvId, action: 'allow' } });
    expect((await s.sharing()).screens).toEqual(listed);

    const after = await s.sharing({ screen: { id: tvId, action: 'revoke' } });
    expect(await tv.ws.closed).toBe(CLOSE_REVOKED);
    expect(after.screens.find((x) => x.id === tvId)!.revokedAt).not.toBeNull();
    // The other screen is untouched: still connected, and it still follows the session.
    expect(after.screens.find((x) => x.id !== tvId)!.connected).toBe(true);
    expect(tablet.ws.readyState).toBe(tablet.ws.OPEN);
    // The revoked one is kept out: its reload (the address still holds the token) and its socket.
    const reload = await fetch(`${base}/hall?token=${display.searchParams.get('token')}`, { headers: { cookie: tv.cookie, 'accept-language': 'en' } });
    expect(reload.status).toBe(403);
    expect(await reload.text()).toContain('This screen was disconnected by the chair');
    await expect(openSocket(`ws://127.0.0.1:${display.port}/ws`, { cookie: tv.cookie })).rejects.toThrow('HTTP 403');

    // Allowed again: it loads and connects, the same screen in the list, not a new one.
    const allowed = await s.sharing({ screen: { id: tvId, action: 'allow' } });
    expect(allowed.screens.find((x) => x.id === tvId)!.revokedAt).toBeNull();
    expect((await fetch(`${base}/hall?token=${display.searchParams.get('token')}`, { headers: { cookie: tv.cookie } })).status).toBe(200);
    const back = await openSocket(`ws://127.0.0.1:${display.port}/ws`, { cookie: tv.cookie });
    await next(back, 'state');
    expect((await s.sharing()).screens.map((x) => [x.id, x.connected])).toEqual([
      [listed[0].id, true],
      [listed[1].id, true],
    ]);
    back.close();
    tablet.ws.close();
  });
});

describe('a revoked screen across a restart of Gavel', () => {
  let server: GavelServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('is still kept out after a restart (the revocation is written when the chair makes it), until allowed; stopping sharing forgets it', async () => {
    const memory = sharingMemoryPath(tempDir());
    const { engine } = newEngine();
    seedBasics(engine);
    const dir = staticDir();
    fs.writeFileSync(`${dir}/overlay.html`, '<title>overlay</title>');
    const boot = () => startServer({ engine, staticDir: dir, host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0, sharingMemory: memory });
    server = await boot();
    const display = new URL((await server.sharing(true)).urls[0]);
    const page = (cookie: string, userAgent = WINDOWS_EDGE) => fetch(`${display.origin}/overlay?token=${display.searchParams.get('token')}`, { headers: { cookie, 'user-agent': userAgent, 'accept-language': 'vi' } });
    const cookieOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]).filter((c) => c.startsWith('gavel_screen=')).join('; ');
    const tv = cookieOf(await page(''));
    const tablet = cookieOf(await page('', ANDROID_CHROME));
    expect([tv, tablet].every((c) => c.length > 20)).toBe(true);
    const [tvId] = (await server.sharing()).screens.map((x) => x.id);
    const revoked = (await server.sharing({ screen: { id: tvId, action: 'revoke' } })).screens.find((x) => x.id === tvId)!;
    // Only a hash of the screen's cookie is written, never the cookie itself.
    expect(fs.readFileSync(memory, 'utf8')).not.toContain(tv.split('=')[1]);

    await server.close(); // a restart; a kill -9 leaves the same file behind, written at the revocation
    server = null;
    await expect(page(tv)).rejects.toThrow(); // down (and the client's kept-alive connection is dropped)
    server = await boot();
    const after = await server.sharing();
    expect(after.urls.map(String)).toEqual([display.href]);
    // The chair still sees it, as it was: its browser, kind, address, when it was revoked.
    expect(after.screens.map((x) => [x.name, x.kind, x.address, x.revokedAt, x.connected])).toEqual([['Edge · Windows', 'overlay', '127.0.0.1', revoked.revokedAt, false]]);
    const refused = await page(tv);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Chủ tọa đã ngắt kết nối màn hình này');
    await expect(openSocket(`ws://${display.host}/ws`, { cookie: tv })).rejects.toThrow('HTTP 403');
    // The screen that was not revoked comes back as before.
    expect((await page(tablet, ANDROID_CHROME)).status).toBe(200);

    // Allowed again, and that too outlasts a restart.
    await server.sharing({ screen: { id: after.screens.find((x) => x.revokedAt !== null)!.id, action: 'allow' } });
    await server.close();
    server = null;
    await expect(page(tv)).rejects.toThrow();
    server = await boot();
    expect((await page(tv)).status).toBe(200);
    const tvAgain = (await server.sharing()).screens.find((x) => x.name === 'Edge · Windows')!;
    await server.sharing({ screen: { id: tvAgain.id, action: 'revoke' } });
    expect((await page(tv)).status).toBe(403);

    // Stopping sharing forgets the address and the screens revoked from it; sharing again gives a new address.
    await server.sharing(false);
    await server.close();
    server = await boot();
    const again = await server.sharing(true);
    expect(again.screens).toEqual([]);
    const fresh = new URL(again.urls[0]);
    expect((await fetch(`${fresh.origin}/hall?token=${fresh.searchParams.get('token')}`, { headers: { cookie: tv } })).status).toBe(200);
  });
});

describe('new screens kept out once the chair’s screens are set up', () => {
  let server: GavelServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('refuses a new browser and a forged cookie while the known screens go on, across a restart, until allowed again', async () => {
    const memory = sharingMemoryPath(tempDir());
    const { engine } = newEngine();
    seedBasics(engine);
    const boot = () => startServer({ engine, staticDir: staticDir(), host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0, sharingMemory: memory });
    server = await boot();
    const display = new URL((await server.sharing(true)).urls[0]);
    const page = (cookie = '', lang = 'en') => fetch(`${display.origin}/hall?token=${display.searchParams.get('token')}`, { headers: { cookie, 'user-agent': WINDOWS_EDGE, 'accept-language': lang } });
    // Every cookie the page sets (the display token's and the screen's), as the projector's browser keeps them.
    const projector = (await page()).headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const tokenCookie = projector.split('; ').find((c) => !c.startsWith('gavel_screen='))!;
    expect((await server.sharing()).newScreens).toBe(true);

    const closed = await server.sharing({ newScreens: false });
    expect(closed.newScreens).toBe(false);
    expect(closed.screens).toHaveLength(1);
    const expectRefused = async (cookie: string) => {
      const res = await page(cookie);
      expect(res.status).toBe(403);
      expect(res.headers.getSetCookie()).toEqual([]);
      expect(await res.text()).toContain('New screens may not join now');
      await expect(openSocket(`ws://${display.host}/ws`, { cookie })).rejects.toThrow('HTTP 403');
    };
    // A new browser with the address, and one that makes up a screen cookie: neither is a known screen.
    await expectRefused(tokenCookie);
    await expectRefused(`${tokenCookie}; gavel_screen=${'A'.repeat(32)}`);
    expect(await (await page('', 'vi')).text()).toContain('Hiện không nhận thêm màn hình mới');
    // Nobody was added to the chair's list; the known screen loads and follows the session.
    expect((await server.sharing()).screens).toHaveLength(1);
    expect((await page(projector)).status).toBe(200);
    const ws = await openSocket(`ws://${display.host}/ws`, { cookie: projector });
    await next(ws, 'state');
    ws.close();

    // A restart (or a kill -9: the file is written when the chair turns it off) keeps both.
    await server.close();
    server = null;
    await expect(page(projector)).rejects.toThrow(); // down (and the client's kept-alive connection is dropped)
    server = await boot();
    expect((await server.sharing()).newScreens).toBe(false);
    expect((await page(projector)).status).toBe(200);
    await expectRefused(tokenCookie);

    // Allowed again: a new browser joins.
    await server.sharing({ newScreens: true });
    expect((await page()).status).toBe(200);
    expect((await server.sharing()).screens).toHaveLength(2);
  });
});
