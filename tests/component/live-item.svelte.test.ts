import { flushSync, mount, unmount } from 'svelte';
import { describe, expect, it } from 'vitest';
import { hallRenderer } from './hall-render';
import { overlayCaption } from '../../src/overlay/caption';
import { i18n } from '../../src/lib/i18n.svelte';
import TimeReport from '../../src/features/timing/TimeReport.svelte';
import { joinRows } from '../../common/timing/stats';
import { DEFAULT_HALL } from '../../electron/features/hall/store';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

/**
 * Issue 14, item 4: "the live item" has one definition, in the engine (engine/liveItem.ts),
 * published as `timing.liveItemId`. The hall's agenda, the hall's item panel, the broadcast
 * overlay and the forecast take that value; none decides again from the timings it holds.
 */

/** Built by the real engine: A (morning) paused, then B (afternoon) started and later paused too; B is the live item. */
function twoPaused() {
  const { engine, clock } = newEngine();
  seedBasics(engine);
  const sitting = (part: 'morning' | 'afternoon') =>
    (ok(engine, 'sitting.add', { date: '2026-12-08', part, plannedStart: part === 'morning' ? '07:30' : '13:30', plannedEnd: part === 'morning' ? '11:30' : '17:00' }) as { id: number }).id;
  const morning = sitting('morning');
  const afternoon = sitting('afternoon');
  const add = (title: string, sittingId: number) => {
    const { id } = ok(engine, 'agenda.add', { title, kind: 'report', plannedMinutes: 15 }) as { id: number };
    ok(engine, 'agenda.assign', { id, sittingId });
    return id;
  };
  const a = add('Báo cáo kinh tế - xã hội', morning);
  const b = add('Báo cáo công tác của Tòa án nhân dân', afternoon);
  ok(engine, 'item.start', { id: a });
  clock.advance(60_000);
  ok(engine, 'item.start', { id: b, current: 'pause' });
  clock.advance(60_000);
  ok(engine, 'item.pause', { id: b });
  ok(engine, 'overlay.set', { visible: true, follow: 'item' });
  const { revision, slices } = engine.snapshot();
  return { state: { ...slices, revision } as State, a, b, morning, afternoon };
}

const render = hallRenderer();
const inMode = (s: State, mode: 'agenda' | 'auto') => ({ ...s, hall: { ...DEFAULT_HALL, mode } }) as State;
const currentRows = (root: HTMLElement) => [...root.querySelectorAll('.agenda li.current .title')].map((el) => el.firstChild?.textContent?.trim());

describe('one live item, from the engine', () => {
  it('the engine publishes the item paused most recently, not the first paused in the agenda', () => {
    const { state, b } = twoPaused();
    expect(state.timing.liveItemId).toBe(b);
    expect(state.timing.items.filter((i) => i.status === 'paused')).toHaveLength(2);
  });

  it('the hall’s agenda marks only the live item as on, in its sitting', () => {
    const { state } = twoPaused();
    expect(currentRows(render(inMode(state, 'agenda')))).toEqual(['Báo cáo công tác của Tòa án nhân dân']);
  });

  it('the hall’s agenda says an item left paused was paused, not that it is on', () => {
    const { state, morning } = twoPaused();
    // The hall lists the live item's sitting: the afternoon, where B is on. Shown the morning
    // instead (as the hall does with no live item published), A there is paused, and nothing is on.
    const noneLive = { ...state, timing: { ...state.timing, liveItemId: null }, sittings: state.sittings.filter((x) => x.id === morning) } as State;
    const root = render(inMode(noneLive, 'agenda'));
    expect(currentRows(root)).toEqual([]);
    expect([...root.querySelectorAll('.agenda li.paused .badge')].map((el) => el.textContent)).toEqual(['Paused']);
  });

  it('the hall’s item panel and the overlay name the live item', () => {
    const { state } = twoPaused();
    expect(render(inMode(state, 'auto')).querySelector('[data-testid=hall-title]')?.textContent).toBe('Báo cáo công tác của Tòa án nhân dân');
    expect(overlayCaption(state)).toEqual({ kind: 'item', title: 'Báo cáo công tác của Tòa án nhân dân' });
  });

  it('every screen follows the published value, whatever the timings it holds would suggest', () => {
    // The engine's word is final: were it to publish A, every screen shows A.
    const { state, a } = twoPaused();
    const published = { ...state, timing: { ...state.timing, liveItemId: a } } as State;
    // On the hall the dash keeps a no-break space before it (keepDash): no line starts with "- xã hội".
    expect(currentRows(render(inMode(published, 'agenda')))).toEqual(['Báo cáo kinh tế\u00A0- xã hội']);
    expect(render(inMode(published, 'auto')).querySelector('[data-testid=hall-title]')?.textContent).toBe('Báo cáo kinh tế\u00A0- xã hội');
    expect(overlayCaption(published)).toEqual({ kind: 'item', title: 'Báo cáo kinh tế - xã hội' });
  });

  it('the forecast is of the live item’s sitting', () => {
    const { state, a } = twoPaused();
    const forecastOf = (s: State) => {
      i18n.set('en');
      const app = mount(TimeReport, { target: document.body, props: { data: s, rows: joinRows(s.agenda, s.timing.items), now: Date.now() } });
      flushSync();
      const text = document.querySelector('#forecast-heading')?.parentElement?.textContent?.replace(/\s+/g, ' ') ?? '';
      unmount(app);
      document.body.innerHTML = '';
      return text;
    };
    // The live item B is in the afternoon sitting (planned end 17:00); published A is in the morning (11:30).
    expect(forecastOf(state)).toMatch(/Afternoon.*planned 17:00/);
    expect(forecastOf({ ...state, timing: { ...state.timing, liveItemId: a } } as State)).toMatch(/Morning.*planned 11:30/);
  });

  it('with every sitting closed, the forecast says so instead of asking for a sitting to be added', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const item = ok(engine, 'agenda.add', { title: 'Khai mạc', kind: 'opening', plannedMinutes: 10 }).id;
    ok(engine, 'agenda.assign', { id: item, sittingId: morning });
    ok(engine, 'item.start', { id: item });
    ok(engine, 'item.finish', { id: item });
    ok(engine, 'sitting.close', { id: morning });
    const { revision, slices } = engine.snapshot();
    const s = { ...slices, revision } as State;
    const said = (lang: 'en' | 'vi') => {
      i18n.set(lang);
      const app = mount(TimeReport, { target: document.body, props: { data: s, rows: joinRows(s.agenda, s.timing.items), now: Date.now() } });
      flushSync();
      const text = document.querySelector('[data-testid=forecast-none]')?.textContent;
      unmount(app);
      document.body.innerHTML = '';
      return text;
    };
    expect(said('en')).toBe('Every sitting is closed: nothing is left to forecast.');
    expect(said('vi')).toBe('Các phiên họp đều đã kết thúc: không còn gì để dự báo.');
  });
});
