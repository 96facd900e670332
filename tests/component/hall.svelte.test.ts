import { describe, expect, it } from 'vitest';
import { hallRenderer } from './hall-render';
import { contentFor, liveContent } from '../../src/hall/content';
import type { State } from '../../src/lib/live.svelte';
import { DEFAULT_HALL, type HallScreen } from '../../electron/store/hall';
import { newEngine, ok, seedBasics } from '../unit/helpers';

/**
 * A complete published state from the real engine on SQLite: a session with three items,
 * the first finished and the second running, so every domain's slice is there as it ships.
 */
function engineState(): State {
  const { engine, clock } = newEngine();
  seedBasics(engine);
  const ids = ['Khai mạc', 'Báo cáo', 'Bế mạc'].map((title) => ok(engine, 'agenda.add', { title, kind: 'report', plannedMinutes: 15 }).id);
  ok(engine, 'item.start', { id: ids[0] });
  clock.advance(60_000);
  ok(engine, 'item.finish', { id: ids[0] });
  ok(engine, 'item.start', { id: ids[1] });
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
}
const base = engineState();

function stateWith(hall: Partial<HallScreen>, extra: Partial<Record<keyof State, unknown>> = {}): State {
  return { ...base, hall: { ...DEFAULT_HALL, ...hall }, ...extra } as unknown as State;
}
const nothingLive = { timing: { items: [] } };

const render = hallRenderer();

describe('hall content', () => {
  it('automatic mode follows the first live provider, else says the session has not started', () => {
    expect(contentFor(stateWith({}))?.id).toBe('auto:item');
    expect(contentFor(stateWith({}, nothingLive))?.id).toBe('auto:agenda');
    expect(contentFor(stateWith({}, { agenda: [], ...nothingLive }))?.id).toBe('auto:idle');
    expect(contentFor(stateWith({}, { sessions: { list: [], currentId: null }, agenda: [], ...nothingLive }))?.id).toBe('auto:idle');
    // A provider placed first wins while it is active: how the live panels plug in.
    liveContent.unshift({ id: 'vote', active: (d) => d.hall.voteId === 9, component: liveContent[0].component });
    try {
      expect(contentFor(stateWith({ voteId: 9 }))?.id).toBe('auto:vote');
      expect(contentFor(stateWith({ voteId: 1 }, nothingLive))?.id).toBe('auto:agenda');
    } finally {
      liveContent.shift();
    }
    expect(contentFor(stateWith({ mode: 'blank' }))).toBeNull();
    expect(contentFor(stateWith({ mode: 'speakers' }))?.id).toBe('speakers');
  });

  it('shows done, current and next items from the agenda', () => {
    const body = render(stateWith({ mode: 'agenda' }));
    const rows = [...body.querySelectorAll('li')].map((li) => [li.className.split(' ')[0], li.textContent?.replace(/\s+/g, ' ').trim()]);
    expect(rows).toEqual([
      ['done', '1 Khai mạc Done'],
      ['current', '2 Báo cáo Now'],
      ['next', '3 Bế mạc'],
    ]);
  });

  it('shows the session has not started, the message with its countdown, and nothing when blank', () => {
    let body = render(stateWith({}, { agenda: [], ...nothingLive }));
    expect(body.textContent).toContain('The session has not started');
    body = render(stateWith({ mode: 'message', message: 'Giải lao', countdown: { startedAt: null, accumulatedMs: 60_000, limitMs: 600_000 } }));
    expect(body.querySelector('main')?.textContent).toContain('Giải lao');
    expect(body.querySelector('[role=timer]')?.textContent).toBe('9:00');
    expect(body.querySelector('.countdown')?.getAttribute('data-remaining-ms')).toBe('540000');
    body = render(stateWith({ mode: 'blank', theme: 'light' }));
    expect(body.querySelector('main')?.textContent?.trim()).toBe('');
    expect(body.querySelector('header')).toBeNull();
    expect(body.querySelector('.screen')?.classList.contains('light')).toBe(true);
  });
});
