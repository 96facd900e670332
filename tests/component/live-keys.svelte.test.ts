import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount, unmount } from './mount';
import LiveView from '../../src/features/timing/LiveView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { said } from '../../src/lib/said.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { ctrlZ, mountOnEngine, stateFrom } from './on-engine.svelte';
import { toastSwitches } from './toast-lang';

describe('the Live keys with nothing on the floor', () => {
  it('f says there is nothing to finish and how to start, and sends nothing', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const first = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' }).id;
    ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' });
    ok(engine, 'item.start', { id: first });
    ok(engine, 'item.finish', { id: first });
    const { revision, slices } = engine.snapshot();
    const send = vi.spyOn(live, 'send');
    mount(LiveView, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    for (const [lang, sentence] of [
      ['en', 'No item is running or paused, so there is nothing to finish. Space starts the next item.'],
      ['vi', 'Không có mục nào đang chạy hoặc tạm dừng để kết thúc. Nhấn Space để bắt đầu mục tiếp theo.'],
    ] as const) {
      i18n.set(lang);
      shortcuts.handle(new KeyboardEvent('keydown', { key: 'f', cancelable: true }));
      await vi.waitFor(() => expect(document.querySelector('p.error[role=alert]')?.textContent).toBe(sentence));
    }
    expect(send).not.toHaveBeenCalled();
  });
});

describe('the question before starting an item of another sitting, by keyboard', () => {
  it('Esc or an answer gives the keyboard back to the view, where n and Space answer, not to the page', async () => {
    // The question scrolls itself into sight; the test's DOM has no scrolling.
    Element.prototype.scrollIntoView ??= () => {};
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    const vote = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua Nghị quyết về dự toán ngân sách', kind: 'vote' }).id;
    const court = ok(engine, 'agenda.add', { title: 'Báo cáo công tác của Tòa án nhân dân huyện', kind: 'report' }).id;
    ok(engine, 'agenda.assign', { id: vote, sittingId: morning });
    ok(engine, 'agenda.assign', { id: court, sittingId: afternoon });
    ok(engine, 'item.start', { id: vote });
    mountOnEngine(engine, LiveView);
    const press = (key: string) =>
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, code: `Key${key.toUpperCase()}`, bubbles: true, cancelable: true }));
    const ask = () => document.querySelector('[role=alertdialog]');

    // `n`: the next item is the afternoon's, so the console asks, its first answer under the keyboard.
    press('n');
    await vi.waitFor(() => expect(ask()?.contains(document.activeElement)).toBe(true));
    press('Escape');
    await vi.waitFor(() => expect(ask()).toBeNull());
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('live-heading'));

    // Asked again and answered (finish the vote, start the court's report): the keyboard is back too.
    press('n');
    await vi.waitFor(() => expect(ask()?.contains(document.activeElement)).toBe(true));
    (document.activeElement as HTMLButtonElement).click();
    await vi.waitFor(() => expect(engine.current.timing.liveItemId).toBe(court));
    // The afternoon opened without its roll call: the keyboard is on the offer to take it; Esc sets
    // it aside and gives the keyboard back to the view.
    await vi.waitFor(() => expect(document.activeElement?.closest('[data-testid=roll-call-offer]')).not.toBeNull());
    press('Escape');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('live-heading'));
    // And Space from there pauses the report now running.
    press(' ');
    await vi.waitFor(() => expect(engine.current.timing.items.find((i) => i.id === court)?.status).toBe('paused'));
  });
});

describe('the question before starting an item of another sitting, left unanswered', () => {
  /** The morning's last item running, the afternoon's first next: `n` asks whether to close the morning. */
  function lastOfMorning() {
    Element.prototype.scrollIntoView ??= () => {};
    const { engine } = newEngine();
    seedBasics(engine);
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    const vote = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua Nghị quyết về dự toán ngân sách', kind: 'vote' }).id;
    const court = ok(engine, 'agenda.add', { title: 'Báo cáo công tác của Tòa án nhân dân huyện', kind: 'report' }).id;
    ok(engine, 'agenda.assign', { id: vote, sittingId: morning });
    ok(engine, 'agenda.assign', { id: court, sittingId: afternoon });
    ok(engine, 'sitting.open', { id: morning });
    ok(engine, 'item.start', { id: vote });
    const press = (key: string) =>
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key, code: key === ' ' ? 'Space' : `Key${key.toUpperCase()}`, bubbles: true, cancelable: true }));
    const ask = () => document.querySelector('[role=alertdialog]');
    const before = () => JSON.stringify([engine.current.timing, engine.current.sittings]);
    return { engine, morning, vote, court, press, ask, before };
  }

  it('holds the view’s keys, saying so: a second Space pressed at once does not answer it', async () => {
    const { engine, press, ask, before } = lastOfMorning();
    mountOnEngine(engine, LiveView);
    for (const [lang, sentence] of [
      ['vi', 'Hãy trả lời câu hỏi ở trên trước (Enter để chọn phương án đang được tô sáng), hoặc nhấn Esc để hủy.'],
      ['en', 'First answer the question above (Enter on the highlighted choice), or press Esc to cancel it.'],
    ] as const) {
      i18n.set(lang);
      press('n');
      await vi.waitFor(() => expect(ask()?.contains(document.activeElement)).toBe(true));
      const was = before();
      for (const key of [' ', 'n', 'f']) {
        press(key);
        await vi.waitFor(() => expect(document.querySelector('p.error[role=alert]')?.textContent).toBe(sentence));
      }
      expect(ask()).not.toBeNull();
      expect(before()).toBe(was);
      // Esc cancels it, and the line goes with it.
      press('Escape');
      await vi.waitFor(() => expect(ask()).toBeNull());
      expect(document.querySelector('p.error[role=alert]')).toBeNull();
    }
  });

  it('is cancelled when the chair leaves Live, changing nothing, and the toast says so in the console’s language', async () => {
    const { engine, morning, vote, press, ask, before } = lastOfMorning();
    for (const [lang, sentence] of [
      ['vi', 'Chưa bắt đầu «Báo cáo công tác của Tòa án nhân dân huyện»: câu hỏi đã được hủy khi rời màn hình Điều hành, không có gì thay đổi.'],
      ['en', '“Báo cáo công tác của Tòa án nhân dân huyện” was not started: the question was cancelled when you left Live, and nothing changed.'],
    ] as const) {
      i18n.set(lang);
      toast.clear();
      const { app } = mountOnEngine(engine, LiveView);
      const was = before();
      press('n');
      await vi.waitFor(() => expect(ask()).not.toBeNull());
      // Another view's key (Alt+8): the console shows that view in Live's place (App.svelte).
      unmount(app);
      flushSync();
      expect(said(toast.message)).toBe(sentence);
      expect(before()).toBe(was);
      expect(engine.current.timing.liveItemId).toBe(vote);
      expect(engine.current.sittings.find((s: { id: number }) => s.id === morning)?.status).toBe('open');
      vi.restoreAllMocks();
    }
    // Back in Live: no question is waiting (it went with the view), and `n` asks again.
    await vi.waitFor(() => expect(ask()).toBeNull());
    mountOnEngine(engine, LiveView);
    expect(ask()).toBeNull();
    press('n');
    await vi.waitFor(() => expect(ask()).not.toBeNull());
  });

  it('says nothing when the view goes after the question was answered or cancelled', async () => {
    const { engine, press, ask } = lastOfMorning();
    i18n.set('en');
    toast.clear();
    const { app } = mountOnEngine(engine, LiveView);
    press('n');
    await vi.waitFor(() => expect(ask()).not.toBeNull());
    press('Escape');
    await vi.waitFor(() => expect(ask()).toBeNull());
    unmount(app);
    flushSync();
    expect(said(toast.message)).toBe('');
  });
});

describe('the Live view’s Undo', () => {
  it('says on the button what it takes back, in both languages, and Ctrl+Z takes it back', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' }).id;
    ok(engine, 'item.start', { id: report });
    ok(engine, 'item.extend', { id: report, minutes: 1 });
    const { props } = mountOnEngine(engine, LiveView);
    const undo = () => [...document.querySelectorAll('button')].find((b) => /^(Undo|Hoàn tác)/.test(b.textContent ?? ''))!;
    i18n.set('en');
    flushSync();
    expect(undo().textContent).toContain('Undo: extra minute for “Báo cáo kinh tế - xã hội”');
    i18n.set('vi');
    flushSync();
    expect(undo().textContent).toContain('Hoàn tác: thêm phút cho «Báo cáo kinh tế - xã hội»');
    ctrlZ();
    await vi.waitFor(() => expect(undo().textContent).toContain('Hoàn tác: bắt đầu «Báo cáo kinh tế - xã hội»'));
    expect(props.data.timing.items.find((i) => i.id === report)?.extraMinutes).toBe(0);
  });
});

describe('Alt+S closes the sitting in progress', () => {
  it('asks first, as its Close button does, about the items left; says so when there is no sitting to close', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const opening = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' }).id;
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report' }).id;
    ok(engine, 'agenda.assign', { id: opening, sittingId: morning });
    ok(engine, 'agenda.assign', { id: report, sittingId: morning });
    ok(engine, 'sitting.open', { id: morning });
    ok(engine, 'item.start', { id: opening });
    ok(engine, 'item.finish', { id: opening });
    mountOnEngine(engine, LiveView);
    const altS = () =>
      (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 's', code: 'KeyS', altKey: true, bubbles: true, cancelable: true }));
    const status = () => engine.current.sittings.find((s: { id: number }) => s.id === morning)?.status;

    // One item not taken up: the same question as the button's, in the page, the keyboard on the
    // safe choice (Keep it open); Esc leaves the sitting open.
    Element.prototype.scrollIntoView ??= () => {};
    const ask = () => document.querySelector<HTMLElement>('[data-ask] [role=alertdialog]');
    const key = (k: string) => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    altS();
    await vi.waitFor(() => expect(ask()?.getAttribute('role')).toBe('alertdialog'));
    expect(ask()!.querySelector('#ask-text')?.textContent).toBe('Items of Morning, 8 Dec 2026 not taken up: 1. They stay unstarted and can be moved to another sitting. Close the sitting?');
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Keep it openEsc'));
    expect(ask()!.contains(document.activeElement)).toBe(true);
    // The view's keys wait for the answer, and say so; Space on the question does not start anything.
    altS();
    await vi.waitFor(() => expect(document.querySelector('p.error[role=alert]')?.textContent).toBe('First answer the question above: Enter closes the sitting, Esc keeps it open.'));
    key('Escape');
    await vi.waitFor(() => expect(ask()).toBeNull());
    expect(document.activeElement?.id).toBe('live-heading');
    await new Promise((r) => setTimeout(r, 20));
    expect(status()).toBe('open');
    // Enter closes it, wherever the keyboard is in the question.
    altS();
    await vi.waitFor(() => expect(ask()?.contains(document.activeElement)).toBe(true));
    key('Enter');
    await vi.waitFor(() => expect(status()).toBe('closed'));
    expect(ask()).toBeNull();

    // Nothing open or suspended now: said, in the user's language.
    i18n.set('vi');
    altS();
    await vi.waitFor(() => expect(document.querySelector('p.error[role=alert]')?.textContent).toBe('Không có phiên họp nào đang diễn ra hoặc tạm dừng để kết thúc.'));
  });
});

describe('closing a sitting counts the items left to take up', () => {
  it('not a heading whose parts are done, nor an item sent to the delegates to study', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const rows = [
      { title: 'TRÌNH BÀY CÁC BÁO CÁO:', kind: 'other', plannedMinutes: 0, sub: false },
      { title: 'Báo cáo kinh tế - xã hội', kind: 'report', plannedMinutes: 20, sub: true },
      { title: 'Báo cáo phòng, chống tham nhũng (gửi đại biểu nghiên cứu, không trình bày)', kind: 'report', plannedMinutes: 0, sub: false },
      { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60, sub: false },
    ];
    const { ids } = ok(engine, 'agenda.import', { rows, sittingId: morning });
    ok(engine, 'sitting.open', { id: morning });
    ok(engine, 'item.start', { id: ids[1] });
    ok(engine, 'item.finish', { id: ids[1] });
    mountOnEngine(engine, LiveView);
    Element.prototype.scrollIntoView ??= () => {};
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 's', code: 'KeyS', altKey: true, bubbles: true, cancelable: true }));
    // The discussion only: the heading's one part is done, the report is not presented.
    await vi.waitFor(() => expect(document.querySelector('[data-ask] #ask-text')?.textContent).toMatch(/not taken up: 1\./));
  });
});

describe('the close question in the page follows the other consoles', () => {
  /** The morning open with nothing on and two items not taken up; the view mounted and asked to close it. */
  async function asked() {
    Element.prototype.scrollIntoView ??= () => {};
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const ids = ['Khai mạc kỳ họp', 'Báo cáo kinh tế - xã hội', 'Thảo luận tại hội trường'].map((title) => ok(engine, 'agenda.add', { title, kind: 'report' }).id);
    for (const id of ids) ok(engine, 'agenda.assign', { id, sittingId: morning });
    ok(engine, 'sitting.open', { id: morning });
    ok(engine, 'item.start', { id: ids[0] });
    ok(engine, 'item.finish', { id: ids[0] });
    const { props, app } = mountOnEngine(engine, LiveView);
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 's', code: 'KeyS', altKey: true, bubbles: true, cancelable: true }));
    const ask = () => document.querySelector<HTMLElement>('[data-ask] [role=alertdialog]');
    await vi.waitFor(() => expect(ask()?.contains(document.activeElement)).toBe(true));
    expect(ask()!.textContent).toContain('not taken up: 2.');
    /** Another console's command, published to this view as the server publishes it. */
    const elsewhere = (fn: () => void) => {
      fn();
      props.data = stateFrom(engine);
      flushSync();
    };
    const status = () => engine.current.sittings.find((s: { id: number }) => s.id === morning)?.status;
    return { engine, morning, ids, ask, elsewhere, status, app };
  }
  const enter = () => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  const withdrawn = () => document.querySelector('.withdrawn[role=alert]')?.textContent;

  it('is withdrawn, saying why, when an item is skipped or started in the sitting, or the sitting is closed there; Enter then closes nothing', async () => {
    let q = await asked();
    q.elsewhere(() => ok(q.engine, 'item.skip', { id: q.ids[1] }));
    await vi.waitFor(() => expect(q.ask()).toBeNull());
    expect(withdrawn()).toBe('Morning, 8 Dec 2026 was not closed: its programme changed while you were asked (items not taken up: 1, not 2). Press Alt+S to be asked again.');
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('live-heading'));
    enter();
    await new Promise((r) => setTimeout(r, 20));
    expect(q.status()).toBe('open');
    unmount(q.app);

    q = await asked();
    i18n.set('vi');
    q.elsewhere(() => ok(q.engine, 'item.start', { id: q.ids[2] }));
    expect(withdrawn()).toBe('Chưa kết thúc phiên họp buổi sáng 08/12/2026: «Thảo luận tại hội trường» vừa được bắt đầu trong phiên họp này trong lúc hỏi. Hãy kết thúc mục đó trước.');
    unmount(q.app);

    q = await asked();
    q.elsewhere(() => ok(q.engine, 'sitting.close', { id: q.morning }));
    expect(withdrawn()).toBe('No need to close Morning, 8 Dec 2026: it has just been closed meanwhile.');
    await vi.waitFor(() => expect(q.ask()).toBeNull());
  });

  it('stays when another console changes something else, and is cancelled with a toast when the chair leaves Live', async () => {
    const q = await asked();
    q.elsewhere(() => ok(q.engine, 'delegate.add', { fullName: 'Nguyễn Văn An' }));
    expect(q.ask()).not.toBeNull();
    toast.clear();
    unmount(q.app);
    flushSync();
    expect(said(toast.message)).toBe('Morning, 8 Dec 2026 was not closed: the question was cancelled when you left Live.');
    toastSwitches({ vi: 'Chưa kết thúc phiên họp buổi sáng 08/12/2026: câu hỏi đã được hủy khi rời màn hình Điều hành.', en: 'Morning, 8 Dec 2026 was not closed: the question was cancelled when you left Live.' });
    expect(q.status()).toBe('open');
  });
});

describe('a Live key on a view another console has changed', () => {
  it('is refused by the engine, said in words in the console’s language, and changes nothing', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report', plannedMinutes: 20 }).id;
    ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 });
    ok(engine, 'item.start', { id: report });
    // This console is a browser tab; the desktop window adds a minute the tab has not seen yet.
    mountOnEngine(engine, LiveView, { actor: 'browser@127.0.0.1', role: 'chair' });
    engine.dispatch({ type: 'item.extend', id: report, minutes: 1 }, { actor: 'desktop', lang: 'en' });
    const plus = () => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true }));
    plus();
    await vi.waitFor(() =>
      expect(document.querySelector('p.error[role=alert]')?.textContent).toBe('The progress of the programme was changed by the chair after you looked at it. Check it and try again.'),
    );
    expect(engine.current.timing.items.find((t: { id: number }) => t.id === report)?.extraMinutes).toBe(1);
    // The refusal brought the view up to date: the same key now adds the second minute.
    plus();
    await vi.waitFor(() => expect(engine.current.timing.items.find((t: { id: number }) => t.id === report)?.extraMinutes).toBe(2));
    expect(document.querySelector('p.error[role=alert]')).toBeNull();
  });
});

describe('the next item, on the day after a sitting that was never held', () => {
  /** Day one's morning held and closed; its afternoon never opened; day two's morning planned. */
  function twoDays() {
    const { engine } = newEngine();
    seedBasics(engine);
    const sitting = (date: string, part: 'morning' | 'afternoon') =>
      ok(engine, 'sitting.add', { date, part, plannedStart: part === 'morning' ? '07:30' : '13:30', plannedEnd: part === 'morning' ? '11:30' : '17:00' }).id;
    const [morning1, afternoon1, morning2] = [sitting('2026-12-08', 'morning'), sitting('2026-12-08', 'afternoon'), sitting('2026-12-09', 'morning')];
    const items = [
      ['Khai mạc kỳ họp', 'opening', morning1],
      ['Báo cáo công tác của Tòa án nhân dân tỉnh', 'report', afternoon1],
      ['Thảo luận về dự toán ngân sách năm 2027', 'discussion', morning2],
    ] as const;
    const [opening, court, budget] = items.map(([title, kind, sittingId]) => {
      const id = ok(engine, 'agenda.add', { title, kind }).id;
      ok(engine, 'agenda.assign', { id, sittingId });
      return id;
    });
    ok(engine, 'item.start', { id: opening });
    ok(engine, 'item.finish', { id: opening });
    ok(engine, 'sitting.close', { id: morning1 });
    return { engine, court, budget };
  }
  const title = () => document.querySelector('[data-testid=current-title]')?.textContent;

  it("goes on with the day's programme, not to the earlier day's sitting left unheld", () => {
    const { engine } = twoDays();
    vi.spyOn(live, 'now').mockReturnValue(new Date(2026, 11, 9, 7, 35).getTime());
    mountOnEngine(engine, LiveView);
    expect(title()).toBe('Thảo luận về dự toán ngân sách năm 2027');
  });

  it('takes the programme in its order when the session is held after all its dates', () => {
    const { engine } = twoDays();
    vi.spyOn(live, 'now').mockReturnValue(new Date(2026, 11, 15, 7, 35).getTime());
    mountOnEngine(engine, LiveView);
    expect(title()).toBe('Báo cáo công tác của Tòa án nhân dân tỉnh');
  });
});
