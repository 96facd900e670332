/**
 * The questioning panel the chair runs by keyboard: a question or answer called and not begun
 * says so and its Space button says Start; a paused one says so and offers Resume (the hall
 * already showed "Tạm dừng"). State from the real engine.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount, unmount, unmountAll } from './mount';
import LivePanel from '../../src/features/questions/LivePanel.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { i18n } from '../../src/lib/i18n.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { holdNextReply, mountOnEngine, stateFrom } from './on-engine.svelte';
import Hall from '../../src/hall/Hall.svelte';

/** A slip called by n: the asker is at the microphone, the clock not started. */
function questioning() {
  const { engine, clock } = newEngine();
  seedBasics(engine);
  const asker = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn An' }).id;
  const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', title: 'Trưởng phòng Tài nguyên và Môi trường', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
  ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tiến độ cấp giấy chứng nhận?' });
  ok(engine, 'question.next');
  return { engine, clock };
}

const look = () => ({
  phase: document.querySelector('#live-heading')?.textContent?.replace(/\s+/g, ' ').trim(),
  space: [...document.querySelectorAll('.actions button')].find((b) => b.querySelector('kbd, .keys')?.textContent?.includes('Space') || b.textContent?.includes('Space'))?.firstChild?.textContent?.trim(),
});

describe('a called or paused question or answer in the console', () => {
  it('says it is called (offering Start), paused (offering Resume) or ended, in both languages', () => {
    const { engine, clock } = questioning();
    /** The panel drawn afresh from the engine's state, as it reads then. */
    const seen = () => {
      mount(LivePanel, { target: document.body, props: { data: engine.current as unknown as State } });
      flushSync();
      const now = look();
      unmountAll();
      return now;
    };
    i18n.set('en');
    expect(seen()).toEqual({ phase: 'Question · called, not started', space: 'Start' });
    ok(engine, 'question.toggle');
    expect(seen()).toEqual({ phase: 'Question', space: 'Pause' });
    clock.advance(5_000);
    ok(engine, 'question.toggle');
    expect(seen()).toEqual({ phase: 'Question · paused', space: 'Resume' });
    ok(engine, 'question.toggle');
    ok(engine, 'answer.start');
    i18n.set('vi');
    expect(seen()).toEqual({ phase: 'Trả lời · đã mời, chưa bắt đầu', space: 'Bắt đầu' });
    ok(engine, 'question.toggle');
    clock.advance(5_000);
    ok(engine, 'question.toggle');
    expect(seen()).toEqual({ phase: 'Trả lời · tạm dừng', space: 'Tiếp tục' });
    // f: the answer is over; its frozen clock is not mistaken for one still to run.
    ok(engine, 'question.stop');
    expect(seen().phase).toBe('Trả lời · đã kết thúc');
  });
});

describe('with no question under way', () => {
  it('tells the chair to call the next slip, and the secretary that the chair will', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const asker = ok(engine, 'delegate.add', { fullName: 'Hoàng Văn An' }).id;
    const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
    ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tiến độ cấp giấy chứng nhận?' });
    const headline = () => {
      mount(LivePanel, { target: document.body, props: { data: engine.current as unknown as State } });
      flushSync();
      const text = document.querySelector('[data-testid=live-headline]')?.textContent;
      unmountAll();
      return text;
    };
    i18n.set('vi');
    try {
      expect(headline()).toBe('Chưa có câu hỏi nào. Hãy mời phiếu tiếp theo.');
      live.role = 'secretary';
      expect(headline()).toBe('Chưa có câu hỏi nào: chủ tọa sẽ mời phiếu tiếp theo.');
    } finally {
      live.role = 'chair';
    }
  });
});

describe('extra time in the questioning', () => {
  it('`+` and the buttons ask the engine for a minute (or 30 s) for what is under way; the panel shows it and counts to the new limit', async () => {
    const { engine } = questioning(); // called, so the clock on screen does not move
    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: true, value: undefined } as never);
    i18n.set('en');
    mount(LivePanel, { target: document.body, props: { data: engine.current as unknown as State } });
    flushSync();
    shortcuts.handle(new KeyboardEvent('keydown', { key: '+', cancelable: true }));
    shortcuts.handle(new KeyboardEvent('keydown', { key: '=', cancelable: true }));
    [...document.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent?.trim() === '+30 s')!.click();
    expect(send.mock.calls).toEqual([
      ['question.extend', { seconds: 60 }],
      ['question.extend', { seconds: 60 }],
      ['question.extend', { seconds: 30 }],
    ]);
    unmountAll();
    send.mockRestore();

    ok(engine, 'question.extend', { seconds: 60 });
    const seen = () => {
      mount(LivePanel, { target: document.body, props: { data: engine.current as unknown as State } });
      flushSync();
      const now = { phase: look().phase, timer: document.querySelector('[role=timer]')?.textContent };
      unmountAll();
      return now;
    };
    // The council's 3:00 to ask, and the minute given.
    expect(seen()).toEqual({ phase: 'Question · called, not started · extra 1:00', timer: '4:00' });
    ok(engine, 'question.toggle');
    ok(engine, 'answer.start');
    ok(engine, 'question.extend', { seconds: 30 });
    i18n.set('vi');
    // The answer's own extra time: 7:00 and 30 s.
    expect(seen()).toEqual({ phase: 'Trả lời · đã mời, chưa bắt đầu · thêm 0:30', timer: '7:30' });
  });

  it('counts down from the limit the question or answer began under, not from a limit the office changed since', () => {
    const { engine } = questioning(); // called, so the clock on screen does not move
    const timer = () => {
      mount(LivePanel, { target: document.body, props: { data: engine.current as unknown as State } });
      flushSync();
      const shown = document.querySelector('[role=timer]')?.textContent;
      unmountAll();
      return shown;
    };
    i18n.set('en');
    ok(engine, 'rules.save', { limits: { question: 2 * 60, answer: 5 * 60 } });
    // Begun under 3:00, it keeps them.
    expect(timer()).toBe('3:00');
    ok(engine, 'question.toggle');
    ok(engine, 'answer.start');
    // The answer begins after the change: 5:00.
    expect(timer()).toBe('5:00');
    ok(engine, 'rules.save', { limits: { question: 2 * 60, answer: 10 * 60 } });
    expect(timer()).toBe('5:00');
  });

  it('with nothing under way, `+` says so in the user’s language and changes nothing', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const before = JSON.stringify(engine.current.questions);
    mountOnEngine(engine, LivePanel);
    for (const [lang, sentence] of [
      ['en', 'No question is being asked and no answer is under way: there is no time to extend.'],
      ['vi', 'Không có câu hỏi hoặc câu trả lời nào đang diễn ra nên không có gì để cho thêm thời gian.'],
    ] as const) {
      i18n.set(lang);
      shortcuts.handle(new KeyboardEvent('keydown', { key: '+', cancelable: true }));
      await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toBe(sentence));
    }
    expect(JSON.stringify(engine.current.questions)).toBe(before);
  });
});

describe('the follow-up box, by keyboard', () => {
  it('Esc closes it and gives the keys back to the panel; Enter asks it and does the same', async () => {
    i18n.set('vi');
    const { engine } = questioning();
    ok(engine, 'question.toggle');
    mountOnEngine(engine, LivePanel);
    const press = (key: string, on: Element = document.activeElement ?? document.body) =>
      on.dispatchEvent(new KeyboardEvent('keydown', { key, code: `Key${key.toUpperCase()}`, bubbles: true, cancelable: true }));
    const box = () => document.querySelector<HTMLInputElement>('form.follow input');
    press('r');
    await vi.waitFor(() => expect(document.activeElement).toBe(box()));
    expect(box()!.placeholder).toBe('Enter để chất vấn lại, Esc để đóng ô');
    box()!.value = 'Đến bao giờ xong?';
    box()!.dispatchEvent(new Event('input', { bubbles: true }));

    // Esc: the box goes, the keyboard is on the panel, and `f` ends the question (not typed as text).
    press('Escape');
    flushSync();
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('live-heading'));
    expect(box()).toBeNull();
    press('f');
    await vi.waitFor(() => expect(engine.current.questions.list[0].phase).toBe('asked'));

    // `r` again: what was typed is still there; Enter asks it and the keyboard comes back to the panel.
    press('r');
    await vi.waitFor(() => expect(document.activeElement).toBe(box()));
    expect(box()!.value).toBe('Đến bao giờ xong?');
    box()!.closest('form')!.requestSubmit();
    await vi.waitFor(() => expect(engine.current.questions.list.some((q) => q.parentId !== null)).toBe(true));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('live-heading'));
    expect(box()).toBeNull();
  });
});

describe('`r` before any question', () => {
  it('says why no follow-up box opens, in the user’s language, and sends nothing', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const send = vi.spyOn(live, 'send');
    mount(LivePanel, { target: document.body, props: { data: engine.current as unknown as State } });
    flushSync();
    for (const [lang, sentence] of [
      ['en', 'There is no question to follow up yet: call one first (n).'],
      ['vi', 'Chưa có câu hỏi nào để chất vấn lại: hãy mời câu hỏi trước (n).'],
    ] as const) {
      i18n.set(lang);
      shortcuts.handle(new KeyboardEvent('keydown', { key: 'r', cancelable: true }));
      await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toBe(sentence));
    }
    expect(document.querySelector('form.follow')).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });
});

describe('the questions waiting for an answer', () => {
  it('are counted in plain words in both languages, one or several', () => {
    const { engine } = questioning();
    ok(engine, 'question.toggle');
    const waitingLine = () => {
      mount(LivePanel, { target: document.body, props: { data: engine.current as unknown as State } });
      flushSync();
      const text = document.querySelector('.waiting')?.textContent;
      unmountAll();
      return text;
    };
    ok(engine, 'question.stop');
    i18n.set('en');
    expect(waitingLine()).toBe('1 asked question waiting for an answer');
    i18n.set('vi');
    expect(waitingLine()).toBe('1 câu hỏi đang chờ trả lời');
  });
});

describe('n then Space, by keyboard, as in Speakers', () => {
  it('n calls the asker (the hall shows who is invited, the full time), Space starts the clock, Space again pauses', async () => {
    i18n.set('en');
    const { engine, clock } = newEngine();
    seedBasics(engine);
    const asker = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng' }).id;
    const official = ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', title: 'Giám đốc Sở Xây dựng', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
    const id = ok(engine, 'question.register', { askerId: asker, respondentId, text: 'Tiến độ nhà ở xã hội?' }).id;
    mountOnEngine(engine, LivePanel);
    const press = (key: string) =>
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, code: key === ' ' ? 'Space' : `Key${key.toUpperCase()}`, bubbles: true, cancelable: true }));
    const question = () => engine.current.questions.list.find((q) => q.id === id)!;
    const halls: State[] = [];

    press('n');
    await vi.waitFor(() => expect(question().phase).toBe('asking'));
    clock.advance(20_000); // the delegate walks to the microphone
    expect(question()).toMatchObject({ startedAt: null, accumulatedMs: 0 });
    expect(look()).toEqual({ phase: 'Question · called, not started', space: 'Start' });
    expect(document.querySelector('[role=timer]')?.textContent).toBe('3:00');
    halls.push(stateFrom(engine));

    // `r` now would follow up a question nobody has asked yet: it says so and opens no box.
    press('r');
    await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toBe('The question called has not begun: start it (Space) before a follow-up.'));
    expect(document.querySelector('form.follow')).toBeNull();

    press(' ');
    await vi.waitFor(() => expect(question().startedAt).toBe(clock()));
    expect(look()).toEqual({ phase: 'Question', space: 'Pause' });
    halls.push(stateFrom(engine));
    clock.advance(30_000);
    press(' ');
    await vi.waitFor(() => expect(question()).toMatchObject({ startedAt: null, accumulatedMs: 30_000 }));
    expect(look()).toEqual({ phase: 'Question · paused', space: 'Resume' });
    unmountAll();

    // The hall as it was after n, then after Space.
    const hall = (data: State) => {
      const shown = mount(Hall, { target: document.body, props: { data } });
      flushSync();
      const panel = document.querySelector('.qpanel')!;
      const seen = { state: panel.getAttribute('data-state'), kind: panel.querySelector('.kind')?.textContent, line: panel.querySelector('[data-testid=hall-question]')?.textContent?.trim() };
      unmount(shown);
      return seen;
    };
    const line = 'Delegate Nguyễn Thị Hằng questions Đặng Quốc Việt (Giám đốc Sở Xây dựng)';
    expect(hall(halls[0])).toEqual({ state: 'called', kind: 'Invited to question', line });
    expect(hall(halls[1])).toEqual({ state: 'running', kind: 'Question', line });
  });
});

describe('a question or answer that is over', () => {
  it('shows the time it took, and by how much it ran over, not the allowance left', () => {
    const { engine, clock } = questioning();
    const seen = () => {
      mount(LivePanel, { target: document.body, props: { data: engine.current as unknown as State } });
      flushSync();
      const now = { timer: document.querySelector('[role=timer]')?.textContent, took: document.querySelector('[data-testid=live-took]')?.textContent?.replace(/\s+/g, ' ').trim() };
      unmountAll();
      return now;
    };
    i18n.set('en');
    ok(engine, 'question.toggle');
    clock.advance(95_000);
    ok(engine, 'question.stop'); // the question is over after 1:35 of its 3:00
    expect(seen()).toEqual({ timer: '1:35', took: '1:35 taken, of 3:00' });
    ok(engine, 'answer.start');
    ok(engine, 'question.toggle');
    clock.advance(7 * 60_000 + 45_000);
    ok(engine, 'question.stop'); // the answer ran 7:45 of its 7:00
    i18n.set('vi');
    expect(seen()).toEqual({ timer: '7:45', took: '7:45 vượt 0:45 so với 7:00' });
    expect(document.querySelector('[data-testid=live-took]')).toBeNull();
  });
});

describe('with no question under way and no slip waiting', () => {
  it('does not ask the chair to call a next slip while Next is greyed', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    i18n.set('en');
    mount(LivePanel, { target: document.body, props: { data: engine.current as unknown as State } });
    flushSync();
    const next = [...document.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent?.includes('Next question'))!;
    expect(next.disabled).toBe(true);
    expect(document.querySelector('[data-testid=live-headline]')?.textContent).toBe('No question under way, and no slip waiting in the queue.');
  });
});

describe('a reply that comes after the next key', () => {
  it('does not wipe what that key said: `d` pressed while `a`’s reply is on its way stays said', async () => {
    i18n.set('en');
    const { engine } = questioning();
    ok(engine, 'question.toggle');
    const { send } = mountOnEngine(engine, LivePanel);
    // `a`'s command goes through and its state arrives at once; its reply is held, as on a busy network.
    const release = holdNextReply(send);
    const key = (k: string) => shortcuts.handle(new KeyboardEvent('keydown', { key: k, code: `Key${k.toUpperCase()}`, cancelable: true }));
    key('a');
    await vi.waitFor(() => expect(document.querySelector('#live-heading')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Answer · called, not started'));
    key('d');
    const sentence = 'The answer has not begun: start it (Space), then mark it answered (d).';
    await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toBe(sentence));
    await release();
    expect(document.querySelector('[role=alert]')?.textContent).toBe(sentence);
  });
});
