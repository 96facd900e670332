/**
 * The hall's programme with a part of it ("Thảo luận về tình hình kinh tế - xã hội", the office's
 * 120 minutes beside it, over its two discussions): the part is never run itself, so it was left
 * "to come" after its items were done. It is done when they are.
 */
import { describe, expect, it } from 'vitest';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { stateFrom } from './on-engine.svelte';
import { hallRenderer } from './hall-render';

const render = hallRenderer();

describe('a part of the programme on the hall', () => {
  it('is to come while its items are, and done once they are', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const sitting = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const part = ok(engine, 'agenda.add', { title: 'Thảo luận về tình hình kinh tế - xã hội', kind: 'discussion', plannedMinutes: 120, sittingId: sitting }).id;
    const subs = ['Thảo luận tại tổ', 'Thảo luận tại hội trường'].map((title) => ok(engine, 'agenda.add', { title, kind: 'discussion', plannedMinutes: 60, sittingId: sitting }).id);
    for (const id of subs) ok(engine, 'agenda.setParent', { id, parentId: part });
    ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua Nghị quyết', kind: 'vote', sittingId: sitting });
    const partLine = () => [...render(stateFrom(engine)).querySelectorAll('section.agenda li')].find((li) => li.textContent?.includes('tình hình kinh tế'))!;

    ok(engine, 'item.start', { id: subs[0] });
    ok(engine, 'item.finish', { id: subs[0] });
    expect(partLine().classList.contains('next')).toBe(true);
    ok(engine, 'item.start', { id: subs[1] });
    ok(engine, 'item.finish', { id: subs[1] });
    expect(partLine().classList.contains('done')).toBe(true);
    expect(partLine().textContent).toContain('Done');
  });
});
