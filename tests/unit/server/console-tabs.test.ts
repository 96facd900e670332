/**
 * Two tabs of the chair's own laptop come from one address under one actor. The stale-view check
 * tells them apart by the console id each screen sends on connect (common/consoleId.ts): a command
 * sent from a tab that had not seen the other tab's change is refused, as one from another laptop
 * is, and a tab is never told about its own change. A console id that is not one is refused at the
 * upgrade, and the server goes on.
 */
import { describe, expect, it } from 'vitest';
import { dumpDb, ok } from '../helpers';
import { alive, seededPerTest } from './wire';
import { openSocket, type Client } from './ws-client';
import type { Reply } from '../../../electron/engine/protocol';

let nextId = 1;
/** Sends a command as the console does and waits for its reply. */
async function command(ws: Client, command: Record<string, unknown>, lang: 'vi' | 'en' = 'en'): Promise<Reply> {
  const id = nextId++;
  ws.send(JSON.stringify({ kind: 'command', id, command, lang }));
  await expect.poll(() => ws.inbox.some((m) => m.kind === 'reply' && m.id === id)).toBe(true);
  return (ws.inbox.find((m) => m.kind === 'reply' && m.id === id) as { reply: Reply }).reply;
}

const TAB_A = 'a3f09c1d2b7e4f6a8c0d1e2f3a4b5c6d';
const TAB_B = '5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b';

describe('two tabs of the chair’s laptop', () => {
  const start = seededPerTest();

  async function twoTabs(a: string | null = TAB_A, b: string | null = TAB_B) {
    const { engine, db, server } = await start();
    const url = (c: string | null) => `ws://127.0.0.1:${server.port}/ws${c ? `?console=${c}` : ''}`;
    const [tabA, tabB] = [await openSocket(url(a)), await openSocket(url(b))];
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công', method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 40 });
    return { engine, db, tabA, tabB, id, seen: engine.current.revision };
  }

  it('tells a tab whose view is older than the other tab’s count, in its language, and changes nothing', async () => {
    const { engine, db, tabA, tabB, id, seen } = await twoTabs();
    expect((await command(tabA, { type: 'vote.tally', id, for: 30, against: 5, abstain: 2, seen })).ok).toBe(true);
    const before = dumpDb(db);
    const en = await command(tabB, { type: 'vote.tally', id, for: 38, against: 1, abstain: 1, seen }, 'en');
    expect(en).toMatchObject({ ok: false, error: { code: 'stale', message: 'The vote count was changed by the chair after you looked at it. Check it and try again.' } });
    const vi = await command(tabB, { type: 'vote.tally', id, for: 38, against: 1, abstain: 1, seen }, 'vi');
    expect(vi.ok ? '' : vi.error.message).toBe('Kết quả kiểm phiếu vừa được chủ tọa thay đổi sau khi anh/chị xem. Hãy xem lại rồi thực hiện lại.');
    expect(dumpDb(db)).toEqual(before);
    expect(engine.current.votes[0].tally).toMatchObject({ for: 30, against: 5, abstain: 2 });
    // Sent again on the view that shows tab A's count, it goes through.
    expect((await command(tabB, { type: 'vote.tally', id, for: 38, against: 1, abstain: 1, seen: engine.current.revision })).ok).toBe(true);
    // And then tab A, still on its own older view, is told about tab B's.
    const back = await command(tabA, { type: 'vote.tally', id, for: 31, against: 5, abstain: 2, seen });
    expect(back.ok ? '' : back.error.code).toBe('stale');
  });

  it('never tells a tab about its own change', async () => {
    const { engine, tabA, tabB, id, seen } = await twoTabs();
    // Quick corrections on one view: the second is made on the view before the first.
    expect((await command(tabA, { type: 'vote.tally', id, for: 30, against: 5, abstain: 2, seen })).ok).toBe(true);
    expect((await command(tabA, { type: 'vote.tally', id, for: 32, against: 5, abstain: 2, seen })).ok).toBe(true);
    expect(engine.current.votes[0].tally).toMatchObject({ for: 32 });
    // Its socket dropped and came back (the same tab, the same id): still its own change.
    tabA.close();
    const again = await openSocket(`ws://127.0.0.1:${new URL(tabB.url).port}/ws?console=${TAB_A}`);
    expect((await command(again, { type: 'vote.tally', id, for: 33, against: 5, abstain: 2, seen })).ok).toBe(true);
  });

  it('journals which tab sent each command', async () => {
    const { engine, db, tabA, tabB, id, seen } = await twoTabs();
    expect((await command(tabA, { type: 'vote.tally', id, for: 30, against: 5, abstain: 2, seen })).ok).toBe(true);
    expect((await command(tabB, { type: 'vote.tally', id, for: 30, against: 4, abstain: 3, seen: engine.current.revision })).ok).toBe(true);
    const rows = db.prepare("SELECT actor, device_id, console_id FROM journal WHERE type = 'vote.tally' ORDER BY revision").all();
    expect(rows).toEqual([
      { actor: 'browser@127.0.0.1', device_id: null, console_id: TAB_A },
      { actor: 'browser@127.0.0.1', device_id: null, console_id: TAB_B },
    ]);
    // The engine's own callers name no console, and one that is not an id is none.
    engine.dispatch({ type: 'vote.tally', id, for: 1, against: 0, abstain: 0 }, { actor: 'system', lang: 'en', consoleId: 'x'.repeat(500) });
    expect(db.prepare("SELECT console_id FROM journal WHERE type = 'vote.tally' ORDER BY revision DESC LIMIT 1").pluck().get()).toBeNull();
  });

  it('keeps two screens that send no console id one sender, as before', async () => {
    const { tabA, tabB, id, seen } = await twoTabs(null, null);
    expect((await command(tabA, { type: 'vote.tally', id, for: 30, against: 5, abstain: 2, seen })).ok).toBe(true);
    expect((await command(tabB, { type: 'vote.tally', id, for: 38, against: 1, abstain: 1, seen })).ok).toBe(true);
  });

  it('refuses a console id that is not one, and goes on serving', async () => {
    const { db, server } = await start();
    const before = dumpDb(db);
    const hostile = [
      ['too long', 'a'.repeat(65)],
      ['far too long', 'b'.repeat(100_000)],
      ['a NUL', 'abcdefgh%00'],
      ['a newline', 'abcdefgh%0Aforged%20log%20line'],
      ['an escape', '%1B%5B31mabcdefgh'],
      ['a space', 'abcd%20efgh'],
      ['not ASCII', 'bàn-chủ-tọa-1'],
      ['JSON', '%7B%22id%22%3A1%7D'],
      ['a list', '%5B1%2C2%5D'],
      ['empty', ''],
      ['too short', 'abc'],
      ['given twice', `${TAB_A}&console=${TAB_B}`],
    ];
    for (const [what, value] of hostile) {
      const url = `ws://127.0.0.1:${server.port}/ws?console=${value}`;
      await expect(openSocket(url), what).rejects.toThrow(/HTTP 4\d\d/);
    }
    expect(await alive(server.port)).toBe(true);
    expect(await alive(server.port, '127.0.0.1', `?console=${TAB_A}`)).toBe(true);
    expect(dumpDb(db)).toEqual(before);
  });

  it('refuses one on the LAN listener too', async () => {
    const { server } = await start();
    const { urls } = await server.sharing(true);
    const display = new URL(urls[0]);
    const token = display.searchParams.get('token')!;
    const lanPort = Number(display.port);
    await expect(openSocket(`ws://127.0.0.1:${lanPort}/ws?token=${token}&console=${'x'.repeat(65)}`)).rejects.toThrow('HTTP 400');
    expect(await alive(lanPort, '127.0.0.1', `?token=${token}&console=${TAB_A}`)).toBe(true);
  });
});
