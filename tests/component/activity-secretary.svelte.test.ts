import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, unmountAll } from './mount';
import ActivityView from '../../src/features/activity/ActivityView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { newEngine, seedBasics } from '../unit/helpers';

afterEach(() => {
  live.role = 'chair';
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
      mount(ActivityView, { target: document.body, props: { data: { ...slices, revision } as State } });
      flushSync();
      await new Promise((r) => setTimeout(r, 300));
      const text = document.body.textContent ?? '';
      expect(text).toContain(note);
      expect(text).not.toContain(none);
      expect(document.querySelectorAll('table')).toHaveLength(0);
      expect(document.querySelector('[role="alert"]')).toBeNull();
      unmountAll();
    }
    expect(admin).not.toHaveBeenCalled();
  });
});

describe('Activity on the chair’s console', () => {
  it('says it is reading the journal and the backups until they answer, not that there are none', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { revision, slices } = engine.snapshot();
    let answer: (value: unknown) => void = () => {};
    vi.spyOn(live, 'admin').mockImplementation(() => new Promise((resolve) => (answer = resolve as (value: unknown) => void)) as ReturnType<typeof live.admin>);
    live.role = 'chair';
    i18n.set('vi');
    mount(ActivityView, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    await new Promise((r) => setTimeout(r, 300));
    expect(document.querySelector('.count')?.textContent?.trim()).toBe('Đang đọc nhật ký…');
    expect(document.body.textContent).not.toContain('Không có mục nào phù hợp');
    expect(document.body.textContent).toContain('Đang đọc danh sách bản sao lưu…');
    expect(document.body.textContent).not.toContain('Chưa có bản sao lưu nào');
    answer({ ok: true, revision, value: { entries: [], sittings: [], total: 0, voteTitles: {}, itemTitles: {} } });
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
    expect(document.querySelector('.count')?.textContent?.trim()).toBe('0 / 0 mục');
    expect(document.body.textContent).toContain('Không có mục nào phù hợp');
  });
});

describe('Activity times', () => {
  it('writes each entry’s moment date first, as the backups do (common/dates formatDateTime), in both languages', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { revision, slices } = engine.snapshot();
    const at = new Date(2026, 11, 5, 22, 40, 7).getTime();
    const entries = [{ revision: 3, at, actor: 'chair', type: 'overlay.set', payload: { visible: true }, sittingId: null }];
    vi.spyOn(live, 'admin').mockResolvedValue({ ok: true, revision, value: { entries, sittings: [], total: 1, voteTitles: {}, itemTitles: {}, speechPeople: {}, noteSubjects: {} } } as Awaited<ReturnType<typeof live.admin>>);
    live.role = 'chair';
    for (const [lang, shown] of [
      ['vi', '05/12/2026 22:40'],
      ['en', '5 Dec 2026, 22:40'],
    ] as const) {
      i18n.set(lang);
      mount(ActivityView, { target: document.body, props: { data: { ...slices, revision } as State } });
      flushSync();
      await new Promise((r) => setTimeout(r, 300));
      flushSync();
      expect([...document.querySelectorAll('td.time')].map((td) => td.textContent?.trim())).toEqual([shown]);
      unmountAll();
    }
  });
});
