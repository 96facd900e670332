import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import QueuePanel from '../../src/features/questions/QueuePanel.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { shortcuts } from '../../src/lib/shortcuts.svelte';

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
});

describe('registering a question slip from the keyboard', () => {
  it('Ctrl+Enter in the question text registers the slip; Enter alone stays a new line', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Lê Thị Ngọc Đạt', seatNumber: 3 });
    const official = ok(engine, 'delegate.add', { fullName: 'Bùi Quang Huy', title: 'Chủ tịch UBND tỉnh', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
    const stateOf = () => {
      const { revision, slices } = engine.snapshot();
      return { ...slices, revision } as State;
    };
    const props = $state({ data: stateOf() });
    const send = vi.spyOn(live, 'send').mockImplementation(async (type, payload) => {
      const reply = engine.run(type, payload as never, { actor: 'chair', lang: 'vi', role: 'chair' });
      props.data = stateOf();
      return reply as never;
    });
    app = mount(QueuePanel, { target: document.body, props });
    flushSync();
    const asker = document.querySelector<HTMLInputElement>('#asker-person')!;
    asker.value = '3';
    asker.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    asker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    const respondent = document.querySelector<HTMLSelectElement>('select[aria-label="Người trả lời"]')!;
    respondent.value = String(respondentId);
    respondent.dispatchEvent(new Event('change', { bubbles: true }));
    const text = document.querySelector('textarea')!;
    text.value = 'Tiến độ cấp giấy chứng nhận quyền sử dụng đất?';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(send).not.toHaveBeenCalled();
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(engine.current.questions.list).toHaveLength(1));
    expect(engine.current.questions.list[0]).toMatchObject({ text: 'Tiến độ cấp giấy chứng nhận quyền sử dụng đất?', respondentId });
    // The button says so.
    expect(document.querySelector('button[type=submit]')?.textContent).toContain('Ctrl');
  });
});

describe('the secretary’s way back to a new slip', () => {
  it('/ from outside a field puts the keyboard in the asking delegate’s box', () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Lê Thị Ngọc Đạt', seatNumber: 3 });
    const { revision, slices } = engine.snapshot();
    window.addEventListener('keydown', shortcuts.handle);
    try {
      app = mount(QueuePanel, { target: document.body, props: { data: { ...slices, revision } as State } });
      flushSync();
      document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, cancelable: true }));
      expect(document.activeElement).toBe(document.querySelector('#asker-person'));
      expect(document.querySelector('label[for=asker-person] .shortcut')?.textContent).toBe('/');
    } finally {
      window.removeEventListener('keydown', shortcuts.handle);
    }
  });
});

describe('a slip whose answer comes late', () => {
  it('does not wipe the next slip typed while it waited (the connection dropped and it was asked again)', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Lê Thị Ngọc Đạt', seatNumber: 3 });
    const official = ok(engine, 'delegate.add', { fullName: 'Bùi Quang Huy', title: 'Chủ tịch UBND tỉnh', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
    const { revision, slices } = engine.snapshot();
    let answer: (reply: { ok: true; revision: number; value: unknown }) => void = () => {};
    const send = vi.spyOn(live, 'send').mockImplementation(() => new Promise((resolve) => (answer = resolve as typeof answer)));
    app = mount(QueuePanel, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    const asker = document.querySelector<HTMLInputElement>('#asker-person')!;
    asker.value = '3';
    asker.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    asker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    const respondent = document.querySelector<HTMLSelectElement>('select[aria-label="Người trả lời"]')!;
    respondent.value = String(respondentId);
    respondent.dispatchEvent(new Event('change', { bubbles: true }));
    const text = document.querySelector('textarea')!;
    text.value = 'Tiến độ cấp giấy chứng nhận quyền sử dụng đất?';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(send).toHaveBeenCalledTimes(1);
    // The next question is being written when the first one's answer finally comes.
    text.value = 'Giải pháp xử lý lấn chiếm đất công?';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    answer({ ok: true, revision: 99, value: { id: 1 } });
    await Promise.resolve();
    await Promise.resolve();
    flushSync();
    expect(document.querySelector('textarea')!.value).toBe('Giải pháp xử lý lấn chiếm đất công?');
    send.mockRestore();
  });
});

describe('a slip sent before its people are chosen', () => {
  it('says nobody matches the asking delegate typed, then to choose the respondent, in words, sending nothing (not "… must be a number")', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Lê Thị Ngọc Đạt', seatNumber: 3 });
    const official = ok(engine, 'delegate.add', { fullName: 'Bùi Quang Huy', title: 'Chủ tịch UBND tỉnh', voting: false }).id;
    ok(engine, 'respondent.add', { delegateId: official });
    const { revision, slices } = engine.snapshot();
    const send = vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload as never, { actor: 'secretary', lang: i18n.lang, role: 'secretary' }) as never);
    for (const [lang, noAsker, noRespondent] of [
      // What is typed matches nobody, and that is what is said (not "choose first", which it was).
      ['vi', 'Không có ai trong danh sách khớp với «/35».', 'Hãy chọn người trả lời trước.'],
      ['en', 'No one on the roster matches “/35”.', 'Choose who is asked (the respondent) first.'],
    ] as const) {
      i18n.set(lang);
      app = mount(QueuePanel, { target: document.body, props: { data: { ...slices, revision } as State } });
      flushSync();
      const text = document.querySelector('textarea')!;
      text.value = 'Tiến độ giải ngân vốn đầu tư công?';
      text.dispatchEvent(new Event('input', { bubbles: true }));
      // "/35" typed, matching nobody: no asker chosen.
      const asker = document.querySelector<HTMLInputElement>('#asker-person')!;
      asker.value = '/35';
      asker.dispatchEvent(new Event('input', { bubbles: true }));
      flushSync();
      text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toBe(noAsker));
      expect(document.activeElement).toBe(asker);
      asker.value = '3';
      asker.dispatchEvent(new Event('input', { bubbles: true }));
      flushSync();
      asker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toBe(noRespondent));
      expect(send).not.toHaveBeenCalled();
      unmount(app);
      app = undefined;
    }
  });
});

describe('a slip’s respondent from its topic', () => {
  it('is the topic’s own when it has one, shown and sent; with two, the secretary chooses; never one the topic excludes', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng', seatNumber: 3 });
    const land = ok(engine, 'delegate.add', { fullName: 'Lê Thanh Phong', title: 'Giám đốc Sở Nông nghiệp và Môi trường', voting: false }).id;
    const money = ok(engine, 'delegate.add', { fullName: 'Dương Quốc Quang', title: 'Giám đốc Sở Tài chính', voting: false }).id;
    const phong = ok(engine, 'respondent.add', { delegateId: land }).id;
    const quang = ok(engine, 'respondent.add', { delegateId: money }).id;
    const oneTopic = ok(engine, 'topic.add', { title: 'Quản lý đất đai, khoáng sản', respondentIds: [phong] }).id;
    const twoTopic = ok(engine, 'topic.add', { title: 'Giải ngân vốn đầu tư công', respondentIds: [phong, quang] }).id;
    const stateOf = () => {
      const { revision, slices } = engine.snapshot();
      return { ...slices, revision } as State;
    };
    const props = $state({ data: stateOf() });
    vi.spyOn(live, 'send').mockImplementation(async (type, payload) => {
      const reply = engine.run(type, payload as never, { actor: 'chair', lang: 'vi', role: 'chair' });
      props.data = stateOf();
      return reply as never;
    });
    app = mount(QueuePanel, { target: document.body, props });
    flushSync();
    const respondent = document.querySelector<HTMLSelectElement>('select[aria-label="Người trả lời"]')!;
    const topic = document.querySelector<HTMLSelectElement>('select[aria-label="Nhóm vấn đề"]')!;
    const choose = (select: HTMLSelectElement, value: number | string) => {
      select.value = String(value);
      select.dispatchEvent(new Event('change', { bubbles: true }));
      flushSync();
    };
    // Quang chosen first, then a topic only Phong answers: Phong, not Quang.
    choose(respondent, quang);
    choose(topic, oneTopic);
    expect(respondent.value).toBe(String(phong));
    // A topic of two: Quang, chosen before, is one of them and stays; back to the one-respondent topic, Phong.
    choose(topic, twoTopic);
    expect(respondent.value).toBe(String(quang));
    choose(topic, oneTopic);
    const asker = document.querySelector<HTMLInputElement>('#asker-person')!;
    asker.value = '3';
    asker.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    asker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    const text = document.querySelector('textarea')!;
    text.value = 'Giải pháp xử lý khai thác cát trái phép trên sông Thạch Hãn?';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(engine.current.questions.list).toHaveLength(1));
    expect(engine.current.questions.list[0]).toMatchObject({ respondentId: phong, topicId: oneTopic });
    // The next slip starts empty.
    flushSync();
    expect([topic.value, respondent.value]).toEqual(['', '']);
  });
});

describe('the item a new slip belongs to', () => {
  it('is the questioning item under way, not the programme’s first; else the first still to come', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng', seatNumber: 3 });
    const official = ok(engine, 'delegate.add', { fullName: 'Lê Thanh Phong', title: 'Giám đốc Sở Nông nghiệp và Môi trường', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
    const explain = ok(engine, 'agenda.add', { title: 'Giải trình, làm rõ ý kiến đại biểu', kind: 'questioning' }).id;
    const land = ok(engine, 'agenda.add', { title: 'Nhóm vấn đề thứ nhất: quản lý đất đai, khoáng sản', kind: 'questioning' }).id;
    const stateOf = () => {
      const { revision, slices } = engine.snapshot();
      return { ...slices, revision } as State;
    };
    const props = $state({ data: stateOf() });
    vi.spyOn(live, 'send').mockImplementation(async (type, payload) => {
      const reply = engine.run(type, payload as never, { actor: 'chair', lang: 'vi', role: 'chair' });
      props.data = stateOf();
      return reply as never;
    });
    app = mount(QueuePanel, { target: document.body, props });
    flushSync();
    const slip = async (text: string) => {
      const asker = document.querySelector<HTMLInputElement>('#asker-person')!;
      asker.value = '3';
      asker.dispatchEvent(new Event('input', { bubbles: true }));
      flushSync();
      asker.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      const respondent = document.querySelector<HTMLSelectElement>('select[aria-label="Người trả lời"]')!;
      respondent.value = String(respondentId);
      respondent.dispatchEvent(new Event('change', { bubbles: true }));
      const box = document.querySelector('textarea')!;
      box.value = text;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      flushSync();
      const before = engine.current.questions.list.length;
      box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
      await vi.waitFor(() => expect(engine.current.questions.list).toHaveLength(before + 1));
      return engine.current.questions.list.find((q) => q.text === text)!.agendaItemId;
    };
    // Nothing under way: the first questioning item.
    expect(await slip('Câu hỏi trước phiên?')).toBe(explain);
    // The second running: that one.
    ok(engine, 'item.start', { id: land });
    props.data = stateOf();
    flushSync();
    expect(await slip('Khai thác cát trái phép trên sông Thạch Hãn?')).toBe(land);
    // The first skipped and nothing running: the one still to come.
    ok(engine, 'item.finish', { id: land });
    ok(engine, 'item.skip', { id: explain });
    ok(engine, 'item.reopen', { id: land });
    props.data = stateOf();
    flushSync();
    expect(await slip('Tiến độ thu hồi đất dự án?')).toBe(land);
  });
});

describe('editing a slip from the queue', () => {
  it('shows its asker by name in the box and puts the keyboard at the end of its text, and saves the correction', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    const askerId = ok(engine, 'delegate.add', { fullName: 'Hoàng Quốc Đạt', seatNumber: 5 }).id;
    const official = ok(engine, 'delegate.add', { fullName: 'Mạc Thị Huệ', title: 'Trưởng Công an xã', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
    ok(engine, 'question.register', { askerId, respondentId, text: 'Tình hình an ninh trật tự tại thôn Phước Hòa?' });
    const stateOf = () => {
      const { revision, slices } = engine.snapshot();
      return { ...slices, revision } as State;
    };
    const props = $state({ data: stateOf() });
    vi.spyOn(live, 'send').mockImplementation(async (type, payload) => {
      const reply = engine.run(type, payload as never, { actor: 'secretary', lang: 'vi', role: 'secretary' });
      props.data = stateOf();
      return reply as never;
    });
    app = mount(QueuePanel, { target: document.body, props });
    flushSync();
    document.querySelector<HTMLButtonElement>('button[aria-label="Sửa phiếu 1"]')!.click();
    const text = document.querySelector('textarea')!;
    await vi.waitFor(() => expect(document.activeElement).toBe(text));
    expect(document.querySelector<HTMLInputElement>('#asker-person')!.value).toBe('5 · Hoàng Quốc Đạt');
    expect(text.selectionStart).toBe(text.value.length);
    text.value += ' Giải pháp năm 2027?';
    text.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(engine.current.questions.list[0].text).toBe('Tình hình an ninh trật tự tại thôn Phước Hòa? Giải pháp năm 2027?'));
    expect(engine.current.questions.list[0]).toMatchObject({ askerId, respondentId });
  });
});

describe('a slip being edited that leaves the queue meanwhile', () => {
  it('says above the form that the chair called it, or that it was taken out, in both languages', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const askerId = ok(engine, 'delegate.add', { fullName: 'Hoàng Quốc Đạt', seatNumber: 5 }).id;
    const official = ok(engine, 'delegate.add', { fullName: 'Mạc Thị Huệ', title: 'Trưởng Công an xã', voting: false }).id;
    const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
    const first = ok(engine, 'question.register', { askerId, respondentId, text: 'Tình hình an ninh trật tự tại thôn Phước Hòa?' }).id;
    ok(engine, 'question.register', { askerId, respondentId, text: 'Công tác phòng cháy, chữa cháy?' });
    const stateOf = () => {
      const { revision, slices } = engine.snapshot();
      return { ...slices, revision } as State;
    };
    const props = $state({ data: stateOf() });
    const note = () => document.querySelector('[data-testid=slip-left-queue]')?.textContent ?? null;
    for (const lang of ['vi', 'en'] as const) {
      i18n.set(lang);
      app = mount(QueuePanel, { target: document.body, props });
      flushSync();
      document.querySelector<HTMLButtonElement>(`button[aria-label="${lang === 'vi' ? 'Sửa phiếu 1' : 'Edit slip 1'}"]`)!.click();
      flushSync();
      expect(note()).toBeNull();
      if (lang === 'vi') {
        // The chair calls it from her console while the secretary is correcting it.
        ok(engine, 'question.next', { id: first });
        props.data = stateOf();
        flushSync();
        expect(note()).toBe('Chủ tọa đã mời phiếu này: nội dung lưu bây giờ sẽ sửa câu hỏi đang được hỏi.');
      } else {
        ok(engine, 'question.remove', { id: engine.current.questions.queue[0] });
        props.data = stateOf();
        flushSync();
        expect(note()).toBe('This slip has been taken out of the queue: there is nothing left to save (Cancel to register a new one).');
      }
      unmount(app);
      app = undefined;
    }
  });
});
