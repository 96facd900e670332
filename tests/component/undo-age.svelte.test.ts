/**
 * The question before an old undo names the step's age as people say it: "7 h 0 min", not
 * "420 minutes". State from the real engine; the console's undo() with its confirm.
 */
import { describe, expect, it, vi } from 'vitest';
import { live, type State } from '../../src/lib/live.svelte';
import { undo } from '../../src/lib/undo';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';

describe('asking before an old undo', () => {
  it('gives the age in hours and minutes once it is an hour or more', async () => {
    const { engine, clock } = newEngine();
    seedBasics(engine);
    const item = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report', plannedMinutes: 30 }).id;
    ok(engine, 'item.start', { id: item });
    live.state = engine.current as unknown as State;
    vi.spyOn(live, 'now').mockReturnValue(clock() + 420 * 60_000);
    const asked = vi.spyOn(window, 'confirm').mockReturnValue(false);
    i18n.set('vi');
    await undo('timing', 'bắt đầu «Báo cáo kinh tế - xã hội»');
    i18n.set('en');
    vi.spyOn(live, 'now').mockReturnValue(clock() + 25 * 60_000);
    await undo('timing', 'start of “Báo cáo kinh tế - xã hội”');
    expect(asked.mock.calls.map(([m]) => m)).toEqual([
      'Hoàn tác bắt đầu «Báo cáo kinh tế - xã hội», đã làm cách đây 7 giờ 0 phút? Những gì thao tác đó thay đổi sẽ trở lại như lúc ấy; các thao tác sau đó giữ nguyên.',
      'Undo start of “Báo cáo kinh tế - xã hội”, done 25 min ago? What it changed goes back to how it was then; what was done since stays as it is.',
    ]);
  });
});
