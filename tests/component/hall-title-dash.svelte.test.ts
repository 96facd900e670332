import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { mount } from './mount';
import LowerThird from '../../src/overlay/LowerThird.svelte';
import LiveView from '../../src/features/timing/LiveView.svelte';
import { overlayCaption } from '../../src/overlay/caption';
import type { State } from '../../src/lib/live.svelte';
import type { Engine } from '../../electron/engine/engine';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { hallRenderer } from './hall-render';

/**
 * A title with a spaced dash ("kinh tế - xã hội") may wrap after the dash, never before it: on
 * the hall and on air no line starts with "- xã hội". The dash keeps a no-break space before it
 * (keepDash, the rule the hall already follows for groups and agencies).
 */
const TITLE = 'Báo cáo tình hình kinh tế - xã hội năm 2026 và kế hoạch năm 2027';
const KEPT = 'kinh tế\u00A0- xã hội';

function sitting(then: (engine: Engine) => void = () => {}): State {
  const { engine } = newEngine();
  seedBasics(engine);
  const item = ok(engine, 'agenda.add', { title: TITLE, kind: 'report', presenter: 'Giám đốc Sở Tài chính - Kế hoạch', plannedMinutes: 15 }).id;
  ok(engine, 'item.start', { id: item });
  then(engine);
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
}

const render = hallRenderer();

describe('a title with a spaced dash on a projected screen', () => {
  it('keeps the dash with the word before it on the hall: the item, its presenter, the agenda overview', () => {
    const hall = render(sitting());
    expect(hall.querySelector('[data-testid=hall-title]')!.textContent).toContain(KEPT);
    expect(hall.querySelector('.presenter')!.textContent).toContain('Tài chính\u00A0- Kế hoạch');
    const overview = render(sitting((engine) => ok(engine, 'hall.setMode', { mode: 'agenda' })));
    expect(overview.querySelector('li .title')!.textContent).toContain(KEPT);
    // The presenter on a line of their own under the title, their dash kept as the title's.
    expect(overview.querySelector('li .presenter')!.textContent).toContain('Tài chính\u00A0- Kế hoạch');
  });

  it('keeps the dash with the word before it on a vote on the hall', () => {
    const hall = render(
      sitting((engine) => {
        const vote = ok(engine, 'vote.create', { resolutionNumber: '01/NQ-HĐND', resolutionTitle: 'Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2027', method: 'hands' }).id;
        ok(engine, 'vote.open', { id: vote });
      }),
    );
    expect(hall.querySelector('h1.title')!.textContent).toContain(KEPT);
  });

  describe('on air and on the chair’s console', () => {
    it('keeps the dash with the word before it in the Live view: the item under way and its row', () => {
      const data = sitting();
      mount(LiveView, { target: document.body, props: { data } });
      flushSync();
      expect(document.querySelector('[data-testid=current-title]')!.textContent).toContain(KEPT);
      expect(document.querySelector('td .title')!.textContent).toContain(KEPT);
    });
    it('keeps the dash with the word before it in the caption of the item', () => {
      const data = sitting((engine) => ok(engine, 'overlay.set', { visible: true, follow: 'item' }));
      mount(LowerThird, { target: document.body, props: { caption: overlayCaption(data) } });
      flushSync();
      expect(document.querySelector('[data-testid=overlay-name]')!.textContent).toContain(KEPT);
    });
  });
});
