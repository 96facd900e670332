/**
 * A console the chair revoked: its controls did nothing yet looked as usable as ever. Now every
 * button, box and list of the view is disabled, one banner says access was withdrawn and links to
 * pair again, and a key press says so instead of acting.
 */
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from './mount';
import App from '../../src/App.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { said as shown } from '../../src/lib/said.svelte';
import { newEngine, ok } from '../unit/helpers';
import { stateFrom } from './on-engine.svelte';

afterEach(() => {
  live.connected = false;
  live.revoked = false;
  document.body.innerHTML = '';
});

const usable = () => [...document.querySelectorAll<HTMLElement>('main button, main input, main select, main textarea')].filter((el) => !el.matches(':disabled'));

describe('a revoked console', () => {
  it.each(['votes', 'roster', 'attendance'])('shows the %s view with its controls off and one banner to pair again', (view) => {
    i18n.set('en');
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
    ok(engine, 'session.create', { number: 11, term: 16, kind: 'regular', title: 'Year-end', startDate: '2026-12-08', endDate: '2026-12-09' });
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng', seatNumber: 1 });
    ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế', method: 'hands' });
    history.replaceState(null, '', `#${view}`);
    live.state = stateFrom(engine);
    live.connected = true;
    mount(App, { target: document.body });
    flushSync();
    expect(usable().length).toBeGreaterThan(0);
    expect(document.querySelector('[data-testid=revoked-banner]')).toBeNull();

    live.connected = false;
    live.revoked = true;
    flushSync();
    expect(usable().map((el) => el.outerHTML.slice(0, 80))).toEqual([]);
    const banners = document.querySelectorAll('main [role=alert]');
    expect(banners).toHaveLength(1);
    expect(banners[0].textContent).toContain('withdrawn');
    expect(banners[0].querySelector('a')?.getAttribute('href')).toBe('/pair');
  });

  it('says so on a key press rather than running it', () => {
    i18n.set('en');
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
    history.replaceState(null, '', '#live');
    live.state = stateFrom(engine);
    live.revoked = true;
    mount(App, { target: document.body });
    flushSync();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: '1', altKey: true, bubbles: true }));
    flushSync();
    expect(said()).toBe('Access revoked');
  });
});

const said = () => shown(toast.message);
