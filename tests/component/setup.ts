/**
 * After every component test, whatever the file mounted: no mock, page, live state or console
 * keys carry over into the next test. (Each file unmounts what it mounted first: its own
 * afterEach runs before this one.)
 */
import { afterEach, vi } from 'vitest';
import { live } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  live.state = null;
  window.removeEventListener('keydown', shortcuts.handle);
});
