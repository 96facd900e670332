/**
 * Seeded fuzz of the socket with fast-check: random commands (real types, random fields and
 * values, hostile keys and text) and random raw WebSocket frames. Nothing may throw, stop the
 * server or change the state unless the engine said ok.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { commands } from '../../../electron/engine/commands';
import { startServer, type GavelServer } from '../../../electron/server/server';
import { lastRevision } from '../../../electron/store/journal';
import { dumpDb, newEngine, seedBasics, tempDir } from '../helpers';
import { alive, frame, rawExchange, upgradeRequest } from '../server/wire';

const SEED = 18;
const TYPES = Object.keys(commands);
const FIELDS = ['id', 'fullName', 'title', 'name', 'mode', 'rows', 'line', 'seatNumber', 'voting', 'date', 'part', 'delegateId', 'choice', '__proto__', 'constructor', 'type'];

const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('\ud800', 'a\udfffb', '\u0000', 'Nguyễn'.normalize('NFD'), 'x'.repeat(5000), '"}', '../..'),
);
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  v: fc.oneof(
    { depthSize: 'small' },
    hostileText,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('v'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...FIELDS), tie('v'), { maxKeys: 4 }),
  ),
})).v;
const command = fc.record({
  type: fc.oneof(fc.constantFrom(...TYPES), hostileText),
  fields: fc.dictionary(fc.constantFrom(...FIELDS), value, { maxKeys: 6 }),
});

describe('seeded fuzz', () => {
  it('commands: every reply is a reply, and a refusal changes nothing', () => {
    const { engine, db } = newEngine();
    seedBasics(engine);
    fc.assert(
      fc.property(command, ({ type, fields }) => {
        const before = lastRevision(db);
        const snapshot = dumpDb(db);
        // As the socket delivers it: through JSON, so __proto__ is an own key.
        const raw = JSON.parse(JSON.stringify({ ...fields, type })) as unknown;
        const reply = engine.dispatch(raw, { actor: 'fuzz', lang: 'en' });
        if (!reply.ok) {
          expect(reply.error.code).not.toBe('internal');
          expect(lastRevision(db)).toBe(before);
          expect(dumpDb(db)).toEqual(snapshot);
        } else {
          expect(reply.revision).toBe(before + 1);
        }
      }),
      { seed: SEED, numRuns: 400 },
    );
  }, 60_000);

  describe('over the socket', () => {
    let server: GavelServer;
    let port: number;
    beforeAll(async () => {
      const { engine } = newEngine();
      seedBasics(engine);
      server = await startServer({ engine, staticDir: tempDir(), host: '127.0.0.1', port: 0 });
      port = server.port;
    });
    afterAll(() => server.close());

    it('raw frames: random opcodes, bits, masks and bytes never stop the server', async () => {
      const rawFrame = fc.record({
        opcode: fc.integer({ min: 0, max: 15 }),
        payload: fc.uint8Array({ maxLength: 300 }),
        mask: fc.boolean(),
        fin: fc.boolean(),
        rsv: fc.integer({ min: 0, max: 7 }),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(rawFrame, { minLength: 1, maxLength: 4 }), fc.uint8Array({ maxLength: 64 }), async (frames, junk) => {
          const bytes = Buffer.concat([...frames.map((f) => frame(f.opcode, Buffer.from(f.payload), f)), Buffer.from(junk)]);
          await rawExchange(port, upgradeRequest(port), (sock) => sock.write(bytes));
          expect(await alive(port)).toBe(true);
        }),
        { seed: SEED, numRuns: 60 },
      );
    }, 60_000);

    it('messages: random JSON and text on a real socket get a reply or nothing, never a crash', async () => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { origin: `http://127.0.0.1:${port}` });
      await new Promise((r) => ws.once('open', r));
      const message = fc.oneof(
        hostileText,
        command.map(({ type, fields }) => JSON.stringify({ kind: 'command', id: 1, command: { ...fields, type }, lang: 'en' })),
        fc.record({ kind: fc.constantFrom('command', 'ping', 'sharing', 'admin', 'x'), id: value, request: value, command: value }).map((m) => JSON.stringify(m)),
      );
      await fc.assert(
        fc.asyncProperty(message, async (text) => {
          ws.send(text);
          expect(await alive(port)).toBe(true);
        }),
        { seed: SEED, numRuns: 150 },
      );
      ws.close();
    }, 60_000);
  });
});
