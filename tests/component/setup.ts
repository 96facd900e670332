/**
 * After every component test, whatever the file mounted: no component (mounted through ./mount),
 * mock, page, live state or console keys carry over into the next test. A file's own afterEach
 * runs before this one.
 */
import { afterEach, vi } from 'vitest';
import { live } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { unmountAll } from './mount';
import { withdraw } from '../../src/lib/ask';

// jsdom lays nothing out and has no ResizeObserver: a panel's size binding (the hall's panels
// count their rows from their box) gets an observer that never reports, and keeps its landscape rows.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

afterEach(() => {
  // A question left open (ask.ts) is answered no: it must not be answered by the next test.
  withdraw();
  unmountAll();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  live.state = null;
  window.removeEventListener('keydown', shortcuts.handle);
});
