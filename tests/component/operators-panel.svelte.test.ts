import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import OperatorsPanel from '../../src/features/operators/OperatorsPanel.svelte';
import { sharing } from '../../src/features/hall/sharing.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, seedBasics } from '../unit/helpers';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

describe('what the operators did', () => {
  it('names the hall screen modes the secretary chose in the console language', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { revision, slices } = engine.snapshot();
    const at = Date.UTC(2026, 11, 8, 1, 35);
    sharing.status = {
      ...sharing.status,
      activity: [
        { revision: 2, at, actor: 'Thư ký - laptop 2', type: 'hall.setMode', payload: { mode: 'speakers' } },
        { revision: 1, at, actor: 'Thư ký - laptop 2', type: 'hall.setMode', payload: { mode: 'auto' } },
      ],
    };
    for (const [lang, modes] of [['vi', ['Danh sách phát biểu', 'Tự động']], ['en', ['Speaker queue', 'Automatic']]] as const) {
      i18n.set(lang);
      app = mount(OperatorsPanel, { target: document.body, props: { data: { ...slices, revision } as State } });
      flushSync();
      const lines = [...document.querySelectorAll('[data-testid="operator-activity"] li')].map((li) => li.textContent ?? '');
      expect(lines).toHaveLength(2);
      lines.forEach((line, i) => expect(line).toContain(modes[i]));
      unmount(app);
      app = undefined;
    }
  });
});
