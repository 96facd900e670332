/**
 * What the hall shows during a live sitting (issue 15): the announced result while its item
 * runs, called / speaking / paused speakers told apart, the date of the sitting that is open.
 * States come from the real engine on SQLite.
 */
import { describe, expect, it } from 'vitest';
import { hallRenderer } from './hall-render';
import { contentFor } from '../../src/hall/content';
import { overlayCaption } from '../../src/overlay/caption';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { CONFIDENCE_COUNTS, countAll, prepareConfidence, RETIRING, setUp } from '../unit/personnel/fixtures';
import type { Engine } from '../../electron/engine/engine';

const stateOf = (engine: Engine): State => {
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
};

/** A session with a report and a vote item, two delegates asking to speak on the report. */
function sitting() {
  const { engine, clock } = newEngine();
  seedBasics(engine);
  const report = ok(engine, 'agenda.add', { title: 'Báo cáo', kind: 'report', plannedMinutes: 15 }).id;
  const voteItem = ok(engine, 'agenda.add', { title: 'Biểu quyết', kind: 'vote', plannedMinutes: 10 }).id;
  const next = ok(engine, 'agenda.add', { title: 'Bế mạc', kind: 'closing', plannedMinutes: 10 }).id;
  const people = ['Nguyễn Văn An', 'Trần Thị Bình'].map((fullName) => ok(engine, 'delegate.add', { fullName }).id);
  return { engine, clock, report, voteItem, next, people };
}

function announce(engine: Engine, clock: { advance: (ms: number) => void }, agendaItemId: number): number {
  const { id } = ok(engine, 'vote.create', { agendaItemId, resolutionTitle: 'Nghị quyết về dự toán', method: 'hands' });
  ok(engine, 'vote.open', { id });
  ok(engine, 'vote.tally', { id, for: 2, against: 0, abstain: 0 });
  ok(engine, 'vote.close', { id });
  clock.advance(1000);
  ok(engine, 'vote.announce', { id });
  clock.advance(1000);
  return id;
}

const render = hallRenderer();

describe('the announced result on the hall in automatic mode', () => {
  it('shows while its item runs, until the chair starts the next item', () => {
    const { engine, clock, voteItem, next } = sitting();
    ok(engine, 'item.start', { id: voteItem });
    clock.advance(60_000);
    announce(engine, clock, voteItem);
    expect(contentFor(stateOf(engine))?.id).toBe('auto:result');
    ok(engine, 'item.start', { id: next, current: 'finish' });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:item');
  });

  it('tells the hall, while a vote is open, how many votes the resolution needs, as the result does', () => {
    const { engine, voteItem, people } = sitting();
    ok(engine, 'council.save', { name: 'HĐND huyện Lương Sơn', level: 'district', term: 4, totalSeats: 35 });
    const { id } = ok(engine, 'vote.create', { agendaItemId: voteItem, resolutionTitle: 'Nghị quyết về việc miễn nhiệm Ủy viên Ủy ban nhân dân huyện', method: 'hands', ruleKind: 'dismissal' });
    ok(engine, 'vote.open', { id });
    const needs = () => render(stateOf(engine)).querySelector('[data-hall-vote] .needs')?.textContent?.trim();
    // A dismissal needs two thirds: the delegates read it before they raise their hands.
    expect(needs()).toBe('24 needed to pass · at least 2/3 of total seats (35)');
    // A secret ballot counted on the valid ballots: the number is not known until they are counted.
    const secret = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về nhân sự', method: 'secret', ruleKind: 'custom', rule: { base: 'ballots', comparison: 'moreThan', numerator: 1, denominator: 2 } }).id;
    ok(engine, 'vote.close', { id });
    ok(engine, 'record.setCounters', { voteId: secret, counters: people });
    ok(engine, 'vote.open', { id: secret });
    expect(needs()).toBeUndefined();
  });

  it('is not brought back once the chair has moved on and the next item is over', () => {
    // The morning's budget vote, then the next item run and finished: the hall shows the
    // programme, not the morning's result again as if it had just been voted (nor does the caption).
    const { engine, clock, voteItem, next } = sitting();
    ok(engine, 'item.start', { id: voteItem });
    announce(engine, clock, voteItem);
    ok(engine, 'item.start', { id: next, current: 'finish' });
    clock.advance(60_000);
    ok(engine, 'item.finish', { id: next });
    const after = stateOf(engine);
    expect(contentFor(after)?.id).toBe('auto:agenda');
    expect(overlayCaption({ ...after, overlay: { ...after.overlay, visible: true } })).toBeNull();
  });

  it('gives way to the next speaker called and to a mode the chair chooses', () => {
    const { engine, clock, voteItem, people } = sitting();
    ok(engine, 'item.start', { id: voteItem });
    for (const delegateId of people) ok(engine, 'speaker.request', { agendaItemId: voteItem, delegateId });
    announce(engine, clock, voteItem);
    expect(contentFor(stateOf(engine))?.id).toBe('auto:result');
    ok(engine, 'speaker.next');
    expect(contentFor(stateOf(engine))?.id).toBe('auto:speaker');

    const other = sitting();
    other.engine.run('item.start', { id: other.voteItem });
    announce(other.engine, other.clock, other.voteItem);
    ok(other.engine, 'hall.setMode', { mode: 'agenda' });
    other.clock.advance(1000);
    ok(other.engine, 'hall.setMode', { mode: 'auto' });
    expect(contentFor(stateOf(other.engine))?.id).toBe('auto:item');
  });

  it('does not come back when the speaker called after it finishes, or goes back to the queue: the chair had moved on (hall and caption alike)', () => {
    const { engine, clock, voteItem, people } = sitting();
    ok(engine, 'item.start', { id: voteItem });
    for (const delegateId of people) ok(engine, 'speaker.request', { agendaItemId: voteItem, delegateId });
    announce(engine, clock, voteItem);
    ok(engine, 'overlay.set', { visible: true });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:result');
    ok(engine, 'speaker.next');
    clock.advance(1000);
    ok(engine, 'speaker.start');
    clock.advance(30_000);
    ok(engine, 'speaker.finish');
    // Not the result announced before the speech, up again on the hall and on air as if it were news.
    expect(contentFor(stateOf(engine))?.id).not.toBe('auto:result');
    expect(overlayCaption(stateOf(engine))?.kind).not.toBe('vote');

    // Called, then put back in the queue before speaking (`n` twice on an empty floor): moved on too.
    const other = sitting();
    other.engine.run('item.start', { id: other.voteItem });
    ok(other.engine, 'speaker.request', { agendaItemId: other.voteItem, delegateId: other.people[0] });
    announce(other.engine, other.clock, other.voteItem);
    const called = ok(other.engine, 'speaker.next');
    other.clock.advance(1000);
    ok(other.engine, 'speaker.requeue', { id: called.id });
    expect(contentFor(stateOf(other.engine))?.id).not.toBe('auto:result');
  });
});

describe('a personnel result on the hall in automatic mode', () => {
  it('shows the counting over an earlier resolution result, the result once announced over its running item, and never again once the chair has moved on', () => {
    const ctx = setUp();
    const { engine, clock } = ctx;
    const item = ok(engine, 'agenda.add', { title: 'Lấy phiếu tín nhiệm', kind: 'election', plannedMinutes: 45 }).id;
    const closing = ok(engine, 'agenda.add', { title: 'Bế mạc kỳ họp', kind: 'closing', plannedMinutes: 15 }).id;
    ok(engine, 'item.start', { id: item });
    clock.advance(60_000);
    announce(engine, clock, item);
    // The ballot opened right after a resolution's result: the hall follows the ballot.
    const id = prepareConfidence(engine, ctx.officials, { 7: RETIRING }, item);
    ok(engine, 'personnel.committee', { id, head: ctx.counters[0], members: ctx.counters.slice(1) });
    ok(engine, 'personnel.open', { id, present: 56 });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:personnel');
    countAll(engine, id, CONFIDENCE_COUNTS);
    ok(engine, 'personnel.close', { id });
    clock.advance(1000);
    ok(engine, 'personnel.announce', { id });
    // Announced while its item runs: the result, not the item's clock.
    expect(contentFor(stateOf(engine))?.id).toBe('auto:personnelResult');
    clock.advance(60_000);
    ok(engine, 'item.start', { id: closing, current: 'finish' });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:item');
    clock.advance(60_000);
    ok(engine, 'item.finish', { id: closing });
    // The session's close: the programme, not the morning's confidence vote again.
    expect(contentFor(stateOf(engine))?.id).toBe('auto:agenda');
  });
});

describe('the speaker on the hall', () => {
  it('tells called, speaking and paused apart', () => {
    const { engine, report, people } = sitting();
    ok(engine, 'item.start', { id: report });
    ok(engine, 'speaker.request', { agendaItemId: report, delegateId: people[0] });
    ok(engine, 'speaker.next');
    const states: [string | null | undefined, string | undefined][] = [];
    const look = () => {
      const body = render(stateOf(engine));
      const who = body.querySelector('[data-testid=speaker-panel] .who');
      states.push([who?.getAttribute('data-state'), who?.querySelector('.label')?.textContent?.trim()]);
    };
    look();
    ok(engine, 'speaker.start');
    look();
    ok(engine, 'speaker.pause');
    look();
    expect(states).toEqual([
      ['called', 'Invited to speak'],
      ['speaking', 'Speaking'],
      ['paused', 'Paused'],
    ]);
  });
});

describe('the queue on the hall in automatic mode', () => {
  it('names the next five and says how many more are waiting, so the ninth in the queue knows the list goes on', () => {
    const { engine, report } = sitting();
    ok(engine, 'item.start', { id: report });
    for (const name of ['Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Hải', 'Vũ Thị Hằng', 'Đặng Quốc Việt', 'Bùi Thị Hoa', 'Đỗ Văn Long', 'Ngô Thị Mai']) {
      const delegateId = ok(engine, 'delegate.add', { fullName: name }).id;
      ok(engine, 'speaker.request', { agendaItemId: report, delegateId });
    }
    const body = render(stateOf(engine));
    expect(body.querySelectorAll('[data-testid=hall-queue] li')).toHaveLength(5);
    expect(body.querySelector('[data-testid=hall-queue-more]')?.textContent?.trim()).toBe('+ 3 more waiting to speak');
    // The first called: one fewer waiting beyond the five shown.
    ok(engine, 'speaker.next');
    expect(render(stateOf(engine)).querySelector('[data-testid=hall-queue-more]')?.textContent?.trim()).toBe('+ 2 more waiting to speak');
  });

  it('invites no one to speak on an item the chair has finished, and still shows a queue kept without timing', () => {
    const { engine, report, people } = sitting();
    for (const delegateId of people) ok(engine, 'speaker.request', { agendaItemId: report, delegateId });
    // No item timed yet: the secretary runs the queue alone.
    expect(contentFor(stateOf(engine))?.id).toBe('auto:speaker');
    ok(engine, 'item.start', { id: report });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:speaker');
    // f in Live: the report is over, two requests left unheard.
    ok(engine, 'item.finish', { id: report });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:agenda');
    expect(render(stateOf(engine)).textContent).not.toContain('Waiting for the next speaker');
  });
});

describe('the hall header', () => {
  it('shows the date of the sitting that is open, else the last one’s, and the term in Roman numerals', () => {
    const { engine } = sitting();
    const day1 = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const day2 = ok(engine, 'sitting.add', { date: '2026-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(engine, 'sitting.open', { id: day1 });
    ok(engine, 'sitting.close', { id: day1 });
    ok(engine, 'sitting.open', { id: day2 });
    const header = () => {
      const text = render(stateOf(engine)).querySelector('header .session')?.textContent ?? '';
      return text;
    };
    const open = header();
    expect(open).toContain('9 Dec 2026');
    expect(open).not.toContain('8 Dec 2026');
    expect(open).toContain('Term XVI');
    ok(engine, 'sitting.close', { id: day2 });
    // Closed: still its last sitting's day, never the clock's today (a hall left on it the next
    // morning must not claim that day: hall-date.svelte.test.ts).
    expect(header()).toContain('9 Dec 2026');
  });
});

describe('the programme on the hall', () => {
  it('lists the current sitting’s items and names no presenter for a chaired item', () => {
    const { engine } = sitting();
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    const state = stateOf(engine);
    const [report, voteItem, closing] = state.agenda.map((i) => i.id);
    ok(engine, 'agenda.assign', { id: report, sittingId: morning });
    ok(engine, 'agenda.assign', { id: voteItem, sittingId: morning });
    ok(engine, 'agenda.assign', { id: closing, sittingId: afternoon });
    ok(engine, 'agenda.update', { id: voteItem, title: 'Biểu quyết', kind: 'vote', presenter: 'Chủ tọa', plannedMinutes: 10 });
    ok(engine, 'sitting.open', { id: morning });
    ok(engine, 'hall.setMode', { mode: 'agenda' });
    const body = render(stateOf(engine));
    const rows = [...body.querySelectorAll('.content li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual(['1 Báo cáo', '2 Biểu quyết']);
  });

  it('says the session has closed once its last sitting is closed, instead of the programme with what was never run', () => {
    const { engine, report, voteItem } = sitting();
    const day1 = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const day2 = ok(engine, 'sitting.add', { date: '2026-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(engine, 'agenda.assign', { id: report, sittingId: day1 });
    ok(engine, 'agenda.assign', { id: voteItem, sittingId: day2 });
    ok(engine, 'sitting.open', { id: day1 });
    ok(engine, 'sitting.close', { id: day1 });
    // The first day over: the next day's programme.
    expect(contentFor(stateOf(engine))?.id).toBe('auto:agenda');
    ok(engine, 'sitting.open', { id: day2 });
    ok(engine, 'sitting.close', { id: day2 });
    const closed = stateOf(engine);
    expect(contentFor(closed)?.id).toBe('auto:closed');
    expect(render(closed).querySelector('.content')?.textContent?.trim()).toBe('The session has closed');
  });

  it('names the sitting whose items it lists, and counts one more item in the singular', () => {
    const { engine } = sitting();
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    for (const id of stateOf(engine).agenda.map((i) => i.id)) ok(engine, 'agenda.assign', { id, sittingId: morning });
    for (let n = 1; n <= 7; n++) {
      const id = ok(engine, 'agenda.add', { title: `Báo cáo công tác số ${n}`, kind: 'report', plannedMinutes: 15 }).id;
      ok(engine, 'agenda.assign', { id, sittingId: afternoon });
    }
    ok(engine, 'hall.setMode', { mode: 'agenda' });
    const heading = () => render(stateOf(engine)).querySelector('.content h1')?.textContent;
    // Not "Agenda" over three of the session's ten items: the morning's, with its date.
    expect(heading()).toBe('Agenda of the morning sitting, 8 Dec 2026');
    ok(engine, 'sitting.open', { id: morning });
    ok(engine, 'sitting.close', { id: morning });
    // The morning closed: the afternoon's seven items, six shown and one more.
    expect(heading()).toBe('Agenda of the afternoon sitting, 8 Dec 2026');
    expect(render(stateOf(engine)).querySelector('.content .more')?.textContent).toBe('+ 1 more item');
  });
});
