import { describe, expect, it } from 'vitest';
import { CLOSE_BUTTON, closeConsoleQuestion, closes, consoleClose, KEEP_BUTTON, underWay } from '../../../electron/main/close-guard';
import { itemUnderWay, newEngine, ok, seedBasics } from '../helpers';

/** A session as the chair has it on the morning: a sitting planned, three delegates, an official to question. */
function session() {
  const { engine, clock } = newEngine();
  seedBasics(engine);
  const [an, binh] = ['Nguyễn Văn An', 'Trần Thị Bình'].map((fullName) => ok(engine, 'delegate.add', { fullName }).id);
  const official = ok(engine, 'delegate.add', { fullName: 'Lê Văn Cường', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở Xây dựng' }).id;
  return { engine, clock, an, binh, respondentId };
}

describe('closing the console', () => {
  it('closes at once before the first sitting opens, between sittings and after the last, when nothing is left under way', () => {
    const { engine } = session();
    expect(closeConsoleQuestion(engine.current, 'vi')).toBeNull();
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    expect(closeConsoleQuestion(engine.current, 'en')).toBeNull();
    ok(engine, 'sitting.open', { id: sittingId });
    ok(engine, 'sitting.close', { id: sittingId });
    expect(closeConsoleQuestion(engine.current, 'en')).toBeNull();
  });

  it('asks while a sitting is open or on a break, in the console’s language, with Keep it open second: the default, and what Esc chooses', () => {
    const { engine } = session();
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(engine, 'sitting.open', { id: sittingId });
    expect(closeConsoleQuestion(engine.current, 'vi')).toEqual({
      message: 'Phiên họp đang diễn ra. Đóng cửa sổ điều hành?',
      detail: 'Mọi thao tác đến lúc này đã được lưu: mở lại Gavel để tiếp tục đúng chỗ đang dừng.',
      buttons: ['Đóng', 'Giữ lại'],
      defaultId: KEEP_BUTTON,
      cancelId: KEEP_BUTTON,
    });
    ok(engine, 'sitting.suspend', { id: sittingId });
    expect(closeConsoleQuestion(engine.current, 'en')).toMatchObject({
      message: 'A sitting is in progress. Close the console?',
      detail: 'Everything done so far is saved: start Gavel again to carry on where you left off.',
      buttons: ['Close', 'Keep it open'],
    });
  });

  it('names the item, the speaker, the question and the answer whose clocks are running, and says they go on running', () => {
    const { engine, an, binh, respondentId } = session();
    const { itemId } = itemUnderWay(engine, { title: 'Thảo luận kinh tế - xã hội', kind: 'discussion' });
    ok(engine, 'speaker.request', { agendaItemId: itemId, delegateId: an });
    ok(engine, 'speaker.next');
    // Called, not begun: nothing of the speaker's runs yet.
    expect(underWay(engine.current)).toEqual([{ kind: 'item', title: 'Thảo luận kinh tế - xã hội' }]);
    ok(engine, 'speaker.start');
    expect(closeConsoleQuestion(engine.current, 'en')!.detail).toBe(
      [
        'Under way now:',
        '• the clock of “Thảo luận kinh tế - xã hội”',
        '• Nguyễn Văn An’s speaking time',
        '',
        'If you close, the clocks go on running: when Gavel starts again they show the time that has truly passed.',
        'Everything done so far is saved.',
      ].join('\n'),
    );
    ok(engine, 'speaker.finish');
    const q = ok(engine, 'question.register', { askerId: binh, respondentId, text: 'Tiến độ giải ngân?' }).id;
    ok(engine, 'question.next', { id: q });
    ok(engine, 'question.toggle');
    expect(underWay(engine.current).slice(1)).toEqual([{ kind: 'question', name: 'Trần Thị Bình' }]);
    ok(engine, 'question.stop');
    ok(engine, 'answer.start');
    ok(engine, 'question.toggle');
    const vi = closeConsoleQuestion(engine.current, 'vi')!;
    expect(vi.message).toBe('Phiên họp đang diễn ra. Đóng cửa sổ điều hành?');
    expect(vi.detail).toBe(
      [
        'Đang diễn ra:',
        '• đồng hồ của «Thảo luận kinh tế - xã hội»',
        '• thời gian trả lời của Lê Văn Cường',
        '',
        'Nếu đóng, đồng hồ vẫn tiếp tục chạy: khi mở lại Gavel, đồng hồ hiện đúng thời gian đã trôi qua.',
        'Mọi thao tác đến lúc này đã được lưu.',
      ].join('\n'),
    );
  });

  it('names an open vote and an open ballot count, even outside a sitting, and says they stay open', () => {
    const { engine, an, binh } = session();
    const vote = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: vote });
    const en = closeConsoleQuestion(engine.current, 'en')!;
    expect(en.message).toBe('A vote is open or a clock is running. Close the console?');
    expect(en.detail).toBe(
      [
        'Under way now:',
        '• the vote on “Nghị quyết về dự toán ngân sách năm 2027”',
        '',
        'If you close, the vote stays open: the screens show it again when Gavel starts.',
        'Everything done so far is saved.',
      ].join('\n'),
    );
    ok(engine, 'vote.close', { id: vote });
    expect(closeConsoleQuestion(engine.current, 'en')).toBeNull();

    const count = ok(engine, 'personnel.prepare', { kind: 'confidence', title: 'Lấy phiếu tín nhiệm năm 2026', people: [{ delegateId: an, body: 'council', honorific: 'mr', exemptReason: '' }] }).id;
    ok(engine, 'personnel.committee', { id: count, head: binh, members: [] });
    ok(engine, 'personnel.open', { id: count, present: 3 });
    const vi = closeConsoleQuestion(engine.current, 'vi')!;
    expect(vi.message).toBe('Đang có biểu quyết hoặc đồng hồ đang chạy. Đóng cửa sổ điều hành?');
    expect(vi.detail.split('\n').slice(0, 4)).toEqual(['Đang diễn ra:', '• kiểm phiếu «Lấy phiếu tín nhiệm năm 2026»', '', 'Nếu đóng, biểu quyết vẫn mở: các màn hình hiện lại khi Gavel mở lại.']);
  });

  it('closes only on Close; Keep it open, Esc and the box’s own ✕ keep the console', () => {
    expect(closes(CLOSE_BUTTON)).toBe(true);
    expect(closes(KEEP_BUTTON)).toBe(false);
    // Esc and the box's ✕ answer the cancelId, which is Keep it open.
    const { engine } = session();
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(engine, 'sitting.open', { id: sittingId });
    const q = closeConsoleQuestion(engine.current, 'en')!;
    expect(q.buttons[CLOSE_BUTTON]).toBe('Close');
    expect(q.buttons[KEEP_BUTTON]).toBe('Keep it open');
    expect(closes(q.cancelId)).toBe(false);
    expect(closes(q.defaultId)).toBe(false);
  });
});

describe('the console window asked to close', () => {
  it('keeps it when the chair says so, quits with it when it is the last window, and never asks twice', () => {
    let asked = 0;
    const ask = (answer: boolean) => () => (asked++, answer);
    expect(consoleClose(false, ask(false), true)).toBe('keep');
    // The hall window stays up on the projector: the app goes on without the console.
    expect(consoleClose(false, ask(true), true)).toBe('close');
    // The last window: the quit that follows is already confirmed.
    expect(consoleClose(false, ask(true), false)).toBe('close-and-quit');
    expect(asked).toBe(3);
    // Quitting, already confirmed (the menu's Quit asked once): the window closes unasked.
    expect(consoleClose(true, ask(false), false)).toBe('close');
    expect(asked).toBe(3);
  });
});
