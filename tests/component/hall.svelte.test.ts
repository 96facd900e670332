import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { announcement } from '../../common/votes/announce';
import { hallRenderer } from './hall-render';
import { contentFor } from '../../src/hall/content';
import type { State } from '../../src/lib/live.svelte';
import { DEFAULT_HALL } from '../../electron/features/hall/store';
import type { HallScreen } from '../../common/hall/model';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import type { Engine } from '../../electron/engine/engine';

/**
 * A complete published state from the real engine on SQLite: a session with three items,
 * the first finished and the second running, so every domain's slice is there as it ships.
 */
function engineState(then: (engine: Engine, clock: { advance(ms: number): void }) => void = () => {}): State {
  const { engine, clock } = newEngine();
  seedBasics(engine);
  const ids = ['Khai mạc', 'Báo cáo', 'Bế mạc'].map((title) => ok(engine, 'agenda.add', { title, kind: 'report', plannedMinutes: 15 }).id);
  ok(engine, 'item.start', { id: ids[0] });
  clock.advance(60_000);
  ok(engine, 'item.finish', { id: ids[0] });
  ok(engine, 'item.start', { id: ids[1] });
  then(engine, clock);
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
}
const base = engineState();

function stateWith(hall: Partial<HallScreen>, extra: Partial<Record<keyof State, unknown>> = {}): State {
  return { ...base, hall: { ...DEFAULT_HALL, ...hall }, ...extra } as unknown as State;
}
const nothingLive = { timing: { items: [] } };

const render = hallRenderer();

describe('hall content', () => {
  it('a question or answer called says so with its full time, and one the chair paused says so, as the speaker panel does', () => {
    /** n, then `spaces` presses of Space five seconds apart; then, if `answer`, a and as many Spaces again. */
    const questioning = (spaces: number, answer = false) =>
      engineState((engine, clock) => {
        const asker = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng' }).id;
        const r = ok(engine, 'respondent.add', { delegateId: ok(engine, 'delegate.add', { fullName: 'Phạm Minh Chính', voting: false }).id }).id;
        ok(engine, 'question.register', { askerId: asker, respondentId: r, text: 'Tiến độ cấp giấy chứng nhận?' });
        ok(engine, 'question.next');
        const space = (n: number) => {
          for (let i = 0; i < n; i++) {
            ok(engine, 'question.toggle');
            clock.advance(5_000);
          }
        };
        space(answer ? 1 : spaces);
        if (answer) ok(engine, 'answer.start');
        if (answer) space(spaces);
      });
    const seen = (data: State) => {
      const panel = render(data).querySelector('.qpanel')!;
      return { state: panel.getAttribute('data-state'), kind: panel.querySelector('.kind')?.textContent, timer: panel.querySelector('[role=timer]')?.textContent };
    };
    // Called: who is invited, the full 3:00, never "Paused".
    expect(seen(questioning(0))).toEqual({ state: 'called', kind: 'Invited to question', timer: '3:00' });
    expect(seen(questioning(1)).kind).toBe('Question');
    expect(seen(questioning(2))).toEqual({ state: 'paused', kind: 'Question · Paused', timer: '2:55' });
    expect(seen(questioning(0, true))).toEqual({ state: 'called', kind: 'Invited to answer', timer: '7:00' });
    expect(seen(questioning(2, true))).toEqual({ state: 'paused', kind: 'Answer · Paused', timer: '6:55' });
  });

  it('the hall counts down to the limit plus the extra time given to a question, then to an answer', () => {
    const timer = (then: (engine: Engine) => void) =>
      render(
        engineState((engine) => {
          const asker = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng' }).id;
          const r = ok(engine, 'respondent.add', { delegateId: ok(engine, 'delegate.add', { fullName: 'Phạm Minh Chính', voting: false }).id }).id;
          ok(engine, 'question.register', { askerId: asker, respondentId: r, text: 'Tiến độ cấp giấy chứng nhận?' });
          ok(engine, 'question.next'); // called: the full time, not running
          then(engine);
        }),
      ).querySelector('.qpanel [role=timer]')?.textContent;
    expect(timer(() => {})).toBe('3:00');
    expect(timer((engine) => ok(engine, 'question.extend', { seconds: 90 }))).toBe('4:30');
    expect(
      timer((engine) => {
        ok(engine, 'question.extend', { seconds: 90 });
        ok(engine, 'question.toggle');
        ok(engine, 'answer.start');
        ok(engine, 'question.extend', { seconds: 60 });
      }),
    ).toBe('8:00');
  });

  it('announces no presence or quorum before the session’s first roll call, and the count after it', () => {
    const badge = (data: State) => render(data).querySelector('[data-testid="hall-quorum"]')?.textContent ?? null;
    expect(badge(engineState())).toBeNull();
    const called = engineState((engine) => {
      const absent = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
      ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 2 });
      ok(engine, 'attendance.open', { label: 'Buổi sáng 08/12' });
      ok(engine, 'attendance.mark', { delegateId: absent, status: 'absent' });
    });
    expect(badge(called)).toBe('Present: 1 of 58 delegates (56 seats vacant) No quorum');
  });

  it('a sitting suspended for a break keeps its own date in the header, not the computer’s today', () => {
    const sitting = (suspend: boolean) =>
      engineState((engine) => {
        const { id } = ok(engine, 'sitting.add', { date: '2031-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });
        ok(engine, 'sitting.open', { id });
        if (suspend) ok(engine, 'sitting.suspend', { id });
      });
    const header = (data: State) => render(data).querySelector('.screen header')?.textContent ?? '';
    expect(header(sitting(false))).toContain('8 Dec 2031');
    expect(header(sitting(true))).toContain('8 Dec 2031');
  });

  it('on automatic, a suspended sitting says so over the speaker left on the floor; opened again, the speaker is back; a mode the chair chose stays', () => {
    const { engine, clock } = newEngine();
    seedBasics(engine);
    const now = (): State => {
      const { revision, slices } = engine.snapshot();
      return { ...slices, revision } as State;
    };
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const item = ok(engine, 'agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 }).id;
    ok(engine, 'agenda.assign', { id: item, sittingId });
    ok(engine, 'item.start', { id: item });
    const nhung = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hồng Nhung' }).id;
    ok(engine, 'speaker.request', { agendaItemId: item, delegateId: nhung });
    ok(engine, 'speaker.next');
    ok(engine, 'speaker.start');
    clock.advance(60_000);
    expect(contentFor(now())?.id).toBe('auto:speaker');

    // Suspended: the speech pauses with the sitting; the hall says the sitting is suspended, under the
    // council's header, with no frozen clock and no name (before: her panel, "Paused 6:00").
    ok(engine, 'sitting.suspend', { id: sittingId });
    expect(contentFor(now())?.id).toBe('auto:suspended');
    const hall = render(now());
    const words = () => hall.querySelector('.content')?.textContent?.trim();
    expect(words()).toBe('The sitting is suspended');
    expect(hall.querySelector('[role=timer]')).toBeNull();
    expect(hall.querySelector('header')?.textContent).toContain('HĐND tỉnh Hòa Bình');
    i18n.set('vi');
    flushSync();
    expect(words()).toBe('Phiên họp tạm dừng');

    // A mode the chair chooses wins, as before: the message with its countdown, the programme, the
    // speakers' list, the emblem, a blank screen.
    ok(engine, 'hall.setMessage', { message: 'Giải lao 15 phút', countdownMinutes: 15 });
    expect(contentFor(now())?.id).toBe('message');
    for (const mode of ['agenda', 'speakers', 'emblem'] as const) {
      ok(engine, 'hall.setMode', { mode });
      expect(contentFor(now())?.id).toBe(mode);
    }
    ok(engine, 'hall.setMode', { mode: 'blank' });
    expect(contentFor(now())).toBeNull();
    // Back on automatic, still suspended: the panel again, without the message's countdown (its clock
    // is the message's, shown with it; on automatic there is no planned end to show).
    ok(engine, 'hall.setMode', { mode: 'auto' });
    expect(contentFor(now())?.id).toBe('auto:suspended');
    expect(render(now()).querySelector('[role=timer]')).toBeNull();

    // What the hall must see to act, or the chair puts up, still shows: a ballot under way (open, then
    // closed awaiting its result), the roll call's report; taken down, the suspension again.
    const { id: vote } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' });
    ok(engine, 'vote.open', { id: vote, present: 40 });
    expect(contentFor(now())?.id).toBe('auto:vote');
    ok(engine, 'vote.close', { id: vote });
    expect(contentFor(now())?.id).toBe('auto:vote');
    clock.advance(1_000);
    ok(engine, 'attendance.open', { sittingId });
    ok(engine, 'hall.attendance', { show: true });
    expect(contentFor(now())?.id).toBe('auto:attendance');
    clock.advance(1_000);
    ok(engine, 'hall.attendance', { show: false });
    expect(contentFor(now())?.id).toBe('auto:suspended');

    // Opened again: what is live is back, her speech (paused until the chair resumes it).
    clock.advance(60_000);
    ok(engine, 'sitting.open', { id: sittingId });
    expect(contentFor(now())?.id).toBe('auto:speaker');
    expect(render(now()).querySelector('.content')?.textContent).toContain('Nguyễn Thị Hồng Nhung');
  });

  it('automatic mode follows the first live provider, else says the session has not started', () => {
    expect(contentFor(stateWith({}))?.id).toBe('auto:item');
    expect(contentFor(stateWith({}, nothingLive))?.id).toBe('auto:agenda');
    expect(contentFor(stateWith({}, { agenda: [], ...nothingLive }))?.id).toBe('auto:idle');
    expect(contentFor(stateWith({}, { sessions: { list: [], currentId: null }, agenda: [], ...nothingLive }))?.id).toBe('auto:idle');
    // The real providers, first active wins: an open vote outranks the running item; closed but
    // not announced, it stays up without counts (never a stale result, never the item for the
    // moments between close and announce); announced, it outranks the item.
    const withVote = (...steps: ('vote.close' | 'vote.announce')[]) =>
      engineState((engine) => {
        const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' });
        ok(engine, 'vote.open', { id, present: 40 });
        for (const step of steps) ok(engine, step, { id });
      });
    expect(contentFor(withVote())?.id).toBe('auto:vote');
    const closed = withVote('vote.close');
    expect(contentFor(closed)?.id).toBe('auto:vote');
    const hall = render(closed);
    expect(hall.querySelector('[data-hall-vote]')?.textContent).toContain('Voting closed · result to be announced');
    expect(hall.querySelector('.bars')).toBeNull();
    // Once the chair moves the hall on (the next item started after the close), the item is back.
    const movedOn = engineState((engine, clock) => {
      const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' });
      ok(engine, 'vote.open', { id, present: 40 });
      ok(engine, 'vote.close', { id });
      clock.advance(5_000);
      ok(engine, 'item.start', { id: engine.current.timing.items.at(-1)!.id, current: 'finish' });
    });
    expect(contentFor(movedOn)?.id).toBe('auto:item');
    expect(contentFor(withVote('vote.close', 'vote.announce'))?.id).toBe('auto:result');
    expect(contentFor(stateWith({ mode: 'blank' }))).toBeNull();
    expect(contentFor(stateWith({ mode: 'speakers' }))?.id).toBe('speakers');
  });

  it('an announced result stays up while the chair pauses and resumes its own item, and goes when another item starts', () => {
    /** A show of hands on the running item, closed (and announced when `announce`), then `after`. */
    const onItsItem = (announce: boolean, after: (engine: Engine, item: number) => void) =>
      engineState((engine, clock) => {
        const item = engine.current.timing.liveItemId!;
        const { id } = ok(engine, 'vote.create', { agendaItemId: item, resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' });
        ok(engine, 'vote.open', { id, present: 40 });
        ok(engine, 'vote.tally', { id, for: 30, against: 2, abstain: 1 });
        ok(engine, 'vote.close', { id });
        if (announce) ok(engine, 'vote.announce', { id });
        clock.advance(5_000);
        ok(engine, 'item.pause', { id: item });
        clock.advance(5_000);
        ok(engine, 'item.resume', { id: item });
        clock.advance(5_000);
        after(engine, item);
      });
    expect(contentFor(onItsItem(true, () => {}))?.id).toBe('auto:result');
    // Closed and not yet announced, it stays up the same way.
    expect(contentFor(onItsItem(false, () => {}))?.id).toBe('auto:vote');
    // The next item started: the chair has moved on.
    const third = (engine: Engine) => engine.current.timing.items.at(-1)!.id;
    expect(contentFor(onItsItem(true, (engine) => ok(engine, 'item.start', { id: third(engine), current: 'finish' })))?.id).toBe('auto:item');
    // The chair went to another item and came back to the vote's: the result does not come back.
    expect(
      contentFor(
        onItsItem(true, (engine, item) => {
          ok(engine, 'item.pause', { id: item });
          ok(engine, 'item.start', { id: third(engine) });
          ok(engine, 'item.pause', { id: third(engine) });
          ok(engine, 'item.resume', { id: item });
        }),
      )?.id,
    ).toBe('auto:item');
  });

  it('a vote outside any item (a procedural vote) keeps its result up through the pause and resume of the item it interrupted, like an item’s own vote', () => {
    /** The report running for a while, paused for a procedural show of hands (announced when `announce`), then `after`. */
    const procedural = (announce: boolean, after: (engine: Engine, item: number, clock: { advance(ms: number): void }) => void) =>
      engineState((engine, clock) => {
        const item = engine.current.timing.liveItemId!;
        clock.advance(60_000);
        ok(engine, 'item.pause', { id: item });
        const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Biểu quyết kéo dài thời gian phiên họp', method: 'hands' });
        ok(engine, 'vote.open', { id, present: 40 });
        ok(engine, 'vote.tally', { id, for: 30, against: 2, abstain: 1 });
        ok(engine, 'vote.close', { id });
        if (announce) ok(engine, 'vote.announce', { id });
        clock.advance(5_000);
        after(engine, item, clock);
      });
    const resumed = (engine: Engine, item: number, clock: { advance(ms: number): void }) => {
      ok(engine, 'item.resume', { id: item });
      clock.advance(5_000);
    };
    expect(contentFor(procedural(true, resumed))?.id).toBe('auto:result');
    // Paused and resumed once more: still up.
    expect(contentFor(procedural(true, (engine, item, clock) => {
      resumed(engine, item, clock);
      ok(engine, 'item.pause', { id: item });
      clock.advance(5_000);
      resumed(engine, item, clock);
    }))?.id).toBe('auto:result');
    // Closed and not yet announced, it stays up the same way.
    expect(contentFor(procedural(false, resumed))?.id).toBe('auto:vote');
    const third = (engine: Engine) => engine.current.timing.items.at(-1)!.id;
    // The next item started: the chair has moved on, and pausing and resuming that one does not bring the result back.
    expect(contentFor(procedural(true, (engine) => ok(engine, 'item.start', { id: third(engine), current: 'finish' })))?.id).toBe('auto:item');
    expect(contentFor(procedural(true, (engine, _item, clock) => {
      ok(engine, 'item.start', { id: third(engine), current: 'finish' });
      clock.advance(5_000);
      ok(engine, 'item.pause', { id: third(engine) });
      clock.advance(5_000);
      resumed(engine, third(engine), clock);
    }))?.id).toBe('auto:item');
    // A speaker called takes it down too.
    expect(contentFor(procedural(true, (engine, item, clock) => {
      resumed(engine, item, clock);
      const d = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Dũng' }).id;
      ok(engine, 'speaker.request', { agendaItemId: item, delegateId: d });
      ok(engine, 'speaker.next');
    }))?.id).not.toBe('auto:result');
  });

  it('a procedural vote taken while one item was paused goes when the chair resumes a different paused item, and stays when the interrupted one resumes', () => {
    /** The report paused for the closing item, the closing item paused for a procedural show of hands (announced), then `item` resumed. */
    const resumedAfterVote = (which: 'report' | 'closing') =>
      engineState((engine, clock) => {
        const report = engine.current.timing.liveItemId!;
        const closing = engine.current.timing.items.at(-1)!.id;
        clock.advance(60_000);
        ok(engine, 'item.start', { id: closing, current: 'pause' });
        clock.advance(60_000);
        ok(engine, 'item.pause', { id: closing });
        const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Biểu quyết kéo dài thời gian phiên họp', method: 'hands' });
        ok(engine, 'vote.open', { id, present: 40 });
        ok(engine, 'vote.tally', { id, for: 30, against: 2, abstain: 1 });
        ok(engine, 'vote.close', { id });
        ok(engine, 'vote.announce', { id });
        clock.advance(5_000);
        ok(engine, 'item.resume', { id: which === 'report' ? report : closing });
        clock.advance(5_000);
      });
    // The vote interrupted the closing item: resuming the report (paused before it) is moving the hall on to the report.
    expect(contentFor(resumedAfterVote('report'))?.id).toBe('auto:item');
    expect(contentFor(resumedAfterVote('closing'))?.id).toBe('auto:result');
  });

  it('shows done, current and next items from the agenda', () => {
    const body = render(stateWith({ mode: 'agenda' }));
    const rows = [...body.querySelectorAll('li')].map((li) => [li.className.split(' ')[0], li.textContent?.replace(/\s+/g, ' ').trim()]);
    expect(rows).toEqual([
      ['done', '1 Khai mạc Done'],
      ['current', '2 Báo cáo Now'],
      ['next', '3 Bế mạc'],
    ]);
  });

  it('shows the session has not started, the message with its countdown, and nothing when blank', () => {
    let body = render(stateWith({}, { agenda: [], ...nothingLive }));
    expect(body.textContent).toContain('The session has not started');
    body = render(stateWith({ mode: 'message', message: 'Giải lao', countdown: { startedAt: null, accumulatedMs: 60_000, limitMs: 600_000 } }));
    expect(body.querySelector('.content')?.textContent).toContain('Giải lao');
    expect(body.querySelector('[role=timer]')?.textContent).toBe('9:00');
    expect(body.querySelector('.countdown')?.getAttribute('data-remaining-ms')).toBe('540000');
    body = render(stateWith({ mode: 'blank', theme: 'light' }));
    expect(body.querySelector('.content')?.textContent?.trim()).toBe('');
    expect(body.querySelector('header')).toBeNull();
    expect(body.querySelector('.screen')?.classList.contains('light')).toBe(true);
  });
});

describe('the item on the hall', () => {
  it('a break titled as its kind is not announced twice ("GIẢI LAO" above "Giải lao"); another item keeps its kind', () => {
    // The hall speaks the page's language here, English: the break is titled in it.
    const onBreak = engineState((engine) => {
      ok(engine, 'item.finish', { id: engine.current.timing.liveItemId! });
      const id = ok(engine, 'agenda.add', { title: 'break ', kind: 'break', plannedMinutes: 15 }).id;
      ok(engine, 'item.start', { id });
    });
    const item = (data: State) => render(data).querySelector('section.item')!;
    expect(item(onBreak).querySelector('[data-testid=hall-title]')!.textContent).toBe('break');
    expect(item(onBreak).querySelector('.kind')!.textContent).toBe('');
    expect(item(base).querySelector('.kind')!.textContent).toBe('Report');
  });
});

describe('a show of hands announced on the hall', () => {
  /** 28 for, 3 against, 2 abstaining of `present`, closed and announced: the hall shows the result. */
  const announced = (present: number) =>
    engineState((engine) => {
      const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' });
      ok(engine, 'vote.open', { id, present });
      ok(engine, 'vote.tally', { id, for: 28, against: 3, abstain: 2 });
      ok(engine, 'vote.close', { id });
      ok(engine, 'vote.announce', { id });
    });

  it('says who was present and did not vote, in the words of the announcement, so the counts add up', () => {
    const state = announced(34);
    const hall = render(state);
    const line = () => hall.querySelector('[data-testid=hall-not-voting]')?.textContent;
    expect(line()).toBe('1 delegate present did not vote.');
    i18n.set('vi');
    flushSync();
    expect(line()).toBe('1 đại biểu có mặt không tham gia biểu quyết.');
    // The same sentence the chair reads out and the minutes print.
    expect(announcement(state.votes[0], 'vi')).toContain(`${line()} Như vậy,`);
    const five = render(announced(38));
    expect(five.querySelector('[data-testid=hall-not-voting]')?.textContent).toBe('5 delegates present did not vote.');
  });

  it('says nothing of it when the counts add up to those present', () => {
    const hall = render(announced(33));
    expect(hall.querySelector('.bars')).not.toBeNull();
    expect(hall.querySelector('[data-testid=hall-not-voting]')).toBeNull();
  });
});
