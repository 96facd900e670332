/**
 * The questioning panel the chair runs by keyboard: a paused question or answer says so, and
 * its Space button says Resume (the hall already showed "Tạm dừng"). State from the real engine.
 */
import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import LivePanel from '../../src/features/questions/LivePanel.svelte';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { i18n } from '../../src/lib/i18n.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
  document.body.innerHTML = '';
});

function questioning() {
  const { engine } = newEngine();
  seedBasics(engine);
  const asker = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn An' }).id;
  const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', title: 'Trưởng phòng Tài nguyên và Môi trường', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
  ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tiến độ cấp giấy chứng nhận?' });
  ok(engine, 'question.next');
  return engine;
}

const look = () => ({
  phase: document.querySelector('#live-heading')?.textContent?.replace(/\s+/g, ' ').trim(),
  space: [...document.querySelectorAll('.actions button')].find((b) => b.querySelector('kbd, .keys')?.textContent?.includes('Space') || b.textContent?.includes('Space'))?.firstChild?.textContent?.trim(),
});

describe('a paused question or answer in the console', () => {
  it('says it is paused (offering Resume) or ended, in both languages', () => {
    const engine = questioning();
    /** The panel drawn afresh from the engine's state, as it reads then. */
    const seen = () => {
      app = mount(LivePanel, { target: document.body, props: { data: engine.current as unknown as State } });
      flushSync();
      const now = look();
      unmount(app);
      app = undefined;
      return now;
    };
    i18n.set('en');
    expect(seen()).toEqual({ phase: 'Question', space: 'Pause' });
    ok(engine, 'question.toggle');
    expect(seen()).toEqual({ phase: 'Question · paused', space: 'Resume' });
    ok(engine, 'question.toggle');
    ok(engine, 'answer.start');
    ok(engine, 'question.toggle');
    i18n.set('vi');
    expect(seen()).toEqual({ phase: 'Trả lời · tạm dừng', space: 'Tiếp tục' });
    // f: the answer is over; its frozen clock is not mistaken for one still to run.
    ok(engine, 'question.stop');
    expect(seen().phase).toBe('Trả lời · đã kết thúc');
  });
});

describe('one more minute in the questioning', () => {
  it('says the time limits are the council’s rather than doing nothing, and changes nothing', () => {
    const engine = questioning();
    const before = JSON.stringify(engine.current.questions);
    app = mount(LivePanel, { target: document.body, props: { data: engine.current as unknown as State } });
    flushSync();
    for (const [lang, sentence] of [
      ['en', 'Questions and answers keep the council’s time limits (3:00 to ask, 7:00 to answer): no minute is added. The clock goes on counting past the limit.'],
      ['vi', 'Câu hỏi và trả lời theo thời gian Hội đồng quy định (hỏi 3:00, trả lời 7:00), không cộng thêm phút. Đồng hồ vẫn tiếp tục tính khi quá giờ.'],
    ] as const) {
      i18n.set(lang);
      shortcuts.handle(new KeyboardEvent('keydown', { key: '+', cancelable: true }));
      flushSync();
      expect(document.querySelector('[role=alert]')?.textContent).toBe(sentence);
    }
    expect(JSON.stringify(engine.current.questions)).toBe(before);
  });
});
