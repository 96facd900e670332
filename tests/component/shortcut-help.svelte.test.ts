import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './mount';
import ShortcutHelp from '../../src/lib/ShortcutHelp.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { toastSwitches } from './toast-lang';

const removers: (() => void)[] = [];
afterEach(() => {
  removers.splice(0).forEach((r) => r());
  shortcuts.helpOpen = false;
  live.role = 'chair';
});

describe('the shortcut list (?)', () => {
  it('lists a key once, with what it does now, when two mounted parts offer it', () => {
    i18n.set('en');
    const calls: string[] = [];
    removers.push(shortcuts.register([{ keys: 'n', label: 'live.nextItem', run: () => calls.push('item') }]));
    removers.push(shortcuts.register([{ keys: 'n', label: 'live.nextItem', run: () => calls.push('item again') }]));
    removers.push(shortcuts.register([{ keys: 'N', label: 'spk.next', run: () => calls.push('speaker') }]));
    shortcuts.helpOpen = true;
    mount(ShortcutHelp, { target: document.body });
    flushSync();
    const lines = [...document.querySelectorAll('[role=dialog] .cols > section:first-child li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(lines.filter((l) => /Next/.test(l ?? ''))).toEqual([expect.stringContaining('Next speaker')]);
    shortcuts.handle(new KeyboardEvent('keydown', { key: 'n' }));
    expect(calls).toEqual(['speaker']);
  });

  it('forgets a view\'s keys when the view goes away, so they cannot act from another view', () => {
    const calls: string[] = [];
    const leaveSpeakers = shortcuts.register([{ keys: 'n', label: 'spk.next', run: () => calls.push('next speaker') }]);
    removers.push(shortcuts.register([{ keys: 'Alt+o', label: 'live.nextItem', run: () => calls.push('votes') }]));
    leaveSpeakers();
    shortcuts.handle(new KeyboardEvent('keydown', { key: 'n' }));
    expect(calls).toEqual([]);
    expect(shortcuts.list.map((s) => s.keys)).toEqual(['Alt+o']);
  });

  it("puts the view's own keys first, the shared keys next, the keys that open views last, each key read out, and takes the keyboard", () => {
    i18n.set('en');
    // As the console registers them: the views' keys when it starts, the open view's keys later.
    removers.push(shortcuts.register([{ keys: 'Alt+5', label: 'nav.live', run: () => {} }, { keys: 'Alt+6', label: 'nav.speakers', run: () => {} }]));
    removers.push(shortcuts.register([{ keys: 'n', label: 'spk.next', run: () => {} }, { keys: 'f', label: 'spk.finish', run: () => {} }]));
    shortcuts.helpOpen = true;
    mount(ShortcutHelp, { target: document.body });
    flushSync();
    const sections = [...document.querySelectorAll('[role=dialog] .cols > section')];
    expect(sections.map((s) => s.querySelector('h3')?.textContent)).toEqual(['In this view', 'The same keys in every live view', 'Open a view']);
    const lines = (s: Element) => [...s.querySelectorAll('li > span:first-child')].map((el) => el.textContent?.trim());
    expect(lines(sections[0])).toEqual(['Next speaker', 'Finish', 'Show or hide this list']);
    expect(lines(sections[2])).toEqual(['Live', 'Speakers']);
    // On the sheet the key is what a screen reader must hear: not hidden from it, as beside a button.
    expect(document.querySelectorAll('[role=dialog] .shortcut[aria-hidden]')).toHaveLength(0);
    expect(document.querySelectorAll('[role=dialog] .shortcut').length).toBeGreaterThan(5);
    expect(document.activeElement?.closest('[role=dialog]')).not.toBeNull();
  });

  it("marks the chair's keys on a secretary's console (her own stay plain), in her language", () => {
    i18n.set('vi');
    live.role = 'secretary';
    removers.push(
      shortcuts.register([
        { keys: 'n', label: 'spk.next', run: () => {}, needs: 'speaker.next' },
        { keys: 'w', label: 'spk.withdraw', run: () => {}, needs: 'speaker.withdraw' },
        { keys: 'Ctrl+Z', label: 'live.undo', run: () => {}, needs: 'undo', scope: 'timing' },
        { keys: 'Ctrl+Shift+Z', label: 'spk.undoNone', run: () => {}, needs: 'undo', scope: 'queue' },
      ]),
    );
    removers.push(shortcuts.register([{ keys: 'Ctrl+Y', label: 'keys.redo', run: () => {}, needs: 'redo', scope: 'attendance' }]));
    shortcuts.helpOpen = true;
    mount(ShortcutHelp, { target: document.body });
    flushSync();
    const line = (key: string, col = 1) =>
      [...document.querySelectorAll(`[role=dialog] .cols > section:nth-child(${col}) li`)].find((li) => li.querySelector('.shortcut')?.textContent === key)!;
    const whose = (li: Element) => li.querySelector('.whose')?.textContent ?? null;
    expect(whose(line('n'))).toBe('của chủ tọa');
    expect(line('n').classList.contains('not-mine')).toBe(true);
    expect(whose(line('w'))).toBeNull();
    expect(whose(line('Ctrl+Z'))).toBe('của chủ tọa'); // the timers' undo is the chair's
    expect(whose(line('Ctrl+Shift+Z'))).toBeNull(); // the queue's undo takes back her own steps too
    expect(whose(line('Ctrl+Y'))).toBeNull(); // the roll call's redo is hers
    // The shared grammar too: Space, n, f… are the chair's; w and Alt+K are hers.
    expect(whose(line('Space', 2))).toBe('của chủ tọa');
    expect(whose(line('w', 2))).toBeNull();
    expect(whose(line('Alt+K', 2))).toBeNull();
    // Alt+A announces a result (the chair's) and, during the roll call, puts the attendance report on the hall (hers): the line says both.
    expect(line('Alt+A', 2).querySelector('span')!.textContent).toBe(
      'Biểu quyết, Nhân sự: công bố kết quả (của chủ tọa); khi điểm danh: chiếu hoặc thôi chiếu báo cáo điểm danh lên hội trường',
    );
    expect(whose(line('Alt+A', 2))).toBeNull();
    i18n.set('en');
    flushSync();
    expect(line('Alt+A', 2).querySelector('span')!.textContent).toBe(
      'Votes, Personnel: announce the result (the chair’s); in the roll call: show or take down the attendance report on the hall',
    );
    i18n.set('vi');
    flushSync();
    expect(document.querySelector('[data-testid=keys-chair-note]')?.textContent).toBe('Các phím ghi «của chủ tọa» không dùng được trên máy của thư ký.');
  });

  it("marks nothing on the chair's console", () => {
    i18n.set('en');
    removers.push(shortcuts.register([{ keys: 'n', label: 'spk.next', run: () => {}, needs: 'speaker.next' }]));
    shortcuts.helpOpen = true;
    mount(ShortcutHelp, { target: document.body });
    flushSync();
    expect(document.querySelectorAll('[role=dialog] .whose')).toHaveLength(0);
    expect(document.querySelector('[data-testid=keys-chair-note]')).toBeNull();
  });

  it('gives the keyboard back where it was when it closes, not to the page', () => {
    i18n.set('vi');
    // The chair was on a button of the view (a key typed in a box is text, not the sheet).
    const box = document.createElement('button');
    box.textContent = 'Người tiếp theo';
    document.body.append(box);
    removers.push(() => box.remove());
    mount(ShortcutHelp, { target: document.body });
    box.focus();
    shortcuts.handle(new KeyboardEvent('keydown', { key: '?' }));
    flushSync();
    expect(document.activeElement?.closest('[role=dialog]')).not.toBeNull();
    shortcuts.handle(new KeyboardEvent('keydown', { key: 'Escape' }));
    flushSync();
    expect(document.querySelector('[role=dialog]')).toBeNull();
    expect(document.activeElement).toBe(box);
  });
});

describe("the chair's key on a secretary's console", () => {
  it('says whose key it is, naming what it does, and sends nothing; her own keys run', () => {
    i18n.set('vi');
    live.role = 'secretary';
    const ran: string[] = [];
    removers.push(
      shortcuts.register([
        { keys: 'n', label: 'spk.next', run: () => ran.push('n'), needs: 'speaker.next' },
        { keys: 'w', label: 'spk.withdraw', run: () => ran.push('w'), needs: 'speaker.withdraw' },
        { keys: 'Ctrl+Z', label: 'live.undo', run: () => ran.push('undo timing'), needs: 'undo', scope: 'timing' },
      ]),
    );
    toast.message = '';
    shortcuts.handle(new KeyboardEvent('keydown', { key: 'n' }));
    expect(ran).toEqual([]);
    expect(toast.text).toBe(`Phím n (${i18n.t('spk.next')}) là của chủ tọa: máy này là máy của thư ký nên không gửi thao tác này.`);
    toastSwitches({ vi: `Phím n (${i18n.t('spk.next')}) là của chủ tọa: máy này là máy của thư ký nên không gửi thao tác này.`, en: 'n (Next speaker) is the chair’s key: this console is a secretary’s, so nothing was sent.' });
    shortcuts.handle(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true }));
    expect(ran).toEqual([]); // the timers' undo is the chair's
    shortcuts.handle(new KeyboardEvent('keydown', { key: 'w' }));
    expect(ran).toEqual(['w']);
    // The chair's console runs them as before.
    live.role = 'chair';
    shortcuts.handle(new KeyboardEvent('keydown', { key: 'n' }));
    expect(ran).toEqual(['w', 'n']);
  });
});
