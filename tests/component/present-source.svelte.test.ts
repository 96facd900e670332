/**
 * Where a ballot's "present" came from, said beside the figure in the Votes and Personnel views.
 * A vote opened with no roll call and no count took every voting delegate on the roster as present,
 * and the console said "Có mặt theo số đếm tại hội trường" though nobody counted: now it says the
 * roster stood in. A roll call's figure names it, a typed one says it was counted, and a correction
 * that retypes the figure makes it typed. States from the real engine on SQLite.
 */
import { flushSync, unmount } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import VotesView from '../../src/features/votes/VotesView.svelte';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { mountOnEngine, stateFrom } from './on-engine.svelte';
import { newEngine, ok } from '../unit/helpers';

const text = (testId: string) => document.querySelector(`[data-testid="${testId}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? null;

function council() {
  const { engine, clock } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND xã Tân Lập', level: 'commune', term: 1, totalSeats: 35 });
  ok(engine, 'session.create', { number: 5, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' });
  const ids = Array.from({ length: 35 }, (_, i) => ok(engine, 'delegate.add', { fullName: `Đại biểu số ${i + 1}` }).id);
  return { engine, clock, ids };
}

describe('where the present figure came from, in the console', () => {
  afterEach(() => i18n.set('en'));

  it('a vote with no roll call and no count says the roster stood in, in Vietnamese and English; a correction retyping it says counted', () => {
    i18n.set('vi');
    const { engine } = council();
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' });
    ok(engine, 'vote.open', { id });
    ok(engine, 'vote.tally', { id, for: 30, against: 3, abstain: 1 });
    ok(engine, 'vote.close', { id });

    const mounted = mountOnEngine(engine, VotesView);
    expect(text('vote-present')).toBe('Số đại biểu có mặt: 35/35 đại biểu');
    expect(text('vote-present-from')).toBe('Chưa điểm danh: cả 35 đại biểu có quyền biểu quyết trong danh sách được tính là có mặt');
    expect(document.body.textContent).not.toContain('theo số đếm tại hội trường');
    i18n.set('en');
    flushSync();
    expect(text('vote-present-from')).toBe('No roll call: all 35 voting delegates on the roster counted as present');

    ok(engine, 'vote.correct', { id, reason: 'Thư ký đếm lại số đại biểu có mặt', present: 34 });
    mounted.props.data = stateFrom(engine);
    flushSync();
    expect(text('vote-present-from')).toBe('Present as counted in the hall');
    i18n.set('vi');
    flushSync();
    expect(text('vote-present-from')).toBe('Có mặt theo số đếm tại hội trường');
  });

  it('a vote by the roll call names it; a count typed says counted', () => {
    i18n.set('vi');
    const { engine, ids } = council();
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    ok(engine, 'attendance.mark', { delegateId: ids[0], status: 'absent' });
    const a = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về giá đất', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: a });
    const mounted = mountOnEngine(engine, VotesView);
    expect(text('vote-present')).toBe('Số đại biểu có mặt: 34/35 đại biểu');
    expect(text('vote-present-from')).toBe('Có mặt theo điểm danh phiên buổi sáng 08/12/2026');
    unmount(mounted.app);

    ok(engine, 'vote.close', { id: a });
    const b = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: b, present: 33 });
    mountOnEngine(engine, VotesView);
    expect(text('vote-present-from')).toBe('Có mặt theo số đếm tại hội trường');
    i18n.set('en');
    flushSync();
    expect(text('vote-present-from')).toBe('Present as counted in the hall');
  });

  it('a personnel vote says its roll call, or the count typed', () => {
    i18n.set('vi');
    const { engine, ids } = council();
    ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
    const election = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Bầu Phó Chủ tịch Ủy ban nhân dân xã', posts: 1, people: [{ delegateId: ids[10], honorific: 'ms' }] }).id;
    ok(engine, 'personnel.committee', { id: election, head: ids[0] });
    ok(engine, 'personnel.open', { id: election });
    const mounted = mountOnEngine(engine, PersonnelView);
    expect(text('personnel-present-from')).toBe('Có mặt theo điểm danh phiên buổi sáng 08/12/2026');
    i18n.set('en');
    flushSync();
    expect(text('personnel-present-from')).toBe('Present by the roll call of Morning, 8 Dec 2026');
    unmount(mounted.app);

    const other = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Bầu Ủy viên Ủy ban nhân dân xã', posts: 1, people: [{ delegateId: ids[11], honorific: 'mr' }] }).id;
    ok(engine, 'personnel.committee', { id: other, head: ids[1] });
    engine.db.prepare("UPDATE personnel_vote SET status = 'closed' WHERE id = ?").run(election);
    ok(engine, 'personnel.open', { id: other, present: 30 });
    mountOnEngine(engine, PersonnelView);
    expect(text('personnel-present-from')).toBe('Present as counted in the hall');
  });
});
