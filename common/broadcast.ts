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
 *   the address instead: `mixer=1` (the overlay's help text in the Hall screen view says how).
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
