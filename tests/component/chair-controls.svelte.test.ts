/**
 * Chair-only controls are greyed on a secretary's console before anything is sent: the
 * backups' buttons (maintenance, refused to a secretary by the server) and the session's
 * delete and edit buttons.
 */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import BackupsPanel from '../../src/features/backups/BackupsPanel.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.innerHTML = '';
  live.role = 'chair';
});

const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

describe('chair-only controls on a secretary’s console', () => {
  it('greys Back up now for the secretary, not for the chair', () => {
    i18n.set('en');
    live.role = 'secretary';
    app = mount(BackupsPanel, { target: document.body });
    flushSync();
    expect(button('Back up now').classList.contains('not-mine')).toBe(true);
    expect(button('Back up now').getAttribute('aria-disabled')).toBe('true');
    expect(button('Back up now').title).toBe('The chair’s control: this console is a secretary’s.');
    live.role = 'chair';
    flushSync();
    expect(button('Back up now').classList.contains('not-mine')).toBe(false);
  });
});
