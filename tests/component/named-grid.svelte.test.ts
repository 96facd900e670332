import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mount } from './mount';
import NamedGrid from '../../src/features/votes/NamedGrid.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import type { Choice } from '../../common/votes/model';
import { newEngine, ok, seedBasics } from '../unit/helpers';

describe('the named-vote grid', () => {
  it('is one Tab stop: the keyboard moves among 40 rows by arrows and Home/End, and Tab leaves for the next control', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    for (let seat = 1; seat <= 40; seat++) ok(engine, 'delegate.add', { fullName: `Đại biểu số ${seat}`, seatNumber: seat });
    const { revision, slices } = engine.snapshot();
    const marks = $state<Record<number, Choice>>({});
    mount(NamedGrid, {
      target: document.body,
      props: {
        data: { ...slices, revision } as State,
        marks,
        onMark: async (delegateId: number, choice: Choice | null) => {
          if (choice) marks[delegateId] = choice;
          return true;
        },
      },
    });
    flushSync();
    const rows = [...document.querySelectorAll<HTMLElement>('tr[data-voter]')];
    expect(rows).toHaveLength(40);
    // Only one row is in the Tab order, so Tab from the grid reaches what follows it at once.
    const tabStops = () => rows.filter((r) => r.tabIndex === 0).map((r) => r.dataset.voter);
    expect(tabStops()).toEqual(['0']);
    const press = (key: string) => {
      document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      flushSync();
    };
    rows[0].focus();
    press('1');
    await Promise.resolve();
    flushSync();
    // The mark moved the focus on, and the Tab stop with it.
    expect(document.activeElement).toBe(rows[1]);
    expect(tabStops()).toEqual(['1']);
    press('End');
    expect(document.activeElement).toBe(rows[39]);
    expect(tabStops()).toEqual(['39']);
    press('Home');
    expect(document.activeElement).toBe(rows[0]);
    press('ArrowUp');
    expect(document.activeElement).toBe(rows[0]);
    press('ArrowDown');
    expect(document.activeElement).toBe(rows[1]);
    expect(tabStops()).toEqual(['1']);
  });
});
