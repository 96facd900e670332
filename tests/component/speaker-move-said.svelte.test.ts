import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, unmountAll } from './mount';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { discussionUnderWay, newEngine, ok, seedBasics } from '../unit/helpers';

// The queue's rows animate when they move (animate:flip), which jsdom has no API for.
Element.prototype.getAnimations ??= () => [];
afterEach(() => {
  vi.restoreAllMocks();
});

describe('where a request moved in the queue now stands', () => {
  it('is said from the queue as it is after the move, not as it was when the key was pressed', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const names = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Nguyễn Văn Hùng', 'Lê Thị Thu'];
    const people = names.map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
    discussionUnderWay(engine);
    const speeches = people.map((delegateId) => ok(engine, 'speaker.request', { delegateId }).id as number);
    const published = () => {
      const { revision, slices } = engine.snapshot();
      return { ...slices, revision } as State;
    };
    const data = $state(published());
    // The move is recorded; meanwhile another console withdrew Đặng Quốc Việt. The state comes before the reply.
    vi.spyOn(live, 'send').mockImplementation((async (type: 'speaker.move', payload: { id: number; index: number }) => {
      const value = ok(engine, type, payload);
      ok(engine, 'speaker.withdraw', { id: speeches[1] });
      Object.assign(data, published());
      return { ok: true, revision: data.revision, value };
    }) as never);
    for (const [lang, said] of [['en', 'Nguyễn Thị Hằng: place 1 of 3 in the queue.'], ['vi', 'Nguyễn Thị Hằng: vị trí 1 trên 3 trong hàng chờ.']] as const) {
      i18n.set(lang);
      mount(SpeakersView, { target: document.body, props: { data } });
      flushSync();
      const region = document.querySelector('[data-testid=move-said]')!;
      expect(region.getAttribute('role')).toBe('status');
      expect(region.textContent).toBe('');
      // Nguyễn Thị Hằng one place down: second of four when pressed, first of three once answered.
      document.querySelector<HTMLButtonElement>(`[data-speech="${speeches[0]}"] button[aria-label*="down"], [data-speech="${speeches[0]}"] button[aria-label*="xuống"]`)!.click();
      await vi.waitFor(() => expect(region.textContent).toBe(said));
      unmountAll();
      // Back as it was for the next language.
      ok(engine, 'speaker.move', { id: speeches[0], index: 0 });
      ok(engine, 'speaker.request', { delegateId: people[1] });
      speeches[1] = engine.current.speakers.queue.at(-1)!.id;
      ok(engine, 'speaker.move', { id: speeches[1], index: 1 });
      Object.assign(data, published());
    }
  });
});
