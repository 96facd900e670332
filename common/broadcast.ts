/**
 * Whether a page is shown by a broadcast mixer's browser source, whose picture is keyed over the
 * programme: whatever such a page draws goes on air. OBS Studio (and Streamlabs, built on it) adds
 * " OBS/<version>" to its browser's user agent (obs-browser, browser-app.cpp), which is all a page
 * the server writes without a script can go by; a page with a script also sees `window.obsstudio`.
 */
export function inBroadcastMixer(userAgent: string | undefined): boolean {
  return / OBS\/\d/.test(userAgent ?? '');
}
