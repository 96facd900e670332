import { flushSync } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, wireCommand } from '../../src/lib/live.svelte';
import { discussionUnderWay, newEngine, ok, seedBasics } from '../unit/helpers';
import { stateFrom } from './on-engine.svelte';

// The queue's rows animate when they move (animate:flip), which jsdom has no API for.
Element.prototype.getAnimations ??= () => [];
afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * The secretary's console on a queue of four, its commands held until the test lets each through
 * (a LAN link's delay), run on the engine as the secretary on her laptop; the chair acts on the
 * same engine from his console (`chair`), and both arrive as published state.
 */
function queueOfFour() {
  i18n.set('en');
  const { engine } = newEngine();
  seedBasics(engine);
  const ids = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Tám', 'Phạm Thị Lan'].map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
  discussionUnderWay(engine);
  for (const delegateId of ids) ok(engine, 'speaker.request', { delegateId });
  const props = $state({ data: stateFrom(engine) });
  const held: { type: string; payload: unknown; release: () => void }[] = [];
  const send = vi.spyOn(live, 'send').mockImplementation(
    (type, payload, opts) =>
      new Promise((resolve) =>
        held.push({
          type,
          payload,
          release: () => {
            // As the server gets it: `seen` in the command, the sender named by its socket.
            resolve(engine.dispatch(wireCommand(type, payload, opts?.seen), { actor: 'Thư ký - laptop 2', deviceId: 1, lang: 'en', role: 'secretary' }) as never);
            props.data = stateFrom(engine);
          },
        }),
      ),
  );
  mount(SpeakersView, { target: document.body, props });
  flushSync();
  const settle = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
    flushSync();
  };
  const release = async () => {
    held.shift()!.release();
    await settle();
  };
  const chair = (run: () => void) => {
    run();
    props.data = stateFrom(engine);
    flushSync();
  };
  const names = () => [...document.querySelectorAll('.queue [data-speech] .name')].map((n) => n.textContent);
  const engineQueue = () => engine.current.speakers.queue.map((s) => s.delegateId);
  const altUp = (name: string) => {
    const row = [...document.querySelectorAll<HTMLElement>('.queue [data-speech]')].find((r) => r.querySelector('.name')?.textContent === name)!;
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowUp', altKey: true, bubbles: true, cancelable: true }));
    flushSync();
  };
  return { engine, ids, send, held, release, settle, chair, names, engineQueue, altUp };
}

describe('moving a request up the queue by quick presses, over a slow link', () => {
  it('sends one move at a time, the last place wanted, and the row does not jump back between presses', async () => {
    const q = queueOfFour();
    // Three presses before the first answer: Lan from fourth to first.
    q.altUp('Phạm Thị Lan');
    q.altUp('Phạm Thị Lan');
    q.altUp('Phạm Thị Lan');
    expect(q.names()).toEqual(['Phạm Thị Lan', 'Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Tám']);
    expect(q.held.map((h) => h.payload)).toEqual([{ id: expect.any(Number), index: 2 }]);
    await q.release();
    // The first answer's state does not pull her back to third: the rows hold until the last answer.
    expect(q.names()).toEqual(['Phạm Thị Lan', 'Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Tám']);
    expect(q.held.map((h) => h.payload)).toEqual([{ id: expect.any(Number), index: 0 }]);
    await q.release();
    expect(q.engineQueue()).toEqual([q.ids[3], q.ids[0], q.ids[1], q.ids[2]]);
    expect(q.names()).toEqual(['Phạm Thị Lan', 'Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Tám']);
    expect(q.send).toHaveBeenCalledTimes(2);
  });

  it('when the chair calls the next speaker meanwhile, the move made on the old queue is refused, says why and stays said; the rows show the queue as it is', async () => {
    const q = queueOfFour();
    q.altUp('Phạm Thị Lan');
    await q.release();
    q.altUp('Phạm Thị Lan');
    q.altUp('Phạm Thị Lan');
    // The chair presses n before her next move is sent: Hằng goes to the rostrum.
    q.chair(() => ok(q.engine, 'speaker.next', {}));
    await q.release();
    expect(document.querySelector('p.error[role=alert]')?.textContent).toBe('The speaker queue was changed by the chair after you looked at it. Check it and try again.');
    expect(q.held).toEqual([]);
    expect(q.names()).toEqual(['Đặng Quốc Việt', 'Phạm Thị Lan', 'Lê Văn Tám']);
    expect(q.engineQueue()).toEqual([q.ids[1], q.ids[3], q.ids[2]]);
  });
});
