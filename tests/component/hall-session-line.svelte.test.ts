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

describe('the session title on the hall, in the hall’s language', () => {
  /** The session line of the header and of the emblem mode, for a session with `title`, in `lang`. */
  function lines(title: string, lang: 'vi' | 'en', kind: 'regular' | 'thematic' = 'regular') {
    i18n.set(lang);
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
    ok(engine, 'session.create', { number: 3, term: 1, kind, title, startDate: '2026-12-08', endDate: '2026-12-09', hallLang: lang });
    const base = stateFrom(engine);
    const read = (mode: 'auto' | 'emblem') => {
      app = mount(Hall, { target: document.body, props: { data: { ...base, hall: { ...base.hall, mode } } } });
      flushSync();
      const line = document.querySelector(mode === 'emblem' ? '.emblem .session' : 'header .session')!;
      // The emblem's two lines (number, then title) read as the header's one; the date left off,
      // and the no-break space keepDash puts before a dash read as a space.
      const shown = [...line.childNodes].map((n) => n.textContent ?? '').filter(Boolean).join(' · ').replace(/\u00a0/gu, ' ').replace(/ · \d.*$| · (Ngày|Day|Tuesday|Thứ).*$/u, '');
      unmount(app);
      app = undefined;
      return shown;
    };
    return { header: read('auto'), emblem: read('emblem') };
  }

  it('says the app’s own title for a session by its number once, in the hall’s language', () => {
    for (const title of ['Kỳ họp thứ 3', 'kỳ họp thứ 3.', 'Kỳ họp thứ 3, khóa I', 'Kì họp thứ 3']) {
      expect(lines(title, 'en').header, title).not.toMatch(/Kỳ|Kì|kỳ/u);
      expect(lines(title, 'en').emblem, title).toBe('Session 3 · Term I');
      expect(lines(title, 'vi').emblem, title).toBe('Kỳ họp thứ 3 · Khóa I');
    }
    expect(lines('Session 3', 'vi').emblem).toBe('Kỳ họp thứ 3 · Khóa I');
  });

  it('names a session titled by its kind alone in the hall’s language', () => {
    expect(lines('Kỳ họp thường lệ', 'en').emblem).toBe('Session 3 · Term I · Regular session');
    expect(lines('Kỳ họp chuyên đề', 'en', 'thematic').header).toContain('Session 3 · Term I · Thematic session');
    expect(lines('Thematic session', 'vi', 'thematic').emblem).toBe('Kỳ họp thứ 3 · Khóa I · Kỳ họp chuyên đề');
  });

  it('keeps a title the office typed, as typed', () => {
    expect(lines('Kỳ họp thường lệ cuối năm 2026', 'en').header).toContain('Session 3 · Term I · Kỳ họp thường lệ cuối năm 2026');
    expect(lines('Kỳ họp thứ 3 - chuyên đề đất đai', 'en').emblem).toBe('Session 3 · Term I · Kỳ họp thứ 3 - chuyên đề đất đai');
    // Another session's number is the office's word, not the app's.
    expect(lines('Kỳ họp thứ 4', 'en').emblem).toBe('Session 3 · Term I · Kỳ họp thứ 4');
  });
});
