/** The live sitting's fixes (issue 15) that live in the engine and the shared client code, on real SQLite. */
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../electron/store/db';
import { LATEST_VERSION } from '../../../electron/store/migrations/index';
import { getSession } from '../../../electron/features/council/sessions';
import { getSpeech } from '../../../electron/features/speakers/store';
import { getHall } from '../../../electron/features/hall/store';
import { newEngine, ok, schemaBefore, seedBasics } from '../helpers';
import { logCsv, respondentPerson } from '../../../src/features/questions/questions';
import type { State } from '../../../src/lib/live.svelte';
import type { Engine } from '../../../electron/engine/engine';
import { joinRows, pace, remainingMs, totalsByGroup } from '../../../common/timing/stats';
import type { AgendaKind } from '../../../common/agenda/model';

const stateOf = (engine: Engine): State => {
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
};

describe('respondents keep their agency', () => {
  it('a respondent added from the roster takes the roster agency, in the log and its CSV', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const asker = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn An' }).id;
    const official = ok(engine, 'delegate.add', { fullName: 'Quách Văn Toản', title: 'Chánh án', agency: 'TAND huyện', voting: false }).id;
    const r = ok(engine, 'respondent.add', { delegateId: official }).id;
    const q = ok(engine, 'question.register', { askerId: asker, respondentId: r, text: 'Án tồn đọng?' }).id;
    const data = stateOf(engine);
    expect(data.respondents.find((x) => x.id === r)?.agency).toBe('TAND huyện');
    expect(respondentPerson(data, r).agency).toBe('TAND huyện');
    const csv = logCsv(data, data.questions.list.filter((x) => x.id === q), 0, Array.from({ length: 15 }, (_, i) => `c${i}`), (s) => s, 'called');
    expect(csv).toContain('TAND huyện');
    // A typed agency still wins over the roster's.
    const other = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', agency: 'Phòng TN&MT', voting: false }).id;
    const r2 = ok(engine, 'respondent.add', { delegateId: other, agency: 'UBND huyện' }).id;
    expect(stateOf(engine).respondents.find((x) => x.id === r2)?.agency).toBe('UBND huyện');
  });
});

describe('time used and the pace', () => {
  function morning() {
    const { engine, clock } = newEngine();
    seedBasics(engine);
    const add = (title: string, kind: AgendaKind, plannedMinutes: number) => ok(engine, 'agenda.add', { title, kind, plannedMinutes }).id;
    return { engine, clock, opening: add('Khai mạc', 'opening', 10), report: add('Báo cáo', 'report', 20), pause: add('Giải lao', 'break', 15), discussion: add('Thảo luận', 'discussion', 60) };
  }
  const rowsOf = (engine: Engine) => {
    const s = stateOf(engine);
    return joinRows(s.agenda, s.timing.items);
  };

  it('counts of a running item only the plan it has used, so two seconds in is not 19:58 early', () => {
    const { engine, clock, report } = morning();
    ok(engine, 'item.start', { id: report });
    clock.advance(2000);
    const reports = totalsByGroup(rowsOf(engine), clock()).reports;
    expect(reports.actualMs).toBe(2000);
    expect(reports.actualMs - reports.plannedRunMs).toBe(0);
    // Over its plan, the overrun shows.
    clock.advance(21 * 60_000);
    const later = totalsByGroup(rowsOf(engine), clock()).reports;
    expect(later.actualMs - later.plannedRunMs).toBe(60_000 + 2000);
  });

  it('one short item does not set the pace, and a break keeps its length in the forecast', () => {
    const { engine, clock, opening, pause } = morning();
    ok(engine, 'item.start', { id: opening });
    clock.advance(5000);
    ok(engine, 'item.finish', { id: opening });
    const rows = rowsOf(engine);
    const p = pace(rows);
    expect(p).toBeGreaterThan(0.85);
    expect(remainingMs(rows.find((r) => r.item.id === pause)!, clock(), p)).toBe(15 * 60_000);
  });
});

describe('migration live-fixes', () => {
  it('carries sessions, speeches, votes and the hall row across, with the new columns defaulted', () => {
    const { db } = schemaBefore('live-fixes');
    // Rows written the old way, by the stores of that version.
    db.exec(`
      INSERT INTO session (number, term, kind, title, start_date, end_date) VALUES (11, 4, 'regular', 'Cuối năm', '2026-12-08', '2026-12-09');
      INSERT INTO delegate (full_name) VALUES ('Nguyễn Văn An');
      INSERT INTO agenda_item (session_id, position, title, kind, planned_minutes) VALUES (1, 0, 'Báo cáo', 'report', 15);
      INSERT INTO speech (agenda_item_id, delegate_id, kind, status, position, requested_at, limit_ms) VALUES (1, 1, 'speech', 'called', 0, 1000, 420000);
      INSERT INTO hall_screen (id, mode, vote_id, message) VALUES (1, 'message', NULL, 'Giải lao');
    `);
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(getSession(db, 1)).toMatchObject({ number: 11, term: 4, title: 'Cuối năm', hallLang: 'vi' });
    expect(getSpeech(db, 1)).toMatchObject({ status: 'called', requestedAt: 1000, calledAt: null });
    expect(getHall(db)).toMatchObject({ mode: 'message', message: 'Giải lao', modeSetAt: 0 });
    expect(() => db.prepare("UPDATE session SET hall_lang = 'fr'").run()).toThrow();
    db.close();
  });
});

describe('not arrived yet', () => {
  it('a delegate not arrived yet is not counted present, by the roll call, the votes and the queue, until the arrival time is known', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'council.save', { name: 'HĐND huyện', level: 'district', term: 4, totalSeats: 3 });
    const ids = ['An', 'Bình', 'Cường'].map((n) => ok(engine, 'delegate.add', { fullName: n }).id);
    ok(engine, 'attendance.open', { label: 'Sáng 08/12' });
    ok(engine, 'attendance.mark', { delegateId: ids[2], status: 'notArrived' });
    let att = stateOf(engine).attendance;
    expect(att.present).toBe(2);
    expect(att.marks.find((m) => m.delegateId === ids[2])).toMatchObject({ status: 'late', time: null });
    const item = ok(engine, 'agenda.add', { title: 'Thảo luận', kind: 'discussion', plannedMinutes: 30 }).id;
    ok(engine, 'speaker.request', { agendaItemId: item, delegateId: ids[2] });
    expect(engine.run('speaker.next', {}).ok).toBe(false);
    ok(engine, 'attendance.mark', { delegateId: ids[2], status: 'late', time: '08:10' });
    att = stateOf(engine).attendance;
    expect(att.present).toBe(3);
    ok(engine, 'speaker.next');
  });
});

describe('the roll call follows the sittings', () => {
  it('a new sitting’s roll call may start from the last marks, and a vote records the roll call it counted on', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const ids = ['An', 'Bình', 'Cường', 'Dung', 'Hoa'].map((n) => ok(engine, 'delegate.add', { fullName: n }).id);
    const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
    const first = ok(engine, 'attendance.open', { sittingId: morning }).id;
    ok(engine, 'attendance.mark', { delegateId: ids[0], status: 'absent' });
    ok(engine, 'attendance.mark', { delegateId: ids[1], status: 'excused' });
    ok(engine, 'attendance.mark', { delegateId: ids[2], status: 'late', time: '08:10' });
    ok(engine, 'attendance.mark', { delegateId: ids[3], status: 'left', time: '10:40' });
    const second = ok(engine, 'attendance.open', { sittingId: afternoon, carry: true }).id;
    expect(second).not.toBe(first);
    const marks = Object.fromEntries(stateOf(engine).attendance.marks.map((m) => [m.delegateId, [m.status, m.time]]));
    expect(marks).toEqual({ [ids[0]]: ['absent', null], [ids[1]]: ['excused', null], [ids[3]]: ['late', null] });
    const vote = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết', method: 'hands' }).id;
    ok(engine, 'vote.open', { id: vote });
    const v = stateOf(engine).votes.find((x) => x.id === vote)!;
    expect(v).toMatchObject({ present: 2, rollCallId: second });
    // Back to an earlier roll call: its own marks, nothing carried over them.
    ok(engine, 'attendance.open', { sittingId: morning, carry: true });
    expect(stateOf(engine).attendance.marks).toHaveLength(4);
  });

  it('a new roll call starts from the latest one taken before it, the previous sitting’s, even when the console has an older one selected', () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const [an, binh, cuong] = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường'].map((n) => ok(engine, 'delegate.add', { fullName: n }).id);
    const sitting = (date: string, part: 'morning' | 'afternoon') => ok(engine, 'sitting.add', { date, part, plannedStart: part === 'morning' ? '07:30' : '13:30', plannedEnd: part === 'morning' ? '11:30' : '17:00' }).id;
    const [morning, afternoon, nextMorning] = [sitting('2026-12-08', 'morning'), sitting('2026-12-08', 'afternoon'), sitting('2026-12-09', 'morning')];
    const first = ok(engine, 'attendance.open', { sittingId: morning }).id;
    ok(engine, 'attendance.mark', { delegateId: an, status: 'excused' });
    ok(engine, 'attendance.mark', { delegateId: cuong, status: 'absent' });
    ok(engine, 'attendance.open', { sittingId: afternoon, carry: true });
    // In the afternoon An and Cường came, Bình was excused.
    ok(engine, 'attendance.mark', { delegateId: an, status: 'present' });
    ok(engine, 'attendance.mark', { delegateId: cuong, status: 'present' });
    ok(engine, 'attendance.mark', { delegateId: binh, status: 'excused' });
    // The secretary looks back at the morning's roll call (for the minutes), then opens day two's.
    ok(engine, 'attendance.select', { id: first });
    ok(engine, 'attendance.open', { sittingId: nextMorning, carry: true });
    const marks = Object.fromEntries(stateOf(engine).attendance.marks.map((m) => [m.delegateId, m.status]));
    // The afternoon's marks, not the morning's: Bình excused; An and Cường present (unmarked).
    expect(marks).toEqual({ [binh]: 'excused' });
  });
});

describe('the key grammar', () => {
  it('names every action of every live view in both languages, each on its own key', async () => {
    const { LIVE_KEYS, LIVE_GRAMMAR } = await import('../../../src/lib/liveKeys');
    const { en, vi } = await import('../../../src/lib/i18n/index');
    for (const g of LIVE_GRAMMAR) {
      expect(en[g.label], g.label).toBeTruthy();
      expect(vi[g.label], g.label).toBeTruthy();
    }
    const keys = Object.values(LIVE_KEYS).map((k) => k.toLowerCase());
    expect(new Set(keys).size).toBe(keys.length);
  });
});
