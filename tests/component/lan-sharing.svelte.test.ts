import { flushSync, tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount, unmountAll } from './mount';
import LanSharing from '../../src/features/hall/LanSharing.svelte';
import { sharing } from '../../src/features/hall/sharing.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import type { SharingRequest, SharingStatus } from '../../electron/engine/protocol';
import type { Transport } from '../../src/lib/transport';
import { answerAsk } from './on-engine.svelte';

const ON: SharingStatus = {
  on: true,
  urls: ['http://192.168.1.10:5171/hall?token=abc'],
  displays: 2,
  screens: [],
  newScreens: true,
  pairing: null,
  reach: [],
  devices: { connected: [1], lastSeen: {} },
  activity: [],
  notice: null,
};

/** The chair's transport, recording every sharing request. */
function chairTransport(requests: SharingRequest[], now: SharingStatus = ON): Transport {
  return {
    send: async () => ({ ok: true, revision: 1, value: null }),
    clock: async () => ({ serverTime: Date.now(), roundTrip: 1 }),
    onState: () => {},
    onConnection: () => {},
    sharing: async (request = {}) => {
      // Reads (no field) refresh the count; only changes are recorded.
      if (Object.keys(request).length) requests.push(request);
      return request.enable === false ? { ...ON, on: false, urls: [], displays: 0, devices: { connected: [], lastSeen: {} } } : now;
    },
    admin: async () => ({ ok: false, error: { code: 'internal', message: 'none' } }),
  };
}

describe('stopping LAN sharing', () => {
  it('asks first while screens or a secretary are connected, and No keeps sharing', async () => {
    const requests: SharingRequest[] = [];
    live.start(chairTransport(requests));
    sharing.status = ON;
    for (const [lang, stop, asked] of [
      ['vi', 'Dừng chia sẻ', 'Dừng chia sẻ? Các màn hình và máy thư ký đang kết nối (3) sẽ mất kết nối ngay.'],
      ['en', 'Stop sharing', 'Stop sharing? The screens and secretary’s consoles connected now (3) lose the session at once.'],
    ] as const) {
      i18n.set(lang);
      mount(LanSharing, { target: document.body });
      flushSync();
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === stop)!;
      button.click();
      // Asked in the page, its button named by the step; No (Cancel) sends nothing.
      expect(await answerAsk(false)).toEqual({ asked: expect.stringContaining(asked), button: stop });
      await tick();
      expect(requests).toEqual([]);
      unmountAll();
    }
    // Yes stops it.
    mount(LanSharing, { target: document.body });
    flushSync();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Stop sharing')!.click();
    await answerAsk(true);
    await vi.waitFor(() => expect(requests).toEqual([{ enable: false }]));
  });

  it('stops at once when nothing is connected', async () => {
    const requests: SharingRequest[] = [];
    const idle = { ...ON, displays: 0, devices: { connected: [], lastSeen: {} } };
    live.start(chairTransport(requests, idle));
    sharing.status = idle;
    i18n.set('en');
    mount(LanSharing, { target: document.body });
    flushSync();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Stop sharing')!.click();
    await vi.waitFor(() => expect(requests).toEqual([{ enable: false }]));
    expect(document.querySelector('[data-ask]')).toBeNull();
  });
});

describe('what this start did to sharing', () => {
  it('tells the chair, in both languages, that a copy (or an older Gavel’s or a damaged record) was not shared and that sharing moved to another port', async () => {
    const moved: SharingStatus = { ...ON, notice: { reason: 'moved', from: 5171, to: 5172, consoles: ['http://192.168.1.10:5172/'] } };
    const copy: SharingStatus = { ...ON, on: false, urls: [], displays: 0, notice: { reason: 'copy' } };
    const unrecorded: SharingStatus = { ...copy, notice: { reason: 'unrecorded' } };
    const unreadable: SharingStatus = { ...copy, notice: { reason: 'unreadable' } };
    for (const [status, lang, says] of [
      [moved, 'en', 'port 5171 is used by another program, so Gavel shares on port 5172. Each hall screen must open the new address below; on the secretary’s laptop, open http://192.168.1.10:5172/ (it stays paired).'],
      [moved, 'vi', 'cổng 5171 đang bị chương trình khác dùng, nên Gavel chia sẻ ở cổng 5172. Từng màn hình hội trường phải mở địa chỉ mới dưới đây; trên máy của thư ký, hãy mở http://192.168.1.10:5172/ (vẫn giữ ghép nối).'],
      [copy, 'en', 'Sharing was not turned back on: this data folder was shared on another computer or in another folder (a copy)'],
      [copy, 'vi', 'Chưa bật lại chia sẻ: thư mục dữ liệu này đã được chia sẻ trên máy khác hoặc ở thư mục khác (một bản sao)'],
      [unrecorded, 'en', 'Sharing was not turned back on: an older Gavel recorded it without saying on which computer'],
      [unrecorded, 'vi', 'Chưa bật lại chia sẻ: phiên bản Gavel cũ đã ghi lại việc chia sẻ mà không ghi là trên máy nào'],
      [unreadable, 'en', 'the file that remembers it (lan-sharing.json in the data folder) is damaged or was edited'],
      [unreadable, 'vi', 'tệp ghi nhớ việc chia sẻ (lan-sharing.json trong thư mục dữ liệu) bị hỏng hoặc đã bị sửa'],
    ] as const) {
      live.start(chairTransport([], status));
      sharing.status = status;
      i18n.set(lang);
      mount(LanSharing, { target: document.body });
      await vi.waitFor(() => expect(document.querySelector('[data-testid="lan-notice"]')?.textContent).toContain(says));
      expect(document.querySelector('[data-testid="lan-notice"]')!.getAttribute('role')).toBe('alert');
      unmountAll();
    }
  });
});
