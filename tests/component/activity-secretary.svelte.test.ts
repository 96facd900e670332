import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ActivityView from '../../src/features/activity/ActivityView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { newEngine, seedBasics } from '../unit/helpers';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
  live.role = 'chair';
  vi.restoreAllMocks();
});

describe('Activity on a secretary’s console', () => {
  it('says the journal and backups are kept on the chair’s computer, and neither claims there are none nor asks for them', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { revision, slices } = engine.snapshot();
    const admin = vi.spyOn(live, 'admin');
    live.role = 'secretary';
    for (const [lang, note, none] of [
      ['vi', 'Nhật ký hoạt động và các bản sao lưu được xem trên máy của chủ tọa.', 'Chưa có bản sao lưu nào'],
      ['en', 'The activity journal and the backups are kept on the chair’s computer.', 'No backups yet'],
    ] as const) {
      i18n.set(lang);
      app = mount(ActivityView, { target: document.body, props: { data: { ...slices, revision } as State } });
      flushSync();
      await new Promise((r) => setTimeout(r, 300));
      const text = document.body.textContent ?? '';
      expect(text).toContain(note);
      expect(text).not.toContain(none);
      expect(document.querySelectorAll('table')).toHaveLength(0);
      expect(document.querySelector('[role="alert"]')).toBeNull();
      unmount(app);
      app = undefined;
    }
    expect(admin).not.toHaveBeenCalled();
  });
});
