import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { mountOnEngine, stateFrom } from './on-engine.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

/**
 * The Speakers view's note while a report is read (common/speakers/floor.ts): which item the
 * requests are for, and, with no discussion to come in its sitting, that they stay on the report.
 */
function morning() {
  const { engine } = newEngine();
  seedBasics(engine);
  const sitting = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
  const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
  const add = (title: string, kind: 'report' | 'discussion') => {
    const id = ok(engine, 'agenda.add', { title, kind }).id;
    ok(engine, 'agenda.assign', { id, sittingId: sitting });
    return id;
  };
  const report = add('Báo cáo tình hình kinh tế - xã hội năm 2026', 'report');
  const debate = add('Thảo luận tại hội trường', 'discussion');
  ok(engine, 'item.start', { id: report });
  const mounted = mountOnEngine(engine, SpeakersView);
  /** Another console's command: the view gets the state that follows. */
  const elsewhere = (type: string, payload: object) => {
    ok(engine, type as never, payload as never);
    mounted.props.data = stateFrom(engine);
    flushSync();
  };
  return { report, debate, afternoon, elsewhere };
}
const note = () => document.querySelector('[data-testid=report-floor]')?.textContent ?? null;

describe('the note of a report under way', () => {
  it.each([
    ['en', 'For item 2: Thảo luận tại hội trường. Item 1, under way, is read at the rostrum with no discussion of its own: requests typed now are for the discussion after it.'],
    ['vi', 'Cho mục 2: Thảo luận tại hội trường. Mục 1 đang diễn ra là phần trình bày, không có thảo luận riêng: đăng ký phát biểu lúc này được ghi cho phần thảo luận sau đó.'],
  ] as const)('names the discussion the requests are for (%s); the report chosen while a discussion follows is her choice, said nothing of', (lang, said) => {
    i18n.set(lang);
    const { report, elsewhere } = morning();
    expect(note()).toBe(said);
    // She keeps the report's own queue: no note, and none saying no discussion follows (one does).
    elsewhere('speaker.focus', { agendaItemId: report });
    expect(note()).toBeNull();
  });

  it('says the requests stay on the report when no discussion is to come in its sitting', () => {
    i18n.set('en');
    const { report, debate, afternoon, elsewhere } = morning();
    // The discussion moved to the afternoon: none left after the report in its morning.
    elsewhere('agenda.assign', { id: debate, sittingId: afternoon });
    elsewhere('speaker.focus', { agendaItemId: report });
    expect(note()).toContain('Item 1, under way, is read at the rostrum, and no discussion follows it in this sitting');
  });
});
