/**
 * A command pressed while the connection is down is not sent, and the view says so in red. When
 * the connection came back, a green "Back online" line showed while the red one kept saying "Not
 * connected… try again then" beside it, until the next action. Now, once connected, the view's line
 * says what became of the command and what to do: not sent, so do it again; its answer lost, so
 * check before doing it again. The console's own App, on a transport the test takes down and up.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import App from '../../src/App.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { TransportError, type Transport } from '../../src/lib/transport';
import type { Reply } from '../../electron/engine/protocol';
import type { StateUpdate } from '../../electron/engine/state';
import { newEngine, ok, seedBasics } from '../unit/helpers';

afterEach(() => {
  live.connected = false;
  document.body.innerHTML = '';
});

/** A session with one slip waiting, on a transport whose connection the test drops and brings back. */
function consoleOnLink(failure: 'offline' | 'lost') {
  const { engine } = newEngine();
  seedBasics(engine);
  const asker = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' }).id;
  const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
  ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tiến độ nhà ở xã hội?' });
  let up = true;
  const connection: ((c: boolean) => void)[] = [];
  const transport = {
    send: async (command: unknown): Promise<Reply> => {
      if (!up) throw new TransportError(failure);
      return engine.dispatch(command as never, { actor: 'chair', role: 'chair', lang: i18n.lang });
    },
    clock: async () => ({ serverTime: Date.now(), roundTrip: 1 }),
    onState: (l: (u: StateUpdate) => void) => {
      const { revision, slices } = engine.snapshot();
      l({ revision, serverTime: Date.now(), slices, full: true } as StateUpdate);
    },
    onConnection: (l: (c: boolean) => void) => void connection.push(l),
    sharing: null,
    admin: async () => ({ ok: false, error: { code: 'internal', message: 'none' } }),
  } as unknown as Transport;
  live.start(transport);
  const link = (connected: boolean) => {
    up = connected;
    connection.forEach((l) => l(connected));
    flushSync();
  };
  link(true);
  history.replaceState(null, '', '#questions');
  mount(App, { target: document.body });
  flushSync();
  return { link };
}

const nextQuestion = () => [...document.querySelectorAll<HTMLButtonElement>('main .actions button')].find((b) => /Next question|Câu hỏi tiếp theo/.test(b.textContent ?? ''))!;
const viewLine = () => document.querySelector('main .live p.error[role=alert]')?.textContent ?? null;
const backLine = () => document.querySelector('main p.back[role=status]')?.textContent ?? null;

describe('a command the connection kept from the engine, once the connection is back', () => {
  it('not sent: the red "try again then" gives way to what to do, beside "Back online"', async () => {
    i18n.set('en');
    const { link } = consoleOnLink('offline');
    link(false);
    nextQuestion().click();
    await vi.waitFor(() => expect(viewLine()).toBe('Not connected, so nothing was sent. It reconnects by itself; try again then.'));
    link(true);
    expect(backLine()).toBe('Back online: the screen shows the latest state.');
    expect(viewLine()).toBe('That was not sent while the connection was down. It is back now: do it again if it is still needed.');
    i18n.set('vi');
    flushSync();
    expect(viewLine()).toBe('Thao tác đó chưa được gửi vì mất kết nối. Kết nối đã khôi phục: hãy làm lại nếu vẫn cần.');
  }, 20_000);

  it('its answer lost: once back, it says to check the screen before doing it again', async () => {
    i18n.set('vi');
    const { link } = consoleOnLink('lost');
    link(false);
    nextQuestion().click();
    await vi.waitFor(() => expect(viewLine()).toBe('Mất kết nối trước khi nhận được trả lời nên chưa rõ thao tác đã được ghi nhận hay chưa. Khi kết nối lại, hãy xem màn hình trước khi làm lại.'));
    link(true);
    expect(viewLine()).toBe('Kết nối đã khôi phục, nhưng chưa rõ thao tác gửi trước khi mất kết nối đã được ghi nhận hay chưa: hãy xem màn hình, rồi làm lại nếu chưa có.');
    i18n.set('en');
    flushSync();
    expect(viewLine()).toBe('Back online, but whether that was recorded before the connection dropped is not known: check the screen, and do it again if it is not there.');
  }, 20_000);
});
