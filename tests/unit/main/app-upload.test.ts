/**
 * The desktop app's "Restore from a file…" (POST app://gavel/backup-upload, answered by the app://
 * protocol handler): no Electron binary runs here, so its route is tested as the handler runs it,
 * with the web's Request and Response (what protocol.handle gives and takes) against a real
 * keeper on a real data folder. The decisions are browser mode's (upload.ts uploadDecision):
 * checked here with good and hostile inputs for both routes' origin rules.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Keeper } from '../../../electron/features/backups/keeper';
import { backupsDir, listBackups } from '../../../electron/features/backups/store';
import { uploadDecision, type UploadRequest } from '../../../electron/features/backups/upload';
import { isAppOrigin, isBackupUpload, takeAppUpload } from '../../../electron/main/app-upload';
import { sameOrigin } from '../../../electron/server/guards';
import { BACKUP_UPLOAD_MAX_MB } from '../../../common/limits';
import { dumpDb, manualClock, ok, tempDir } from '../helpers';

const URL_OK = 'app://gavel/backup-upload?lang=en&name=ban-sao.sqlite';

describe('which app:// request is the upload', () => {
  it.each([
    [URL_OK, true],
    ['app://gavel/backup-upload', true],
    ['app://evil/backup-upload', false],
    ['app://gavel.evil/backup-upload', false],
    ['app://user:pw@gavel/backup-upload', false],
    ['http://gavel/backup-upload', false],
    ['https://gavel/backup-upload', false],
    ['app://gavel/backup-upload/', false],
    ['app://gavel/backup-upload/../backup-upload/x', false],
    ['app://gavel/Backup-Upload', false],
    ['app://gavel/backup/gavel.sqlite', false],
    ['not a url', false],
  ])('%s: %s', (url, upload) => {
    expect(isBackupUpload(url)).toBe(upload);
  });

  it.each([
    ['app://gavel', true],
    [null, false],
    ['null', false],
    ['', false],
    ['app://gavel/', false],
    ['app://gavel.evil', false],
    ['app://evil', false],
    ['app://user@gavel', false],
    ['http://gavel', false],
    ['file://', false],
    ['http://127.0.0.1:5330', false],
  ])('Origin %s is the console’s page: %s', (origin, own) => {
    expect(isAppOrigin(origin)).toBe(own);
  });
});

describe('uploadDecision: the same answer before any byte is read, for both routes', () => {
  const browserOwn = (origin: string | null) => sameOrigin(origin ?? undefined, '127.0.0.1:5330');
  const request = (over: Partial<Record<string, string | null>> & { method?: string; url?: string } = {}, ownOrigin: UploadRequest['ownOrigin'] = isAppOrigin): UploadRequest => {
    const headers: Record<string, string | null> = { origin: 'app://gavel', 'content-type': 'application/octet-stream', 'content-length': '4096', ...over };
    return { method: over.method ?? 'POST', url: over.url ?? URL_OK, headers: (n) => headers[n] ?? null, ownOrigin };
  };
  const status = (r: UploadRequest, max?: number) => {
    const d = uploadDecision(r, max);
    return 'refuse' in d ? d.refuse.status : 200;
  };

  it('takes the console’s own upload: its language, the name only to say, the length it declares', () => {
    expect(uploadDecision(request())).toEqual({ take: { lang: 'en', label: 'ban-sao.sqlite', declared: 4096, maxBytes: BACKUP_UPLOAD_MAX_MB * 1024 * 1024, withoutWal: false } });
    // The chair's second step after a file copied while open came without its -wal; nothing else passes for it.
    expect(uploadDecision(request({ url: `${URL_OK}&withoutWal=1` }))).toMatchObject({ take: { withoutWal: true } });
    for (const flag of ['true', '', '2']) expect(status(request({ url: `${URL_OK}&withoutWal=${flag}` })), flag).toBe(400);
    expect(uploadDecision(request({ 'content-length': null }))).toMatchObject({ take: { declared: null } });
    expect(status(request({ 'content-type': 'Application/Octet-Stream; charset=binary' }))).toBe(200);
    // Browser mode's rule: its own host.
    expect(status(request({ origin: 'http://127.0.0.1:5330' }, browserOwn))).toBe(200);
  });

  it('refuses another method, another page, a form’s type, in both routes', () => {
    for (const [method, code] of [['GET', 405], ['PUT', 405], ['OPTIONS', 405]] as const) expect(status(request({ method }))).toBe(code);
    for (const origin of [null, 'null', 'app://evil', 'https://evil.example', 'http://127.0.0.1:5330']) expect(status(request({ origin }))).toBe(403);
    for (const origin of [null, 'null', 'app://gavel', 'http://127.0.0.1:5331', 'http://localhost:5330']) expect(status(request({ origin }, browserOwn))).toBe(403);
    for (const type of [null, 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'text/plain']) expect(status(request({ 'content-type': type }))).toBe(415);
  });

  it('refuses a length that is not a plain number, or past the limit, in the language asked', () => {
    for (const length of ['0x10', '1e3', '-1', ' 5', '5 ', '', 'NaN', '12345678901234567']) expect(status(request({ 'content-length': length })), length).toBe(400);
    const big = uploadDecision(request({ url: 'app://gavel/backup-upload?lang=vi', 'content-length': String(BACKUP_UPLOAD_MAX_MB * 1024 * 1024 + 1) }));
    expect(big).toMatchObject({ refuse: { status: 413 } });
    expect('refuse' in big && big.refuse.reply?.ok === false && big.refuse.reply.error.message).toContain(`${BACKUP_UPLOAD_MAX_MB} MB`);
    expect(status(request({ 'content-length': '5000' }), 4096)).toBe(413);
  });

  it('never takes a path from the name, and speaks Vietnamese unless asked otherwise', () => {
    const take = (url: string) => {
      const d = uploadDecision(request({ url }));
      return 'take' in d ? d.take : null;
    };
    expect(take('app://gavel/backup-upload?name=..%2F..%2Fgavel.sqlite')?.label).toBe('gavel.sqlite');
    expect(take('app://gavel/backup-upload?name=C%3A%5CUsers%5Cchair%5Cban-sao.sqlite')?.label).toBe('ban-sao.sqlite');
    expect(take('app://gavel/backup-upload?name=a%0D%0Ab%00.sqlite')?.label).toBe('ab.sqlite');
    expect(take('app://gavel/backup-upload?name=')?.label).toBe('gavel.sqlite');
    expect(take(`app://gavel/backup-upload?name=${'x'.repeat(500)}`)?.label).toHaveLength(120);
    expect(take('app://gavel/backup-upload?lang=fr')?.lang).toBe('vi');
    expect(take('app://gavel/backup-upload')?.lang).toBe('vi');
  });
});

describe('the desktop app’s route, as its protocol handler runs it', () => {
  const keepers: Keeper[] = [];
  afterEach(() => keepers.splice(0).forEach((k) => k.db.open && k.close()));

  /** A council with Hằng, saved away on "the USB stick", then Việt added after it. */
  function withSavedCopy() {
    const clock = manualClock();
    const keeper = new Keeper(path.join(tempDir(), 'gavel.sqlite'), { clock: () => clock, log: () => {} });
    keepers.push(keeper);
    ok(keeper.engine, 'council.save', { name: 'Hội đồng nhân dân xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
    ok(keeper.engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' });
    const backup = keeper.backup('manual')!;
    const usb = path.join(tempDir(), 'gavel-HDND-xa-Luong-Son.sqlite');
    fs.copyFileSync(path.join(backupsDir(keeper.file), backup.name), usb);
    ok(keeper.engine, 'delegate.add', { fullName: 'Đặng Quốc Việt' });
    const restore = (file: string, label: string, lang: 'vi' | 'en', actor: string) => keeper.restoreFile(file, label, lang, actor);
    return { keeper, usb, restore };
  }
  const delegates = (keeper: Keeper) => keeper.engine.db.prepare('SELECT full_name FROM delegate ORDER BY id').pluck().all();
  const uploadsLeft = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('gavel-upload-')).length;
  /** A body that records whether anything read it. */
  function watchedBody(bytes: Uint8Array) {
    const seen = { read: false };
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        seen.read = true;
        controller.enqueue(bytes);
        controller.close();
      },
      // Pulled only when read (the default would pull once to fill its queue).
    }, { highWaterMark: 0 });
    return { stream, seen };
  }
  const post = (body: ReadableStream<Uint8Array> | Uint8Array, headers: Record<string, string> = {}, url = URL_OK) =>
    new Request(url, { method: 'POST', headers: { Origin: 'app://gavel', 'Content-Type': 'application/octet-stream', ...headers }, body, duplex: 'half' } as RequestInit);

  it('restores the copy streamed from the page, listed as brought in, as the journal’s “desktop”', async () => {
    const { keeper, usb, restore } = withSavedCopy();
    const left = uploadsLeft();
    const { stream } = watchedBody(new Uint8Array(fs.readFileSync(usb)));
    const res = await takeAppUpload(restore, post(stream));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const reply = await res.json();
    expect(reply.ok).toBe(true);
    expect(delegates(keeper)).toEqual(['Nguyễn Thị Hằng']);
    expect(listBackups(keeper.file).map((b) => b.reason)).toEqual(expect.arrayContaining(['brought-in', 'before-restore', 'after-restore']));
    expect(keeper.db.prepare("SELECT actor FROM journal WHERE type = 'backup.restored'").pluck().get()).toBe('desktop');
    expect(uploadsLeft()).toBe(left);
  });

  it('refuses another origin, another host and a form without reading the body, changing nothing', async () => {
    const { keeper, usb, restore } = withSavedCopy();
    const was = dumpDb(keeper.engine.db);
    const backups = listBackups(keeper.file).map((b) => b.name);
    const bytes = new Uint8Array(fs.readFileSync(usb));
    for (const [headers, code] of [
      [{ Origin: 'null' }, 403],
      [{ Origin: 'https://evil.example' }, 403],
      [{ Origin: 'app://evil' }, 403],
      [{ 'Content-Type': 'multipart/form-data; boundary=x' }, 415],
      [{ 'Content-Type': 'text/plain' }, 415],
    ] as const) {
      const { stream, seen } = watchedBody(bytes);
      const res = await takeAppUpload(restore, post(stream, headers));
      expect(res.status, JSON.stringify(headers)).toBe(code);
      expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(seen.read, JSON.stringify(headers)).toBe(false);
    }
    const get = await takeAppUpload(restore, new Request(URL_OK, { headers: { Origin: 'app://gavel' } }));
    expect([get.status, get.headers.get('allow')]).toEqual([405, 'POST']);
    expect(dumpDb(keeper.engine.db)).toEqual(was);
    expect(listBackups(keeper.file).map((b) => b.name)).toEqual(backups);
  });

  it('refuses a body that grows past the limit (no length said), in words, restoring nothing and leaving no file', async () => {
    let restored = 0;
    const left = uploadsLeft();
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new Uint8Array(1024));
        controller.close();
      },
    });
    const res = await takeAppUpload(() => (restored++, { ok: true, revision: 0, value: null }), post(chunks, {}, 'app://gavel/backup-upload?lang=vi'), 4096);
    expect(res.status).toBe(413);
    const reply = await res.json();
    expect(reply.ok).toBe(false);
    expect(reply.error.message).toMatch(/chưa khôi phục|không khôi phục/);
    expect(restored).toBe(0);
    expect(uploadsLeft()).toBe(left);
  });

  it('refuses a document chosen by mistake in the page’s language, changing nothing', async () => {
    const { keeper, restore } = withSavedCopy();
    const was = dumpDb(keeper.engine.db);
    const res = await takeAppUpload(restore, post(new TextEncoder().encode('Biên bản kỳ họp thứ 3'), {}, 'app://gavel/backup-upload?lang=vi&name=bien-ban.docx'));
    const reply = await res.json();
    expect(reply.ok).toBe(false);
    expect(reply.error.message).toContain('bien-ban.docx không phải là bản sao lưu của Gavel');
    expect(dumpDb(keeper.engine.db)).toEqual(was);
  });
});
