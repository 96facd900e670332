import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import CopyFromSession from '../../src/features/prep/CopyFromSession.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import TemplatePicker from '../../src/features/prep/TemplatePicker.svelte';
import { builtinTemplate } from '../../common/prep/templates';
import { newEngine, ok, seedBasics } from '../unit/helpers';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  document.body.innerHTML = '';
});

describe('copy from an earlier session', () => {
  it('offers the latest session that opened before this one, not a later one', () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine); // session 11, December 2026
    const midYear = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' });
    ok(engine, 'session.create', { number: 13, term: 16, kind: 'regular', startDate: '2027-12-08', endDate: '2027-12-09' });
    ok(engine, 'session.select', { id: midYear.id });
    const { revision, slices } = engine.snapshot();
    app = mount(CopyFromSession, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    const select = document.querySelector<HTMLSelectElement>('select[name=copyFrom]')!;
    expect(select.selectedOptions[0].textContent).toBe('Kỳ họp thứ 11, khóa XVI');
  });
});

describe('adding a template or an earlier agenda to an agenda that has items', () => {
  afterEach(() => vi.restoreAllMocks());

  function twoSessions() {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'template.apply', { builtin: 'midYear' });
    const next = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' });
    ok(engine, 'session.select', { id: next.id });
    ok(engine, 'agenda.add', { title: 'Khai mạc', kind: 'opening', plannedMinutes: 10 });
    ok(engine, 'agenda.add', { title: 'Bế mạc', kind: 'closing', plannedMinutes: 10 });
    const send = vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload) as never);
    const state = () => {
      const { revision, slices } = engine.snapshot();
      return { ...slices, revision } as State;
    };
    return { engine, send, state };
  }

  it('asks before appending a template, naming what is there and what comes; No changes nothing', async () => {
    i18n.set('en');
    const { send, state } = twoSessions();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    app = mount(TemplatePicker, { target: document.body, props: { data: state() } });
    flushSync();
    [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Add to this session’s agenda'))!.click();
    await Promise.resolve();
    const n = builtinTemplate('yearEnd', 'province').length;
    expect(confirm).toHaveBeenCalledWith(`This session’s agenda already has 2 items. Add the ${n} items of “Regular year-end session” after them? Nothing on the agenda is removed or replaced.`);
    expect(send).not.toHaveBeenCalled();
    expect(state().agenda).toHaveLength(2);
  });

  it('asks before appending an earlier session’s agenda', async () => {
    i18n.set('vi');
    const { send, state } = twoSessions();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    app = mount(CopyFromSession, { target: document.body, props: { data: state() } });
    flushSync();
    document.querySelector<HTMLButtonElement>('button.primary')!.click();
    await Promise.resolve();
    const n = builtinTemplate('midYear', 'province').length;
    expect(confirm).toHaveBeenCalledWith(`Chương trình kỳ họp này đã có 2 mục. Thêm ${n} mục của Kỳ họp thứ 11, khóa XVI vào sau các mục đó? Không mục nào đã có bị xóa hay thay thế.`);
    expect(send).not.toHaveBeenCalled();
    expect(state().agenda).toHaveLength(2);
  });
});
