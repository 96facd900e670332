/**
 * Each page makes its own console id and sends it on every connect (`/ws?console=…`), so the
 * server tells two tabs of the chair's laptop apart (tests/unit/server/console-tabs.test.ts): the
 * id is one the server takes, and a reconnect of the same page sends the same one.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connect } from '../../src/lib/transport';
import { isConsoleId } from '../../common/consoleId';

class FakeSocket {
  static opened: string[] = [];
  readyState = 0;
  onopen: (() => void) | null = null;
  onclose: (() => void) | null = null;
  onmessage: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.opened.push(url);
  }
  send() {}
  close() {}
  addEventListener() {}
  removeEventListener() {}
}

afterEach(() => vi.unstubAllGlobals());

describe('the console id a page sends', () => {
  it('is on the WebSocket address, a valid id, the same for every socket the page opens', () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    connect();
    connect();
    const [first, second] = FakeSocket.opened.map((u) => new URL(u));
    expect(first.pathname).toBe('/ws');
    const id = first.searchParams.get('console');
    expect(isConsoleId(id)).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(second.searchParams.get('console')).toBe(id);
  });
});
