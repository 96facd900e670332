import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AttendanceView from '../../src/features/attendance/AttendanceView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('roll call seat box', () => {
  it('after an unknown seat, the entry is selected so the next seat replaces it rather than piling onto it', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn An', seatNumber: 6 });
    ok(engine, 'attendance.open', { label: 'Phiên sáng' });
    const send = vi.spyOn(live, 'send');
    const { revision, slices } = engine.snapshot();
    app = mount(AttendanceView, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    const box = document.querySelector<HTMLInputElement>('input.seat-box')!;
    box.value = '99';
    box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }));
    flushSync();
    expect(document.querySelector('[role=alert]')?.textContent).toBe('No one sits in seat 99.');
    expect([box.value, box.selectionStart, box.selectionEnd]).toEqual(['99', 0, 2]);
    expect(send).not.toHaveBeenCalled();
  });
});
