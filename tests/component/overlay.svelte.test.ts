import { flushSync, mount, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import LowerThird from '../../src/overlay/LowerThird.svelte';
import { clipAtWord, overlayCaption, resumeClock } from '../../src/overlay/caption';
import { currentRow, joinRows, limitMs } from '../../common/timing/stats';
import { live } from '../../src/lib/live.svelte';
import { contentFor } from '../../src/hall/content';
import OverlayControls from '../../src/features/hall/OverlayControls.svelte';
import { i18n, t } from '../../src/lib/i18n.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { said } from '../../src/lib/said.svelte';
import { forMixer } from '../../common/broadcast';
import type { State } from '../../src/lib/live.svelte';
import type { Engine } from '../../electron/engine/engine';
import { newEngine, ok, refused, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';
import { unmountAll } from './mount';

/** A sitting built by the real engine: people, a running discussion item, the overlay on air. */
function sitting() {
  const ctx = newEngine();
  const { engine } = ctx;
  seedBasics(engine);
  const add = (fullName: string, extra: object = {}) => ok(engine, 'delegate.add', { fullName, ...extra }).id;
  const nhung = add('Nguyễn Thị Hồng Nhung', { seatNumber: 1, title: 'Phó Chủ tịch HĐND tỉnh', group: 'Tổ đại biểu huyện Lạc Sơn' });
  const duc = add('Trần Văn Đức', { voting: false, title: 'Giám đốc Sở Kế hoạch và Đầu tư' });
  const item = ok(engine, 'agenda.add', { title: 'Thảo luận về kế hoạch năm 2027', kind: 'discussion', plannedMinutes: 60 }).id;
  ok(engine, 'item.start', { id: item });
  ok(engine, 'overlay.set', { visible: true });
  return { ...ctx, nhung, duc, item };
}
const stateOf = (engine: Engine): State => {
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
};

let app: ReturnType<typeof mount> | undefined;
afterEach(() => {
  if (app) unmount(app);
  app = undefined;
});

function render(data: State, lang: 'vi' | 'en' = 'en') {
  i18n.set(lang);
  app = mount(LowerThird, { target: document.body, props: { caption: overlayCaption(data) } });
  flushSync();
  const third = document.querySelector<HTMLElement>('[data-testid=overlay-caption]');
  return { kind: third?.dataset.kind ?? null, text: third?.textContent?.replace(/\s+/g, ' ').trim() ?? '' };
}

describe('broadcast overlay captions', () => {
  it('shows the item’s title when nobody speaks, and nothing when hidden', () => {
    const { engine } = sitting();
    expect(render(stateOf(engine))).toEqual({ kind: 'item', text: 'Thảo luận về kế hoạch năm 2027' });
    unmount(app!);
    ok(engine, 'overlay.set', { visible: false });
    expect(render(stateOf(engine)).kind).toBeNull();
  });

  it('shows the speaker’s name, position and group with the time left', () => {
    const { engine, nhung, item } = sitting();
    ok(engine, 'speaker.focus', { agendaItemId: item });
    ok(engine, 'speaker.request', { delegateId: nhung });
    ok(engine, 'speaker.next', {});
    const shown = render(stateOf(engine), 'vi');
    expect(shown.kind).toBe('speaker');
    expect(shown.text).toBe('Nguyễn Thị Hồng Nhung Phó Chủ tịch HĐND tỉnh · Tổ đại biểu huyện Lạc Sơn 7:00');
  });

  it('shows asker → respondent during questioning, then the respondent answering', () => {
    const { engine, nhung, duc } = sitting();
    const r = ok(engine, 'respondent.add', { delegateId: duc, agency: 'Sở Kế hoạch và Đầu tư' }).id;
    ok(engine, 'question.register', { askerId: nhung, respondentId: r, text: 'Tiến độ giải ngân vốn đầu tư công?' });
    // Called (n), not started: on air with the full time, whatever this machine's clock says.
    ok(engine, 'question.next', {});
    expect(render(stateOf(engine), 'vi')).toEqual({ kind: 'question', text: 'Chất vấn Nguyễn Thị Hồng Nhung → Trần Văn Đức Giám đốc Sở Kế hoạch và Đầu tư 3:00' });
    unmount(app!);
    ok(engine, 'question.toggle', {});
    ok(engine, 'answer.start', {}); // the respondent called: 7:00 waits for Space
    expect(render(stateOf(engine), 'en')).toEqual({ kind: 'answer', text: 'Answer Trần Văn Đức Giám đốc Sở Kế hoạch và Đầu tư 7:00' });
    unmount(app!);
    // The chair gives the answer a minute more: the lower third counts to it too.
    ok(engine, 'question.extend', { seconds: 60 });
    expect(render(stateOf(engine), 'en')).toEqual({ kind: 'answer', text: 'Answer Trần Văn Đức Giám đốc Sở Kế hoạch và Đầu tư 8:00' });
    unmount(app!);
    // A follow-up is said as the hall says it, not as a new question.
    ok(engine, 'question.toggle', {});
    const first = stateOf(engine).questions.list[0].id;
    ok(engine, 'question.followUp', { parentId: first, text: 'Khi nào giải ngân hết?' });
    expect(render(stateOf(engine), 'vi').text).toMatch(/^Chất vấn lại Nguyễn Thị Hồng Nhung → Trần Văn Đức/);
    unmount(app!);
    expect(render(stateOf(engine), 'en').text).toMatch(/^Follow-up question Nguyễn Thị Hồng Nhung → Trần Văn Đức/);
  });

  it('shows an announced vote as a compact band, with the share of the total seats', () => {
    const { engine } = sitting();
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 52 });
    expect(render(stateOf(engine), 'vi')).toEqual({ kind: 'vote', text: 'Đang biểu quyết Nghị quyết về kế hoạch đầu tư công năm 2027' });
    unmount(app!);
    ok(engine, 'vote.tally', { id, for: 49, against: 2, abstain: 1 });
    ok(engine, 'vote.close', { id });
    // Closed and not yet announced: on air as on the hall, the vote without its counts.
    expect(render(stateOf(engine), 'vi')).toEqual({ kind: 'vote', text: 'Đã kết thúc biểu quyết · chờ công bố kết quả Nghị quyết về kế hoạch đầu tư công năm 2027' });
    unmount(app!);
    ok(engine, 'vote.announce', { id });
    expect(render(stateOf(engine), 'vi')).toEqual({
      kind: 'vote',
      text: 'ĐÃ THÔNG QUA Nghị quyết về kế hoạch đầu tư công năm 2027 Tán thành 49 (84,48%) Không tán thành 2 Không biểu quyết 1',
    });
  });

  it('shows the vote as the hall does, even with an answer left running from the questioning', () => {
    const { engine, clock, nhung, duc } = sitting();
    const r = ok(engine, 'respondent.add', { delegateId: duc, agency: 'Sở Kế hoạch và Đầu tư' }).id;
    ok(engine, 'question.register', { askerId: nhung, respondentId: r, text: 'Tiến độ giải ngân vốn đầu tư công?' });
    ok(engine, 'question.next', {});
    ok(engine, 'question.toggle', {});
    ok(engine, 'question.stop', {});
    ok(engine, 'answer.start', {});
    ok(engine, 'question.toggle', {});
    // The chair moves to the vote without ending the answer: the hall shows the vote…
    clock.advance(1000);
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 52 });
    const state = stateOf(engine);
    expect(contentFor(state)?.id).toBe('auto:vote');
    // …and so does the broadcast, not the answer's timer running on.
    expect(render(state, 'vi')).toEqual({ kind: 'vote', text: 'Đang biểu quyết Nghị quyết về kế hoạch đầu tư công năm 2027' });
    unmount(app!);
    ok(engine, 'vote.tally', { id, for: 49, against: 2, abstain: 1 });
    ok(engine, 'vote.close', { id });
    clock.advance(1000);
    ok(engine, 'vote.announce', { id });
    const announced = stateOf(engine);
    expect(contentFor(announced)?.id).toBe('auto:result');
    expect(render(announced, 'vi').kind).toBe('vote');
    unmount(app!);
    ok(engine, 'question.stop', {});
    // The chair moves on to the next report: the hall shows it, and the broadcast too, not the old result.
    clock.advance(1000);
    const next = ok(engine, 'agenda.add', { title: 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', kind: 'verification', plannedMinutes: 15 }).id;
    ok(engine, 'item.start', { id: next, current: 'finish' });
    const movedOn = stateOf(engine);
    expect(contentFor(movedOn)?.id).toBe('auto:item');
    expect(render(movedOn, 'vi')).toEqual({ kind: 'item', text: 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách' });
  });

  it('moves on from an announced result to the next question, on the hall and on air alike', () => {
    const { engine, clock, nhung, duc } = sitting();
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 52 });
    ok(engine, 'vote.tally', { id, for: 49, against: 2, abstain: 1 });
    ok(engine, 'vote.close', { id });
    clock.advance(1000);
    ok(engine, 'vote.announce', { id });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:result');
    const r = ok(engine, 'respondent.add', { delegateId: duc, agency: 'Sở Kế hoạch và Đầu tư' }).id;
    ok(engine, 'question.register', { askerId: nhung, respondentId: r, text: 'Tiến độ giải ngân vốn đầu tư công?' });
    clock.advance(1000);
    ok(engine, 'question.next', {});
    const asking = stateOf(engine);
    expect(contentFor(asking)?.id).toBe('auto:question');
    expect(render(asking, 'vi').kind).toBe('question');
  });

  it('takes an announced result off the hall and the air together when the chair finishes its item, not at the next call', () => {
    const { engine, clock, item } = sitting();
    const id = ok(engine, 'vote.create', { agendaItemId: item, resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 52 });
    ok(engine, 'vote.tally', { id, for: 49, against: 2, abstain: 1 });
    ok(engine, 'vote.close', { id });
    clock.advance(1000);
    ok(engine, 'vote.announce', { id });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:result');
    expect(render(stateOf(engine), 'vi').kind).toBe('vote');
    unmount(app!);
    // Pausing its own item while the result is read out is not moving on.
    clock.advance(1000);
    ok(engine, 'item.pause', { id: item });
    ok(engine, 'item.resume', { id: item });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:result');
    // `f`: the item is over, and its result with it, on the hall and on air alike.
    clock.advance(1000);
    ok(engine, 'item.finish', { id: item });
    const finished = stateOf(engine);
    expect(contentFor(finished)?.id).toBe('auto:agenda');
    expect(render(finished, 'vi').kind).toBeNull();
    unmount(app!);
    // A result read out after its item was finished is news: it goes up, and stays until the chair moves on.
    const late = ok(engine, 'vote.create', { agendaItemId: item, resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: late, present: 52 });
    ok(engine, 'vote.tally', { id: late, for: 50, against: 1, abstain: 1 });
    ok(engine, 'vote.close', { id: late });
    clock.advance(1000);
    ok(engine, 'vote.announce', { id: late });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:result');
    expect(render(stateOf(engine), 'vi').kind).toBe('vote');
  });

  it('takes a result read out during a pause or a suspension off the hall and the air when its item is finished then', () => {
    const { engine, clock, item } = sitting();
    /** A result read out after `between`: on the hall, or (the sitting suspended) that it is suspended, as on air. */
    const announced = (title: string, between: () => void, shown = 'auto:result') => {
      const id = ok(engine, 'vote.create', { agendaItemId: item, resolutionTitle: title, method: 'hands' }).id;
      ok(engine, 'vote.open', { id, present: 52 });
      ok(engine, 'vote.tally', { id, for: 49, against: 2, abstain: 1 });
      ok(engine, 'vote.close', { id });
      clock.advance(1000);
      between();
      clock.advance(1000);
      ok(engine, 'vote.announce', { id });
      expect(contentFor(stateOf(engine))?.id).toBe(shown);
    };
    // The chair stops the item's clock, reads the result out, then finishes the item (f).
    announced('Nghị quyết về kế hoạch đầu tư công năm 2027', () => ok(engine, 'item.pause', { id: item }));
    clock.advance(1000);
    ok(engine, 'item.finish', { id: item });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:agenda');
    expect(render(stateOf(engine), 'vi').kind).toBeNull();
    unmount(app!);

    // In a sitting: suspended, the result read out, the item finished during the suspension; the
    // sitting opened again shows the programme, not that result, on the hall and on air.
    ok(engine, 'item.reopen', { id: item });
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(engine, 'agenda.assign', { id: item, sittingId });
    clock.advance(1000);
    ok(engine, 'item.resume', { id: item });
    announced('Nghị quyết về dự toán ngân sách năm 2027', () => ok(engine, 'sitting.suspend', { id: sittingId }), 'auto:suspended');
    clock.advance(1000);
    ok(engine, 'item.finish', { id: item });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:suspended');
    clock.advance(1000);
    ok(engine, 'sitting.open', { id: sittingId });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:agenda');
    expect(render(stateOf(engine), 'vi').kind).not.toBe('vote');
    unmount(app!);

    // Undone, the finish takes back its moment too: the result is up again, as it was, once the
    // sitting (suspended again by the undo) is opened.
    ok(engine, 'undo', { scope: 'timing' });
    ok(engine, 'undo', { scope: 'timing' });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:suspended');
    ok(engine, 'sitting.open', { id: sittingId });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:result');
  });

  it('puts an election on air as the hall shows it: the voting, the counting, then the result with the people elected', () => {
    const { engine, clock, nhung } = sitting();
    const add = (fullName: string) => ok(engine, 'delegate.add', { fullName }).id;
    const candidates = [add('Lê Văn Cường'), add('Phạm Thị Dung'), add('Hoàng Văn Hải')];
    const id = ok(engine, 'personnel.prepare', {
      kind: 'election',
      title: 'Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026',
      posts: 2,
      people: candidates.map((delegateId) => ({ delegateId })),
    }).id;
    ok(engine, 'personnel.committee', { id, head: nhung, members: [] });
    clock.advance(1000);
    ok(engine, 'personnel.open', { id, present: 56 });
    // Ballots out, nothing counted: the delegates are voting.
    expect(render(stateOf(engine), 'vi')).toEqual({ kind: 'personnel', text: 'Đang bỏ phiếu Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026' });
    unmount(app!);
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    // The ballots returned are in the committee's hands: the counting.
    expect(render(stateOf(engine), 'vi')).toEqual({ kind: 'personnel', text: 'Đang kiểm phiếu Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026' });
    unmount(app!);
    const people = engine.current.personnel.find((v) => v.id === id)!.people;
    const counts = [[40, 16], [35, 21], [20, 36]];
    ok(engine, 'personnel.count', { id, lines: people.map((p, i) => ({ personId: p.id, counts: { agree: counts[i][0], disagree: counts[i][1], invalid: 0 } })) });
    ok(engine, 'personnel.close', { id });
    ok(engine, 'personnel.announce', { id });
    const announced = stateOf(engine);
    // The hall shows the result over the running item; on air, the same, not the item's title.
    expect(contentFor(announced)?.id).toBe('auto:personnelResult');
    expect(render(announced, 'vi')).toEqual({
      kind: 'personnel',
      text: 'Kết quả Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh nhiệm kỳ 2021 - 2026 Trúng cử: Lê Văn Cường, Phạm Thị Dung',
    });
  });

  it('puts a removal’s result on air as a removal ("Bị bãi nhiệm"), a dismissal’s as a dismissal', () => {
    const { engine, clock, nhung } = sitting();
    const cuong = ok(engine, 'delegate.add', { fullName: 'Lại Văn Cường' }).id;
    const held = (kind: 'dismissal' | 'removal', title: string) => {
      const id = ok(engine, 'personnel.prepare', { kind, title, people: [{ delegateId: cuong }] }).id;
      ok(engine, 'personnel.committee', { id, head: nhung, members: [] });
      clock.advance(1000);
      ok(engine, 'personnel.open', { id, present: 56 });
      ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
      const person = engine.current.personnel.find((v) => v.id === id)!.people[0];
      ok(engine, 'personnel.count', { id, lines: [{ personId: person.id, counts: { agree: 50, disagree: 6 } }] });
      ok(engine, 'personnel.close', { id });
      ok(engine, 'personnel.announce', { id });
      return render(stateOf(engine), 'vi');
    };
    // Before: "Được miễn nhiệm: Lại Văn Cường" under a removal for wrongdoing.
    expect(held('removal', 'Phó Chủ tịch UBND huyện')).toEqual({ kind: 'personnel', text: 'Kết quả Bãi nhiệm: Phó Chủ tịch UBND huyện Bị bãi nhiệm: Lại Văn Cường' });
    unmount(app!);
    expect(held('dismissal', 'Phó Chủ tịch HĐND huyện')).toEqual({ kind: 'personnel', text: 'Kết quả Miễn nhiệm: Phó Chủ tịch HĐND huyện Được miễn nhiệm: Lại Văn Cường' });
  });

  it('puts the roll call’s report on air while the hall shows it, then the item again', () => {
    const { engine, nhung } = sitting();
    ok(engine, 'attendance.open', { label: 'Phiên khai mạc' });
    ok(engine, 'hall.attendance', { show: true });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:attendance');
    expect(render(stateOf(engine), 'vi')).toEqual({ kind: 'attendance', text: 'Báo cáo số lượng đại biểu có mặt Có mặt 1/58 đại biểu (57 ghế khuyết) Chưa đủ điều kiện tiến hành phiên họp' });
    unmount(app!);
    ok(engine, 'attendance.mark', { delegateId: nhung, status: 'absent' });
    expect(render(stateOf(engine)).text).toBe('Attendance report Present: 0 of 58 delegates (57 seats vacant) No quorum: the sitting cannot proceed yet');
    unmount(app!);
    ok(engine, 'hall.attendance', { show: false });
    expect(render(stateOf(engine)).kind).toBe('item');
  });

  it('leaves the floor when the sitting is suspended or ends: no frozen speaker, no old result; the suspension or the typed caption instead', () => {
    const { engine, clock, nhung, item: first } = sitting();
    ok(engine, 'item.finish', { id: first });
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const item = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 }).id;
    ok(engine, 'agenda.assign', { id: item, sittingId });
    ok(engine, 'item.start', { id: item });
    ok(engine, 'speaker.focus', { agendaItemId: item });
    ok(engine, 'speaker.request', { delegateId: nhung });
    ok(engine, 'speaker.next', {});
    ok(engine, 'speaker.start', {});
    expect(render(stateOf(engine)).kind).toBe('speaker');
    unmount(app!);
    // The suspension: the speech pauses with the sitting; its name and clock are not left on air.
    ok(engine, 'sitting.suspend', { id: sittingId });
    expect(render(stateOf(engine))).toEqual({ kind: 'suspended', text: 'The sitting is suspended' });
    unmount(app!);
    // Pinned, it says so too: the pin has nothing of the floor to follow, and an empty strip on air
    // tells a viewer nothing (before, a pinned overlay went blank here).
    for (const follow of ['speaker', 'item', 'vote'] as const) {
      ok(engine, 'overlay.set', { follow });
      expect(render(stateOf(engine)), follow).toEqual({ kind: 'suspended', text: 'The sitting is suspended' });
      unmount(app!);
    }
    // What the chair types for the break is said, automatic or pinned.
    clock.advance(60_000);
    ok(engine, 'overlay.set', { follow: 'auto', caption: 'Giải lao 15 phút' });
    expect(render(stateOf(engine))).toEqual({ kind: 'caption', text: 'Giải lao 15 phút' });
    // When it was typed is kept; another setting, or the same text again, leaves it.
    expect(engine.current.overlay.captionAt).toBe(clock());
    clock.advance(1000);
    ok(engine, 'overlay.set', { key: '#00b140', caption: 'Giải lao 15 phút' });
    expect(engine.current.overlay.captionAt).toBe(clock() - 1000);
    unmount(app!);
    // Back from the break: the floor again, the speaker with the rostrum.
    clock.advance(15 * 60_000);
    ok(engine, 'sitting.open', { id: sittingId });
    ok(engine, 'item.resume', { id: item });
    expect(render(stateOf(engine)).kind).toBe('speaker');
    unmount(app!);
    // A result announced, then the sitting closed: the result leaves the air with the sitting.
    ok(engine, 'speaker.finish', {});
    const vote = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về đầu tư công năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: vote, present: 52 });
    ok(engine, 'vote.tally', { id: vote, for: 49, against: 2, abstain: 1 });
    ok(engine, 'vote.close', { id: vote });
    ok(engine, 'vote.announce', { id: vote });
    ok(engine, 'item.finish', { id: item });
    expect(render(stateOf(engine)).kind).toBe('vote');
    unmount(app!);
    ok(engine, 'sitting.close', { id: sittingId });
    // Nor does the break's caption come back: typed before the chair moved on, it is old news.
    expect(render(stateOf(engine)).kind).toBeNull();
    unmount(app!);
    ok(engine, 'overlay.set', { caption: 'Bế mạc phiên họp buổi sáng' });
    expect(render(stateOf(engine))).toEqual({ kind: 'caption', text: 'Bế mạc phiên họp buổi sáng' });
  });

  it('on automatic, puts a caption typed during the programme’s break item on air over its title, until the chair moves on', () => {
    const { engine, clock, nhung, item: first } = sitting();
    const pause = ok(engine, 'agenda.add', { title: 'Giải lao', kind: 'break', plannedMinutes: 15 }).id;
    const next = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 }).id;
    ok(engine, 'item.start', { id: pause, current: 'finish' });
    expect(render(stateOf(engine)).kind).toBe('break');
    unmount(app!);
    clock.advance(60_000);
    ok(engine, 'overlay.set', { caption: 'Giải lao 15 phút, phiên họp tiếp tục lúc 9 giờ 45' });
    expect(render(stateOf(engine))).toEqual({ kind: 'caption', text: 'Giải lao 15 phút, phiên họp tiếp tục lúc 9 giờ 45' });
    unmount(app!);
    // The floor still comes first: a speaker called after it is on air instead.
    clock.advance(60_000);
    ok(engine, 'speaker.focus', { agendaItemId: first });
    ok(engine, 'speaker.request', { delegateId: nhung });
    ok(engine, 'speaker.next', {});
    expect(render(stateOf(engine)).kind).toBe('speaker');
    unmount(app!);
    ok(engine, 'speaker.finish', {});
    // The next item started: the break's caption is old news, the item's title is on air.
    clock.advance(60_000);
    ok(engine, 'item.start', { id: next, current: 'finish' });
    expect(render(stateOf(engine))).toEqual({ kind: 'item', text: 'Thảo luận tại hội trường' });
  });

  it('says during the programme’s break when the sitting resumes, with the time left the hall counts down, in the hall’s language', () => {
    const { engine, clock } = sitting();
    const pause = ok(engine, 'agenda.add', { title: 'Giải lao', kind: 'break', plannedMinutes: 15 }).id;
    const next = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 }).id;
    ok(engine, 'item.start', { id: pause, current: 'finish' });
    // This screen reads the engine's clock (the offset a real page measures).
    live.offset = clock() - Date.now();
    const endsAt = clock() + 15 * 60_000;
    const data = stateOf(engine);
    // The hall's row and limit: the same figures on air as on the hall's clock.
    const row = currentRow(joinRows(data.agenda, data.timing.items), data.timing.liveItemId)!;
    expect(overlayCaption(data)).toEqual({ kind: 'break', title: 'Giải lao', timer: row.timing, limitMs: limitMs(row) });
    expect(render(data, 'vi')).toEqual({ kind: 'break', text: `Giải lao Phiên họp tiếp tục lúc ${resumeClock(endsAt, 'vi')} 15:00` });
    unmount(app!);
    expect(render(data, 'en')).toEqual({ kind: 'break', text: `Break The sitting resumes at ${resumeClock(endsAt, 'en')} 15:00` });
    unmount(app!);
    // Two more minutes given: the time it resumes moves with the hall's clock.
    ok(engine, 'item.extend', { id: pause, minutes: 2 });
    expect(render(stateOf(engine), 'en').text).toBe(`Break The sitting resumes at ${resumeClock(endsAt + 2 * 60_000, 'en')} 17:00`);
    unmount(app!);
    // Run out: no red clock on air, the sitting resumes shortly.
    clock.advance(18 * 60_000);
    live.offset = clock() - Date.now();
    expect(render(stateOf(engine), 'vi').text).toBe('Giải lao Phiên họp sẽ tiếp tục trong giây lát');
    unmount(app!);
    // Paused: its title, as the hall's "Tạm dừng"; run out, still no clock.
    ok(engine, 'item.pause', { id: pause });
    expect(render(stateOf(engine), 'vi').text).toBe('Giải lao · Tạm dừng Giải lao');
    unmount(app!);
    ok(engine, 'item.extend', { id: pause, minutes: 5 });
    expect(render(stateOf(engine), 'vi').text).toBe('Giải lao · Tạm dừng Giải lao 4:00');
    unmount(app!);
    // The next item: its title, no break line.
    ok(engine, 'item.start', { id: next, current: 'finish' });
    expect(render(stateOf(engine), 'vi')).toEqual({ kind: 'item', text: 'Thảo luận tại hội trường' });
    live.offset = 0;
  });

  /** Nhung speaking on the item, in the morning sitting of 8 December, open: what a suspension interrupts. */
  function speakingInOpenSitting() {
    const { engine, clock, nhung, item } = sitting();
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(engine, 'agenda.assign', { id: item, sittingId });
    ok(engine, 'sitting.open', { id: sittingId });
    ok(engine, 'speaker.focus', { agendaItemId: item });
    ok(engine, 'speaker.request', { delegateId: nhung });
    ok(engine, 'speaker.next', {});
    ok(engine, 'speaker.start', {});
    return { engine, clock, item, sittingId };
  }

  it('says during a suspension what the hall shows: when the sitting resumes by the hall’s countdown, else plainly that it is suspended', () => {
    const { engine, clock, item, sittingId } = speakingInOpenSitting();
    ok(engine, 'sitting.suspend', { id: sittingId });
    // No planned end: said plainly, in the hall's language, with no clock (not the speaker's frozen one).
    expect(render(stateOf(engine), 'vi')).toEqual({ kind: 'suspended', text: 'Phiên họp tạm dừng' });
    expect(document.querySelector('[role=timer]')).toBeNull();
    unmount(app!);
    expect(render(stateOf(engine), 'en')).toEqual({ kind: 'suspended', text: 'The sitting is suspended' });
    unmount(app!);

    // The chair puts a message with a 15-minute countdown on the hall: the broadcast says when the
    // sitting resumes, beside the time left, from the hall's own countdown.
    ok(engine, 'hall.setMessage', { message: 'Tạm dừng phiên họp để Chủ tọa hội ý', countdownMinutes: 15 });
    live.offset = clock() - Date.now();
    const endsAt = clock() + 15 * 60_000;
    const data = stateOf(engine);
    expect(contentFor(data)?.id).toBe('message');
    expect(overlayCaption(data)).toEqual({ kind: 'suspended', timer: data.hall.countdown, limitMs: 15 * 60_000 });
    expect(render(data, 'vi')).toEqual({ kind: 'suspended', text: `Tạm dừng Phiên họp tiếp tục lúc ${resumeClock(endsAt, 'vi')} 15:00` });
    unmount(app!);
    expect(render(data, 'en')).toEqual({ kind: 'suspended', text: `Sitting suspended The sitting resumes at ${resumeClock(endsAt, 'en')} 15:00` });
    unmount(app!);
    // Run out: no red clock on air, the sitting resumes shortly.
    clock.advance(16 * 60_000);
    live.offset = clock() - Date.now();
    expect(render(stateOf(engine), 'vi').text).toBe('Tạm dừng Phiên họp sẽ tiếp tục trong giây lát');
    unmount(app!);
    // The hall back on automatic shows no countdown: nor does the broadcast.
    ok(engine, 'hall.setMode', { mode: 'auto' });
    expect(render(stateOf(engine), 'vi').text).toBe('Phiên họp tạm dừng');
    unmount(app!);
    // What the chair types is said instead.
    ok(engine, 'overlay.set', { caption: 'Phiên họp tiếp tục lúc 14 giờ' });
    expect(render(stateOf(engine), 'vi')).toEqual({ kind: 'caption', text: 'Phiên họp tiếp tục lúc 14 giờ' });
    unmount(app!);
    // Resumed: the floor again.
    ok(engine, 'sitting.open', { id: sittingId });
    ok(engine, 'item.resume', { id: item });
    expect(render(stateOf(engine)).kind).toBe('speaker');
    live.offset = 0;
  });

  it('pinned to the speaker, the item or the vote, says during a suspension what automatic says, and follows its pin again once the sitting resumes', () => {
    const { engine, clock, item, sittingId } = speakingInOpenSitting();
    ok(engine, 'overlay.set', { follow: 'speaker' });
    expect(render(stateOf(engine)).kind).toBe('speaker');
    unmount(app!);

    ok(engine, 'sitting.suspend', { id: sittingId });
    expect(render(stateOf(engine), 'vi')).toEqual({ kind: 'suspended', text: 'Phiên họp tạm dừng' });
    unmount(app!);
    // The hall's message with a countdown: when the sitting resumes, as on automatic.
    ok(engine, 'hall.setMessage', { message: 'Tạm dừng phiên họp để Chủ tọa hội ý', countdownMinutes: 15 });
    live.offset = clock() - Date.now();
    const endsAt = clock() + 15 * 60_000;
    for (const follow of ['speaker', 'item', 'vote'] as const) {
      ok(engine, 'overlay.set', { follow });
      expect(render(stateOf(engine), 'vi'), follow).toEqual({ kind: 'suspended', text: `Tạm dừng Phiên họp tiếp tục lúc ${resumeClock(endsAt, 'vi')} 15:00` });
      unmount(app!);
    }
    // A caption typed during the suspension goes over it, as on automatic.
    clock.advance(60_000);
    ok(engine, 'overlay.set', { caption: 'Phiên họp tiếp tục lúc 9 giờ 45' });
    expect(render(stateOf(engine), 'vi')).toEqual({ kind: 'caption', text: 'Phiên họp tiếp tục lúc 9 giờ 45' });
    unmount(app!);

    // Resumed: each pin shows what it is pinned to again, not the caption typed for the suspension.
    ok(engine, 'sitting.open', { id: sittingId });
    ok(engine, 'item.resume', { id: item });
    // Pinned to the vote with none held: nothing, as before the suspension.
    expect(render(stateOf(engine)).kind).toBeNull();
    unmount(app!);
    ok(engine, 'overlay.set', { follow: 'item' });
    expect(render(stateOf(engine))).toEqual({ kind: 'item', text: 'Thảo luận về kế hoạch năm 2027' });
    unmount(app!);
    ok(engine, 'overlay.set', { follow: 'speaker' });
    expect(render(stateOf(engine), 'vi').text).toMatch(/^Nguyễn Thị Hồng Nhung Phó Chủ tịch HĐND tỉnh/);
    live.offset = 0;
  });

  it('a time of day as the hall reads it: "9 giờ 05", "14 giờ" and "9:05", to the nearest minute', () => {
    const at = new Date(2026, 11, 8, 9, 4, 40).getTime();
    expect(resumeClock(at, 'vi')).toBe('9 giờ 05');
    expect(resumeClock(at, 'en')).toBe('9:05');
    expect(resumeClock(new Date(2026, 11, 8, 14, 0, 20).getTime(), 'vi')).toBe('14 giờ');
  });

  it('follows what the chair pins it to: a typed caption, or the item while someone speaks', () => {
    const { engine, nhung, item } = sitting();
    ok(engine, 'speaker.focus', { agendaItemId: item });
    ok(engine, 'speaker.request', { delegateId: nhung });
    ok(engine, 'speaker.next', {});
    ok(engine, 'overlay.set', { follow: 'caption', caption: 'Kỳ họp thứ 11 — phiên chiều' });
    expect(render(stateOf(engine))).toEqual({ kind: 'caption', text: 'Kỳ họp thứ 11 — phiên chiều' });
    unmount(app!);
    ok(engine, 'overlay.set', { follow: 'item' });
    expect(render(stateOf(engine)).kind).toBe('item');
    refused(engine, 'overlay.set', { follow: 'weather' }, 'invalid');
    expect(engine.current.overlay).toMatchObject({ follow: 'item', caption: 'Kỳ họp thứ 11 — phiên chiều', visible: true });
  });

  // Whether a title fits is measured in the page (OnAirTitle.svelte; tests/e2e/overlay.test.ts in
  // Chromium): here, the cut it uses when the smallest type is not enough.
  it('cuts a title at a word with an ellipsis, never mid-word', () => {
    const title =
      'Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026 và phương hướng, nhiệm vụ năm 2027';
    expect(clipAtWord(title, 110)).toBe('Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2026 và phương…');
    expect(clipAtWord('Khai mạc kỳ họp', 110)).toBe('Khai mạc kỳ họp');
    expect(clipAtWord('a'.repeat(200), 110)).toHaveLength(110);
  });

  it('tells the chair how many characters of the caption are left while typing', () => {
    const { engine } = sitting();
    i18n.set('vi');
    app = mount(OverlayControls, { target: document.body, props: { data: stateOf(engine) } });
    flushSync();
    const left = () => document.getElementById('overlay-caption-left')!;
    expect(left().textContent).toBe('Còn 120/120 ký tự');
    const input = document.querySelector<HTMLInputElement>('input[aria-describedby=overlay-caption-left]')!;
    input.value = 'x'.repeat(120);
    input.dispatchEvent(new Event('input'));
    flushSync();
    expect(left().textContent).toBe('Còn 0/120 ký tự');
    expect(left().classList.contains('full')).toBe(true);
  });

  it('lists its key in the shortcut sheet as what it does: puts the overlay on air or takes it off', () => {
    const { engine } = sitting();
    app = mount(OverlayControls, { target: document.body, props: { data: stateOf(engine) } });
    flushSync();
    const o = shortcuts.list.find((s) => s.keys === 'o')!;
    i18n.set('vi');
    expect(t(o.label)).toBe('Đưa phụ đề lên sóng / tắt phụ đề');
    i18n.set('en');
    expect(t(o.label)).toBe('Put the overlay on air / take it off');
  });
});

describe('the overlay’s key o, pressed on the secretary’s console', () => {
  it('says in a toast that the caption went off air, and back on, in both languages: the button is below the fold at 1366×768', async () => {
    const { engine } = sitting();
    const secretary = { actor: 'Thư ký - laptop 2', role: 'secretary', deviceId: 1 } as const;
    const press = async () => {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'o', code: 'KeyO', bubbles: true, cancelable: true }));
      for (let i = 0; i < 4; i++) await Promise.resolve();
      flushSync();
    };
    for (const lang of ['vi', 'en'] as const) {
      i18n.set(lang);
      toast.clear();
      mountOnEngine(engine, OverlayControls, secretary);
      await press();
      expect(engine.current.overlay.visible, lang).toBe(false);
      expect(toast.text).toBe(lang === 'vi' ? 'Đã tắt phụ đề: trên sóng không còn hiện gì (phím o để bật lại).' : 'The broadcast caption is off air: nothing is shown on the broadcast (o puts it back).');
      await press();
      expect(engine.current.overlay.visible, lang).toBe(true);
      expect(toast.text).toBe(lang === 'vi' ? 'Phụ đề đã lên sóng (phím o để tắt).' : 'The broadcast caption is on air (o takes it off).');
      unmountAll();
      window.removeEventListener('keydown', shortcuts.handle);
    }
  });
});

describe('the overlay’s address for vMix', () => {
  it('is given ready, with mixer=1 in it, and copied by a named button with a toast, in both languages', async () => {
    const { engine } = sitting();
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copied.push(text) } });
    for (const lang of ['vi', 'en'] as const) {
      i18n.set(lang);
      toast.clear();
      app = mount(OverlayControls, { target: document.body, props: { data: stateOf(engine) } });
      flushSync();
      const ready = `${location.origin}/overlay?mixer=1`;
      expect([...document.querySelectorAll('[data-testid=overlay-mixer-url]')].map((c) => c.textContent)).toEqual([ready]);
      const name = lang === 'vi' ? `Sao chép địa chỉ cho vMix: ${ready}` : `Copy the address for vMix: ${ready}`;
      const button = [...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === name)!;
      expect(button.textContent).toBe(lang === 'vi' ? 'Sao chép' : 'Copy');
      button.click();
      await Promise.resolve();
      await Promise.resolve();
      expect(copied.at(-1)).toBe(ready);
      expect(said(toast.message)).toBe(lang === 'vi' ? 'Đã sao chép địa chỉ cho vMix: dán vào ô địa chỉ của nguồn Web Browser trong vMix.' : 'Address for vMix copied: paste it as the address of a Web Browser input in vMix.');
      unmount(app);
      app = undefined;
    }
  });

  it('keeps the display token’s query and adds mixer=1 after it', () => {
    expect(forMixer('http://192.168.1.20:5173/overlay?token=abc')).toBe('http://192.168.1.20:5173/overlay?token=abc&mixer=1');
    expect(forMixer('http://127.0.0.1:5173/overlay')).toBe('http://127.0.0.1:5173/overlay?mixer=1');
    expect(forMixer('http://127.0.0.1:5173/overlay?mixer=1')).toBe('http://127.0.0.1:5173/overlay?mixer=1');
  });
});
