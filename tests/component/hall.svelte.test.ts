import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import Hall from '../../src/hall/Hall.svelte';
import { contentFor, liveContent } from '../../src/hall/content';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import { DEFAULT_HALL, type HallScreen } from '../../electron/store/hall';

const item = (id: number, title: string, status?: string) => ({ id, sessionId: 1, position: id - 1, title, kind: 'report', presenter: '', plannedMinutes: 15, ...(status ? { status } : {}) });

function stateWith(hall: Partial<HallScreen>, extra: Partial<Record<keyof State, unknown>> = {}): State {
  return {
    revision: 1,
    council: { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 },
    sessions: { list: [{ id: 1, number: 11, term: 16, kind: 'regular', title: '', startDate: '2026-12-08', endDate: '2026-12-09' }], currentId: 1 },
    agenda: [item(1, 'Khai mạc'), item(2, 'Báo cáo'), item(3, 'Bế mạc')],
    hall: { ...DEFAULT_HALL, ...hall },
    hallEmblem: { dataUrl: null },
    ...extra,
  } as unknown as State;
}

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.innerHTML = '';
});

function render(data: State) {
  i18n.set('en');
  app = mount(Hall, { target: document.body, props: { data } });
  flushSync();
  return document.body;
}

describe('hall content', () => {
  it('automatic mode follows the first live provider, else says the session has not started', () => {
    expect(contentFor(stateWith({}))?.id).toBe('auto:agenda');
    expect(contentFor(stateWith({}, { agenda: [] }))?.id).toBe('auto:idle');
    expect(contentFor(stateWith({}, { sessions: { list: [], currentId: null }, agenda: [] }))?.id).toBe('auto:idle');
    // A provider placed first wins while it is active: how the live panels plug in.
    liveContent.unshift({ id: 'vote', active: (d) => d.hall.voteId === 9, component: liveContent[0].component });
    try {
      expect(contentFor(stateWith({ voteId: 9 }))?.id).toBe('auto:vote');
      expect(contentFor(stateWith({ voteId: 1 }))?.id).toBe('auto:agenda');
    } finally {
      liveContent.shift();
    }
    expect(contentFor(stateWith({ mode: 'blank' }))).toBeNull();
    expect(contentFor(stateWith({ mode: 'speakers' }))?.id).toBe('speakers');
  });

  it('shows done, current and next items from the agenda', () => {
    const body = render(stateWith({ mode: 'agenda' }, { agenda: [item(1, 'Khai mạc', 'done'), item(2, 'Báo cáo', 'current'), item(3, 'Bế mạc')] }));
    const rows = [...body.querySelectorAll('li')].map((li) => [li.className.split(' ')[0], li.textContent?.replace(/\s+/g, ' ').trim()]);
    expect(rows).toEqual([
      ['done', '1 Khai mạc Done'],
      ['current', '2 Báo cáo Now'],
      ['next', '3 Bế mạc'],
    ]);
  });

  it('shows the session has not started, the message with its countdown, and nothing when blank', () => {
    let body = render(stateWith({}, { agenda: [] }));
    expect(body.textContent).toContain('The session has not started');
    unmount(app!);
    body = render(stateWith({ mode: 'message', message: 'Giải lao', countdown: { startedAt: null, accumulatedMs: 60_000, limitMs: 600_000 } }));
    expect(body.querySelector('main')?.textContent).toContain('Giải lao');
    expect(body.querySelector('[role=timer]')?.textContent).toBe('9:00');
    expect(body.querySelector('.countdown')?.getAttribute('data-remaining-ms')).toBe('540000');
    unmount(app!);
    body = render(stateWith({ mode: 'blank', theme: 'light' }));
    expect(body.querySelector('main')?.textContent?.trim()).toBe('');
    expect(body.querySelector('header')).toBeNull();
    expect(body.querySelector('.screen')?.classList.contains('light')).toBe(true);
  });
});
