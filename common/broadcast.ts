/**
 * Whether a page is shown by a broadcast mixer's browser source, whose picture is keyed over the
 * programme: whatever such a page draws goes on air. Told apart the ways each mixer really allows:
 *
 * - OBS Studio (and Streamlabs, built on it) adds " OBS/<version>" to its browser's user agent
 *   (obs-browser, browser-app.cpp); a page with a script also sees `window.obsstudio`.
 * - XSplit Broadcaster names itself in its browser's user agent ("XSplit Broadcaster …"): the
 *   XJS framework of its makers (SplitmediaLabs) goes by that same token to tell XSplit from an
 *   ordinary browser.
 * - vMix's Web Browser input sends an ordinary Chromium user agent and gives the page nothing of
 *   its own, so it cannot be told from a browser on the same machine. The technician says so in
 *   the address instead: `mixer=1` (the Hall screen view gives that address ready to copy: forMixer).
 *   Any other mixer can use it too.
 *
 * Only what the server writes without a script can go by the first two and the query, so this
 * takes the user agent and the query string alone.
 */
export const MIXER_PARAM = 'mixer';

export function inBroadcastMixer(userAgent: string | undefined, query = ''): boolean {
  const ua = userAgent ?? '';
  if (/ OBS\/\d/.test(ua) || /XSplit ?Broadcaster/i.test(ua)) return true;
  return new URLSearchParams(query).get(MIXER_PARAM) === '1';
}

/** An overlay's address as a mixer that cannot be recognised (vMix) opens it: with `mixer=1`, after any query it has. */
export function forMixer(address: string): string {
  const url = new URL(address);
  url.searchParams.set(MIXER_PARAM, '1');
  return url.href;
}
