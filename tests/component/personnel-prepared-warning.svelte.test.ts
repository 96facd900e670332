/**
 * Preparing a personnel vote in the Personnel view (Alt+P) left a Svelte `derived_inert` warning
 * in the console: the form, closed by its own `onPrepared` as the view shows the vote prepared,
 * went on after a tick to put the next item's person on its list, reading its `$derived` item
 * title after it was destroyed. The view prepares on the real engine without a Svelte warning.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';

describe('a personnel vote prepared in the Personnel view', () => {
  it('closes the form and shows the vote, with no Svelte warning in the console', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Trần Văn Cường', seatNumber: 1, title: 'Phó Chủ tịch UBND tỉnh' });
    ok(engine, 'delegate.add', { fullName: 'Lê Thị Mai', seatNumber: 2 });
    ok(engine, 'agenda.add', { title: 'Miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Trần Văn Cường', kind: 'election' });
    ok(engine, 'agenda.add', { title: 'Bầu Phó Chủ tịch UBND tỉnh', kind: 'election' });
    const warn = vi.spyOn(console, 'warn');
    mountOnEngine(engine, PersonnelView);
    const form = document.querySelector<HTMLFormElement>('form.prepare')!;
    // The item names the person: the form has put them on the ballot.
    expect(form.querySelector('table.people')?.textContent).toContain('Trần Văn Cường');
    form.requestSubmit();
    await vi.waitFor(() => expect(engine.current.personnel).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 0));
    flushSync();
    expect(document.querySelector('form.prepare')).toBeNull();
    const svelteWarnings = warn.mock.calls.map((c) => c.join(' ')).filter((m) => m.includes('svelte'));
    expect(svelteWarnings).toEqual([]);
  });
});
