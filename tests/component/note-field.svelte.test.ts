import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import NoteField from '../../src/lib/NoteField.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('a note typed while the connection is down', () => {
  it('is sent by itself once the console is connected again', async () => {
    vi.useFakeTimers();
    i18n.set('vi');
    live.connected = true;
    const offline = { ok: false, error: { code: 'internal', message: 'Chưa kết nối được nên lệnh chưa được gửi.' } };
    const send = vi.spyOn(live, 'send').mockResolvedValueOnce(offline as never).mockResolvedValue({ ok: true, value: null, revision: 9 } as never);
    app = mount(NoteField, { target: document.body, props: { subject: 'item', id: 3, label: 'Tóm tắt' } });
    flushSync();
    const field = document.querySelector('textarea')!;
    live.connected = false;
    flushSync();
    field.value = 'Báo cáo nêu 3 nhóm giải pháp trọng tâm';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(1500);
    flushSync();
    expect(send).toHaveBeenCalledTimes(1);
    expect(document.querySelector('.err')?.textContent).toBe('Chưa kết nối được nên lệnh chưa được gửi.');

    // Back: the note goes, without another key pressed.
    live.connected = true;
    flushSync();
    await vi.advanceTimersByTimeAsync(0);
    flushSync();
    expect(send).toHaveBeenCalledTimes(2);
    expect(send).toHaveBeenLastCalledWith('note.set', { subject: 'item', id: 3, note: 'Báo cáo nêu 3 nhóm giải pháp trọng tâm' });
    expect(document.querySelector('.err')).toBeNull();
  });
});
