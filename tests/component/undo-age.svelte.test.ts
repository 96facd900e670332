/**
 * The question before an old undo names the step's age as people say it: "7 h 0 min", not
 * "420 minutes". State from the real engine; the console's undo() with its question in the page.
 */
import { describe, expect, it, vi } from 'vitest';
import { live, type State } from '../../src/lib/live.svelte';
import { undo } from '../../src/lib/undo';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { answerAsk } from './on-engine.svelte';

describe('asking before an old undo', () => {
  it('gives the age in hours and minutes once it is an hour or more', async () => {
    const { engine, clock } = newEngine();
    seedBasics(engine);
    const item = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report', plannedMinutes: 30 }).id;
    ok(engine, 'item.start', { id: item });
    live.state = engine.current as unknown as State;
    vi.spyOn(live, 'now').mockReturnValue(clock() + 420 * 60_000);
    const send = vi.spyOn(live, 'send');
    i18n.set('vi');
    let undone = undo('timing', 'bắt đầu «Báo cáo kinh tế - xã hội»');
    expect(await answerAsk(false)).toEqual({
      asked: 'Hoàn tác bắt đầu «Báo cáo kinh tế - xã hội», đã làm cách đây 7 giờ 0 phút? Những gì thao tác đó thay đổi sẽ trở lại như lúc ấy; các thao tác sau đó giữ nguyên.',
      button: 'Hoàn tác',
    });
    await expect(undone).resolves.toMatchObject({ ok: false, error: { code: 'cancelled' } });
    i18n.set('en');
    vi.spyOn(live, 'now').mockReturnValue(clock() + 25 * 60_000);
    undone = undo('timing', 'start of “Báo cáo kinh tế - xã hội”');
    expect(await answerAsk(false)).toEqual({
      asked: 'Undo start of “Báo cáo kinh tế - xã hội”, done 25 min ago? What it changed goes back to how it was then; what was done since stays as it is.',
      button: 'Undo',
    });
    await undone;
    // Cancelled, nothing is sent.
    expect(send).not.toHaveBeenCalled();
  });
});
