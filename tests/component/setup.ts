/**
 * After every component test, whatever the file mounted: no mock, page, live state or console
 * keys carry over into the next test. (Each file unmounts what it mounted first: its own
 * afterEach runs before this one.)
 */
import { afterEach, vi } from 'vitest';
import { live } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';

// jsdom lays nothing out and has no ResizeObserver: a panel's size binding (the hall's panels
// count their rows from their box) gets an observer that never reports, and keeps its landscape rows.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
} as unknown as typeof ResizeObserver;

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  live.state = null;
  window.removeEventListener('keydown', shortcuts.handle);
});
