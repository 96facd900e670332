import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import QueuePanel from '../../src/features/questions/QueuePanel.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { shortcuts } from '../../src/lib/shortcuts.svelte';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
});

describe('registering a question slip from the keyboard', () => {
  it('Ctrl+Enter in the question text registers the slip; Enter alone stays a new line', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Lê Thị Ngọc Đạt', seatNumber: 3 });
    const official = ok(engine, 'delegate.add', { fullName: 'Bùi Quang Huy', title: 'Chủ tịch UBND tỉnh', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
    const stateOf = () => {
      const { revision, slices } = engine.snapshot();
      return { ...slices, revision } as State;
    };
    const props = $state({ data: stateOf() });
    const send = vi.spyOn(live, 'send').mockImplementation(async (type, payload) => {
      const reply = engine.run(type, payload as never, { actor: 'chair', lang: 'vi', role: 'chair' });
      props.data = stateOf();
      return reply as never;
    });
    app = mount(QueuePanel, { target: document.body, props });
    flushSync();
    const asker = document.querySelector<HTMLInputElement>('#asker-person')!;
    asker.value = '3';
    asker.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    asker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    const respondent = document.querySelector<HTMLSelectElement>('select[aria-label="Người trả lời"]')!;
    respondent.value = String(respondentId);
    respondent.dispatchEvent(new Event('change', { bubbles: true }));
    const text = document.querySelector('textarea')!;
    text.value = 'Tiến độ cấp giấy chứng nhận quyền sử dụng đất?';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(send).not.toHaveBeenCalled();
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(engine.current.questions.list).toHaveLength(1));
    expect(engine.current.questions.list[0]).toMatchObject({ text: 'Tiến độ cấp giấy chứng nhận quyền sử dụng đất?', respondentId });
    // The button says so.
    expect(document.querySelector('button[type=submit]')?.textContent).toContain('Ctrl');
  });
});

describe('the secretary’s way back to a new slip', () => {
  it('/ from outside a field puts the keyboard in the asking delegate’s box', () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Lê Thị Ngọc Đạt', seatNumber: 3 });
    const { revision, slices } = engine.snapshot();
    window.addEventListener('keydown', shortcuts.handle);
    try {
      app = mount(QueuePanel, { target: document.body, props: { data: { ...slices, revision } as State } });
      flushSync();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
      expect(document.activeElement).toBe(document.querySelector('#asker-person'));
      expect(document.querySelector('label[for=asker-person] .shortcut')?.textContent).toBe('/');
    } finally {
      window.removeEventListener('keydown', shortcuts.handle);
    }
  });
});

describe('a slip whose answer comes late', () => {
  it('does not wipe the next slip typed while it waited (the connection dropped and it was asked again)', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Lê Thị Ngọc Đạt', seatNumber: 3 });
    const official = ok(engine, 'delegate.add', { fullName: 'Bùi Quang Huy', title: 'Chủ tịch UBND tỉnh', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
    const { revision, slices } = engine.snapshot();
    let answer: (reply: { ok: true; revision: number; value: unknown }) => void = () => {};
    const send = vi.spyOn(live, 'send').mockImplementation(() => new Promise((resolve) => (answer = resolve as typeof answer)));
    app = mount(QueuePanel, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    const asker = document.querySelector<HTMLInputElement>('#asker-person')!;
    asker.value = '3';
    asker.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    asker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    const respondent = document.querySelector<HTMLSelectElement>('select[aria-label="Người trả lời"]')!;
    respondent.value = String(respondentId);
    respondent.dispatchEvent(new Event('change', { bubbles: true }));
    const text = document.querySelector('textarea')!;
    text.value = 'Tiến độ cấp giấy chứng nhận quyền sử dụng đất?';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(send).toHaveBeenCalledTimes(1);
    // The next question is being written when the first one's answer finally comes.
    text.value = 'Giải pháp xử lý lấn chiếm đất công?';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    answer({ ok: true, revision: 99, value: { id: 1 } });
    await Promise.resolve();
    await Promise.resolve();
    flushSync();
    expect(document.querySelector('textarea')!.value).toBe('Giải pháp xử lý lấn chiếm đất công?');
    send.mockRestore();
  });
});

describe('a slip sent before its people are chosen', () => {
  it('says nobody matches the asking delegate typed, then to choose the respondent, in words, sending nothing (not "… must be a number")', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Lê Thị Ngọc Đạt', seatNumber: 3 });
    const official = ok(engine, 'delegate.add', { fullName: 'Bùi Quang Huy', title: 'Chủ tịch UBND tỉnh', voting: false }).id;
    ok(engine, 'respondent.add', { delegateId: official });
    const { revision, slices } = engine.snapshot();
    const send = vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload as never, { actor: 'secretary', lang: i18n.lang, role: 'secretary' }) as never);
    for (const [lang, noAsker, noRespondent] of [
      // What is typed matches nobody, and that is what is said (not "choose first", which it was).
      ['vi', 'Không có ai trong danh sách khớp với “/35”.', 'Hãy chọn người trả lời trước.'],
      ['en', 'No one on the roster matches “/35”.', 'Choose who is asked (the respondent) first.'],
    ] as const) {
      i18n.set(lang);
      app = mount(QueuePanel, { target: document.body, props: { data: { ...slices, revision } as State } });
      flushSync();
      const text = document.querySelector('textarea')!;
      text.value = 'Tiến độ giải ngân vốn đầu tư công?';
      text.dispatchEvent(new Event('input', { bubbles: true }));
      // "/35" typed, matching nobody: no asker chosen.
      const asker = document.querySelector<HTMLInputElement>('#asker-person')!;
      asker.value = '/35';
      asker.dispatchEvent(new Event('input', { bubbles: true }));
      flushSync();
      text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toBe(noAsker));
      expect(document.activeElement).toBe(asker);
      asker.value = '3';
      asker.dispatchEvent(new Event('input', { bubbles: true }));
      flushSync();
      asker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toBe(noRespondent));
      expect(send).not.toHaveBeenCalled();
      unmount(app);
      app = undefined;
    }
  });
});
