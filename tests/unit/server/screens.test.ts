/**
 * Screens on the display address, one at a time: each browser that opens it is a screen of its
 * own in the chair's list, and revoking one closes it at once and keeps it out (its reload too)
 * while the others go on showing the hall, until the chair allows it again.
 */
import { describe, expect, it } from 'vitest';
import { browserName, screenRequest } from '../../../electron/server/screens';
import { CLOSE_REVOKED } from '../../../common/closeCodes';
import { seededPerTest } from './wire';
import { next, openSocket } from './ws-client';

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
