/**
 * What a hostile web page on the chair's laptop, or a guest on the LAN, can throw at browser
 * mode below the command level: broken WebSocket frames, odd paths, foreign Host names,
 * encoded path tricks. None of it may stop the server or change the state.
 */
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import net from 'node:net';
import crypto from 'node:crypto';
import { CONNECTIONS_PER_ADDRESS, CONSOLE_LIMITS, HTTP_SERVER_OPTIONS } from '../../../electron/server/guards';
import { dumpDb } from '../helpers';
import { alive, frame, rawExchange, seededPerTest, upgradeRequest } from './wire';
import { next, openSocket, type Client } from './ws-client';

/** A connection that sends `start` and then nothing (a slow-loris); `closed` resolves with what the server answered. */
function holdOpen(port: number, start: string): Promise<{ sock: net.Socket; closed: Promise<string> }> {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    let got = '';
    const closed = new Promise<string>((done) => sock.on('close', () => done(got)));
    sock.on('data', (d) => (got += d.toString('latin1')));
    sock.on('error', () => {});
    sock.on('connect', () => {
      sock.write(start);
      resolve({ sock, closed });
    });
  });
}

/** The reply to a command sent as the console sends it (over its socket), by id. */
async function replyTo(ws: Client, id: number): Promise<{ ok: boolean; error?: { code: string; message: string } }> {
  await expect.poll(() => ws.inbox.some((m) => m.kind === 'reply' && m.id === id)).toBe(true);
  return (ws.inbox.find((m) => m.kind === 'reply' && m.id === id) as { reply: { ok: boolean; error?: { code: string; message: string } } }).reply;
}

describe('hostile input below the command level', () => {
  const start = seededPerTest();

  it('survives every WebSocket protocol error on the console listener, with a close code', async () => {
    const { db, server: s } = await start();
    const before = dumpDb(db);
    const big = Buffer.alloc((1 << 20) + 10, 0x61);
    const cases: [string, Buffer][] = [
      ['message over 1 MiB', frame(1, big)],
      ['16 MiB binary message header', frame(2, Buffer.alloc(16 << 20))],
      ['invalid UTF-8 text', frame(1, Buffer.from([0xc3, 0x28, 0xff]))],
      ['reserved opcode', frame(3, Buffer.from('x'))],
      ['unmasked client frame', frame(1, Buffer.from('{}'), { mask: false })],
      ['200-byte ping', frame(9, Buffer.alloc(200))],
      ['reserved bits set', frame(1, Buffer.from('{}'), { rsv: 4 })],
      ['fragmented control frame', frame(9, Buffer.from('x'), { fin: false })],
    ];
    for (const [name, bytes] of cases) {
      const reply = await rawExchange(s.port, upgradeRequest(s.port), (sock) => sock.write(bytes));
      expect(reply, name).toMatch(/^HTTP\/1.1 101/);
      // The server answers a protocol error with a close frame (opcode 8) and stays up.
      expect(reply.slice(reply.indexOf('\r\n\r\n') + 4), name).toContain('\x88');
      expect(await alive(s.port), name).toBe(true);
    }
    expect(dumpDb(db)).toEqual(before);
  });

  it('survives a LAN display that sends a message over 64 KiB', async () => {
    const { server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const token = display.searchParams.get('token')!;
    const lanPort = Number(display.port);
    const ws = new WebSocket(`ws://127.0.0.1:${lanPort}/ws?token=${token}`, { origin: `http://127.0.0.1:${lanPort}` });
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    ws.send('x'.repeat(65 * 1024));
    expect(await closed).toBe(1009);
    expect(await alive(s.port)).toBe(true);
    expect(await alive(lanPort, '127.0.0.1', `?token=${token}`)).toBe(true);
  });

  it('survives a request for // (and other unparsable paths) on both listeners', async () => {
    const { server: s } = await start();
    for (const p of ['//', '//ws', '///', '//x:y@z']) {
      const reply = await rawExchange(s.port, upgradeRequest(s.port, p));
      expect(reply, p).toMatch(/^HTTP\/1.1 (400|403|404)/);
      const get = await rawExchange(s.port, `GET ${p} HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nConnection: close\r\n\r\n`);
      expect(get, p).toMatch(/^HTTP\/1.1 (400|403|404)/);
    }
    expect(await alive(s.port)).toBe(true);
    const { urls } = await s.sharing(true);
    const lanPort = Number(new URL(urls[0]).port);
    for (const p of ['//', '//ws']) {
      const get = await rawExchange(lanPort, `GET ${p} HTTP/1.1\r\nHost: 127.0.0.1:${lanPort}\r\nConnection: close\r\n\r\n`);
      expect(get, p).toMatch(/^HTTP\/1.1 (400|403|404)/);
      const up = await rawExchange(lanPort, upgradeRequest(lanPort, p));
      expect(up, p).toMatch(/^HTTP\/1.1 (400|403|404)/);
    }
    expect(await alive(s.port)).toBe(true);
  });

  it('refuses DNS rebinding: only loopback Host names on the console listener', async () => {
    const { server: s } = await start();
    const foreign = `rebind.example:${s.port}`;
    const up = await rawExchange(s.port, upgradeRequest(s.port, '/ws', foreign, `http://${foreign}`));
    expect(up).toMatch(/^HTTP\/1.1 403/);
    const page = await rawExchange(s.port, `GET / HTTP/1.1\r\nHost: ${foreign}\r\nConnection: close\r\n\r\n`);
    expect(page).toMatch(/^HTTP\/1.1 403/);
    expect(page).not.toContain('console');
    // A loopback name on another port is a different origin too.
    const otherPort = await rawExchange(s.port, `GET / HTTP/1.1\r\nHost: 127.0.0.1:1\r\nConnection: close\r\n\r\n`);
    expect(otherPort).toMatch(/^HTTP\/1.1 403/);
    for (const host of [`127.0.0.1:${s.port}`, `localhost:${s.port}`, `[::1]:${s.port}`]) {
      const ok = await rawExchange(s.port, `GET / HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(ok, host).toMatch(/^HTTP\/1.1 200/);
      const ws = await rawExchange(s.port, upgradeRequest(s.port, '/ws', host, `http://${host}`));
      expect(ws, host).toMatch(/^HTTP\/1.1 101/);
    }
  });

  it('refuses DNS rebinding on the LAN listener: only its own address', async () => {
    const { server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const token = display.searchParams.get('token')!;
    const lanPort = Number(display.port);
    const foreign = `rebind.example:${lanPort}`;
    const page = await rawExchange(lanPort, `GET /hall?token=${token} HTTP/1.1\r\nHost: ${foreign}\r\nConnection: close\r\n\r\n`);
    expect(page).toMatch(/^HTTP\/1.1 403/);
    const up = await rawExchange(lanPort, upgradeRequest(lanPort, `/ws?token=${token}`, foreign, `http://${foreign}`));
    expect(up).toMatch(/^HTTP\/1.1 403/);
    const own = await rawExchange(lanPort, `GET /hall?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${lanPort}\r\nConnection: close\r\n\r\n`);
    expect(own).toMatch(/^HTTP\/1.1 200/);
  });

  it('never serves the console page on the LAN listener, however the path is encoded', async () => {
    const { server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const token = display.searchParams.get('token')!;
    const base = `http://127.0.0.1:${display.port}`;
    for (const p of ['/assets/..%2findex.html', '/assets/%2e%2e/index.html', '/assets/..%5cindex.html', '/assets/%2e%2e%2findex.html', '/assets/..%2f..%2fetc%2fpasswd']) {
      const res = await rawExchange(Number(display.port), `GET ${p}?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${display.port}\r\nConnection: close\r\n\r\n`);
      expect(res, p).toMatch(/^HTTP\/1.1 (403|404)/);
      expect(res, p).not.toContain('<title>console</title>');
    }
    expect((await fetch(`${base}/assets/hall.js?token=${token}`)).status).toBe(200);
  });

  it('closes a LAN display that floods messages (1008), and caps open sockets (503)', async () => {
    const { server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const lanPort = Number(display.port);
    const query = `?token=${display.searchParams.get('token')}`;
    const ws = new WebSocket(`ws://127.0.0.1:${lanPort}/ws${query}`, { origin: `http://127.0.0.1:${lanPort}` });
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise<number>((r) => ws.once('close', (code) => r(code)));
    for (let i = 0; i < 100; i++) ws.send(JSON.stringify({ kind: 'ping', id: i }));
    expect(await closed).toBe(1008);
    expect(await alive(lanPort, '127.0.0.1', query)).toBe(true);

    const open: WebSocket[] = [];
    for (let i = 0; i < CONSOLE_LIMITS.maxSockets; i++) {
      const c = new WebSocket(`ws://127.0.0.1:${s.port}/ws`, { origin: `http://127.0.0.1:${s.port}` });
      await new Promise((r) => c.once('open', r));
      open.push(c);
    }
    const refused = await rawExchange(s.port, upgradeRequest(s.port));
    expect(refused).toMatch(/^HTTP\/1.1 503/);
    open.pop()!.close();
    await expect.poll(() => alive(s.port)).toBe(true);
    for (const c of open) c.close();
  });

  it('refuses a WebSocket from any page but its own: a foreign, missing, "null" or other-port Origin, on both listeners', async () => {
    const { server: s } = await start();
    const own = `127.0.0.1:${s.port}`;
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${s.port + 1}`, `http://localhost.evil.example:${s.port}`, 'not a url']) {
      const reply = await rawExchange(s.port, upgradeRequest(s.port, '/ws', own, origin));
      expect(reply, origin).toMatch(/^HTTP\/1.1 403/);
    }
    const noOrigin = upgradeRequest(s.port).replace(/Origin: [^\r]*\r\n/, '');
    expect(await rawExchange(s.port, noOrigin)).toMatch(/^HTTP\/1.1 403/);

    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const lanPort = Number(display.port);
    const path = `/ws?token=${display.searchParams.get('token')}`;
    for (const origin of ['http://evil.example', 'null', `http://127.0.0.1:${s.port}`]) {
      expect(await rawExchange(lanPort, upgradeRequest(lanPort, path, `127.0.0.1:${lanPort}`, origin)), origin).toMatch(/^HTTP\/1.1 403/);
    }
    expect(await alive(s.port)).toBe(true);
  });

  it('never serves a file outside the UI, nor anything but a named document under /report/, however the path is written', async () => {
    const { server: s } = await start();
    const paths = [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/..%5c..%5c..%5cwindows%5cwin.ini',
      '/assets/%252e%252e/index.html',
      '/%00/etc/passwd',
      '/%E0%A4%A',
      '/report/../../../etc/passwd',
      '/report/..%2f..%2fetc%2fpasswd',
      '/report/%2e%2e/gavel.sqlite',
      '/report/minutes/../../../../etc/passwd',
      '/report/minutes%00.docx',
    ];
    for (const p of paths) {
      const res = await rawExchange(s.port, `GET ${p} HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nConnection: close\r\n\r\n`);
      const status = Number(/^HTTP\/1.1 (\d{3})/.exec(res)?.[1]);
      // Either refused, or the console page itself (a path that normalises to "/"): never a file from elsewhere.
      expect([200, 400, 403, 404], p).toContain(status);
      expect(res, p).not.toMatch(/root:|\[fonts\]|SQLite format/);
      if (status === 200) expect(res, p).toContain('<title>console</title>');
    }
    // A report's query with hostile values: a sentence, not a guess.
    for (const q of ['session=1%20OR%201', 'session=-1', 'lang=../../etc', 'compare=1,../2', `session=${'9'.repeat(5000)}`]) {
      const res = await fetch(`${s.url}report/minutes?${q}`);
      expect(res.status, q).toBe(400);
      expect(await res.text(), q).toMatch(/\S/);
    }
    expect(await alive(s.port)).toBe(true);
  });

  it('answers commands of the wrong shape with a sentence, changing nothing: wrong types, very long text, unknown fields, hostile keys', async () => {
    const { db, server: s } = await start();
    const before = dumpDb(db);
    const ws = await openSocket(`ws://127.0.0.1:${s.port}/ws`);
    await next(ws, 'hello');
    const huge = 'Nguyễn '.repeat(100_000); // ~0.8 MiB: under the socket's limit, far over any field's
    const bad: unknown[] = [
      { type: 'delegate.add', fullName: 42, voting: true },
      { type: 'delegate.add', fullName: ['a'], voting: 'yes' },
      { type: 'delegate.add', fullName: huge, voting: true },
      { type: 'delegate.add', fullName: 'Trần Văn A', voting: true, isChair: true },
      { type: 'delegate.add', fullName: 'Trần Văn A', voting: true, seatNumber: 1e308 },
      { type: 'delegate.add', fullName: 'Trần Văn A', voting: true, seatNumber: -1 },
      JSON.parse('{"type":"delegate.add","fullName":"Trần Văn A","voting":true,"__proto__":{"admin":true}}'),
      { type: 'delegate.add', fullName: 'Trần Văn A', voting: true, constructor: { prototype: { x: 1 } } },
      { type: 'no.such.command' },
      { type: 'x'.repeat(10_000) },
      { type: 42 },
      { type: ['delegate.add'] },
      null,
      'delegate.add',
      [],
      {},
    ];
    for (const [i, command] of bad.entries()) {
      ws.send(JSON.stringify({ kind: 'command', id: 100 + i, command, lang: 'en', cid: 'c'.repeat(10_000) }));
      const reply = await replyTo(ws, 100 + i);
      expect(reply.ok, JSON.stringify(command)?.slice(0, 80)).toBe(false);
      expect(reply.error!.code).not.toBe('internal');
      // A sentence for the chair, not a stack trace, and not the 10 000-character name echoed back whole.
      expect(reply.error!.message).toMatch(/^\S.{3,}/);
      expect(reply.error!.message).not.toMatch(/\n\s+at /);
      expect(reply.error!.message.length).toBeLessThan(2000);
    }
    // Messages that are not one of ours at all are dropped; the socket stays open and answers pings.
    for (const junk of ['', 'null', '[]', '{"kind":"nope","id":1}', '{"id":1e400}', '\u0000'.repeat(1000)]) ws.send(junk);
    ws.send(JSON.stringify({ kind: 'ping', id: 7 }));
    expect(await next(ws, 'pong')).toMatchObject({ id: 7 });
    expect(dumpDb(db)).toEqual(before);
    ws.close();
  });

  it('refuses a message whose id is not a safe integer (1e400 is Infinity to JSON) without running it, and without echoing the id', async () => {
    const { db, server: s } = await start();
    const before = dumpDb(db);
    const ws = await openSocket(`ws://127.0.0.1:${s.port}/ws`);
    await next(ws, 'hello');
    const add = '"command":{"type":"delegate.add","fullName":"Trần Văn Id","voting":true}';
    // Written by hand: JSON.stringify cannot make 1e400, and a page's own JSON text can.
    const ids = ['1e400', '-1e400', '1.5', '9007199254740993', '"1"', '"<img src=x onerror=alert(1)>"', '{"toString":1}', '[1]', 'true', 'null'];
    const frames = [...ids.map((id) => `{"kind":"command","id":${id},${add},"lang":"en"}`), '{"kind":"command",' + add + ',"lang":"en"}', '{"kind":"ping","id":1e400}', '{"kind":"admin","id":"x","request":{"op":"backups.now"}}', '{"kind":"sharing","id":0.5,"enable":true}', '{"kind":"report","id":1e999,"request":{}}'];
    for (const text of frames) ws.send(text);
    ws.send(JSON.stringify({ kind: 'ping', id: 9 }));
    await next(ws, 'pong');
    const replies = ws.inbox.filter((m) => m.kind === 'reply');
    expect(replies).toHaveLength(frames.length);
    for (const reply of replies) {
      expect(reply).toEqual({ kind: 'reply', id: null, reply: { ok: false, error: { code: 'malformed-id', message: expect.any(String), text: expect.any(Object) } } });
    }
    const { error } = (replies[0] as { reply: { error: { message: string; text: { vi: string } } } }).reply;
    expect(error.message).toBe('The message was refused: its id must be a whole number from −9007199254740991 to 9007199254740991. Nothing was run.');
    expect(error.text.vi).toBe('Thông điệp bị từ chối: mã của thông điệp phải là số nguyên từ −9007199254740991 đến 9007199254740991. Chưa thực hiện gì.');
    expect(JSON.stringify(ws.inbox)).not.toMatch(/Infinity|img|Trần Văn Id/);
    // Nothing ran: no delegate, no backup, no sharing, no journal row.
    expect(dumpDb(db)).toEqual(before);
    expect((await s.sharing()).on).toBe(false);
    // The largest safe ids, and 0 and negative ones, are ordinary ids.
    for (const id of [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0]) {
      ws.send(JSON.stringify({ kind: 'ping', id }));
      expect(await next(ws, 'pong')).toMatchObject({ id });
    }
    expect(await alive(s.port)).toBe(true);
    ws.close();
  });

  it('keeps answering through a flood of malformed messages on the console socket, each in turn', async () => {
    const { db, server: s } = await start();
    const before = dumpDb(db);
    const ws = await openSocket(`ws://127.0.0.1:${s.port}/ws`);
    await next(ws, 'hello');
    for (let i = 0; i < 2000; i++) {
      ws.send(i % 2 ? '{"kind":' : JSON.stringify({ kind: 'command', id: i, command: { type: 'delegate.add', fullName: i } }));
    }
    ws.send(JSON.stringify({ kind: 'ping', id: -1 }));
    await expect.poll(() => ws.inbox.some((m) => m.kind === 'pong'), { timeout: 20_000 }).toBe(true);
    expect(ws.inbox.filter((m) => m.kind === 'reply')).toHaveLength(1000);
    expect(dumpDb(db)).toEqual(before);
    expect(await alive(s.port)).toBe(true);
    ws.close();
  }, 30_000);

  it('drops slow-loris connections: a request never finished is answered 408 within the headers timeout, and one address cannot hold the LAN listener', async () => {
    const { server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const lanPort = Number(display.port);
    const query = `?token=${display.searchParams.get('token')}`;
    const t0 = Date.now();
    // A guest on the LAN opens as many connections as one address may hold, each with a request begun and never ended.
    const held = [];
    for (let i = 0; i < CONNECTIONS_PER_ADDRESS; i++) held.push(await holdOpen(lanPort, `GET /hall${query} HTTP/1.1\r\nHost: 127.0.0.1:${lanPort}\r\nX-Slow: `));
    // One more from the same address is cut at once.
    const extra = await holdOpen(lanPort, `GET /hall${query} HTTP/1.1\r\n`);
    expect(await extra.closed).toBe('');
    // The chair's own listener is not affected, and an idle connection (no byte at all) is timed out too.
    const idle = await holdOpen(s.port, '');
    const slowUpgrade = await holdOpen(s.port, upgradeRequest(s.port).slice(0, 40));
    expect(await alive(s.port)).toBe(true);
    for (const { closed } of [...held, idle, slowUpgrade]) expect(await closed).toMatch(/^HTTP\/1.1 408/);
    expect(Date.now() - t0).toBeLessThan(HTTP_SERVER_OPTIONS.headersTimeout! + 5_000);
    // Once they are gone, the LAN listener serves again.
    expect(await alive(lanPort, '127.0.0.1', query)).toBe(true);
  }, 30_000);
});

describe('hostile input, second pass: nesting, binary and fragmented frames, headers, methods, the pairing form', () => {
  const start = seededPerTest();
  /** JSON nested `depth` levels deep: `[[[…1…]]]`. */
  const nested = (depth: number) => '['.repeat(depth) + '1' + ']'.repeat(depth);

  it('answers deeply nested JSON in a command, a maintenance request, a report and a sharing message, changing nothing', async () => {
    const { db, server: s } = await start();
    const before = dumpDb(db);
    const ws = await openSocket(`ws://127.0.0.1:${s.port}/ws`);
    await next(ws, 'hello');
    const deep = nested(200_000); // 400 KB, under the console's 1 MiB
    ws.send(`{"kind":"command","id":1,"lang":"en","command":{"type":"delegate.add","fullName":"A","voting":true,"seatNumber":${deep}}}`);
    ws.send(`{"kind":"command","id":2,"lang":"en","command":${deep}}`);
    ws.send(`{"kind":"command","id":3,"lang":"en","command":{"type":"agenda.import","rows":[${nested(5000)}]}}`);
    for (const id of [1, 2, 3]) {
      const reply = await replyTo(ws, id);
      expect(reply.ok, String(id)).toBe(false);
      expect(reply.error!.code, String(id)).not.toBe('internal');
    }
    ws.send(`{"kind":"admin","id":4,"lang":"en","request":${deep}}`);
    ws.send(`{"kind":"admin","id":5,"lang":"en","request":{"op":"backups.restore","name":${deep}}}`);
    ws.send(`{"kind":"report","id":6,"lang":"en","request":{"doc":"minutes","sessionId":${deep}}}`);
    ws.send(`{"kind":"report","id":7,"lang":"en","request":${deep}}`);
    ws.send(`{"kind":"sharing","id":8,"lang":"en","enable":${deep}}`);
    for (const id of [4, 5, 6, 7]) await expect.poll(() => ws.inbox.some((m) => 'id' in m && m.id === id)).toBe(true);
    for (const id of [6, 7]) expect(ws.inbox.find((m) => m.kind === 'report' && m.id === id), String(id)).toMatchObject({ reply: { ok: false } });
    ws.send(JSON.stringify({ kind: 'ping', id: 9 }));
    expect(await next(ws, 'pong')).toMatchObject({ id: 9 });
    expect(dumpDb(db)).toEqual(before);
    ws.close();
  });

  it('refuses text holding a control character (a NUL, an escape) with a sentence in the console’s language, changing nothing', async () => {
    const { db, server: s } = await start();
    const before = dumpDb(db);
    const ws = await openSocket(`ws://127.0.0.1:${s.port}/ws`);
    await next(ws, 'hello');
    ws.send(JSON.stringify({ kind: 'command', id: 21, lang: 'en', command: { type: 'delegate.add', fullName: 'Trần\u0000Văn A', voting: true } }));
    ws.send(JSON.stringify({ kind: 'command', id: 22, lang: 'vi', command: { type: 'delegate.add', fullName: 'Trần Văn A\u001b[2J', voting: true } }));
    expect(await replyTo(ws, 21)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('contains an invisible control character (such as NUL)') } });
    expect(await replyTo(ws, 22)).toMatchObject({ ok: false, error: { code: 'invalid', message: expect.stringContaining('chứa ký tự điều khiển') } });
    expect(dumpDb(db)).toEqual(before);
    // Tabs and line breaks are not refused (a name's become one space; a note keeps them).
    ws.send(JSON.stringify({ kind: 'command', id: 23, lang: 'en', command: { type: 'delegate.add', fullName: 'Trần\tVăn\r\nB', voting: true } }));
    expect(await replyTo(ws, 23)).toMatchObject({ ok: true });
    ws.close();
  });

  it('takes a command in a binary frame or in fragments as in one text frame, and drops binary junk, the socket still answering', async () => {
    const { db, server: s } = await start();
    const before = dumpDb(db);
    const command = Buffer.from(JSON.stringify({ kind: 'command', id: 11, lang: 'en', command: { type: 'no.such.command' } }));
    const half = command.length >> 1;
    const ping = Buffer.from(JSON.stringify({ kind: 'ping', id: 12 }));
    const bytes = Buffer.concat([
      frame(2, crypto.randomBytes(4096)),
      frame(2, Buffer.from([0xff, 0xfe, 0x00, 0x7b])),
      frame(1, command.subarray(0, half), { fin: false }),
      frame(9, Buffer.from('between')), // a ping between two fragments is allowed
      frame(0, command.subarray(half)),
      frame(2, ping),
    ]);
    const reply = await rawExchange(s.port, upgradeRequest(s.port), (sock) => sock.write(bytes));
    expect(reply).toMatch(/^HTTP\/1.1 101/);
    expect(reply).toContain('"unknown-command"');
    expect(reply).toContain('"kind":"pong","id":12');
    expect(await alive(s.port)).toBe(true);
    expect(dumpDb(db)).toEqual(before);
  });

  it('answers huge, odd or missing headers on both listeners with a status, and goes on serving', async () => {
    const { server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const token = display.searchParams.get('token')!;
    const lanPort = Number(display.port);
    for (const port of [s.port, lanPort]) {
      const host = `127.0.0.1:${port}`;
      const requests: [string, RegExp][] = [
        [`GET /hall?token=${token} HTTP/1.1\r\nHost: ${host}\r\nCookie: ${'a'.repeat(20_000)}=1\r\nConnection: close\r\n\r\n`, /^HTTP\/1.1 431/],
        [`GET /hall?token=${token} HTTP/1.1\r\nHost: ${host}\r\nCookie: ${'x=%E0%A4%A; '.repeat(1000)}gavel_device=%ZZ; gavel_display=%\r\nConnection: close\r\n\r\n`, /^HTTP\/1.1 (200|403)/],
        [`GET /${'a'.repeat(20_000)} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, /^HTTP\/1.1 (414|431)/],
        [`GET /${'%2e%2e/'.repeat(1000)}etc/passwd HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, /^HTTP\/1.1 (403|404)/],
        [`GET / HTTP/1.1\r\nConnection: close\r\n\r\n`, /^HTTP\/1.1 (400|403)/],
        [`GET / HTTP/1.1\r\nHost: ${host}\r\nHost: evil.example\r\nConnection: close\r\n\r\n`, /^HTTP\/1.1 403/],
        [`GET / HTTP/1.1\r\nHost: ${host}\r\nX-Bad: \u0001\r\nConnection: close\r\n\r\n`, /^HTTP\/1.1 (400|403|200)/],
        [`GET / HTTP/1.0\r\n\r\n`, /^HTTP\/1.1 (400|403)/],
        [`\u0000\u0001garbage\r\n\r\n`, /^HTTP\/1.1 400/],
        [upgradeRequest(port, `/ws?token=${token}`, host, `http://${host}`, `Cookie: ${'b'.repeat(20_000)}\r\n`), /^HTTP\/1.1 431/],
        [upgradeRequest(port, `/ws?token=${token}`, host, `http://${host}`).replace('Sec-WebSocket-Version: 13', 'Sec-WebSocket-Version: 99'), /^HTTP\/1.1 (400|426)/],
        [upgradeRequest(port, `/ws?token=${token}`, host, `http://${host}`).replace(/Sec-WebSocket-Key: [^\r]*/, 'Sec-WebSocket-Key: short'), /^HTTP\/1.1 400/],
      ];
      for (const [request, status] of requests) {
        const res = await rawExchange(port, request);
        expect(res, `${port} ${request.slice(0, 60)}`).toMatch(status);
      }
      expect(await alive(port, '127.0.0.1', port === lanPort ? `?token=${token}` : '')).toBe(true);
    }
  });

  it('refuses a page, file or document a page of another origin makes the browser request (Sec-Fetch-Site), on both listeners; its own pages, typed addresses and clients without the header are served', async () => {
    const { server: s } = await start();
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const token = display.searchParams.get('token')!;
    const lanPort = Number(display.port);
    const get = (port: number, path: string, site?: string) =>
      rawExchange(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${site ? `Sec-Fetch-Site: ${site}\r\n` : ''}Connection: close\r\n\r\n`);
    for (const [port, path] of [[s.port, '/'], [s.port, '/report/review-docx?compare=1,1,1'], [s.port, '/report/minutes'], [lanPort, `/hall?token=${token}`]] as const) {
      for (const site of ['cross-site', 'same-site']) {
        const res = await get(port, path, site);
        expect(res, `${site} ${port}${path}`).toMatch(/^HTTP\/1.1 403/);
        expect(res).not.toContain('<title>');
      }
    }
    for (const site of ['same-origin', 'none', undefined]) {
      expect(await get(s.port, '/', site), String(site)).toMatch(/^HTTP\/1.1 200/);
      expect(await get(lanPort, `/hall?token=${token}`, site), String(site)).toMatch(/^HTTP\/1.1 200/);
    }
  });

  it('refuses every method but GET and HEAD on pages, files and documents, on both listeners', async () => {
    const { db, server: s } = await start();
    const before = dumpDb(db);
    const { urls } = await s.sharing(true);
    const display = new URL(urls[0]);
    const token = display.searchParams.get('token')!;
    const lanPort = Number(display.port);
    for (const [port, path] of [[s.port, '/'], [s.port, '/report/minutes?session=1'], [s.port, '/assets/x.js'], [lanPort, `/hall?token=${token}`], [lanPort, `/report/minutes?token=${token}`]] as const) {
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'FOO']) {
        const res = await rawExchange(port, `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`);
        expect(res, `${method} ${port}${path}`).toMatch(/^HTTP\/1.1 (400|403|404|405|501)/);
      }
    }
    expect(await alive(s.port)).toBe(true);
    expect(dumpDb(db)).toEqual(before);
  });

  it('answers a pairing form that is too big, malformed or from another page with the pairing page, pairing nothing', async () => {
    const { db, server: s } = await start();
    const before = dumpDb(db);
    const { pairing } = await s.sharing({ pair: 'start' });
    const lanPort = Number(new URL(pairing!.urls[0]).port);
    const host = `127.0.0.1:${lanPort}`;
    const post = (body: string | Buffer, origin = `http://${host}`, type = 'application/x-www-form-urlencoded') =>
      rawExchange(lanPort, Buffer.concat([Buffer.from(`POST /pair HTTP/1.1\r\nHost: ${host}\r\nOrigin: ${origin}\r\nContent-Type: ${type}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n`), Buffer.from(body)]));
    expect(await post(`code=${pairing!.code}&name=${'n'.repeat(100_000)}`)).toMatch(/^HTTP\/1.1 413/);
    expect(await post(`code=${pairing!.code}&name=x`, 'http://evil.example')).toMatch(/^HTTP\/1.1 403/);
    expect(await post(`code=%E0%A4%A&name=%ZZ%00`)).toMatch(/^HTTP\/1.1 (400|403)/);
    expect(await post(Buffer.from([0xff, 0xfe, 0xfd]))).toMatch(/^HTTP\/1.1 400/);
    expect(await post(`code=${pairing!.code}&name=${'\u0000'.repeat(10)}`)).toMatch(/^HTTP\/1.1 400/);
    expect(await post('{"code":"1","name":"x"}', `http://${host}`, 'application/json')).toMatch(/^HTTP\/1.1 (400|403)/);
    expect(dumpDb(db)).toEqual(before);
    expect(await alive(s.port)).toBe(true);
  });
});
