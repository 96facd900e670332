import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ShortcutHelp from '../../src/lib/ShortcutHelp.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { i18n } from '../../src/lib/i18n.svelte';

let app: ReturnType<typeof mount> | undefined;
const removers: (() => void)[] = [];
afterEach(() => {
  removers.splice(0).forEach((r) => r());
  shortcuts.helpOpen = false;
  if (app) unmount(app);
  app = undefined;
});

describe('the shortcut list (?)', () => {
  it('lists a key once, with what it does now, when two mounted parts offer it', () => {
    i18n.set('en');
    const calls: string[] = [];
    removers.push(shortcuts.register([{ keys: 'n', label: 'live.nextItem', run: () => calls.push('item') }]));
    removers.push(shortcuts.register([{ keys: 'n', label: 'live.nextItem', run: () => calls.push('item again') }]));
    removers.push(shortcuts.register([{ keys: 'N', label: 'spk.next', run: () => calls.push('speaker') }]));
    shortcuts.helpOpen = true;
    app = mount(ShortcutHelp, { target: document.body });
    flushSync();
    const lines = [...document.querySelectorAll('[role=dialog] .cols > div:first-child li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
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

  it("puts the view's own keys first, the keys that open views after them, and takes the keyboard", () => {
    i18n.set('en');
    // As the console registers them: the views' keys when it starts, the open view's keys later.
    removers.push(shortcuts.register([{ keys: 'Alt+5', label: 'nav.live', run: () => {} }, { keys: 'Alt+6', label: 'nav.speakers', run: () => {} }]));
    removers.push(shortcuts.register([{ keys: 'n', label: 'spk.next', run: () => {} }, { keys: 'f', label: 'spk.finish', run: () => {} }]));
    shortcuts.helpOpen = true;
    app = mount(ShortcutHelp, { target: document.body });
    flushSync();
    const first = document.querySelector('[role=dialog] .cols > div:first-child')!;
    const text = [...first.querySelectorAll('h3, li > span:first-child')].map((el) => el.textContent?.trim());
    expect(text).toEqual(['In this view', 'Next speaker', 'Finish', 'Show or hide this list', 'Open a view', 'Live', 'Speakers']);
    expect(document.activeElement?.closest('[role=dialog]')).not.toBeNull();
  });

  it('gives the keyboard back where it was when it closes, not to the page', () => {
    i18n.set('vi');
    // The chair was on a button of the view (a key typed in a box is text, not the sheet).
    const box = document.createElement('button');
    box.textContent = 'Người tiếp theo';
    document.body.append(box);
    removers.push(() => box.remove());
    app = mount(ShortcutHelp, { target: document.body });
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
