/**
 * Documents in browser mode: a console socket gets the preview over the WebSocket, and the .docx
 * downloads by GET /report/<doc> on the loopback listener (the review's path); a LAN display gets
 * neither; a bad request or an unknown session gets a sentence.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startServer, type GavelServer } from '../../../electron/server/server';
import type { ServerMessage } from '../../../electron/engine/protocol';
import { readDocx } from '../../docx';
import { newEngine, ok, seedBasics, tempDir } from '../helpers';

type Client = WebSocket & { inbox: ServerMessage[] };
let server: GavelServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

function openSocket(url: string): Promise<Client> {
  const ws = new WebSocket(url, { origin: new URL(url).origin.replace('ws:', 'http:') }) as Client;
  ws.inbox = [];
  ws.on('message', (data) => ws.inbox.push(JSON.parse(data.toString()) as ServerMessage));
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

async function ask(ws: Client, id: number, body: object): Promise<ServerMessage> {
  ws.send(JSON.stringify({ id, ...body }));
  await expect.poll(() => ws.inbox.some((m) => 'id' in m && m.id === id), { timeout: 20_000 }).toBe(true);
  return ws.inbox.find((m) => 'id' in m && m.id === id)!;
}

describe('documents: the preview over the WebSocket, the file by GET /report/<doc>', () => {
  it('gives a console the preview and the file, and refuses a display', async () => {
    const { engine } = newEngine();
    const { sessionId } = seedBasics(engine);
    ok(engine, 'record.setSession', { place: 'Hội trường Tỉnh ủy Hòa Bình' });
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'index.html'), '<title>console</title>');
    fs.writeFileSync(path.join(dir, 'hall.html'), '<title>hall</title>');
    server = await startServer({ engine, staticDir: dir, host: '127.0.0.1', port: 0, lanHost: '127.0.0.1', lanPort: 0 });
    const ws = await openSocket(`ws://127.0.0.1:${server.port}/ws`);

    const preview = await ask(ws, 1, { kind: 'report', request: { doc: 'minutes', sessionId }, format: 'preview', lang: 'en' });
    if (preview.kind !== 'report' || !preview.reply.ok || !('model' in preview.reply)) throw new Error('no preview');
    expect(preview.reply.model.parts[0].title).toBe('Biên bản');
    expect(preview.reply.model.missing.map((m) => m.text)).toContain('The session has no secretary.');

    const file = await fetch(`${server.url}report/notice?session=${sessionId}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain("filename*=UTF-8''thong-bao-ket-qua-ky-hop-11.docx");
    expect(readDocx(Buffer.from(await file.arrayBuffer())).text).toContain('Hội trường Tỉnh ủy Hòa Bình');
    const minutes = await fetch(`${server.url}report/minutes?session=${sessionId}&lang=en`);
    expect(minutes.status).toBe(200);
    expect(readDocx(Buffer.from(await minutes.arrayBuffer())).text).toContain('Hội trường Tỉnh ủy Hòa Bình');

    const missing = await ask(ws, 3, { kind: 'report', request: { doc: 'minutes', sessionId: 999 }, format: 'preview', lang: 'vi' });
    expect(missing).toMatchObject({ kind: 'report', reply: { ok: false, error: { code: 'not-found', message: 'Không tìm thấy kỳ họp số 999.' } } });
    const bad = await ask(ws, 4, { kind: 'report', request: { doc: 'agenda', sessionId }, format: 'preview', lang: 'en' });
    expect(bad).toMatchObject({ kind: 'report', reply: { ok: false, error: { code: 'invalid' } } });
    const unknown = await fetch(`${server.url}report/minutes?session=999`);
    expect([unknown.status, await unknown.text()]).toEqual([404, 'Không tìm thấy kỳ họp số 999.']);
    const badSitting = await fetch(`${server.url}report/minutes?session=${sessionId}&sitting=x&lang=en`);
    expect(badSitting.status).toBe(400);
    expect(await badSitting.text()).toMatch(/sitting/i);
    expect((await fetch(`${server.url}report/agenda?session=${sessionId}`)).status).toBe(404);

    // Over HTTP: a parameter that cannot be read is 400 with what was expected; an unknown session or sitting is 404.
    const status = async (q: string) => {
      const res = await fetch(`${server!.url}report/${q}`);
      return [res.status, await res.text()];
    };
    expect(await status('minutes?session=abc&lang=en')).toEqual([400, 'This address cannot be read: “abc” is not a session id (a whole number from 1).']);
    expect(await status('review-docx?session=abc')).toEqual([400, 'Địa chỉ không hợp lệ: «abc» không phải là mã kỳ họp (số nguyên từ 1).']);
    for (const q of ['session=', 'session=1.5', 'session=-1', 'session=0', `session=${sessionId}&lang=fr`, `session=${sessionId}&compare=1,x`]) {
      expect((await status(`attendance?${q}`))[0], q).toBe(400);
      expect((await status(`minutes?${q}`))[0], q).toBe(400);
    }
    expect(await status('review-xlsx?session=999&lang=en')).toEqual([404, 'No session with id 999.']);
    expect(await status(`minutes?session=${sessionId}&sitting=999&lang=en`)).toEqual([404, 'No sitting with id 999.']);

    const { urls } = await server.sharing(true);
    const display = new URL(urls[0]);
    const screen = await openSocket(`ws://127.0.0.1:${display.port}/ws?token=${display.searchParams.get('token')}`);
    const refused = await ask(screen, 5, { kind: 'report', request: { doc: 'minutes', sessionId }, format: 'preview' });
    expect(refused).toMatchObject({ kind: 'reply', reply: { ok: false, error: { code: 'display-read-only' } } });
    // The LAN listener never serves a document.
    expect((await fetch(`http://127.0.0.1:${display.port}/report/minutes?session=${sessionId}`)).status).not.toBe(200);
    ws.close();
    screen.close();
  }, 60_000);
});
