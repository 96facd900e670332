/**
 * The hall screen names the session from whatever state it holds at that moment: a state
 * replaced whole on reconnect, with the current session gone (deleted, none chosen, not yet
 * listed) or back, reads without a page error, in the header and in the emblem mode alike
 * (the console's header met "Cannot read properties of null (reading 'number')" in that pattern).
 */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Hall from '../../src/hall/Hall.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, ok } from '../unit/helpers';
import { stateFrom } from './on-engine.svelte';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.innerHTML = '';
});

const text = (selector: string) => document.querySelector(selector)?.textContent?.trim() ?? null;

describe('the hall session line while the state is replaced', () => {
  it.each(['auto', 'emblem'] as const)('follows each whole state in %s mode, with and without the current session, without a page error', (mode) => {
    i18n.set('en');
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
    ok(engine, 'session.create', { number: 11, term: 16, kind: 'regular', title: 'Year-end', startDate: '2026-12-08', endDate: '2026-12-09' });
    const base = stateFrom(engine);
    const held: State = { ...base, hall: { ...base.hall, mode } };
    const where = mode === 'emblem' ? '.emblem .session' : 'header .session';
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      const props = $state({ data: held as State | null });
      app = mount(Hall, { target: document.body, props });
      flushSync();
      expect(text(where)).toContain('11');
      expect(text(where)).toContain('XVI');

      // Reconnected to a database where that session is gone: the list and the choice change at once.
      props.data = { ...held, sessions: { ...held.sessions, currentId: null, list: [] }, revision: held.revision + 1 };
      flushSync();
      expect(text(where)).toBeNull();
      // Chosen, but not (yet) in the list held.
      props.data = { ...held, sessions: { ...held.sessions, list: [] }, revision: held.revision + 2 };
      flushSync();
      expect(text(where)).toBeNull();
      props.data = held;
      flushSync();
      expect(text(where)).toContain('Year-end');
      props.data = null;
      flushSync();
      expect(text(where)).toBeNull();
      props.data = held;
      flushSync();
      expect(text(where)).toContain('11');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).toEqual([]);
  });
});
