import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import SetupView from '../../src/features/council/SetupView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { discussionUnderWay, newEngine, ok, refused, seedBasics } from '../unit/helpers';
import { answerAsk } from './on-engine.svelte';

describe('deleting a session', () => {
  it('asks once about the session by its name and says everything recorded in it goes; Cancel keeps it', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    const { revision, slices } = engine.snapshot();
    const send = vi.spyOn(live, 'send');
    mount(SetupView, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    document.querySelector<HTMLButtonElement>('button[aria-label^="Delete session"]')!.click();
    expect(await answerAsk(false)).toEqual({
      asked: 'Delete Session 11, term XVI and everything recorded in it: agenda, sittings, roll calls, speeches, questions, votes and minutes? This cannot be undone.',
      button: 'Delete session',
    });
    await Promise.resolve();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('working on another session during a sitting', () => {
  it('asks first, naming both sessions, and a "no" keeps the console and the hall on the sitting', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    const { sessionId } = seedBasics(engine);
    ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-08', endDate: '2027-07-09' });
    ok(engine, 'session.select', { id: sessionId });
    discussionUnderWay(engine);
    const send = vi.spyOn(live, 'send');
    const { revision, slices } = engine.snapshot();
    mount(SetupView, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    document.querySelector<HTMLButtonElement>('button[aria-label="Làm việc với kỳ họp này: Kỳ họp thứ 12, khóa XVI"]')!.click();
    expect(await answerAsk(false)).toEqual({
      asked: 'Kỳ họp thứ 11, khóa XVI đang có phiên họp diễn ra. Bàn điều khiển và màn hình hội trường sẽ chuyển sang Kỳ họp thứ 12, khóa XVI, trong khi đồng hồ phiên họp vẫn chạy. Vẫn chuyển?',
      button: 'Chuyển kỳ họp',
    });
    await Promise.resolve();
    expect(send).not.toHaveBeenCalled();
  });

  it('the engine refuses to delete the session whose sitting is under way, and changes nothing', () => {
    const { engine } = newEngine();
    const { sessionId } = seedBasics(engine);
    discussionUnderWay(engine);
    expect(refused(engine, 'session.delete', { id: sessionId }).vi).toBe(
      'Kỳ họp thứ 11, khóa XVI đang có phiên họp diễn ra nên không thể xóa. Hãy kết thúc phiên họp (Điều hành, Alt+5) trước.',
    );
  });
});
