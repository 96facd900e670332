/**
 * The pairing page a second laptop opens on the LAN: one form (code and device name), no
 * script, in the browser's language (Vietnamese unless it asks for English first).
 */
import type { IncomingMessage } from 'node:http';

type Lang = 'vi' | 'en';
export type PairProblem = 'wrong' | 'expired' | 'locked' | 'origin' | 'name' | 'revoked';

const text = {
  vi: {
    title: 'Ghép nối máy thư ký',
    lead: 'Nhập mã ghép nối đang hiển thị trên máy của chủ tọa (mục «Thêm người điều hành») và đặt tên cho máy này.',
    code: 'Mã ghép nối (6 chữ số)',
    nameLabel: 'Tên máy này',
    namePlaceholder: 'Thư ký - laptop 2',
    submit: 'Ghép nối',
    other: 'English',
    wrong: 'Mã ghép nối không đúng. Hãy xem lại mã trên máy của chủ tọa.',
    expired: 'Mã ghép nối đã hết hạn. Hãy đề nghị chủ tọa tạo mã mới.',
    locked: 'Nhập sai quá nhiều lần; chức năng ghép nối tạm khóa một phút. Hãy thử lại sau.',
    origin: 'Yêu cầu ghép nối không đến từ trang này nên bị từ chối.',
    name: 'Hãy đặt tên cho máy này (tối đa 60 ký tự).',
    revoked: 'Máy này không còn được phép truy cập (đã bị thu hồi hoặc không xác định). Hãy ghép nối lại bằng mã mới.',
  },
  en: {
    title: 'Pair a secretary’s console',
    lead: 'Type the pairing code shown on the chair’s console (under “Add an operator”) and name this device.',
    code: 'Pairing code (6 digits)',
    nameLabel: 'Name of this device',
    namePlaceholder: 'Secretary - laptop 2',
    submit: 'Pair',
    other: 'Tiếng Việt',
    wrong: 'That pairing code is not right. Check the code on the chair’s console.',
    expired: 'That pairing code has expired. Ask the chair for a new one.',
    locked: 'Too many wrong codes; pairing is locked for a minute. Try again then.',
    origin: 'The pairing request did not come from this page, so it was refused.',
    name: 'Give this device a name (at most 60 characters).',
    revoked: 'This device may no longer connect (revoked or unknown). Pair it again with a new code.',
  },
} satisfies Record<Lang, Record<string, string>>;

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

export function pairPage(lang: Lang, opts: { problem?: PairProblem; code?: string; name?: string; message?: string } = {}): string {
  const t = text[lang];
  const problem = opts.message ?? (opts.problem ? t[opts.problem] : '');
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
    <label for="code">${t.code}</label>
    <input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" maxlength="12" required autofocus value="${escape(opts.code ?? '')}">
    <label for="name">${t.nameLabel}</label>
    <input id="name" name="name" maxlength="60" required placeholder="${t.namePlaceholder}" value="${escape(opts.name ?? '')}">
    <button type="submit">${t.submit}</button>
  </form>
</main>
</body></html>`;
}
