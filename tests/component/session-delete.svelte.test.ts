import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SetupView from '../../src/features/council/SetupView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, seedBasics } from '../unit/helpers';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('deleting a session', () => {
  it('asks once about the session by its name and says everything recorded in it goes', () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    const { revision, slices } = engine.snapshot();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    app = mount(SetupView, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    document.querySelector<HTMLButtonElement>('button[aria-label^="Delete session"]')!.click();
    expect(confirm).toHaveBeenCalledWith(
      'Delete Session 11, term XVI and everything recorded in it: agenda, sittings, roll calls, speeches, questions, votes and minutes? This cannot be undone.',
    );
  });
});
