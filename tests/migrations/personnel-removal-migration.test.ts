import { describe, expect, it } from 'vitest';
import { Engine } from '../../electron/engine/engine';
import { migrate } from '../../electron/store/db';
import { DISMISSAL_RULE, ORDINARY_RULE } from '../../common/votes/rule';
import { manualClock, ok, schemaBefore } from '../unit/helpers';

describe('migration personnel-removal', () => {
  it('makes a removal its own kind: each old dismissal titled "Bãi nhiệm …" becomes one, and everything else keeps its kind, counts and links', () => {
    const { db } = schemaBefore('personnel-removal');
    // A district council's year-end session, written as the stores of schema 23 wrote it.
    const rules = JSON.stringify({ pass: DISMISSAL_RULE, resign: ORDINARY_RULE, dismiss: DISMISSAL_RULE });
    db.exec(`
      INSERT INTO council (id, name, level, term, total_seats) VALUES (1, 'HĐND huyện Đầm Hà', 'district', 4, 35);
      INSERT INTO session (id, number, term, kind, start_date, end_date) VALUES (1, 11, 4, 'regular', '2026-12-08', '2026-12-09');
      INSERT INTO delegate (id, full_name, title, voting) VALUES (1, 'Trần Văn Cường', 'Phó Chủ tịch UBND huyện', 1), (2, 'Nguyễn Thị Ngọc Ánh', 'Trưởng ban Pháp chế', 1);
    `);
    const vote = db.prepare(`INSERT INTO personnel_vote (id, session_id, kind, title, posts, rules, round, revote_of, status, seats, present, ballots_issued, ballots_returned, ballots_valid, ballots_invalid, created_at, opened_at, closed_at, announced_at)
      VALUES (?, 1, ?, ?, ?, ?, ?, ?, 'closed', 35, 33, 33, 33, 33, 0, 1000, 2000, 3000, 4000)`);
    const titled: [number, string, string, number | null][] = [
      [1, 'dismissal', 'Bãi nhiệm chức vụ Phó Chủ tịch UBND huyện', null],
      [2, 'dismissal', 'BÃI NHIỆM Chánh Văn phòng', null],
      // Typed with a decomposed "ã" and leading spaces, as a pasted title may be.
      [3, 'dismissal', '  Ba\u0303i nhiệm Trưởng phòng Nội vụ'.normalize('NFD'), null],
      [4, 'dismissal', 'Removal from the post of Chief Inspector', null],
      [5, 'dismissal', 'Phó Chủ tịch HĐND huyện', null],
      [6, 'dismissal', 'Miễn nhiệm chức vụ Ủy viên UBND huyện', null],
      [7, 'election', 'Bãi Cháy ward chair', null],
      [8, 'dismissal', 'Bãi nhiệm chức vụ Phó Chủ tịch UBND huyện', 1],
    ];
    for (const [id, kind, title, of] of titled) vote.run(id, kind, title, 0, rules, of ? 2 : 1, of);
    db.exec(`
      INSERT INTO personnel_person (id, vote_id, position, delegate_id, full_name, title, body, honorific, agree, disagree) VALUES (1, 1, 1, 1, 'Trần Văn Cường', 'Phó Chủ tịch UBND huyện', 'council', 'mr', 30, 3);
      INSERT INTO personnel_counter (vote_id, position, delegate_id, full_name, title, role) VALUES (1, 1, 2, 'Nguyễn Thị Ngọc Ánh', 'Trưởng ban Pháp chế', 'head');
      INSERT INTO personnel_version (vote_id, version, reason, at, actor, counts) VALUES (1, 1, '', 3000, 'chair', '{"present":33,"ballots":{"issued":33,"returned":33,"valid":33,"invalid":0},"lines":{"1":{"agree":30,"disagree":3}}}');
      INSERT INTO personnel_hall (id, vote_id) VALUES (1, 1);
    `);
    migrate(db);

    const kinds = db.prepare('SELECT id, kind FROM personnel_vote ORDER BY id').all();
    expect(kinds).toEqual([
      { id: 1, kind: 'removal' },
      { id: 2, kind: 'removal' },
      { id: 3, kind: 'removal' },
      { id: 4, kind: 'removal' },
      { id: 5, kind: 'dismissal' },
      { id: 6, kind: 'dismissal' },
      { id: 7, kind: 'election' },
      { id: 8, kind: 'removal' },
    ]);
    // The removal's people, counting committee, versions, the hall's choice and the new round's link stay.
    const engine = new Engine(db, manualClock());
    ok(engine, 'session.select', { id: 1 });
    const v = engine.current.personnel.find((x) => x.id === 1)!;
    expect(v.people[0]).toMatchObject({ fullName: 'Trần Văn Cường', counts: { agree: 30, disagree: 3 } });
    expect(v.people[0].result!.outcome).toBe('removed');
    expect(v.people[0].announcement!.vi).toContain('đã bị bãi nhiệm chức vụ Phó Chủ tịch UBND huyện.');
    expect(v.committee).toEqual([{ delegateId: 2, fullName: 'Nguyễn Thị Ngọc Ánh', title: 'Trưởng ban Pháp chế', role: 'head' }]);
    expect(v.versions).toHaveLength(1);
    expect(engine.current.personnelHall).toEqual({ voteId: 1 });
    expect(engine.current.personnel.find((x) => x.id === 8)!.revoteOf).toBe(1);
    // The rebuilt table keeps its rules: one open vote at a time, kinds checked, links enforced.
    expect(() => db.prepare("UPDATE personnel_vote SET kind = 'recall' WHERE id = 5").run()).toThrow(/CHECK/);
    expect(() => db.prepare("UPDATE personnel_vote SET status = 'open' WHERE id IN (5, 6)").run()).toThrow(/UNIQUE/);
    expect(() => db.prepare("INSERT INTO personnel_person (vote_id, position, full_name, body) VALUES (99, 1, 'Không ai', 'council')").run()).toThrow(/FOREIGN KEY/);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });
});
