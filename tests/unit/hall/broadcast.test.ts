/**
 * Which broadcast mixers a page can tell it is in (common/broadcast.ts): OBS and XSplit by their
 * browsers' user agents, vMix (whose browser is an ordinary Chromium) by `mixer=1` in the address.
 * A revoked overlay in a mixer draws nothing on air, not even the note that says why.
 */
import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { inBroadcastMixer } from '../../../common/broadcast';
import { startServer, type GavelServer } from '../../../electron/server/server';
import { newEngine, seedBasics } from '../helpers';
import { staticDir } from '../server/ws-client';

const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.120 Safari/537.36';
const OBS = `${CHROME} OBS/31.0.2`;
// XSplit Broadcaster's browser source: its makers' XJS framework goes by "XSplit Broadcaster" in the user agent.
const XSPLIT = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) XSplit Broadcaster/4.5.2303.0702 Chrome/103.0.5060.134 Safari/537.36';
// vMix's Web Browser input: an ordinary Chromium, nothing of vMix's own in it.
const VMIX = CHROME;

describe('a broadcast mixer, recognised', () => {
  it('knows OBS and XSplit by their user agents', () => {
    expect(inBroadcastMixer(OBS)).toBe(true);
    expect(inBroadcastMixer(XSPLIT)).toBe(true);
    expect(inBroadcastMixer(XSPLIT.replace('XSplit Broadcaster', 'XSplitBroadcaster'))).toBe(true);
  });

  it('takes an ordinary browser (vMix’s among them) for a browser, unless its address says mixer=1', () => {
    expect(inBroadcastMixer(VMIX)).toBe(false);
    expect(inBroadcastMixer(undefined)).toBe(false);
    expect(inBroadcastMixer('Mozilla/5.0 (X11; Linux x86_64) Firefox/131.0 NOBS/2')).toBe(false);
    expect(inBroadcastMixer(VMIX, '?token=abc&mixer=1')).toBe(true);
    expect(inBroadcastMixer(VMIX, '?mixer=1')).toBe(true);
    expect(inBroadcastMixer(undefined, 'mixer=1')).toBe(true);
    // Anything but 1 is no promise of a mixer: the note stays for the operator in a browser.
    for (const query of ['?mixer=0', '?mixer=', '?mixer', '?token=abc', '?xmixer=1', '']) expect(inBroadcastMixer(VMIX, query)).toBe(false);
  });
});

describe('a revoked overlay reloaded by a mixer', () => {
  let server: GavelServer | null = null;
  afterEach(async () => {
    await server?.close();
    server = null;
  });

  it('is refused with the note hidden in OBS, XSplit and vMix (mixer=1), shown in a browser', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const dir = staticDir();
    fs.writeFileSync(`${dir}/overlay.html`, '<title>overlay</title>');
    server = await startServer({ engine, staticDir: dir, host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0 });
    const display = new URL((await server.sharing(true)).urls[0]);
    const token = display.searchParams.get('token');
    const page = (cookie: string, userAgent: string, extra = '') =>
      fetch(`${display.origin}/overlay?token=${token}${extra}`, { headers: { cookie, 'user-agent': userAgent, 'accept-language': 'en' } });
    const cookieOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]).filter((c) => c.startsWith('gavel_screen=')).join('; ');
    const cookie = cookieOf(await page('', VMIX, '&mixer=1'));
    const [id] = (await server.sharing()).screens.map((x) => x.id);
    await server.sharing({ screen: { id, action: 'revoke' } });

    const refused = async (userAgent: string, extra = '') => {
      const res = await page(cookie, userAgent, extra);
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(html).toContain('<title>This screen was disconnected by the chair · Gavel</title>');
      return /<main role="alert" hidden>/.test(html);
    };
    expect(await refused(OBS)).toBe(true);
    expect(await refused(XSPLIT)).toBe(true);
    expect(await refused(VMIX, '&mixer=1')).toBe(true);
    expect(await refused(VMIX)).toBe(false);
  });
});
