import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import SetupView from '../../src/features/council/SetupView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { newEngine } from '../unit/helpers';

const zone = process.env.TZ;
afterEach(() => {
  vi.useRealTimers();
  process.env.TZ = zone;
});

describe('the new session form', () => {
  it('proposes the council’s own date, not UTC’s: at 06:30 in Hà Nội it is already the 10th', () => {
    process.env.TZ = 'Asia/Ho_Chi_Minh';
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-09T23:30:00Z')); // 06:30 on 10 Dec in Hà Nội
    i18n.set('vi');
    const { engine } = newEngine();
    const app = mount(SetupView, { target: document.body, props: { data: engine.current as unknown as State } });
    flushSync();
    expect(document.querySelector<HTMLInputElement>('input[name=startDate]')!.value).toBe('10/12/2026');
    expect(document.querySelector<HTMLInputElement>('input[name=endDate]')!.value).toBe('10/12/2026');
    unmount(app);
  });
});
