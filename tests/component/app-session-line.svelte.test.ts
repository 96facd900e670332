/**
 * The console's header names the session in hand from whatever state the console holds at that
 * moment: a state replaced whole on reconnect, with the current session gone (deleted, none
 * chosen) or nothing held at all, reads as "No session selected", never as a page error (an
 * e2e run once met "Cannot read properties of null (reading 'number')" on #live there).
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './mount';
import App from '../../src/App.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { newEngine, ok } from '../unit/helpers';
import { stateFrom } from './on-engine.svelte';

afterEach(() => {
  live.connected = false;
});

const line = () => document.querySelector('header .session')!.textContent!.trim();

describe('the header session line while the state is replaced', () => {
  it('follows each whole state, with and without the current session, without a page error', () => {
    i18n.set('en');
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
    ok(engine, 'session.create', { number: 11, term: 16, kind: 'regular', title: 'Year-end', startDate: '2026-12-08', endDate: '2026-12-09' });
    const held = stateFrom(engine);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    try {
      history.replaceState(null, '', '#live');
      live.state = held;
      live.connected = true;
      mount(App, { target: document.body });
      flushSync();
      expect(line()).toBe('Session 11, term XVI · Year-end');

      // Reconnected to a database where that session is gone: the list and the choice change at once.
      live.state = { ...held, sessions: { ...held.sessions, currentId: null, list: [] }, revision: held.revision + 1 };
      flushSync();
      expect(line()).toBe('No session selected');
      // Chosen, but not (yet) in the list held.
      live.state = { ...held, sessions: { ...held.sessions, list: [] }, revision: held.revision + 2 };
      flushSync();
      expect(line()).toBe('No session selected');
      live.state = held;
      flushSync();
      expect(line()).toBe('Session 11, term XVI · Year-end');
      live.state = null;
      flushSync();
      expect(line()).toBe('No session selected');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).toEqual([]);
  });
});
