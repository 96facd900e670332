import type { ScreenKind, ScreenRefusal } from '../engine/protocol';
/**
 * The pairing page a second laptop opens on the LAN: one form (code and device name), no
 * script, in the browser's language (Vietnamese unless it asks for English first).
 */
import type { IncomingMessage } from 'node:http';
import { fill } from '../../common/strings';
import { DEVICE_NAME_MAX } from '../features/operators/commands';
import { CODE_DIGITS } from './pairing';
import { pairPageWords } from './pair-strings';

type Lang = 'vi' | 'en';
export type PairProblem = 'wrong' | 'expired' | 'none' | 'locked' | 'origin' | 'name' | 'revoked' | 'length';

/** `?lang=` first, else the browser's first preference between the two. */
export function pairLang(req: Pick<IncomingMessage, 'url' | 'headers'>): Lang {
  const asked = new URL(req.url ?? '/', 'http://localhost').searchParams.get('lang');
  if (asked === 'en' || asked === 'vi') return asked;
  const accept = String(req.headers['accept-language'] ?? '').toLowerCase();
  const en = accept.indexOf('en');
  const vi = accept.indexOf('vi');
  return en !== -1 && (vi === -1 || en < vi) ? 'en' : 'vi';
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function pairPage(lang: Lang, opts: { problem?: PairProblem; code?: string; name?: string; message?: string; typed?: string } = {}): string {
  const t = pairPageWords[lang];
  const problem = opts.message ?? (opts.problem ? fill(t[opts.problem], { max: DEVICE_NAME_MAX, digits: CODE_DIGITS, typed: opts.typed ?? '' }) : '');
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title} · Gavel</title>
<style>
  body { font: 16px/1.5 system-ui, "Segoe UI", Roboto, sans-serif; background: #f6f7f9; color: #17202b; margin: 0; }
  header { background: #102a4c; color: #fff; padding: 12px 24px; display: flex; justify-content: space-between; align-items: center; }
  header a { color: #dbe6f5; }
  main { max-width: 480px; margin: 48px auto; background: #fff; border: 1px solid #d8dde5; border-radius: 10px; padding: 28px 32px; }
  h1 { font-size: 22px; margin: 0 0 8px; }
  label { display: block; font-weight: 600; margin: 18px 0 6px; }
  input { font: inherit; width: 100%; box-sizing: border-box; padding: 10px 12px; border: 1px solid #b9c2cf; border-radius: 6px; }
  input[name=code] { font-size: 28px; letter-spacing: 0.3em; font-variant-numeric: tabular-nums; }
  button { margin-top: 22px; font: inherit; font-weight: 600; padding: 10px 22px; border: 0; border-radius: 6px; background: #1d5fbf; color: #fff; cursor: pointer; }
  .problem { background: #fdecea; color: #8a1c12; border-radius: 6px; padding: 10px 12px; margin-top: 14px; }
  p { margin: 0; color: #4a5563; }
</style></head>
<body>
<header><strong>⚖ Gavel</strong><a href="/pair?lang=${lang === 'vi' ? 'en' : 'vi'}" lang="${lang === 'vi' ? 'en' : 'vi'}">${t.other}</a></header>
<main>
  <h1>${t.title}</h1>
  <p>${t.lead}</p>
  ${problem ? `<div class="problem" role="alert">${escape(problem)}</div>` : ''}
  <form method="post" action="/pair?lang=${lang}">
    <label for="code">${fill(t.code, { digits: CODE_DIGITS })}</label>
    <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="12" required autofocus value="${escape(opts.code ?? '')}">
    <label for="name">${t.nameLabel}</label>
    <input id="name" name="name" maxlength="${DEVICE_NAME_MAX}" required placeholder="${t.namePlaceholder}" value="${escape(opts.name ?? '')}">
    <button type="submit">${t.submit}</button>
  </form>
</main>
</body></html>`;
}

/**
 * What a screen the chair revoked (server/screens.ts) shows when it loads the display address
 * again, or a new browser once she stopped new screens joining: why it shows nothing, and how to
 * have it. No script, no form.
 */
export function screenRefusedPage(lang: Lang, kind: ScreenKind = 'hall', why: ScreenRefusal = 'revoked', inMixer = false): string {
  const t = pairPageWords[lang];
  const [title, text] = why === 'revoked' ? [t.screenRevokedTitle, t.screenRevoked] : [t.screenClosedTitle, t.screenClosed];
  // A broadcast overlay's page is a mixer's browser source, keyed over the programme: a dark page
  // would go on air as a full frame, so it stays transparent. In a mixer (common/broadcast.ts:
  // OBS, XSplit, or any with ?mixer=1 in its address) nothing is drawn at all (a note
  // anywhere on the frame goes on air too): why is in the title only. In a browser, where the
  // operator opens the address to see why the lower third went, a small corner line says it,
  // inside the title-safe area (10% in from the edges, as the lower third: OverlayPage.svelte).
  const onAir = kind === 'overlay' && inMixer;
  const style =
    kind === 'overlay'
      ? `html, body { background: transparent; margin: 0; overflow: hidden; }
  main { position: absolute; top: 10vh; left: 10vw; max-width: 36vw; padding: 0.8vh 1.2vh; border-radius: 0.8vh; background: rgb(11 21 38 / 0.85); color: #ffd7d4; font: 1.7vh/1.45 system-ui, "Segoe UI", Roboto, sans-serif; }
  h1 { font-size: inherit; margin: 0; }
  p { margin: 0; }`
      : `body { font: 3vmin/1.5 system-ui, "Segoe UI", Roboto, sans-serif; background: #0b1526; color: #f5f7fb; margin: 0; min-height: 100vh; display: flex; align-items: center; justify-content: center; }
  main { max-width: 70vw; text-align: center; }
  h1 { font-size: 5vmin; margin: 0 0 2vmin; color: #ffb4b0; }`;
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Gavel</title>
<style>
  ${style}
</style></head>
<body><main role="alert"${onAir ? ' hidden' : ''}><h1>${title}</h1><p>${text}</p></main></body></html>`;
}
