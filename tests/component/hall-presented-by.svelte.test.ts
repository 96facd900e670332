import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { i18n } from '../../src/lib/i18n.svelte';
import type { State } from '../../src/lib/live.svelte';
import type { Engine } from '../../electron/engine/engine';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { hallRenderer } from './hall-render';

/**
 * Who presented the resolution (vote.presentedBy, "Cơ quan trình") is on the hall under the vote's
 * title while it is put and counted, as the minutes and the results notice name it: "Tờ trình của
 * UBND tỉnh" / "Submitted by UBND tỉnh". Nothing when it is not given; once the result is announced
 * the hall gives the counts and the verdict, as before.
 */
const TITLE = 'Nghị quyết về dự toán ngân sách địa phương năm 2027';

function hallOn(hallLang: 'vi' | 'en', presentedBy: string, then: (engine: Engine, id: number) => void): State {
  const { engine } = newEngine();
  seedBasics(engine);
  const { sessions } = engine.snapshot().slices as unknown as State;
  const session = sessions.list.find((s) => s.id === sessions.currentId)!;
  ok(engine, 'session.update', { ...session, id: session.id, hallLang });
  const id = ok(engine, 'vote.create', { resolutionNumber: '45/NQ-HĐND', resolutionTitle: TITLE, method: 'hands', presentedBy }).id;
  ok(engine, 'vote.open', { id, present: 50 });
  then(engine, id);
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
}

const renderHall = hallRenderer();
/** The hall page speaks the session's hall language (HallPage sets the page's to it). */
const render = (data: State) => {
  const hall = renderHall(data);
  i18n.set(data.sessions.list.find((s) => s.id === data.sessions.currentId)!.hallLang);
  flushSync();
  return hall;
};
const said = (hall: HTMLElement) => hall.querySelector('[data-testid=hall-vote-presented-by]')?.textContent ?? null;
const count = (engine: Engine, id: number) => {
  ok(engine, 'vote.tally', { id, for: 48, against: 1, abstain: 1 });
  ok(engine, 'vote.close', { id });
};

describe('the presenting body on the hall', () => {
  it('is said under the title while the vote is put, in the hall’s language', () => {
    const vi = render(hallOn('vi', 'UBND tỉnh', () => {}));
    expect(vi.querySelector('[data-hall-vote=open] h1.title')!.textContent).toBe(TITLE);
    expect(said(vi)).toBe('Tờ trình của UBND tỉnh');
    // Under the title and its number, before what it takes to pass.
    const order = [...vi.querySelectorAll('.vote > *')].map((e) => e.className.split(' ')[0]);
    expect(order.slice(0, 4)).toEqual(['label', 'title', 'number', 'presented']);
    expect(said(render(hallOn('en', 'UBND tỉnh', () => {})))).toBe('Submitted by UBND tỉnh');
  });

  it('stays while the votes are counted, and gives way to the counts once the result is announced', () => {
    expect(said(render(hallOn('vi', 'Thường trực HĐND tỉnh', count)))).toBe('Tờ trình của Thường trực HĐND tỉnh');
    const announced = render(
      hallOn('vi', 'UBND tỉnh', (engine, id) => {
        count(engine, id);
        ok(engine, 'vote.announce', { id });
      }),
    );
    expect(announced.querySelector('.verdict')).not.toBeNull();
    expect(said(announced)).toBeNull();
  });

  it('says nothing when no presenting body was given', () => {
    const hall = render(hallOn('vi', '', () => {}));
    expect(hall.querySelector('[data-hall-vote=open]')).not.toBeNull();
    expect(said(hall)).toBeNull();
    expect(hall.textContent).not.toContain('Tờ trình');
  });
});
