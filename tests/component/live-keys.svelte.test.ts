import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import LiveView from '../../src/features/timing/LiveView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
});

describe('the Live keys with nothing on the floor', () => {
  it('f says there is nothing to finish and how to start, and sends nothing', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const first = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' }).id;
    ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' });
    ok(engine, 'item.start', { id: first });
    ok(engine, 'item.finish', { id: first });
    const { revision, slices } = engine.snapshot();
    const send = vi.spyOn(live, 'send');
    app = mount(LiveView, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    for (const [lang, sentence] of [
      ['en', 'No item is running or paused, so there is nothing to finish. Space starts the next item.'],
      ['vi', 'Không có mục nào đang chạy hoặc tạm dừng để kết thúc. Nhấn Space để bắt đầu mục tiếp theo.'],
    ] as const) {
      i18n.set(lang);
      shortcuts.handle(new KeyboardEvent('keydown', { key: 'f', cancelable: true }));
      await vi.waitFor(() => expect(document.querySelector('p.error[role=alert]')?.textContent).toBe(sentence));
    }
    expect(send).not.toHaveBeenCalled();
  });
});
