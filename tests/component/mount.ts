/**
 * Svelte's `mount` and `unmount` for component tests, keeping count of what is mounted: the setup
 * (setup.ts) unmounts whatever a test left mounted, so a file needs no `let app` and afterEach of its own.
 */
import { mount as svelteMount, unmount as svelteUnmount } from 'svelte';

const mounted: ReturnType<typeof svelteMount>[] = [];

export const mount = ((component, options) => {
  const app = svelteMount(component, options);
  mounted.push(app);
  return app;
}) as typeof svelteMount;

/** Unmounts one component mounted here (once, however often it is asked). */
export function unmount(app: ReturnType<typeof svelteMount>): void {
  const at = mounted.indexOf(app);
  if (at < 0) return;
  mounted.splice(at, 1);
  void svelteUnmount(app);
}

/** Unmounts everything mounted here, newest first: between two languages in a test, and after each test. */
export function unmountAll(): void {
  for (const app of mounted.splice(0).reverse()) void svelteUnmount(app);
}
