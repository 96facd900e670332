/** The hall screen mounted in jsdom in English, as the hall component tests read it. */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach } from 'vitest';
import Hall from '../../src/hall/Hall.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';

/** Call at the top of a test file: returns `render` (which replaces what it rendered before), and unmounts after each test. */
export function hallRenderer(): (data: State) => HTMLElement {
  let app: ReturnType<typeof mount> | undefined;
  const clear = () => {
    if (app) unmount(app);
    app = undefined;
    document.body.innerHTML = '';
  };
  afterEach(clear);
  return (data) => {
    clear();
    i18n.set('en');
    app = mount(Hall, { target: document.body, props: { data } });
    flushSync();
    return document.body;
  };
}
