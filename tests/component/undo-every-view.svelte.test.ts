/**
 * Undo said the same way in every view, through one piece of the console (lib/scopeUndo.svelte.ts):
 * Ctrl+Z with nothing offered says "Nothing to undo" in each view (Roster, Attendance and Agenda
 * said nothing; Votes and Personnel a toast of their own); a scope whose latest step was taken in
 * another session says which session to select, in place of the Undo button and on Ctrl+Z,
 * sending nothing (the views said "Nothing to undo", or nothing). Right after a backup was
 * restored, Ctrl+Z says there is nothing to undo since the restore, and takes back nothing from
 * before it. Real engine, real views.
 */
import { flushSync, type Component } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import AgendaPrep from '../../src/features/prep/AgendaPrep.svelte';
import AttendanceView from '../../src/features/attendance/AttendanceView.svelte';
import LivePanel from '../../src/features/questions/LivePanel.svelte';
import LiveView from '../../src/features/timing/LiveView.svelte';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import RosterView from '../../src/features/roster/RosterView.svelte';
import SpeakersView from '../../src/features/speakers/SpeakersView.svelte';
import VotesView from '../../src/features/votes/VotesView.svelte';
import type { Engine } from '../../electron/engine/engine';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { said } from '../../src/lib/said.svelte';
import { ctrlZ, mountOnEngine } from './on-engine.svelte';
import path from 'node:path';
import { adminReply, Keeper } from '../../electron/features/backups/keeper';
import { formatDateTime } from '../../common/dates';
import { dumpDb, manualClock, newEngine, ok, seedBasics, tempDir } from '../unit/helpers';
import { prepareConfidence, setUp as personnelSetUp } from '../unit/personnel/fixtures';

// jsdom has no Web Animations; the queue's drag library asks for them.
Element.prototype.getAnimations ??= () => [];

afterEach(() => {
  toast.clear();
  i18n.set('en');
});

const alerts = () => [...document.querySelectorAll('[role=alert]')].map((a) => a.textContent?.trim());
const there = () => document.querySelector('[data-testid=undo-there]')?.textContent?.trim();

/** A council with its session and a debate on the floor: the timing, queue and questions scopes empty. */
function debate(): Engine {
  const { engine } = newEngine();
  seedBasics(engine);
  const item = ok(engine, 'agenda.add', { title: 'Thảo luận dự toán ngân sách năm 2027', kind: 'discussion' }).id;
  ok(engine, 'speaker.focus', { agendaItemId: item });
  return engine;
}

/** A vote open, nothing counted. */
function openVote(): Engine {
  const { engine, db } = newEngine();
  seedBasics(engine);
  for (let seat = 1; seat <= 5; seat++) ok(engine, 'delegate.add', { fullName: `Đại biểu ${seat}`, seatNumber: seat });
  const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' });
  ok(engine, 'vote.open', { id, present: 5 });
  // The opening is a step of the scope too (undoable while nothing is counted): gone here, as the
  // oldest steps of a scope are dropped past the last 50, so nothing is left to undo.
  engine.quietly(() => db.prepare("DELETE FROM undo_step WHERE scope = 'vote'").run());
  return engine;
}

/** A confidence vote open, nothing counted. */
function openPersonnelVote(): Engine {
  const ctx = personnelSetUp();
  const id = prepareConfidence(ctx.engine, ctx.officials);
  ok(ctx.engine, 'personnel.committee', { id, head: ctx.counters[0], members: ctx.counters.slice(1) });
  ok(ctx.engine, 'personnel.open', { id, present: 56 });
  // The opening is a step of the scope too, gone here as the vote's is (openVote).
  ctx.engine.quietly(() => ctx.db.prepare("DELETE FROM undo_step WHERE scope = 'personnel'").run());
  return ctx.engine;
}

/** A council and its session, nothing else: the roster, roll call and programme untouched. */
function bare(): Engine {
  const { engine } = newEngine();
  seedBasics(engine);
  return engine;
}

const VIEWS: [string, Component<{ data: State }>, () => Engine][] = [
  ['Live', LiveView as Component<{ data: State }>, debate],
  ['Speakers', SpeakersView as Component<{ data: State }>, debate],
  ['Questions', LivePanel as Component<{ data: State }>, debate],
  ['Votes', VotesView as Component<{ data: State }>, openVote],
  ['Personnel', PersonnelView as Component<{ data: State }>, openPersonnelVote],
  ['Roster', RosterView as Component<{ data: State }>, bare],
  ['Attendance', AttendanceView as Component<{ data: State }>, bare],
  ['Agenda', AgendaPrep as Component<{ data: State }>, bare],
];

describe('Ctrl+Z with nothing to undo', () => {
  it.each(VIEWS)('says so in the %s view, in both languages, sending nothing', async (_, view, setUp) => {
    i18n.set('vi');
    const engine = setUp();
    const mounted = mountOnEngine(engine, view);
    vi.spyOn(live, 'now').mockReturnValue(engine.clock());
    document.body.focus();
    ctrlZ();
    await vi.waitFor(() => expect(alerts()).toContain('Không có gì để hoàn tác'));
    i18n.set('en');
    flushSync();
    expect(alerts()).toContain('Nothing to undo');
    expect(mounted.send).not.toHaveBeenCalled();
  });
});

/**
 * Two sessions: in the first, the opening started and a delegate added; in the second, its report
 * started and another delegate added, last. The first selected again: its own steps are blocked.
 */
function blockedByTheSecond(): Engine {
  const { engine } = newEngine();
  const { sessionId: first } = seedBasics(engine);
  ok(engine, 'item.start', { id: ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening' }).id });
  ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 });
  const second = ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2027-01-15', endDate: '2027-01-15' }).id;
  ok(engine, 'session.select', { id: second });
  ok(engine, 'item.start', { id: ok(engine, 'agenda.add', { title: 'Báo cáo kết quả giám sát', kind: 'report' }).id });
  ok(engine, 'delegate.add', { fullName: 'Đặng Quốc Việt', seatNumber: 2 });
  ok(engine, 'session.select', { id: first });
  return engine;
}

describe('a step taken in another session, latest in its list', () => {
  it('the Live view says which session to select instead of naming it on Undo, and Ctrl+Z says the same, sending nothing', async () => {
    i18n.set('en');
    const engine = blockedByTheSecond();
    const mounted = mountOnEngine(engine, LiveView);
    vi.spyOn(live, 'now').mockReturnValue(engine.clock());
    live.state = mounted.props.data;
    flushSync();
    const sentence = 'The last step here was taken in Session 12, term XVI (start of “Báo cáo kết quả giám sát”): select that session to undo it.';
    expect(there()).toBe(sentence);
    const button = document.querySelector<HTMLButtonElement>('button.undo')!;
    expect(button.disabled).toBe(true);
    expect(button.textContent).not.toContain('Báo cáo');
    document.body.focus();
    ctrlZ();
    await vi.waitFor(() => expect(toast.text).toBe(sentence));
    i18n.set('vi');
    flushSync();
    expect(there()).toBe('Thao tác cuối cùng ở đây được thực hiện tại Kỳ họp thứ 12, khóa XVI (bắt đầu «Báo cáo kết quả giám sát»): hãy chọn kỳ họp đó để hoàn tác.');
    expect(mounted.send).not.toHaveBeenCalled();
  });

  it('the Roster view says it too, in place of its Undo button', async () => {
    i18n.set('vi');
    const engine = blockedByTheSecond();
    const mounted = mountOnEngine(engine, RosterView);
    live.state = mounted.props.data;
    flushSync();
    const sentence = 'Thao tác cuối cùng ở đây được thực hiện tại Kỳ họp thứ 12, khóa XVI (thêm đại biểu Đặng Quốc Việt): hãy chọn kỳ họp đó để hoàn tác.';
    expect(there()).toBe(sentence);
    expect(document.querySelector('button.undo-step')).toBeNull();
    document.body.focus();
    ctrlZ();
    await vi.waitFor(() => expect(toast.text).toBe(sentence));
    expect(mounted.send).not.toHaveBeenCalled();
    expect(engine.current.delegates.map((d) => d.fullName)).toEqual(['Nguyễn Thị Hằng', 'Đặng Quốc Việt']);
  });
});

/**
 * A debate under way with a step in every scope of the floor (the roster, the item started, a
 * request to speak, a question slip), backed up; the sitting goes on; then the backup is restored
 * from the Backups panel. On a real file, the Keeper as the server runs it.
 */
function restoredDebate(): Engine {
  const clock = manualClock(Date.now() - 3_600_000);
  const keeper = new Keeper(path.join(tempDir(), 'gavel.sqlite'), { clock: () => clock, log: () => {} });
  keepers.push(keeper);
  const engine = keeper.engine;
  seedBasics(engine);
  const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official, agency: 'Sở Tài chính' }).id;
  const item = ok(engine, 'agenda.add', { title: 'Thảo luận dự toán ngân sách năm 2027', kind: 'discussion' }).id;
  const hang = ok(engine, 'delegate.add', { fullName: 'Nguyễn Thị Hằng', seatNumber: 1 }).id;
  ok(engine, 'item.start', { id: item });
  ok(engine, 'speaker.request', { delegateId: hang });
  ok(engine, 'question.register', { askerId: hang, respondentId, text: 'Tiến độ giải ngân vốn đầu tư công?' });
  const backup = keeper.backup('manual')!;
  ok(engine, 'delegate.add', { fullName: 'Thêm sau khi sao lưu' });
  expect(adminReply(keeper, { op: 'backups.restore', name: backup.name }, 'vi').ok).toBe(true);
  return keeper.engine;
}

const keepers: Keeper[] = [];
afterEach(() => keepers.splice(0).forEach((k) => k.db.open && k.close()));

describe('Ctrl+Z right after a backup was restored', () => {
  it.each([
    ['Live', LiveView as Component<{ data: State }>],
    ['Speakers', SpeakersView as Component<{ data: State }>],
    ['Questions', LivePanel as Component<{ data: State }>],
    ['Roster', RosterView as Component<{ data: State }>],
  ] as const)('the %s view takes back nothing from before the restore and says why, in both languages', async (_, view) => {
    i18n.set('vi');
    const engine = restoredDebate();
    const restoredAt = engine.current.undoBoundary.restoredAt!;
    const before = dumpDb(engine.db);
    const mounted = mountOnEngine(engine, view);
    live.state = mounted.props.data;
    vi.spyOn(live, 'now').mockReturnValue(engine.clock());
    flushSync();
    document.body.focus();
    ctrlZ();
    await vi.waitFor(() => expect(alerts()).toContain(`Không có gì để hoàn tác kể từ khi khôi phục bản sao lưu (${formatDateTime(restoredAt, 'vi')}): các thao tác trước khi khôi phục không hoàn tác được.`));
    i18n.set('en');
    flushSync();
    expect(alerts()).toContain(`Nothing to undo since the backup was restored (${formatDateTime(restoredAt, 'en')}): what was done before the restore cannot be undone.`);
    expect(mounted.send).not.toHaveBeenCalled();
    expect(dumpDb(engine.db)).toEqual(before);
  });
});

describe('Ctrl+Y right after a backup was restored', () => {
  it.each([
    ['Live', LiveView as Component<{ data: State }>],
    ['Roster', RosterView as Component<{ data: State }>],
  ] as const)('the %s view redoes nothing from before the restore and says the restore, as Ctrl+Z does, in both languages', async (_, view) => {
    const engine = restoredDebate();
    const restoredAt = engine.current.undoBoundary.restoredAt!;
    const before = dumpDb(engine.db);
    const mounted = mountOnEngine(engine, view);
    live.state = mounted.props.data;
    flushSync();
    const ctrlY = () => document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', code: 'KeyY', ctrlKey: true, bubbles: true, cancelable: true }));
    for (const [lang, sentence] of [
      ['vi', `Không có thao tác nào để làm lại kể từ khi khôi phục bản sao lưu (${formatDateTime(restoredAt, 'vi')}): các thao tác đã hoàn tác trước khi khôi phục không làm lại được.`],
      ['en', `There is nothing to redo since the backup was restored (${formatDateTime(restoredAt, 'en')}): what was undone before the restore cannot be redone.`],
    ] as const) {
      i18n.set(lang);
      toast.clear();
      flushSync();
      document.body.focus();
      ctrlY();
      await vi.waitFor(() => expect(said(toast.message)).toBe(sentence));
    }
    expect(dumpDb(engine.db)).toEqual(before);
  });
});
