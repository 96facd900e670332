/**
 * The roll call's report on the hall: the chair puts it up, the hall reads the seats, present,
 * absent with and without leave (by name while few) and the quorum's verdict, and it goes away
 * as an announced result does. States come from the real engine on SQLite.
 */
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { rollCallFromElsewhere } from '../../src/features/attendance/rollCall';
import { hallRenderer } from './hall-render';
import { contentFor } from '../../src/hall/content';
import type { State } from '../../src/lib/live.svelte';
import { newEngine, ok } from '../unit/helpers';
import type { Engine } from '../../electron/engine/engine';

const stateOf = (engine: Engine): State => {
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
};

const NAMES = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Trần Văn Định', 'Lê Thị Thu Hương', 'Phạm Đức Tài', 'Vũ Thị Ánh', 'Hoàng Văn Khải', 'Bùi Thị Yến', 'Đỗ Minh Quân'];

/** A 9-seat council with its roll call taken: one excused, one absent, one guest absent (not counted). */
function rollCallDone() {
  const { engine, clock } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND xã Hòa Sơn', level: 'commune', term: 1, totalSeats: 9 });
  ok(engine, 'session.create', { number: 2, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' });
  const people = NAMES.map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
  const guest = ok(engine, 'delegate.add', { fullName: 'Quách Văn Toản', voting: false }).id;
  const item = ok(engine, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report', plannedMinutes: 15 }).id;
  const next = ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion', plannedMinutes: 30 }).id;
  ok(engine, 'attendance.open', { label: 'Phiên khai mạc' });
  ok(engine, 'attendance.mark', { delegateId: people[1], status: 'excused' });
  ok(engine, 'attendance.mark', { delegateId: people[4], status: 'absent' });
  ok(engine, 'attendance.mark', { delegateId: guest, status: 'absent' });
  ok(engine, 'item.start', { id: item });
  clock.advance(60_000);
  return { engine, clock, people, item, next };
}

const render = hallRenderer();
const text = (root: HTMLElement, testId: string) => root.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('the attendance report on the hall', () => {
  it('reads the seats, present, absent with and without leave by name, and that the sitting may proceed', () => {
    const { engine } = rollCallDone();
    expect(contentFor(stateOf(engine))?.id).toBe('auto:item');
    ok(engine, 'hall.attendance', { show: true });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:attendance');
    const hall = render(stateOf(engine));
    const panel = hall.querySelector('[data-testid="hall-attendance"]')!;
    expect([...panel.querySelectorAll('.figure')].map((f) => f.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      '9 Total council seats',
      // An exceptions-only roll call: the seven present were not marked, counted present by the rule, and the tile says so.
      '7 Present 0 confirmed 7 not marked',
      '1 Absent with leave',
      '1 Absent without leave',
    ]);
    // The guest's absence is not a delegate's.
    expect(text(hall, 'hall-att-names-excused')).toBe('Absent with leave: Đặng Quốc Việt');
    expect(text(hall, 'hall-att-names-absent')).toBe('Absent without leave: Phạm Đức Tài');
    expect(panel.querySelector('.verdict')?.textContent).toBe('Quorum present: the sitting may proceed');
    expect(panel.querySelector('.rule')?.textContent).toBe('At least 6 of 9 delegates must be present (2/3 of the total)');
    expect(panel.getAttribute('data-quorum')).toBe('true');
  });

  it('says the sitting cannot proceed without a quorum, and names those not yet arrived and gone', () => {
    const { engine, people } = rollCallDone();
    ok(engine, 'attendance.mark', { delegateId: people[6], status: 'notArrived' });
    ok(engine, 'attendance.mark', { delegateId: people[7], status: 'left', time: '09:10' });
    ok(engine, 'hall.attendance', { show: true });
    const hall = render(stateOf(engine));
    expect(text(hall, 'hall-att-present')).toBe('5');
    expect(text(hall, 'hall-att-names-notArrived')).toBe('Not yet arrived: Hoàng Văn Khải');
    expect(text(hall, 'hall-att-names-left')).toBe('Left early: Bùi Thị Yến');
    expect(hall.querySelector('[data-testid="hall-attendance"] .verdict')?.textContent).toBe('No quorum: the sitting cannot proceed yet');
  });

  it('gives counts only once too many are away to name from the back of the hall', () => {
    const { engine } = rollCallDone();
    ok(engine, 'council.save', { name: 'HĐND xã Hòa Sơn', level: 'commune', term: 1, totalSeats: 30 });
    const more = Array.from({ length: 10 }, (_, i) => ok(engine, 'delegate.add', { fullName: `Đại biểu ${i + 1}`, seatNumber: 20 + i }).id);
    for (const id of more) ok(engine, 'attendance.mark', { delegateId: id, status: 'excused' });
    ok(engine, 'hall.attendance', { show: true });
    const hall = render(stateOf(engine));
    expect(text(hall, 'hall-att-excused')).toBe('11');
    expect(hall.querySelector('[data-testid="hall-attendance"] .names')).toBeNull();
  });

  it('goes away when the chair moves on or takes it down, without bringing back an older result', () => {
    const { engine, clock, item, next } = rollCallDone();
    const vote = ok(engine, 'vote.create', { agendaItemId: item, resolutionTitle: 'Nghị quyết về dự toán', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: vote });
    ok(engine, 'vote.tally', { id: vote, for: 7, against: 0, abstain: 0 });
    ok(engine, 'vote.close', { id: vote });
    clock.advance(1000);
    ok(engine, 'vote.announce', { id: vote });
    clock.advance(1000);
    expect(contentFor(stateOf(engine))?.id).toBe('auto:result');
    // Put up after the result, it replaces it; taken down, the item shows, not the result again.
    ok(engine, 'hall.attendance', { show: true });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:attendance');
    clock.advance(1000);
    ok(engine, 'hall.attendance', { show: false });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:item');
    // Up again, then the chair starts the next item: the floor shows.
    clock.advance(1000);
    ok(engine, 'hall.attendance', { show: true });
    clock.advance(1000);
    ok(engine, 'item.start', { id: next, current: 'finish' });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:item');
  });

  it('is the report of its own roll call: another sitting’s roll call started takes it off for good', () => {
    const { engine } = rollCallDone();
    const morning = engine.current.attendance.currentId!;
    ok(engine, 'hall.attendance', { show: true });
    ok(engine, 'attendance.open', { label: 'Phiên chiều' });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:item');
    // Back to the morning's roll call (a mark to correct), the report does not come back.
    ok(engine, 'attendance.select', { id: morning });
    expect(engine.current.hall.attendance).toBeNull();
    expect(contentFor(stateOf(engine))?.id).toBe('auto:item');
  });

  it('gives way to a result announced after it', () => {
    const { engine, clock, item } = rollCallDone();
    ok(engine, 'hall.attendance', { show: true });
    clock.advance(1000);
    const vote = ok(engine, 'vote.create', { agendaItemId: item, resolutionTitle: 'Nghị quyết về dự toán', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: vote });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:vote');
    ok(engine, 'vote.tally', { id: vote, for: 7, against: 0, abstain: 0 });
    ok(engine, 'vote.close', { id: vote });
    clock.advance(1000);
    ok(engine, 'vote.announce', { id: vote });
    expect(contentFor(stateOf(engine))?.id).toBe('auto:result');
  });
});

describe('the hall’s count on a sitting without its own roll call', () => {
  /** Two days; the first morning's roll call taken (one absent of 9), then the second morning opened. */
  function secondMorning() {
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND xã Hòa Sơn', level: 'commune', term: 1, totalSeats: 9 });
    ok(engine, 'session.create', { number: 2, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
    const people = NAMES.map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
    const day1 = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const day2 = ok(engine, 'sitting.add', { date: '2026-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(engine, 'sitting.open', { id: day1 });
    ok(engine, 'attendance.open', { sittingId: day1 });
    ok(engine, 'attendance.mark', { delegateId: people[4], status: 'absent' });
    ok(engine, 'sitting.close', { id: day1 });
    ok(engine, 'sitting.open', { id: day2 });
    return { engine, day2 };
  }
  const badge = (root: HTMLElement) => text(root, 'hall-quorum');

  it('says the count is the last roll call’s, in the hall’s language, until the sitting’s own is taken', () => {
    const { engine, day2 } = secondMorning();
    const hall = render(stateOf(engine));
    expect(badge(hall)).toBe('Present: 8 of 9 delegates Quorum by the morning roll call of 8 Dec');
    i18n.set('vi');
    flushSync();
    expect(badge(hall)).toBe('Có mặt 8/9 đại biểu Đủ túc số theo điểm danh phiên sáng 08/12');
    // The console's offer names the same roll call, by the same rule.
    expect(rollCallFromElsewhere(stateOf(engine), '2026-12-09')?.sittingLabel).toBe('2026-12-08 sáng');
    ok(engine, 'attendance.open', { sittingId: day2, carry: true });
    expect(badge(render(stateOf(engine)))).toBe('Present: 8 of 9 delegates Quorum');
  });

  it('with no sitting in progress, says so when the roll call is of another day than today', () => {
    const { engine } = secondMorning();
    const day2 = stateOf(engine).sittings.find((s) => s.date === '2026-12-09')!.id;
    ok(engine, 'sitting.close', { id: day2 });
    const data = stateOf(engine);
    expect(rollCallFromElsewhere(data, '2026-12-09')?.sittingLabel).toBe('2026-12-08 sáng');
    expect(rollCallFromElsewhere(data, '2026-12-08')).toBeNull();
  });
});
