import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mount, unmountAll } from './mount';
import OperatorsPanel from '../../src/features/operators/OperatorsPanel.svelte';
import { sharing } from '../../src/features/hall/sharing.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, seedBasics } from '../unit/helpers';
import { answerAsk } from './on-engine.svelte';

describe('what the operators did', () => {
  it('names the hall screen modes the secretary chose in the console language', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { revision, slices } = engine.snapshot();
    const at = Date.UTC(2026, 11, 8, 1, 35);
    sharing.status = {
      ...sharing.status,
      activity: [
        { revision: 2, at, actor: 'Thư ký - laptop 2', type: 'hall.setMode', payload: { mode: 'speakers' } },
        { revision: 1, at, actor: 'Thư ký - laptop 2', type: 'hall.setMode', payload: { mode: 'auto' } },
      ],
    };
    for (const [lang, modes] of [['vi', ['Danh sách phát biểu', 'Tự động']], ['en', ['Speaker queue', 'Automatic']]] as const) {
      i18n.set(lang);
      mount(OperatorsPanel, { target: document.body, props: { data: { ...slices, revision } as State } });
      flushSync();
      const lines = [...document.querySelectorAll('[data-testid="operator-activity"] li')].map((li) => li.textContent ?? '');
      expect(lines).toHaveLength(2);
      lines.forEach((line, i) => expect(line).toContain(modes[i]));
      unmountAll();
    }
  });
});

describe('two paired laptops of one name', () => {
  it('tells them apart in the list and in the revoke question', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { revision, slices } = engine.snapshot();
    const first = new Date(2026, 11, 8, 7, 5).getTime();
    const second = new Date(2026, 11, 8, 13, 40).getTime();
    const devices = [
      { id: 1, name: 'Máy thư ký', role: 'secretary' as const, pairedAt: first, lastSeenAt: first, revokedAt: null, lastAddress: '192.168.1.23' },
      { id: 2, name: 'Máy thư ký', role: 'secretary' as const, pairedAt: second, lastSeenAt: second, revokedAt: null, lastAddress: '192.168.1.41' },
    ];
    // The addresses are the devices' own (kept in the database): shown with LAN sharing off too.
    sharing.status = { ...sharing.status, on: false, devices: { connected: [], lastSeen: {} }, activity: [] };
    for (const [lang, words] of [['vi', ['Ghép nối lúc 07:05 ngày 08/12/2026', 'Ghép nối lúc 13:40 ngày 08/12/2026']], ['en', ['Paired at 07:05 on 8 Dec 2026', 'Paired at 13:40 on 8 Dec 2026']]] as const) {
      i18n.set(lang);
      mount(OperatorsPanel, { target: document.body, props: { data: { ...slices, devices, revision } as State } });
      flushSync();
      // Newest first: the laptop paired at 13:40, connected from .41, then the one from .23.
      const lines = [...document.querySelectorAll('[data-testid="device-identity"]')].map((el) => el.textContent ?? '');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toContain(words[1]);
      expect(lines[0]).toContain('192.168.1.41');
      expect(lines[1]).toContain(words[0]);
      expect(lines[1]).toContain('192.168.1.23');
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="device-row"] button')];
      expect(new Set(buttons.map((b) => b.getAttribute('aria-label'))).size).toBe(2);
      buttons[1].click();
      const { asked, button } = await answerAsk(false);
      expect(asked).toContain(words[0]);
      expect(asked).toContain('192.168.1.23');
      expect(button).toBe(lang === 'vi' ? 'Thu hồi' : 'Revoke');
      unmountAll();
    }
  });
});

describe('a pairing code on the chair’s panel', () => {
  it('says when the code lapsed unused, and says nothing of one cancelled or used before its time', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { revision, slices } = engine.snapshot();
    // The chair's console in browser mode: a transport that shares (the panel's own polling is not started: never connected).
    live.start({
      send: async () => ({ ok: true, revision: 1, value: null }),
      clock: async () => ({ serverTime: Date.now(), roundTrip: 1 }),
      onState: () => {},
      onConnection: () => {},
      sharing: async () => sharing.status,
      admin: async () => ({ ok: false, error: { code: 'internal', message: 'none' } }),
    });
    const at = (ms: number) => new Date(Date.now() + ms).getTime();
    const show = (pairing: { code: string; expiresAt: number } | null) => {
      sharing.status = { ...sharing.status, on: true, urls: ['http://192.168.1.10:5171/hall?token=x'], pairing: pairing && { ...pairing, urls: [`http://192.168.1.10:5171/pair?code=${pairing.code}`] } };
      flushSync();
    };
    for (const [lang, words] of [['vi', 'Mã 779 889 đã hết hạn lúc'], ['en', 'The code 779 889 expired at']] as const) {
      i18n.set(lang);
      mount(OperatorsPanel, { target: document.body, props: { data: { ...slices, revision } as State } });
      // Cancelled (or used) before its time: back to the button, nothing said.
      show({ code: '123456', expiresAt: at(60_000) });
      expect(document.querySelector('[data-testid="pairing-code"]')?.textContent).toBe('123 456');
      show(null);
      expect(document.querySelector('.lapsed')).toBeNull();
      // Lapsed: the server stops showing it once its time is past.
      show({ code: '779889', expiresAt: at(-1) });
      show(null);
      const said = document.querySelector('.lapsed');
      expect(said?.getAttribute('role')).toBe('status');
      expect(said?.textContent).toContain(words);
      // A new code replaces the line.
      show({ code: '246810', expiresAt: at(300_000) });
      expect(document.querySelector('.lapsed')).toBeNull();
      unmountAll();
    }
  });
});
