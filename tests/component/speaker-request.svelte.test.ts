import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount, unmount, unmountAll } from './mount';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import ShortcutHelp from '../../src/lib/ShortcutHelp.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { discussionUnderWay, newEngine, ok, seedBasics } from '../unit/helpers';

/** A discussion under way with Nguyễn Thị Hằng waiting to speak and Đặng Quốc Việt at the rostrum. */
function sitting() {
  const { engine } = newEngine();
  seedBasics(engine);
  const [hang, viet] = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Nguyễn Văn Hùng'].map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
  discussionUnderWay(engine);
  ok(engine, 'speaker.request', { delegateId: viet });
  ok(engine, 'speaker.next', {});
  ok(engine, 'speaker.request', { delegateId: hang });
  const { revision, slices } = engine.snapshot();
  return { data: { ...slices, revision } as State };
}

const mountView = (data: State) => {
  mount(SpeakersView, { target: document.body, props: { data } });
  flushSync();
  return document.querySelector<HTMLInputElement>('#speaker-person')!;
};
function type(input: HTMLInputElement, text: string) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
}
const press = (el: HTMLElement, key: string) => {
  el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  flushSync();
};
const optionRows = () =>
  [...document.querySelectorAll<HTMLElement>('#speaker-person-list [role=option]')].map((o) => ({
    name: o.querySelector('.name')?.textContent,
    disabled: o.getAttribute('aria-disabled') === 'true',
    selected: o.getAttribute('aria-selected') === 'true',
    why: o.querySelector('.why')?.textContent ?? '',
  }));

describe('the speaker picker and people already waiting on the item', () => {
  it('lists them greyed as already queued; arrows and Enter pass them by, so the duplicate cannot be sent', () => {
    const send = vi.spyOn(live, 'send');
    for (const [lang, why] of [['en', 'already queued'], ['vi', 'đã đăng ký']] as const) {
      i18n.set(lang);
      const box = mountView(sitting().data);
      type(box, 'nguyen');
      // Nguyễn Thị Hằng waits in the queue: shown, marked, not highlighted; the first pickable one is.
      expect(optionRows()).toEqual([
        { name: 'Nguyễn Thị Hằng', disabled: true, selected: false, why },
        { name: 'Nguyễn Văn Hùng', disabled: false, selected: true, why: '' },
      ]);
      press(box, 'ArrowDown');
      expect(optionRows().map((o) => o.selected)).toEqual([false, true]);
      // The speaker at the rostrum counts as queued too.
      type(box, 'viet');
      expect(optionRows()).toEqual([{ name: 'Đặng Quốc Việt', disabled: true, selected: false, why }]);
      press(box, 'Enter');
      expect(box.value).toBe('viet');
      // Enter says why, rather than "choose someone first".
      expect(document.querySelector('p.error[role=alert]')?.textContent).toBe(
        lang === 'en' ? 'Đặng Quốc Việt is already waiting on this item with a request of this kind.' : 'Đặng Quốc Việt đã đăng ký loại phát biểu này ở mục này và đang chờ.',
      );
      // A click on a greyed row does not pick it either.
      type(box, 'hang');
      document.querySelector<HTMLElement>('#speaker-person-list [role=option]')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
      flushSync();
      expect(box.value).toBe('hang');
      unmountAll();
    }
    expect(send).not.toHaveBeenCalledWith('speaker.request', expect.anything(), expect.anything());
  });

  it('a point of order is another kind of request: the person waiting to speak can make one', () => {
    i18n.set('en');
    const box = mountView(sitting().data);
    const kind = document.querySelector<HTMLSelectElement>('select[aria-label="Kind"]')!;
    kind.value = 'pointOfOrder';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    type(box, 'hang');
    expect(optionRows()).toEqual([{ name: 'Nguyễn Thị Hằng', disabled: false, selected: true, why: '' }]);
    // Picked with the mouse (Enter would add her at once), so the kind can still be changed.
    document.querySelector('#speaker-person-list [role=option]')!.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    flushSync();
    expect(box.value).toBe('1 · Nguyễn Thị Hằng');
    // Back to a speech, which she already waits with: the form says so before the engine would.
    kind.value = 'speech';
    kind.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(document.querySelector('.register .warn')?.textContent).toBe('Nguyễn Thị Hằng is already waiting on this item with a request of this kind.');
  });
});

describe('the kind of request by keyboard', () => {
  it('Alt+K steps through the kinds, even while a name is being typed, and says the kind chosen to a screen reader', () => {
    i18n.set('en');
    const box = mountView(sitting().data);
    const kind = document.querySelector<HTMLSelectElement>('select[aria-label="Kind"]')!;
    const said = () => document.querySelector('[data-testid=kind-said]')!;
    expect(said().getAttribute('role')).toBe('status');
    expect(kind.getAttribute('aria-keyshortcuts')).toBe('Alt+K Alt+Shift+K');
    type(box, 'hung');
    const altK = () => {
      // From the focused name box, as the chair's hands are there: the Alt key is the console's, not the text's.
      const event = new KeyboardEvent('keydown', { key: 'k', code: 'KeyK', altKey: true, bubbles: true, cancelable: true });
      Object.defineProperty(event, 'target', { value: box });
      shortcuts.handle(event);
      flushSync();
      return event.defaultPrevented;
    };
    expect(altK()).toBe(true);
    expect(kind.value).toBe('secondSpeech');
    expect(said().textContent).toBe('Kind: Second speech');
    expect(box.value).toBe('hung');
    altK();
    altK();
    expect(kind.value).toBe('pointOfOrder');
    i18n.set('vi');
    altK();
    expect(said().textContent).toBe('Loại: Giải trình');
    // After the last kind, back to the first.
    altK();
    expect([kind.value, said().textContent]).toEqual(['speech', 'Loại: Phát biểu']);
  });

  it('Alt+Shift+K steps back through the kinds, round the list, from the name box, and says the kind chosen', () => {
    i18n.set('en');
    const box = mountView(sitting().data);
    const kind = document.querySelector<HTMLSelectElement>('select[aria-label="Kind"]')!;
    const said = () => document.querySelector('[data-testid=kind-said]')!;
    type(box, 'hung');
    const altK = (shiftKey: boolean) => {
      // As a browser reports it: with Shift the letter comes upper case, the physical key the same.
      const event = new KeyboardEvent('keydown', { key: shiftKey ? 'K' : 'k', code: 'KeyK', altKey: true, shiftKey, bubbles: true, cancelable: true });
      Object.defineProperty(event, 'target', { value: box });
      shortcuts.handle(event);
      flushSync();
      return event.defaultPrevented;
    };
    // Back from the first kind: the last one.
    expect(altK(true)).toBe(true);
    expect([kind.value, said().textContent]).toEqual(['explanation', 'Kind: Official’s explanation']);
    altK(true);
    expect(kind.value).toBe('pointOfOrder');
    // One forward, one back: where it was.
    altK(false);
    expect(kind.value).toBe('explanation');
    altK(true);
    i18n.set('vi');
    altK(true);
    expect([kind.value, said().textContent]).toEqual(['debateReply', 'Loại: Tranh luận']);
    expect(box.value).toBe('hung');
  });

  it('lists Alt+Shift+K in the keyboard help, in both languages', () => {
    i18n.set('vi');
    mountView(sitting().data);
    const help = mount(ShortcutHelp, { target: document.body });
    shortcuts.helpOpen = true;
    flushSync();
    const line = (keys: string) =>
      [...document.querySelectorAll('[role=dialog] li')].find((li) => [...li.querySelectorAll('kbd')].map((k) => k.textContent).join('+') === keys)?.querySelector('span')?.textContent;
    expect(line('Alt+Shift+K')).toBe('Quay lại loại đăng ký trước');
    i18n.set('en');
    flushSync();
    expect(line('Alt+Shift+K')).toBe('Previous kind of request');
    const grammar = [...document.querySelectorAll('[data-testid=key-grammar] li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(grammar).toContain('Speakers: the previous kind of request being registeredAlt+Shift+K');
    shortcuts.helpOpen = false;
    unmount(help);
  });
});

describe('the secretary’s way back to the request form', () => {
  it('/ from anywhere outside a field puts the keyboard in the person box, keeping a name half typed; in a field it types', () => {
    i18n.set('vi');
    window.addEventListener('keydown', shortcuts.handle);
    try {
      const box = mountView(sitting().data);
      type(box, 'hang');
      // After a queue row's move, or a view opened by Alt+6: the keyboard is elsewhere.
      (document.querySelector('.queue [data-speech]') as HTMLElement).focus();
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
      expect(document.activeElement).toBe(box);
      expect(box.value).toBe('hang');
      const note = document.querySelector<HTMLInputElement>('.register input[maxlength="200"]')!;
      note.focus();
      const typed = note.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
      expect(typed).toBe(true); // not taken by the shortcut
      expect(document.activeElement).toBe(note);
      expect(document.querySelector('label[for=speaker-person] .shortcut')?.textContent).toBe('/');
    } finally {
      window.removeEventListener('keydown', shortcuts.handle);
    }
  });
});

describe('an answer that comes late', () => {
  /** `speaker.request` held until the test answers it, as over a slow link; other commands not sent. */
  function heldReplies() {
    const answers: ((reply: unknown) => void)[] = [];
    const send = vi.spyOn(live, 'send').mockImplementation(() => new Promise((resolve) => answers.push(resolve as (reply: unknown) => void)));
    const answer = async (reply: unknown) => {
      answers.shift()!(reply);
      for (let i = 0; i < 3; i++) await Promise.resolve();
      flushSync();
    };
    return { send, answer };
  }
  /** Keys typed into the box where the cursor is: after what it holds, as a browser does. */
  const keys = (box: HTMLInputElement, text: string) => type(box, box.value + text);

  it('clears the box the moment Enter is taken, so the next name typed before the answer is the next name alone', async () => {
    i18n.set('vi');
    const { send, answer } = heldReplies();
    const box = mountView(sitting().data);
    keys(box, 'hung');
    press(box, 'Enter');
    expect(send).toHaveBeenCalledWith('speaker.request', expect.objectContaining({ delegateId: 3, kind: 'speech' }), {});
    // Not "3 · Nguyễn Văn Hùng" waiting for the answer, to which the next keys were added.
    expect(box.value).toBe('');
    expect(document.activeElement).toBe(box);
    // Whose request waits for its answer is said under the form, the box being free.
    expect(document.querySelector('[data-testid=sending]')?.textContent).toBe('Đang gửi, chờ trả lời: Nguyễn Văn Hùng…');
    keys(box, 'Nguyễn Thị');
    await answer({ ok: true, revision: 99, value: { id: 9 } });
    expect(box.value).toBe('Nguyễn Thị');
    expect(document.querySelector('[data-testid=sending]')).toBeNull();
    expect(document.querySelector('p.error[role=alert]')).toBeNull();
    send.mockRestore();
  });

  it('says a refused request was not added, and whose it was, in the console\'s language, keeping what is typed since', async () => {
    for (const lang of ['en', 'vi'] as const) {
      i18n.set(lang);
      const { send, answer } = heldReplies();
      const box = mountView(sitting().data);
      keys(box, 'hung');
      press(box, 'Enter');
      keys(box, 'viet');
      await answer({
        ok: false,
        error: { code: 'request-item-over', message: 'over', text: { en: 'The item is over.', vi: 'Mục đã kết thúc.' } },
      });
      expect(box.value).toBe('viet');
      expect(document.querySelector('p.error[role=alert]')?.textContent).toBe(
        lang === 'en' ? 'Nguyễn Văn Hùng was not added to the queue. The item is over.' : 'Chưa thêm được Nguyễn Văn Hùng vào hàng chờ. Mục đã kết thúc.',
      );
      send.mockRestore();
      unmountAll();
    }
  });

  it('puts a refused request back as it was when nothing was typed since, so Enter sends it again', async () => {
    i18n.set('en');
    const { send, answer } = heldReplies();
    const box = mountView(sitting().data);
    const noteBox = document.querySelector<HTMLInputElement>('.register input[maxlength="200"]')!;
    type(noteBox, 'về giá đất');
    keys(box, 'hung');
    press(box, 'Enter');
    expect([box.value, noteBox.value]).toEqual(['', '']);
    await answer({ ok: false, error: { code: 'offline', message: 'x', text: { en: 'No answer from the server.', vi: 'Máy chủ không trả lời.' } } });
    expect([box.value, noteBox.value]).toEqual(['3 · Nguyễn Văn Hùng', 'về giá đất']);
    expect(document.querySelector('p.error[role=alert]')?.textContent).toBe('No answer from the server.');
    document.querySelector<HTMLFormElement>('form.register')!.requestSubmit();
    flushSync();
    expect(send).toHaveBeenLastCalledWith('speaker.request', expect.objectContaining({ delegateId: 3, note: 'về giá đất' }), {});
    send.mockRestore();
  });
});
