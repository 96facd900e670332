import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import CopyFromSession from '../../src/features/prep/CopyFromSession.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
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
