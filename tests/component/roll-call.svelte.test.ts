import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import AttendanceView from '../../src/features/attendance/AttendanceView.svelte';
import LiveView from '../../src/features/timing/LiveView.svelte';
import VotesView from '../../src/features/votes/VotesView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine, stateFrom } from './on-engine.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { toastSwitches } from './toast-lang';

describe('roll call seat box', () => {
  it('after an unknown seat, the entry is selected so the next seat replaces it rather than piling onto it', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn An', seatNumber: 6 });
    ok(engine, 'attendance.open', { label: 'Phiên sáng' });
    const send = vi.spyOn(live, 'send');
    const { revision, slices } = engine.snapshot();
    mount(AttendanceView, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    const box = document.querySelector<HTMLInputElement>('input.seat-box')!;
    box.value = '99';
    box.dispatchEvent(new Event('input'));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true, cancelable: true }));
    flushSync();
    expect(document.querySelector('[role=alert]')?.textContent).toBe('No one sits in seat 99.');
    expect([box.value, box.selectionStart, box.selectionEnd]).toEqual(['99', 0, 2]);
    expect(send).not.toHaveBeenCalled();
  });
});

describe('roll call of a roster without seat numbers', () => {
  it('finds a delegate by a name typed without accents and marks them by keyboard', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    for (const fullName of ['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Đặng Dũng Tiến', 'Lê Văn An']) ok(engine, 'delegate.add', { fullName });
    ok(engine, 'attendance.open', { label: 'Phiên sáng' });
    const send = vi.spyOn(live, 'send').mockResolvedValue({ ok: true, value: undefined } as never);
    const { revision, slices } = engine.snapshot();
    const ids = new Map(slices.delegates!.map((d) => [d.fullName, d.id]));
    mount(AttendanceView, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    // No seats on this roster: no seat box, the name box is the entry.
    expect(document.querySelector('input.seat-box')).toBeNull();
    const box = document.querySelector<HTMLInputElement>('input.name-box')!;
    const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
    const shown = () => [...document.querySelectorAll('[data-testid="att-person"] .name')].map((n) => n.textContent);

    box.focus();
    box.value = 'dung';
    box.dispatchEvent(new Event('input'));
    flushSync();
    expect(shown()).toEqual(['Nguyễn Văn Dũng', 'Đặng Dũng Tiến']);
    // ↓ to the second, Enter to its card, a: absent.
    key(box, 'ArrowDown');
    key(box, 'Enter');
    flushSync();
    expect(document.activeElement?.textContent).toContain('Đặng Dũng Tiến');
    key(document.activeElement!, 'a');
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('attendance.mark', { delegateId: ids.get('Đặng Dũng Tiến'), status: 'absent', time: null }));
    // Its toast names the mark in the language the console speaks now, switched too.
    await vi.waitFor(() => expect(toast.text).not.toBe(''));
    toastSwitches({ vi: 'Đặng Dũng Tiến: Vắng không có lý do', en: 'Đặng Dũng Tiến: Absent without leave' });
    // Back in the name box, its text selected: the next name replaces it.
    await vi.waitFor(() => expect(document.activeElement).toBe(box));
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, 4]);

    // "dang" folds đ: found; a name nobody has says so.
    box.value = 'dang dung';
    box.dispatchEvent(new Event('input'));
    flushSync();
    expect(shown()).toEqual(['Đặng Dũng Tiến']);
    box.value = 'pham';
    box.dispatchEvent(new Event('input'));
    flushSync();
    expect(shown()).toEqual([]);
    key(box, 'Enter');
    flushSync();
    expect(document.querySelector('[role=status]:not([data-testid])')?.textContent).toBe('Không có ai trong danh sách khớp với «pham».');
    expect(document.querySelector('[role=alert]')).toBeNull();
    expect(send).toHaveBeenCalledTimes(1);
  });
});

describe('the roll call offered for a sitting in progress', () => {
  it('started from the offer by keyboard, hands the keyboard to the seat box (the pressed button goes away with the offer)', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    for (const [i, fullName] of ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Trần Văn Dũng'].entries()) ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 });
    const { id } = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }) as { id: number };
    ok(engine, 'sitting.open', { id });
    mountOnEngine(engine, AttendanceView);
    const offer = document.querySelector<HTMLButtonElement>('[data-testid=roll-call-offer] button')!;
    offer.focus();
    offer.click();
    await vi.waitFor(() => expect(document.querySelector('[data-testid=roll-call-offer]')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('input.seat-box')));
    toastSwitches({ vi: 'Đã bắt đầu điểm danh phiên buổi sáng 08/12/2026', en: 'Roll call of Morning, 8 Dec 2026 started' });
  });
});

describe('the roll call started from the offer in Votes', () => {
  it('hands the keyboard to the vote in hand’s Open, not to the page', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    for (const [i, fullName] of ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Trần Văn Dũng'].entries()) ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 });
    const first = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }) as { id: number };
    ok(engine, 'sitting.open', { id: first.id });
    ok(engine, 'attendance.open', { sittingId: first.id });
    ok(engine, 'sitting.close', { id: first.id });
    const second = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }) as { id: number };
    ok(engine, 'sitting.open', { id: second.id });
    const item = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua các nghị quyết', kind: 'vote', sittingId: second.id }).id;
    ok(engine, 'item.start', { id: item });
    ok(engine, 'vote.create', { agendaItemId: item, resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' });
    mountOnEngine(engine, VotesView);
    const offer = document.querySelector<HTMLButtonElement>('[data-testid=roll-call-offer] button')!;
    expect(offer.textContent).toBe('Điểm danh phiên này, bắt đầu từ kết quả phiên trước');
    offer.focus();
    offer.click();
    await vi.waitFor(() => expect(document.querySelector('[data-testid=roll-call-offer]')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('[data-vote-action=open]')));
  });
});

/**
 * The roll call's report went on the hall by hand each time. When the chair starts the programme's
 * roll-call item, Attendance offers it, one key away; it never changes the hall by itself.
 */
describe('the attendance report offered when the roll-call item starts', () => {
  function sitting() {
    const { engine } = newEngine();
    seedBasics(engine);
    for (const [i, fullName] of ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Tám'].entries()) ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 });
    const opening = ok(engine, 'agenda.add', { title: 'Chào cờ; tuyên bố lý do, giới thiệu đại biểu', kind: 'opening' }).id;
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kết quả điểm danh đại biểu', kind: 'opening' }).id;
    const debate = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion' }).id;
    ok(engine, 'attendance.open', { label: 'Phiên sáng' });
    return { engine, opening, report, debate };
  }
  const offer = () => document.querySelector('[data-testid="report-offer"]');
  const altA = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', code: 'KeyA', altKey: true, bubbles: true, cancelable: true }));

  it('offers it while that item runs, puts it up with Alt+A, and does not ask again', async () => {
    i18n.set('vi');
    const { engine, opening, report, debate } = sitting();
    ok(engine, 'item.start', { id: opening });
    const { props, send } = mountOnEngine(engine, AttendanceView);
    // The opening is no roll call: nothing offered.
    expect(offer()).toBeNull();
    ok(engine, 'item.start', { id: report, current: 'finish' });
    props.data = stateFrom(engine);
    flushSync();
    expect(offer()?.textContent).toContain('Chủ tọa đã bắt đầu mục 2. Báo cáo kết quả điểm danh đại biểu. Chiếu báo cáo điểm danh lên màn hình hội trường?');
    expect(offer()?.querySelector('p')?.getAttribute('role')).toBe('status');
    // Offered, not done: the hall is unchanged until the secretary says so.
    expect(engine.current.hall.attendance).toBeNull();
    expect(send).not.toHaveBeenCalled();
    altA();
    await vi.waitFor(() => expect(engine.current.hall.attendance).not.toBeNull());
    flushSync();
    expect(offer()).toBeNull();
    // Taken down again during the same item: not asked a second time.
    altA();
    await vi.waitFor(() => expect(engine.current.hall.attendance).toBeNull());
    flushSync();
    expect(offer()).toBeNull();
    // Another item: nothing.
    ok(engine, 'item.start', { id: debate, current: 'finish' });
    props.data = stateFrom(engine);
    flushSync();
    expect(offer()).toBeNull();
  });

  it('“Not now” sets it aside, in English too, and the hall stays as it was', () => {
    i18n.set('en');
    const { engine, report } = sitting();
    ok(engine, 'item.start', { id: report });
    const { send } = mountOnEngine(engine, AttendanceView);
    expect(offer()?.querySelector('p')?.textContent).toBe('The chair has started item 2. Báo cáo kết quả điểm danh đại biểu. Show the attendance report on the hall?');
    [...offer()!.querySelectorAll('button')].find((b) => b.textContent === 'Not now')!.click();
    flushSync();
    expect(offer()).toBeNull();
    expect(send).not.toHaveBeenCalled();
    expect(engine.current.hall.attendance).toBeNull();
  });
});

describe('a new roll call started from the last one', () => {
  /**
   * Two roll calls taken, the morning's (An excused) and the afternoon's (An present, Bình
   * absent), a third sitting planned, and the morning's looked back at: the latest taken is not
   * the one on screen.
   */
  function twoRollCallsLookingBack() {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    const [an, binh] = ['Nguyễn Văn An', 'Trần Thị Bình'].map((fullName) => ok(engine, 'delegate.add', { fullName }).id);
    const sitting = (date: string, part: 'morning' | 'afternoon') => ok(engine, 'sitting.add', { date, part, plannedStart: part === 'morning' ? '07:30' : '13:30', plannedEnd: part === 'morning' ? '11:30' : '17:00' }).id;
    const [morning, afternoon, nextMorning] = [sitting('2026-12-08', 'morning'), sitting('2026-12-08', 'afternoon'), sitting('2026-12-09', 'morning')];
    const first = ok(engine, 'attendance.open', { sittingId: morning }).id;
    ok(engine, 'attendance.mark', { delegateId: an, status: 'excused' });
    ok(engine, 'attendance.open', { sittingId: afternoon, carry: true });
    ok(engine, 'attendance.mark', { delegateId: an, status: 'present' });
    ok(engine, 'attendance.mark', { delegateId: binh, status: 'absent' });
    ok(engine, 'attendance.select', { id: first });
    return { engine, binh, nextMorning };
  }

  it('names the roll call it starts from, the latest taken, and starts from it while an older one is on screen', async () => {
    const { engine, binh, nextMorning } = twoRollCallsLookingBack();
    const mounted = mountOnEngine(engine, AttendanceView);
    const pick = document.querySelector<HTMLSelectElement>('select[name=agendaSitting]')!;
    pick.value = String(nextMorning);
    pick.dispatchEvent(new Event('change', { bubbles: true }));
    flushSync();
    expect(document.querySelector('[data-testid=roll-call-carry]')!.textContent!.trim()).toBe('Start from the marks of the last roll call (Afternoon, 8 Dec 2026)');
    i18n.set('vi');
    flushSync();
    expect(document.querySelector('[data-testid=roll-call-carry]')!.textContent!.trim()).toBe('Bắt đầu từ kết quả lần điểm danh gần nhất (phiên buổi chiều 08/12/2026)');
    document.querySelector<HTMLFormElement>('form.open')!.requestSubmit();
    await vi.waitFor(() => expect(mounted.props.data.attendance.sittings).toHaveLength(3));
    // The afternoon's marks: Bình absent, An present (the morning had An excused).
    expect(mounted.props.data.attendance.marks.map((m) => [m.delegateId, m.status])).toEqual([[binh, 'absent']]);
  });

  it('the offer for a sitting in progress names the roll call its button starts from, not the older one on screen', async () => {
    const { engine, binh, nextMorning } = twoRollCallsLookingBack();
    ok(engine, 'sitting.open', { id: nextMorning });
    const mounted = mountOnEngine(engine, AttendanceView);
    const offer = () => document.querySelector('[data-testid=roll-call-offer]');
    expect(offer()!.querySelector('.muted')!.textContent).toBe('Its roll call starts from the marks of the last one taken, Afternoon, 8 Dec 2026.');
    i18n.set('vi');
    flushSync();
    expect(offer()!.querySelector('.muted')!.textContent).toBe('Điểm danh phiên này bắt đầu từ kết quả lần điểm danh gần nhất, phiên buổi chiều 08/12/2026.');
    offer()!.querySelector('button')!.click();
    await vi.waitFor(() => expect(mounted.props.data.attendance.sittings).toHaveLength(3));
    // What it named is what it copied: the afternoon's marks (Bình absent), not the morning's (An excused).
    expect(mounted.props.data.attendance.marks.map((m) => [m.delegateId, m.status])).toEqual([[binh, 'absent']]);
  });
});

/**
 * Day one's roll call taken, day two's sitting under way without its own: Alt+A reported day one's
 * figures as if they were the day's. It says, in one sentence, that the sitting's roll call is not
 * taken, and the hall shows nothing; in Attendance, and in Live during the roll-call item.
 */
describe('Alt+A on day two before its roll call', () => {
  function dayTwo() {
    const { engine } = newEngine();
    seedBasics(engine);
    for (const [i, fullName] of ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Tám'].entries()) ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 });
    const day1 = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const day2 = ok(engine, 'sitting.add', { date: '2026-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const opening = ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening', sittingId: day1 }).id;
    const report = ok(engine, 'agenda.add', { title: 'Báo cáo kết quả điểm danh đại biểu', kind: 'opening', sittingId: day2 }).id;
    ok(engine, 'attendance.open', { sittingId: day1 });
    ok(engine, 'item.start', { id: opening });
    ok(engine, 'item.finish', { id: opening });
    ok(engine, 'sitting.close', { id: day1 });
    ok(engine, 'item.start', { id: report });
    return { engine, day2 };
  }
  const altA = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', code: 'KeyA', altKey: true, bubbles: true, cancelable: true }));
  const alert = () => document.querySelector('[role=alert]')?.textContent;

  it('in Attendance, says the sitting’s roll call is not taken and puts nothing on the hall', async () => {
    i18n.set('vi');
    const { engine } = dayTwo();
    mountOnEngine(engine, AttendanceView);
    altA();
    await vi.waitFor(() => expect(alert()).toBe('Chưa điểm danh phiên họp buổi sáng 09/12/2026 nên chưa có kết quả điểm danh để báo cáo lên màn hình hội trường.'));
    expect(engine.current.hall.attendance).toBeNull();
  });

  it('in Live during the roll-call item, says the same (the key did nothing), and reports the day’s own once taken', async () => {
    i18n.set('en');
    const { engine, day2 } = dayTwo();
    const { props } = mountOnEngine(engine, LiveView);
    altA();
    await vi.waitFor(() => expect(alert()).toBe('The roll call of the morning sitting of 9 Dec 2026 has not been taken, so there is no attendance of it to report on the hall screen.'));
    expect(engine.current.hall.attendance).toBeNull();
    const own = ok(engine, 'attendance.open', { sittingId: day2 }).id;
    props.data = stateFrom(engine);
    flushSync();
    altA();
    await vi.waitFor(() => expect(engine.current.hall.attendance).toMatchObject({ rollCallId: own }));
  });
});
