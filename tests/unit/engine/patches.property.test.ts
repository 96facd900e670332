import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../../../common/patch';
import { Engine } from '../../../electron/engine/engine';
import { SLICE_NAMES, sliceBuilders, type StateUpdate } from '../../../electron/engine/state';
import type { Db } from '../../../electron/store/db';
import { dumpDb, newEngine, ok, seedBasics } from '../helpers';

/**
 * Property tests over random chair sequences (valid and invalid commands mixed):
 * (a) the state the engine holds, and the state a screen builds from the patches it is sent,
 *     both equal the state rebuilt from the database from scratch, after every command;
 * (b) undo restores exactly the rows its step touched; it is refused, changing nothing, exactly
 *     when a later command changed one of those rows (judged from the database, not from the
 *     engine's record), or when its place is not where the console is (a mark of another roll
 *     call, a request of another item than the one shown), and undone otherwise;
 * (c) undo never reaches across sessions.
 */

type Cmd = { type: string } & Record<string, unknown>;

const small = fc.integer({ min: 1, max: 6 });
const scope = fc.constantFrom('timing', 'queue', 'questions', 'prep', 'roster', 'attendance', 'notes', 'vote', 'personnel');

/** The chair's commands over a small session, ids in a small range so they often hit something. */
const command: fc.Arbitrary<Cmd> = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('undo'), scope }), weight: 4 },
  { arbitrary: fc.record({ type: fc.constant('redo'), scope }), weight: 2 },
  fc.record({ type: fc.constant('undo.skip'), scope }),
  { arbitrary: fc.record({ type: fc.constant('item.start'), id: fc.integer({ min: 1, max: 3 }), current: fc.constant('pause') }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constantFrom('speaker.next', 'speaker.start'), x: fc.constant(0) }).map(({ type }) => ({ type })), weight: 3 },
  { arbitrary: fc.record({ type: fc.constant('speaker.request'), delegateId: fc.integer({ min: 1, max: 3 }) }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constant('question.register'), askerId: fc.integer({ min: 1, max: 3 }), respondentId: fc.constant(1), text: fc.constant('Câu hỏi') }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('vote.open'), id: fc.integer({ min: 1, max: 4 }) }), weight: 2 },
  fc.record({ type: fc.constant('agenda.add'), title: fc.constantFrom('Báo cáo', 'Thảo luận', ''), kind: fc.constantFrom('discussion', 'report') }),
  fc.record({ type: fc.constant('agenda.move'), id: small, index: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ type: fc.constant('agenda.update'), id: small, title: fc.constant('Đổi tên'), kind: fc.constant('report'), plannedMinutes: fc.integer({ min: 0, max: 90 }) }),
  fc.record({ type: fc.constant('agenda.remove'), id: small }),
  fc.record({ type: fc.constantFrom('item.start', 'item.resume'), id: small, current: fc.constantFrom('pause', 'finish') }),
  fc.record({ type: fc.constantFrom('item.pause', 'item.finish', 'item.skip', 'item.reopen'), id: small }),
  fc.record({ type: fc.constant('item.extend'), id: small, minutes: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ type: fc.constant('speaker.focus'), agendaItemId: small }),
  // The Speakers view moves between the first session's items, and a client registers on an item
  // it names (not always the one shown): a queue step is undone only on its own item.
  { arbitrary: fc.record({ type: fc.constant('speaker.focus'), agendaItemId: fc.integer({ min: 1, max: 3 }) }), weight: 2 },
  { arbitrary: fc.record({ type: fc.constant('speaker.request'), agendaItemId: fc.integer({ min: 1, max: 3 }), delegateId: small }), weight: 2 },
  fc.record({ type: fc.constant('speaker.request'), delegateId: small }),
  fc.record({ type: fc.constantFrom('speaker.next', 'speaker.start', 'speaker.pause', 'speaker.finish') }),
  fc.record({ type: fc.constant('speaker.extend'), seconds: fc.constantFrom(30, 60, 0) }),
  fc.record({ type: fc.constantFrom('speaker.withdraw', 'speaker.requeue', 'speaker.call'), id: small }),
  fc.record({ type: fc.constant('speaker.move'), id: small, index: fc.integer({ min: 0, max: 5 }) }),
  fc.record({ type: fc.constant('question.register'), askerId: small, respondentId: fc.integer({ min: 1, max: 2 }), text: fc.constant('Đề nghị cho biết') }),
  fc.record({ type: fc.constantFrom('question.next', 'question.toggle', 'question.stop', 'answer.start') }),
  fc.record({ type: fc.constant('question.remove'), id: small }),
  fc.record({ type: fc.constant('question.move'), id: small, index: fc.integer({ min: 0, max: 3 }) }),
  // The office changes the limits mid-sitting: a slip's limit then differs before and after it is
  // called (or an answer begun), so an undo that did not restore it would show.
  fc.record({ type: fc.constant('rules.save'), limits: fc.record({ question: fc.constantFrom(60, 120, 180), answer: fc.constantFrom(300, 420) }) }),
  fc.record({ type: fc.constant('attendance.mark'), delegateId: small, status: fc.constantFrom('absent', 'present', 'late', 'unmarked'), time: fc.constant('08:30') }),
  // The first session's morning (1) and afternoon (2) roll calls: a mark is undone in its own.
  { arbitrary: fc.record({ type: fc.constant('attendance.select'), id: fc.integer({ min: 1, max: 2 }) }), weight: 2 },
  fc.record({ type: fc.constant('vote.create'), resolutionTitle: fc.constant('Nghị quyết'), method: fc.constantFrom('hands', 'named') }),
  fc.record({ type: fc.constantFrom('vote.open', 'vote.close', 'vote.announce'), id: small }),
  fc.record({ type: fc.constant('vote.tally'), id: small, for: fc.integer({ min: 0, max: 5 }), against: fc.integer({ min: 0, max: 3 }), abstain: fc.constant(0) }),
  fc.record({ type: fc.constant('vote.mark'), id: small, delegateId: small, choice: fc.constantFrom('for', 'against', null) }),
  // The named vote (1, 3 in the second session) and the show of hands (2, 4) set up below.
  { arbitrary: fc.record({ type: fc.constant('vote.mark'), id: fc.constant(1), delegateId: small, choice: fc.constantFrom('for', 'against', null) }), weight: 4 },
  { arbitrary: fc.record({ type: fc.constant('vote.tally'), id: fc.constantFrom(2, 4), for: fc.integer({ min: 0, max: 4 }), against: fc.integer({ min: 0, max: 1 }), abstain: fc.constant(0) }), weight: 2 },
  fc.record({ type: fc.constantFrom('personnel.open', 'personnel.close', 'personnel.announce'), id: fc.integer({ min: 1, max: 2 }) }),
  { arbitrary: fc.record({ type: fc.constant('personnel.ballots'), id: fc.integer({ min: 1, max: 2 }), issued: fc.constant(5), returned: fc.constant(5), valid: fc.integer({ min: 4, max: 5 }), invalid: fc.integer({ min: 0, max: 1 }) }), weight: 2 },
  {
    arbitrary: fc.record({ type: fc.constant('personnel.count'), id: fc.constant(1), personId: fc.constant(1), agree: fc.integer({ min: 0, max: 5 }) }).map(
      ({ type, id, personId, agree }) => ({ type, id, lines: [{ personId, counts: { agree, disagree: 5 - agree } }] }),
    ),
    weight: 2,
  },
  fc.record({ type: fc.constant('delegate.add'), fullName: fc.constant('Đại biểu mới'), group: fc.constantFrom('Tổ 1', 'Tổ 3') }),
  fc.record({ type: fc.constant('delegate.remove'), id: small }),
  fc.record({ type: fc.constant('delegate.update'), id: small, fullName: fc.constantFrom('Họ tên đã sửa', 'Đại biểu 1'), seatNumber: fc.option(fc.integer({ min: 1, max: 7 })) }),
  fc.record({ type: fc.constant('roster.import'), rows: fc.constant([{ line: 2, fullName: 'Người nhập' }, { line: 3, fullName: 'Người nhập thứ hai', seatNumber: 9 }]) }),
  // Saves of one note a few seconds apart join one step (the field saves as the secretary types).
  fc.record({ type: fc.constant('note.set'), subject: fc.constantFrom('item', 'speech'), id: fc.integer({ min: 1, max: 3 }), note: fc.constantFrom('Ghi chú', 'Ghi chú đã sửa', '') }),
  fc.record({ type: fc.constant('session.select'), id: fc.integer({ min: 1, max: 2 }) }),
  // The rest of each scope's commands: the sittings of the first session (1 morning, 2 afternoon)
  // opened, suspended and closed (timing), items placed in them and a template added (prep), and a
  // slip edited, marked or given more time (questions). The morning is open from the start
  // (setUp), so a suspension is a step as often as an item started, and its undo tried as often;
  // opening it again resumes it.
  { arbitrary: fc.record({ type: fc.constant('sitting.suspend'), id: fc.constant(1) }), weight: 3 },
  { arbitrary: fc.record({ type: fc.constantFrom('sitting.open', 'sitting.close'), id: fc.constant(1) }), weight: 2 },
  fc.record({ type: fc.constantFrom('sitting.open', 'sitting.close'), id: fc.constant(2) }),
  fc.record({ type: fc.constant('agenda.assign'), id: small, sittingId: fc.option(fc.integer({ min: 1, max: 2 })) }),
  fc.record({ type: fc.constant('template.apply'), builtin: fc.constant('thematic'), replace: fc.boolean() }),
  fc.record({ type: fc.constant('question.update'), id: fc.integer({ min: 1, max: 2 }), askerId: small, respondentId: fc.integer({ min: 1, max: 2 }), text: fc.constant('Đề nghị cho biết thêm') }),
  { arbitrary: fc.record({ type: fc.constant('question.mark'), ids: fc.constantFrom([1], [2], [1, 2]), status: fc.constantFrom('answered', 'written', 'pending') }), weight: 2 },
  fc.record({ type: fc.constant('question.extend'), seconds: fc.constantFrom(30, 60) }),
  fc.record({ type: fc.constant('undo'), scope }),
  // The drafts' steps, each in its draft's own stack (`undoOf`, `redoOf`): 2 of the second session, 3 of the first.
  { arbitrary: fc.record({ type: fc.constant('personnel.update'), id: fc.integer({ min: 2, max: 3 }), title: fc.constantFrom('Miễn nhiệm', 'Miễn nhiệm Phó Trưởng ban') }), weight: 2 },
  fc.record({ type: fc.constant('personnel.sortByName'), id: fc.integer({ min: 2, max: 3 }) }),
  { arbitrary: fc.record({ type: fc.constantFrom('undo', 'redo'), scope: fc.constant('personnel-draft'), subjectId: fc.integer({ min: 1, max: 3 }) }), weight: 2 },
  fc.record({ type: fc.constantFrom('undo', 'redo'), scope: fc.constant('personnel-draft') }),
  fc.record({ type: fc.constant('personnel.remove'), id: fc.integer({ min: 2, max: 3 }) }),
);

/**
 * Commands that change rows other steps touch (an item's row, a request, a slip): run last, they
 * often overtake the step before them; in their own scope (prep, roster, attendance, notes),
 * they are the step themselves.
 */
const interfering: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({ type: fc.constant('agenda.update'), id: fc.integer({ min: 1, max: 3 }), title: fc.constant('Tên mới'), kind: fc.constant('discussion'), plannedMinutes: fc.integer({ min: 1, max: 90 }) }),
  fc.record({ type: fc.constant('agenda.move'), id: fc.integer({ min: 1, max: 3 }), index: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ type: fc.constant('agenda.remove'), id: small }),
  fc.record({ type: fc.constant('delegate.remove'), id: small }),
  fc.record({ type: fc.constant('delegate.update'), id: small, fullName: fc.constant('Họ tên đã sửa') }),
  fc.record({ type: fc.constant('attendance.mark'), delegateId: small, status: fc.constantFrom('absent', 'present', 'unmarked') }),
  fc.record({ type: fc.constant('note.set'), subject: fc.constant('item'), id: fc.integer({ min: 1, max: 3 }), note: fc.constantFrom('Ghi chú khác', '') }),
  // Closing a vote touches its row, not its marks or its people's lines: the vote scopes refuse by status.
  fc.record({ type: fc.constantFrom('vote.close', 'personnel.close'), id: fc.constant(1) }),
);

function setUp() {
  const env = newEngine();
  const { engine, clock } = env;
  seedBasics(engine);
  for (let i = 0; i < 3; i++) ok(engine, 'agenda.add', { title: `Mục ${i + 1}`, kind: 'discussion' });
  for (let i = 0; i < 5; i++) ok(engine, 'delegate.add', { fullName: `Đại biểu ${i + 1}`, seatNumber: i + 1, group: i < 3 ? 'Tổ 1' : 'Tổ 2' });
  ok(engine, 'respondent.add', { delegateId: 4 });
  ok(engine, 'respondent.add', { delegateId: 5 });
  ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });
  ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' });
  ok(engine, 'attendance.open', { label: '2026-12-08 sáng' });
  // A slip waiting before the sequence starts, so `question.update` and `question.mark` find one.
  ok(engine, 'question.register', { askerId: 1, respondentId: 1, text: 'Đề nghị cho biết' });
  // Everyone present, so votes open with five voters whose counts and marks the commands enter.
  for (let d = 1; d <= 5; d++) ok(engine, 'attendance.mark', { delegateId: d, status: 'present', time: '08:00' });
  // The afternoon's roll call taken too, the morning's current again: `attendance.select` moves between them.
  ok(engine, 'attendance.open', { label: '2026-12-08 chiều' });
  ok(engine, 'attendance.select', { id: 1 });
  // Votes and personnel votes in both sessions, so `session.select` swaps what those slices hold.
  const votes = () => {
    ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết', method: 'named' });
    ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về ngân sách', method: 'hands' });
    const { id } = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Bầu', posts: 1, people: [{ delegateId: 1, body: 'council', honorific: 'mr' }] });
    ok(engine, 'personnel.committee', { id, head: 2 });
  };
  votes();
  ok(engine, 'session.create', { number: 12, term: 16, kind: 'thematic', startDate: '2026-12-20', endDate: '2026-12-20' });
  ok(engine, 'agenda.add', { title: 'Mục kỳ 2', kind: 'discussion' });
  votes();
  ok(engine, 'session.select', { id: 1 });
  // The first session's named vote and election open, so marks and counts are entered (and undone) often.
  ok(engine, 'vote.open', { id: 1 });
  ok(engine, 'personnel.open', { id: 1 });
  // The morning sitting under way, so `sitting.suspend` finds it open.
  ok(engine, 'sitting.open', { id: 1 });
  // A draft of the first session beside the election, its list not yet in order of given names.
  ok(engine, 'personnel.prepare', { kind: 'dismissal', title: 'Miễn nhiệm', people: [{ delegateId: 5 }, { delegateId: 1 }] });
  // The session was prepared before the sequence starts: its undo steps (programme, roster, marks)
  // are not the sequence's (the test follows the steps its own commands leave). A fresh engine
  // reads the state as it is.
  env.db.prepare('DELETE FROM undo_step').run();
  return { engine: new Engine(env.db, clock), db: env.db, clock };
}

type StepImage = { t: string; k: number | string; b: string | null; a?: string | null };

/** Whether a `vote` or `personnel` step's vote is no longer open, read from the database. */
function stepVoteClosed(db: Db, scope: string, images: StepImage[]): boolean {
  const [table, child] = scope === 'vote' ? ['vote', 'vote_mark'] : scope === 'personnel' ? ['personnel_vote', 'personnel_person'] : [null, null];
  if (table === null) return false;
  const ids = images.flatMap((img) => (img.t === table ? [Number(img.k)] : img.t === child ? [(JSON.parse(img.b ?? img.a!) as { vote_id: number }).vote_id] : []));
  return ids.some((id) => {
    const status = db.prepare(`SELECT status FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined;
    return status !== undefined && status !== 'open';
  });
}

/** Whether a step marks a roll call other than the current session's current one, read from the database. */
function stepInOtherRollCall(db: Db, images: StepImage[]): boolean {
  const session = db.prepare("SELECT value FROM setting WHERE key = 'current_session_id'").pluck().get() as string | undefined;
  const current = db.prepare('SELECT value FROM setting WHERE key = ?').pluck().get(`attendance.current.${session === undefined ? '' : JSON.parse(session)}`) as string | undefined;
  return images.some((img) => img.t === 'attendance' && String((JSON.parse(img.b ?? img.a!) as { roll_call_id: number }).roll_call_id) !== String(current === undefined ? null : JSON.parse(current)));
}

/**
 * Whether a queue step changed a request off the floor (at the rostrum neither before nor after
 * it) of an item, still there, other than the one the Speakers view shows (rebuilt from the database).
 */
function stepInOtherItem(db: Db, images: StepImage[]): boolean {
  const shown = sliceBuilders.speakers(db).itemId;
  const floor = (image: string | null | undefined) => image != null && ['called', 'speaking'].includes((JSON.parse(image) as { status: string }).status);
  return images.some((img) => {
    if (img.t !== 'speech' || floor(img.b) || floor(img.a)) return false;
    const item = (JSON.parse(img.b ?? img.a!) as { agenda_item_id: number }).agenda_item_id;
    return item !== shown && db.prepare('SELECT 1 FROM agenda_item WHERE id = ?').get(item) !== undefined;
  });
}

const rebuilt = (db: Db) => Object.fromEntries(SLICE_NAMES.map((n) => [n, sliceBuilders[n](db)]));
const held = (engine: Engine) => Object.fromEntries(SLICE_NAMES.map((n) => [n, engine.current[n]]));
/** What a screen holds: JSON (it came over the wire), so compare in that form. */
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('patches', () => {
  it('state from patches equals state rebuilt from the database, after every command', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 40 }), (cmds) => {
        const { engine, db, clock } = setUp();
        let screen = json(engine.snapshot().slices) as Record<string, unknown>;
        engine.subscribe((u: StateUpdate) => {
          const wire = json(u) as StateUpdate;
          screen = { ...screen, ...wire.slices };
          for (const [name, ops] of Object.entries(wire.patches ?? {})) screen[name] = applyPatch(screen[name], ops);
        });
        for (const cmd of cmds) {
          clock.advance(7_000);
          engine.dispatch(cmd, { actor: 'chair', lang: 'en' });
          const truth = rebuilt(db);
          expect(held(engine), cmd.type).toEqual(truth);
          expect(screen, cmd.type).toEqual(json(truth));
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

describe('one undo', () => {
  it('restores exactly the rows its step touched, or refuses changing nothing', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 30 }), scope, fc.option(interfering), (cmds, undoScope, lastly) => {
        const { engine, db, clock } = setUp();
        // The database before and after each undoable step of the scope, to compare with after undoing it.
        const before: Record<string, unknown[]>[] = [];
        const left: Record<string, unknown[]>[] = [];
        const latest = () => JSON.stringify(db.prepare('SELECT id, at, images FROM undo_step WHERE scope = ? ORDER BY id DESC LIMIT 1').get(undoScope) ?? null);
        const track = (cmd: Cmd) => {
          const snapshot = dumpDb(db);
          const was = latest();
          const reply = engine.dispatch(cmd, { actor: 'chair', lang: 'en' });
          const steps = db.prepare('SELECT count(*) FROM undo_step WHERE scope = ?').pluck().get(undoScope) as number;
          if (reply.ok && cmd.type !== 'undo' && steps > before.length) {
            before.push(snapshot);
            left.push(dumpDb(db));
          } else if (reply.ok && cmd.type !== 'undo' && latest() !== was) {
            // A save joined the latest step (a note typed on): the step now ends here.
            left[left.length - 1] = dumpDb(db);
          }
          if (cmd.type === 'undo' && reply.ok && (reply.value as { scope: string }).scope === undoScope) {
            before.pop();
            left.pop();
          }
        };
        for (const cmd of cmds) {
          clock.advance(5_000);
          track(cmd);
        }
        // Often one more command that may change rows a step touched (itself a step of the
        // scope when it is a programme or roster edit: then it is the one taken back).
        if (lastly) track(lastly);
        const last = before.at(-1);
        const images = db.prepare('SELECT images FROM undo_step WHERE scope = ? ORDER BY id DESC LIMIT 1').pluck().get(undoScope) as string | undefined;
        const stepSession = db.prepare('SELECT session_id FROM undo_step WHERE scope = ? ORDER BY id DESC LIMIT 1').pluck().get(undoScope) as number | null | undefined;
        const prior = dumpDb(db);
        // Did a later command change a row the step touched? Read from the database as the step
        // left it and as it is now, not from the engine's own record.
        const rowOf = (dump: Record<string, unknown[]>, table: string, key: number | string) =>
          (dump[table] as Record<string, unknown>[]).find((r) => String(r.id) === String(key)) ?? null;
        const overtaken =
          images !== undefined &&
          (JSON.parse(images) as { t: string; k: number | string }[]).some(({ t, k }) => JSON.stringify(rowOf(prior, t, k)) !== JSON.stringify(rowOf(left.at(-1)!, t, k)));
        const closed = images !== undefined && stepVoteClosed(db, undoScope, JSON.parse(images) as StepImage[]);
        const otherRollCall = images !== undefined && stepInOtherRollCall(db, JSON.parse(images) as StepImage[]);
        const otherItem = undoScope === 'queue' && images !== undefined && stepInOtherItem(db, JSON.parse(images) as StepImage[]);
        const reply = engine.run('undo', { scope: undoScope });
        if (images !== undefined && stepSession === engine.current.sessions.currentId) {
          // A step of this session: undone unless a later command touched one of its rows, then refused.
          // Not overtaken, it may still be refused when a row it brings back points at one a later
          // command removed (a slip whose asker left the roster), or a row it removes is named by a
          // later one (a person added, since asked to speak): a foreign key, never an internal error.
          // A vote's counts are refused by the vote's status first: closed, they are its record.
          const outcome = reply.ok ? 'undone' : reply.error.code;
          if (closed) expect(outcome, 'the step’s vote is closed').toBe(undoScope === 'vote' ? 'undo-vote-closed' : 'undo-personnel-closed');
          else if (otherRollCall) expect(outcome, 'the step’s mark is another roll call’s').toBe('undo-other-roll-call');
          else if (otherItem) expect(outcome, 'the step changed the queue of another item than the one shown').toBe('undo-other-item');
          else if (overtaken) expect(outcome, 'a later command touched the step’s rows').toBe('undo-overtaken');
          else expect(['undone', 'undo-needs-removed', 'undo-in-use'], 'nothing touched the step’s rows').toContain(outcome);
        }
        if (!reply.ok) {
          // Refused: nothing changed, journal included.
          expect(dumpDb(db)).toEqual(prior);
          return;
        }
        expect(images).toBeDefined();
        expect(last).toBeDefined();
        // Every row the step touched is back as it was before the step; no other row moved.
        const touched = new Map<string, Set<string>>();
        for (const img of JSON.parse(images!) as { t: string; k: number | string }[]) {
          touched.set(img.t, (touched.get(img.t) ?? new Set()).add(String(img.k)));
        }
        const after = dumpDb(db);
        for (const [table, rows] of Object.entries(after)) {
          if (table === 'journal' || table === 'undo_step' || table === 'redo_step' || table === 'setting') continue;
          const keyOf = (r: Record<string, unknown>) => String(r.id ?? JSON.stringify(r));
          const now = new Map((rows as Record<string, unknown>[]).map((r) => [keyOf(r), r]));
          const was = new Map((prior[table] as Record<string, unknown>[]).map((r) => [keyOf(r), r]));
          const then = new Map((last![table] as Record<string, unknown>[]).map((r) => [keyOf(r), r]));
          for (const key of new Set([...now.keys(), ...was.keys()])) {
            if (touched.get(table)?.has(key)) expect(now.get(key), `${table} ${key}`).toEqual(then.get(key));
            else if (table !== 'vote_mark') expect(now.get(key), `${table} ${key} untouched`).toEqual(was.get(key));
          }
        }
        // Redone at once, every row is as the undo found it; undone again, as the undo left it.
        const rows = (dump: Record<string, unknown[]>) =>
          Object.fromEntries(Object.entries(dump).filter(([table]) => !['journal', 'undo_step', 'redo_step', 'setting'].includes(table)));
        const redone = engine.run('redo', { scope: undoScope });
        expect(redone.ok ? redone.value : redone.error, 'redo names the step undo named').toEqual(reply.value);
        expect(rows(dumpDb(db))).toEqual(rows(prior));
        expect(engine.run('undo', { scope: undoScope }).ok).toBe(true);
        expect(rows(dumpDb(db))).toEqual(rows(after));
      }),
      { numRuns: 80 },
    );
  }, 120_000);

  it('takes a queue step back only where the Speakers view shows what it changed, as its offer says', () => {
    // The speaker commands alone, the view moving between items and the live agenda with them.
    const speakerCommand: fc.Arbitrary<Cmd> = fc.oneof(
      fc.record({ type: fc.constant('speaker.focus'), agendaItemId: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ type: fc.constant('speaker.request'), delegateId: small }),
      fc.record({ type: fc.constant('speaker.request'), agendaItemId: fc.integer({ min: 1, max: 3 }), delegateId: small }),
      fc.record({ type: fc.constantFrom('speaker.next', 'speaker.start', 'speaker.pause', 'speaker.finish') }),
      fc.record({ type: fc.constant('speaker.extend'), seconds: fc.constant(30) }),
      fc.record({ type: fc.constantFrom('speaker.withdraw', 'speaker.requeue', 'speaker.call'), id: small }),
      fc.record({ type: fc.constant('speaker.move'), id: small, index: fc.integer({ min: 0, max: 3 }) }),
      fc.record({ type: fc.constantFrom('item.start', 'item.resume'), id: fc.integer({ min: 1, max: 3 }), current: fc.constant('pause') }),
      fc.record({ type: fc.constant('undo'), scope: fc.constant('queue') }),
      fc.record({ type: fc.constant('redo'), scope: fc.constant('queue') }),
    );
    fc.assert(
      fc.property(fc.array(speakerCommand, { minLength: 1, maxLength: 25 }), fc.constantFrom('undo', 'redo'), (cmds, direction) => {
        const { engine, db, clock } = setUp();
        for (const cmd of cmds) {
          clock.advance(5_000);
          engine.dispatch(cmd, { actor: 'chair', lang: 'en' });
        }
        const table = direction === 'undo' ? 'undo_step' : 'redo_step';
        const images = db.prepare(`SELECT images FROM ${table} WHERE scope = 'queue' ORDER BY id DESC LIMIT 1`).pluck().get() as string | undefined;
        if (images === undefined) return;
        const elsewhere = stepInOtherItem(db, JSON.parse(images) as StepImage[]);
        const offer = engine.current[direction].queue;
        // The offer names the item exactly when the engine would refuse, and only then.
        expect(offer?.elsewhere !== undefined, 'offered as elsewhere').toBe(elsewhere);
        const prior = dumpDb(db);
        const reply = engine.run(direction, { scope: 'queue' });
        if (elsewhere) {
          expect(!reply.ok && reply.error.code).toBe('undo-other-item');
          expect(dumpDb(db)).toEqual(prior);
        } else if (!reply.ok) expect(reply.error.code).not.toBe('undo-other-item');
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('never reaches across sessions', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 1, maxLength: 25 }), scope, (cmds, undoScope) => {
        const { engine, db, clock } = setUp();
        for (const cmd of cmds) {
          clock.advance(5_000);
          engine.dispatch(cmd, { actor: 'chair', lang: 'en' });
        }
        const current = engine.current.sessions.currentId;
        for (const [command, table] of [
          ['undo', 'undo_step'],
          ['redo', 'redo_step'],
        ] as const) {
          const step = db.prepare(`SELECT session_id FROM ${table} WHERE scope = ? ORDER BY id DESC LIMIT 1`).pluck().get(undoScope) as number | null | undefined;
          const prior = dumpDb(db);
          const reply = engine.run(command, { scope: undoScope });
          if (step !== undefined && step !== null && step !== current) {
            expect(!reply.ok && reply.error.code).toBe(`${command}-other-session`);
            expect(dumpDb(db)).toEqual(prior);
          }
          if (reply.ok) expect(step).toBe(current);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
