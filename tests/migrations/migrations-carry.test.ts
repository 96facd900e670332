import Database from 'better-sqlite3';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_KINDS, reportModel } from '../../electron/documents/index';
import { Engine } from '../../electron/engine/engine';
import { APPLICATION_ID, openStore } from '../../electron/store/db';
import { OPEN_SETTING } from '../../electron/store/open-mark';
import { LATEST_VERSION, migrations } from '../../electron/store/migrations/index';
import { manualClock, ok, tempDir } from '../unit/helpers';
import { listRollCalls } from '../../electron/features/attendance/store';
import { vacantAtOpening } from '../../common/attendance/vacancy';

/**
 * A database of every earlier schema version, built with the earlier migrations and filled
 * the way that version's code wrote rows, upgrades to the current schema with nothing lost.
 * A new migration adds its fills here: the last test fails while a table or an added column
 * of the schema is carried by no fill.
 */
const engineUndo = migrations.find((m) => m.name === 'engine-undo')!;
const questionsStep = migrations.find((m) => m.name === 'questions')!;
const questionLimit = migrations.find((m) => m.name === 'question-limit')!;
const voteVacancy = migrations.find((m) => m.name === 'vote-vacancy')!;
const personnelStep = migrations.find((m) => m.name === 'personnel')!;
const votesStep = migrations.find((m) => m.name === 'votes')!;
const liveFixes = migrations.find((m) => m.name === 'live-fixes')!;
const presentSourceStep = migrations.find((m) => m.name === 'present-source')!;
type Ballot = { seats: number; openedAt: number | null; rollCallId: number | null; vacant: number | null };

const rule = (comparison: string, numerator: number, denominator: number) => ({ base: 'seats', comparison, numerator, denominator });
const RULES = JSON.stringify({ pass: rule('moreThan', 1, 2), resign: rule('moreThan', 1, 2), dismiss: rule('atLeast', 2, 3) });

/** Rows as each version's code wrote them; a table is filled only from the version that has it. */
const fills: { table: string; since: string; sql: string }[] = [
  { table: 'council', since: 'foundation', sql: "INSERT INTO council VALUES (1, 'HĐND tỉnh', 'province', 16, 58)" },
  { table: 'session', since: 'foundation', sql: "INSERT INTO session VALUES (1, 11, 16, 'regular', '', '2026-12-08', '2026-12-09')" },
  { table: 'delegate', since: 'foundation', sql: "INSERT INTO delegate (id, full_name, seat_number) VALUES (1, 'Lê Văn Tám', 1), (2, 'Trần Thị Hoa', 2)" },
  { table: 'agenda_item', since: 'foundation', sql: "INSERT INTO agenda_item (id, session_id, position, title, kind, planned_minutes) VALUES (1, 1, 0, 'Khai mạc', 'opening', 15)" },
  { table: 'setting', since: 'foundation', sql: "INSERT INTO setting VALUES ('current_session_id', '1')" },
  // The council's own limits for asking and answering (2' and 5'): question-limit gives them to the rows before it.
  { table: 'setting', since: 'foundation', sql: `INSERT INTO setting VALUES ('rules', '{"limits":{"question":120,"answer":300}}')` },
  { table: 'journal', since: 'foundation', sql: "INSERT INTO journal VALUES (1, 1, 'chair', 'council.save', '{}')" },
  {
    table: 'undo_step',
    since: 'undo',
    sql: `INSERT INTO undo_step (scope, label, at, images) VALUES ('timing', 'extend|Khai mạc', 5,
      json_array(json_object('table', 'agenda_item', 'id', 1, 'row', json_object('id', 1, 'session_id', 1, 'position', 0, 'title', 'Khai mạc', 'kind', 'opening', 'presenter', '', 'planned_minutes', 10))))`,
  },
  { table: 'respondent', since: 'questions', sql: "INSERT INTO respondent VALUES (1, 2, 'Sở Tài chính')" },
  { table: 'question', since: 'questions', sql: "INSERT INTO question (id, session_id, position, asker_id, respondent_id, text, registered_at) VALUES (1, 1, 0, 1, 1, 'Hỏi', 1)" },
  {
    table: 'vote',
    since: 'votes',
    sql: "INSERT INTO vote (id, session_id, resolution_title, method, rule_kind, rule_base, rule_comparison, rule_numerator, rule_denominator, created_at) VALUES (1, 1, 'Nghị quyết', 'named', 'ordinary', 'seats', 'moreThan', 1, 2, 1)",
  },
  { table: 'vote_mark', since: 'votes', sql: "INSERT INTO vote_mark VALUES (1, 1, 'for')" },
  { table: 'sitting', since: 'agenda-live', sql: "INSERT INTO sitting (id, session_id, date, part, planned_start, planned_end) VALUES (1, 1, '2026-12-08', 'morning', '07:30', '11:30')" },
  { table: 'item_segment', since: 'agenda-live', sql: 'INSERT INTO item_segment VALUES (1, 1, 100, 200)' },
  { table: 'roll_call', since: 'roster-attendance-speakers', sql: "INSERT INTO roll_call VALUES (1, 1, '2026-12-08 sáng', 1)" },
  { table: 'attendance', since: 'roster-attendance-speakers', sql: "INSERT INTO attendance VALUES (1, 1, 2, 'absent', NULL)" },
  // Every mark an earlier version wrote (late with and without a time: not arrived yet), carried as it was by attendance-present's rebuild.
  { table: 'roll_call', since: 'roster-attendance-speakers', sql: "INSERT INTO roll_call VALUES (2, 1, 'Phiên 2', 2), (3, 1, 'Phiên 3', 3)" },
  { table: 'attendance', since: 'roster-attendance-speakers', sql: "INSERT INTO attendance VALUES (2, 2, 1, 'excused', NULL), (3, 2, 2, 'late', '08:10'), (4, 3, 1, 'left', '10:40'), (5, 3, 2, 'late', NULL)" },
  {
    table: 'speech',
    since: 'roster-attendance-speakers',
    sql: "INSERT INTO speech (id, agenda_item_id, delegate_id, kind, status, position, requested_at, limit_ms) VALUES (1, 1, 1, 'speech', 'queued', 0, 1, 420000)",
  },
  { table: 'hall_screen', since: 'hall', sql: "INSERT INTO hall_screen (id, mode) VALUES (1, 'agenda')" },
  // Tables and columns of the later versions, each filled from the version that brought it.
  { table: 'question_topic', since: 'questions', sql: "INSERT INTO question_topic VALUES (1, 1, 'Quản lý đất đai')" },
  { table: 'question_topic_respondent', since: 'questions', sql: 'INSERT INTO question_topic_respondent VALUES (1, 1, 1)' },
  { table: 'answer', since: 'questions', sql: 'INSERT INTO answer (id, session_id, respondent_id, begun_at, ended_at, started_at, accumulated_ms) VALUES (1, 1, 1, 10, 20, NULL, 10)' },
  { table: 'question', since: 'questions', sql: "UPDATE question SET topic_id = 1, answer_id = 1, phase = 'asked', asked_at = 5, ask_ended_at = 9, due_date = '2026-12-28' WHERE id = 1" },
  { table: 'vote_version', since: 'votes', sql: `INSERT INTO vote_version VALUES (1, 1, 1, '', 30, 'chair', '{"present":33,"tally":{"for":30,"against":1,"abstain":0,"issued":0,"returned":0,"valid":0,"invalid":0}}')` },
  { table: 'vote', since: 'votes', sql: "UPDATE vote SET status = 'closed', seats = 35, present = 33, for_count = 30, against_count = 1, opened_at = 25, closed_at = 30 WHERE id = 1" },
  {
    table: 'agenda_item',
    since: 'agenda-live',
    sql: "INSERT INTO agenda_item (id, session_id, position, title, kind, planned_minutes, sitting_id, parent_id, status, started_at, accumulated_ms, extra_minutes) VALUES (2, 1, 1, 'Báo cáo thẩm tra', 'verification', 10, 1, 1, 'running', 150, 60000, 2)",
  },
  { table: 'delegate', since: 'roster-attendance-speakers', sql: "UPDATE delegate SET agency = 'Sở Tài chính', committee = 'Ban Kinh tế - Ngân sách' WHERE id = 2" },
  { table: 'hall_emblem', since: 'hall', sql: "INSERT INTO hall_emblem VALUES (1, 'image/png', x'89504e470d0a1a0a', 40)" },
  { table: 'session_record', since: 'record', sql: "INSERT INTO session_record VALUES (1, 1, 'Hội trường UBND tỉnh', 'Hòa Bình', '12/BB-HĐND')" },
  { table: 'session_officer', since: 'record', sql: "INSERT INTO session_officer VALUES (1, 1, 1, 'chair', 0), (2, 1, 2, 'secretary', 0)" },
  { table: 'sitting', since: 'record', sql: 'UPDATE sitting SET presiding_id = 1 WHERE id = 1' },
  { table: 'item_document', since: 'record', sql: "INSERT INTO item_document VALUES (1, 1, '245/TTr-UBND', '2026-11-30')" },
  { table: 'record_note', since: 'record', sql: "INSERT INTO record_note VALUES (1, 'item', 1, 'Đại biểu thống nhất cao.', 41)" },
  { table: 'vote_counter', since: 'record', sql: 'INSERT INTO vote_counter VALUES (1, 1, 2, 0)' },
  { table: 'agenda_template', since: 'preparation', sql: `INSERT INTO agenda_template VALUES (1, 'Kỳ họp cuối năm', '[{"title":"Khai mạc","kind":"opening"}]', 42)` },
  { table: 'council', since: 'preparation', sql: 'UPDATE council SET term_start_year = 2021' },
  { table: 'session', since: 'preparation', sql: "INSERT INTO session (id, number, term, kind, title, start_date, end_date) VALUES (2, 12, 16, 'urgent', 'Kỳ họp giải quyết công việc phát sinh', '2026-12-20', '2026-12-20')" },
  { table: 'speech', since: 'live-fixes', sql: 'UPDATE speech SET called_at = 43 WHERE id = 1' },
  { table: 'hall_screen', since: 'live-fixes', sql: 'UPDATE hall_screen SET mode_set_at = 44, show_question_text = 1' },
  { table: 'session', since: 'live-fixes', sql: "UPDATE session SET hall_lang = 'en' WHERE id = 1" },
  { table: 'vote', since: 'live-fixes', sql: 'UPDATE vote SET roll_call_id = 1 WHERE id = 1' },
  {
    table: 'personnel_vote',
    since: 'personnel',
    sql: `INSERT INTO personnel_vote (id, session_id, agenda_item_id, kind, title, posts, rules, status, seats, present, ballots_issued, ballots_returned, ballots_valid, ballots_invalid, created_at, opened_at, closed_at)
      VALUES (1, 1, 1, 'election', 'Ủy viên UBND tỉnh', 1, '${RULES}', 'closed', 58, 50, 50, 50, 49, 1, 45, 46, 47)`,
  },
  { table: 'personnel_person', since: 'personnel', sql: "INSERT INTO personnel_person (id, vote_id, position, delegate_id, full_name, title, body, agree, disagree) VALUES (1, 1, 0, 2, 'Trần Thị Hoa', 'Giám đốc Sở Tài chính', 'committee', 45, 4)" },
  { table: 'personnel_counter', since: 'personnel', sql: "INSERT INTO personnel_counter VALUES (1, 1, 0, 1, 'Lê Văn Tám', 'Đại biểu HĐND tỉnh', 'head')" },
  { table: 'personnel_version', since: 'personnel', sql: `INSERT INTO personnel_version VALUES (1, 1, 1, '', 47, 'chair', '{"present":50,"ballots":{"issued":50,"returned":50,"valid":49,"invalid":1},"lines":{"1":{"agree":45,"disagree":4,"high":0,"medium":0,"low":0,"invalid":0}}}')` },
  { table: 'personnel_hall', since: 'personnel', sql: 'INSERT INTO personnel_hall VALUES (1, 1)' },
  {
    table: 'undo_step',
    since: 'engine-undo',
    sql: `INSERT INTO undo_step (scope, label, at, images, session_id, actor, action, subject) VALUES ('queue', '', 48, '[]', 1, 'chair', 'register', 'Lê Văn Tám')`,
  },
  { table: 'undo_step', since: 'undo-count', sql: "INSERT INTO undo_step (scope, label, at, images, session_id, actor, action, subject, count) VALUES ('prep', '', 51, '[]', 1, 'chair', 'builtin', 'yearEnd', 25)" },
  { table: 'devices', since: 'operators', sql: "INSERT INTO devices VALUES (1, 'Thư ký - laptop 2', 'secretary', 'ab12', 49, 50, NULL)" },
  { table: 'devices', since: 'device-address', sql: "UPDATE devices SET last_address = '192.168.1.23' WHERE id = 1" },
  { table: 'question', since: 'question-extra-time', sql: 'UPDATE question SET extra_ms = 60000 WHERE id = 1' },
  { table: 'answer', since: 'question-extra-time', sql: 'UPDATE answer SET extra_ms = 30000 WHERE id = 1' },
  {
    table: 'redo_step',
    since: 'redo',
    sql: `INSERT INTO redo_step (scope, label, at, images, session_id, actor, action, subject, count) VALUES ('queue', 'register', 52, '[]', 1, 'chair', 'register', 'Lê Văn Tám', NULL)`,
  },
  { table: 'question', since: 'question-limit', sql: 'UPDATE question SET limit_ms = 150000 WHERE id = 1' },
  { table: 'answer', since: 'question-limit', sql: 'UPDATE answer SET limit_ms = 360000 WHERE id = 1' },
  { table: 'journal', since: 'operators', sql: "UPDATE journal SET device_id = 1, role = 'secretary', topic = 'vote:1' WHERE revision = 1" },
  { table: 'command_reply', since: 'command-replies', sql: `INSERT INTO command_reply VALUES ('device:1', '${'a'.repeat(32)}', 1, '{"id":1}', 1)` },
  { table: 'delegate', since: 'delegate-list-position', sql: "INSERT INTO delegate (id, full_name, list_position) VALUES (3, 'Vũ Thị Yến', 1)" },
  { table: 'vote', since: 'vote-presented-by', sql: "UPDATE vote SET presented_by = 'UBND tỉnh' WHERE id = 1" },
  { table: 'roll_call', since: 'roll-call-sitting', sql: 'UPDATE roll_call SET sitting_id = 1 WHERE id = 1' },
  { table: 'review_signer', since: 'review-signer', sql: "INSERT INTO review_signer VALUES (1, 1, 'viceChair')" },
  // The vacancy each ballot was counted against, as vote.open and personnel.open keep it: 35 (58) seats less the 2 on roll call 1's roster.
  { table: 'vote', since: 'vote-vacancy', sql: 'UPDATE vote SET vacant = 33 WHERE id = 1' },
  { table: 'personnel_vote', since: 'vote-vacancy', sql: 'UPDATE personnel_vote SET vacant = 56 WHERE id = 1' },
  // A delegate confirmed present (seen in the hall), a mark attendance-present brought.
  { table: 'attendance', since: 'attendance-present', sql: "INSERT INTO attendance VALUES (6, 1, 3, 'present', NULL)" },
  // Where "present" came from, as vote.open and personnel.open keep it: vote 1 by roll call 1, the personnel vote typed.
  { table: 'vote', since: 'present-source', sql: "UPDATE vote SET present_source = 'roll-call' WHERE id = 1" },
  { table: 'personnel_vote', since: 'present-source', sql: "UPDATE personnel_vote SET present_source = 'typed' WHERE id = 1" },
  // The tab that sent a command, as the engine journals it from the console id its screen sent on connect.
  { table: 'journal', since: 'journal-console', sql: "UPDATE journal SET console_id = 'a3f09c1d2b7e4f6a' WHERE revision = 1" },
  { table: 'field_change', since: 'field-change', sql: "INSERT INTO field_change VALUES ('delegate', 1, 'seat_number', 1, 'chair', NULL, 'a3f09c1d2b7e4f6a')" },
  // An honorific left as the console guessed it from the name, not chosen.
  { table: 'personnel_person', since: 'honorific-guessed', sql: "UPDATE personnel_person SET honorific = 'ms', honorific_guessed = 1 WHERE id = 1" },
  // An item finished from a pause: when the chair finished it, past its last run's end.
  {
    table: 'agenda_item',
    since: 'item-finished-at',
    sql: "INSERT INTO agenda_item (id, session_id, position, title, kind, planned_minutes, sitting_id, status, accumulated_ms, finished_at) VALUES (3, 1, 2, 'Thảo luận', 'discussion', 30, 1, 'finished', 60000, 70)",
  },
  // A personnel draft's sort and its undone edit, each in the draft's own stack (its id beside the label).
  {
    table: 'undo_step',
    since: 'undo-subject',
    sql: "INSERT INTO undo_step (scope, label, at, images, session_id, actor, action, subject, subject_id) VALUES ('personnel-draft', 'sort', 53, '[]', 1, 'chair', 'sort', 'Ủy viên UBND tỉnh', 1)",
  },
  {
    table: 'redo_step',
    since: 'undo-subject',
    sql: "INSERT INTO redo_step (scope, label, at, images, session_id, actor, action, subject, subject_id) VALUES ('personnel-draft', 'edit', 54, '[]', 1, 'chair', 'edit', 'Ủy viên UBND tỉnh', 1)",
  },
];

function buildAt(file: string, version: number): Record<string, unknown[]> {
  const db = new Database(file);
  // As migrate() does for a step that rebuilds a table: with foreign keys off, so the rows
  // that reference it keep their links.
  db.pragma('foreign_keys = OFF');
  // Each version's rows are written right after its step, in that version's shape: later
  // steps then carry them as an upgrade would.
  for (const m of migrations.filter((x) => x.version <= version)) {
    db.exec(m.up);
    for (const f of fills) if (f.since === m.name) db.exec(f.sql);
  }
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma(`user_version = ${version}`);
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[];
  const rows = Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
  db.close();
  return rows;
}

describe('every earlier schema version upgrades with its data', () => {
  it.each(migrations.filter((m) => m.version < LATEST_VERSION).map((m) => [m.version, m.name]))('from version %i (%s)', (version) => {
    const file = path.join(tempDir(), 'old.sqlite');
    const before = buildAt(file, version as number);
    const db = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    for (const [table, rows] of Object.entries(before)) {
      // The mark of a database open (store/open-mark.ts) is the open's own, no data carried.
      const after = (db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]).filter((r) => table !== 'setting' || r.key !== OPEN_SETTING);
      expect(after, table).toHaveLength(rows.length);
      if (table === 'undo_step' && version < engineUndo.version) continue; // rewritten by engine-undo, checked below
      rows.forEach((row, i) => expect(after[i], table).toMatchObject(row as object));
    }
    // An undo step recorded by schema 2–7 is still undoable, with its label split into data.
    if (version >= 2 && version < engineUndo.version) {
      const engine = new Engine(db, manualClock());
      expect(engine.current.undo.timing).toMatchObject({ action: 'extend', subject: 'Khai mạc' });
      expect(ok(engine, 'undo', { scope: 'timing' })).toEqual({ scope: 'timing', action: 'extend', subject: 'Khai mạc' });
      expect(engine.current.agenda[0].plannedMinutes).toBe(10);
    }
    // A question and an answer from before question-limit ran under the limits in force at the upgrade.
    if (version >= questionsStep.version && version < questionLimit.version) {
      expect(db.prepare('SELECT limit_ms, extra_ms FROM question WHERE id = 1').get()).toEqual({ limit_ms: 120_000, extra_ms: version >= 18 ? 60_000 : 0 });
      expect(db.prepare('SELECT limit_ms, extra_ms FROM answer WHERE id = 1').get()).toEqual({ limit_ms: 300_000, extra_ms: version >= 18 ? 30_000 : 0 });
    }
    // A ballot held before vote-vacancy is given the vacancy the rule of its time gave it (vacantAtOpening):
    // its seats less the voting delegates on its roll call's roster, or on the roster before roll calls were kept.
    if (version < voteVacancy.version) {
      const calls = listRollCalls(db, 1);
      const holders = db.prepare('SELECT COUNT(*) FROM delegate WHERE voting = 1').pluck().get() as number;
      const ballots = [
        ...(version >= votesStep.version ? (db.prepare('SELECT seats, opened_at AS openedAt, roll_call_id AS rollCallId, vacant FROM vote').all() as Ballot[]) : []),
        ...(version >= personnelStep.version ? (db.prepare('SELECT seats, opened_at AS openedAt, NULL AS rollCallId, vacant FROM personnel_vote').all() as Ballot[]) : []),
      ];
      for (const b of ballots) expect(b.vacant).toBe(vacantAtOpening(calls, b, holders));
      expect(ballots.map((b) => b.vacant)).toEqual([...(version >= votesStep.version ? [33] : []), ...(version >= personnelStep.version ? [56] : [])]);
    }
    // A ballot held before present-source is given its source: vote 1 kept roll call 1 and no correction retyped it; a personnel vote is typed.
    if (version < presentSourceStep.version) {
      if (version >= votesStep.version) expect(db.prepare('SELECT present_source FROM vote WHERE id = 1').pluck().get()).toBe(version >= liveFixes.version ? 'roll-call' : 'typed');
      if (version >= personnelStep.version) expect(db.prepare('SELECT present_source FROM personnel_vote WHERE id = 1').pluck().get()).toBe('typed');
    }
    // The upgraded database is read by today's code: every slice builds from the carried rows.
    const state = new Engine(db, manualClock()).current;
    expect(state.agenda.map((a) => a.title)).toContain('Khai mạc');
    // From version 25 on, the fills add a third delegate with a list position.
    expect(state.delegates.map((d) => d.fullName)).toEqual(version >= 25 ? ['Lê Văn Tám', 'Trần Thị Hoa', 'Vũ Thị Yến'] : ['Lê Văn Tám', 'Trần Thị Hoa']);
    // …and still writes its record: the minutes, the notice and the counting records, in both languages;
    // and its ballot papers once it has a personnel vote (a session with none has none to print).
    for (const lang of ['vi', 'en'] as const) {
      for (const doc of REPORT_KINDS) {
        const parts = reportModel(db, { doc, sessionId: 1, lang }, 0)?.parts.length;
        if (doc === 'ballot-papers' && version < personnelStep.version) expect(parts, `${doc} ${lang}`).toBeUndefined();
        else expect(parts, `${doc} ${lang}`).toBeGreaterThan(0);
      }
    }
    db.close();
  });

  it('the fills cover every table and every column a later version added, so each is carried', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = OFF');
    const columns = (table: string) => db.prepare('SELECT name, dflt_value AS dflt FROM pragma_table_info(?)').all(table) as { name: string; dflt: string | null }[];
    const known = new Map<string, string[]>();
    const added: { table: string; column: string; dflt: string | null; by: string }[] = [];
    for (const m of migrations) {
      db.exec(m.up);
      for (const f of fills) if (f.since === m.name) db.exec(f.sql);
      for (const table of db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all() as string[]) {
        const cols = columns(table);
        const before = known.get(table);
        if (before) for (const c of cols) if (!before.includes(c.name)) added.push({ table, column: c.name, dflt: c.dflt, by: m.name });
        known.set(table, cols.map((c) => c.name));
      }
    }
    for (const table of known.keys()) expect(db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), `no fill writes ${table}`).toBeGreaterThan(0);
    // A column added later holds, in some row, a value other than its default: an upgrade that dropped it would show.
    for (const { table, column, dflt, by } of added) {
      const set = db.prepare(`SELECT count(*) FROM "${table}" WHERE "${column}" IS NOT NULL AND quote("${column}") IS NOT ?`).pluck().get(dflt);
      expect(set, `no fill sets ${table}.${column} (added by ${by})`).toBeGreaterThan(0);
    }
    db.close();
  });
});
