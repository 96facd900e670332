/**
 * A vote by name (biểu quyết ghi tên) leaves its names in the record: the minutes, in both
 * languages, and the votes' CSV list who voted for, against, abstained, who was in the hall and
 * did not vote, and who was away, in seat order; after a correction the corrected marks, and a
 * revote its own. A secret ballot names nobody, whatever the database holds.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { votesCsv } from '../../../common/votes/csv';
import { readDocx } from '../../docx';
import { newEngine, ok } from '../helpers';

/** 35 voting delegates, seated in the reverse of the order they were entered (seat order is not id order). */
const NAMES = [
  'Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lương Xuân Quý', 'Trần Thị Thu Hà', 'Phạm Đức Thắng', 'Hoàng Văn Thạch', 'Vũ Thị Ngọc Ánh',
  'Bùi Minh Khánh', 'Đỗ Thanh Tùng', 'Hồ Thị Yến', 'Ngô Văn Sơn', 'Dương Quốc Hưng', 'Lê Thị Mỹ Dung', 'Phan Văn Lợi', 'Trương Thị Ánh Tuyết',
  'Đinh Công Tráng', 'Lý Thị Hường', 'Mai Văn Đức', 'Châu Thị Bích', 'Tạ Quang Vinh', 'Kiều Thị Nga', 'Quách Văn Toàn', 'Lò Văn Minh',
  'Hà Thị Phượng', 'Triệu Văn Dũng', 'Vương Thị Hoa', 'Cao Xuân Trường', 'Đoàn Thị Lệ', 'Lâm Văn Hải', 'Tô Thị Nhung', 'Khổng Văn Lực',
  'Thái Thị Oanh', 'Nông Văn Quyết', 'Âu Thị Xuân', 'Ông Văn Ước',
];

const MORNING = new Date(2026, 11, 8, 9, 0).getTime();

function setUp() {
  const ctx = newEngine();
  const { engine, clock } = ctx;
  clock.set(MORNING - 3600_000);
  ok(engine, 'council.save', { name: 'Hội đồng nhân dân huyện Đầm Hà', level: 'district', term: 4, totalSeats: 35 });
  const sessionId = ok(engine, 'session.create', { number: 11, term: 4, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' }).id;
  const ids = NAMES.map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: NAMES.length - i }).id);
  ok(engine, 'delegate.add', { fullName: 'Giám đốc Sở Tài chính', voting: false });
  const item = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua các nghị quyết', kind: 'vote' }).id;
  const sitting = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
  clock.set(MORNING - 30 * 60_000);
  ok(engine, 'sitting.open', { id: sitting });
  ok(engine, 'attendance.open', { sittingId: sitting });
  ok(engine, 'item.start', { id: item });
  /** Person k of NAMES. */
  const who = (k: number) => ({ id: ids[k], name: NAMES[k] });
  return { ...ctx, sessionId, ids, item, who };
}

/** Names in seat order: the last entered sits first. */
const seated = (ks: number[]) => [...ks].sort((a, b) => b - a).map((k) => NAMES[k]);

async function minutesText(ctx: ReturnType<typeof setUp>, lang: 'vi' | 'en') {
  const file = await reportFile(ctx.db, { doc: 'minutes', sessionId: ctx.sessionId, lang });
  return readDocx(file!.bytes).paragraphs.map((p) => p.text);
}

function csvRows(ctx: ReturnType<typeof setUp>, lang: 'vi' | 'en') {
  const csv = votesCsv(ctx.engine.current.votes, new Map(), ctx.engine.current.delegates, lang, () => '08/12/2026 09:00');
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  return Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
}

describe('a vote by name in the record', () => {
  it('lists every group by name, in seat order, in the minutes in both languages and in the CSV', async () => {
    const ctx = setUp();
    const { engine, clock, who } = ctx;
    // Before the vote: 0 absent without leave, 1 with leave, 2 not arrived yet.
    ok(engine, 'attendance.mark', { delegateId: who(0).id, status: 'absent' });
    ok(engine, 'attendance.mark', { delegateId: who(1).id, status: 'excused' });
    ok(engine, 'attendance.mark', { delegateId: who(2).id, status: 'notArrived' });
    // 3 arrived late, before the vote.
    ok(engine, 'attendance.mark', { delegateId: who(3).id, status: 'late', time: '08:45' });

    clock.set(MORNING);
    const id = ok(engine, 'vote.create', { agendaItemId: ctx.item, resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', resolutionNumber: '46/NQ-HĐND', method: 'named' }).id;
    ok(engine, 'vote.open', { id });
    const choices: Record<number, 'for' | 'against' | 'abstain'> = { 5: 'against', 9: 'against', 12: 'abstain' };
    // 4 and 8 are in the hall and cast no vote; everyone else here votes for.
    const silent = [4, 8];
    const forKs = NAMES.map((_, k) => k).filter((k) => k >= 3 && !silent.includes(k) && !(k in choices));
    for (const k of forKs) ok(engine, 'vote.mark', { id, delegateId: who(k).id, choice: 'for' });
    for (const [k, choice] of Object.entries(choices)) ok(engine, 'vote.mark', { id, delegateId: who(Number(k)).id, choice });
    clock.advance(5 * 60_000);
    ok(engine, 'vote.close', { id });
    ok(engine, 'vote.announce', { id });
    // After the vote: 2 arrives at 09:30 (away when it was held), 4 leaves at 10:00 (in the hall when it was held).
    clock.set(MORNING + 90 * 60_000);
    ok(engine, 'attendance.mark', { delegateId: who(2).id, status: 'late', time: '09:30' });
    ok(engine, 'attendance.mark', { delegateId: who(4).id, status: 'left', time: '10:00' });

    const vi = await minutesText(ctx, 'vi');
    const at = vi.indexOf('Kết quả biểu quyết của từng đại biểu:');
    expect(at).toBeGreaterThan(0);
    expect(vi[at - 1]).toContain('biểu quyết bằng hình thức ghi tên thông qua Nghị quyết về kế hoạch đầu tư công năm 2027');
    expect(vi.slice(at + 1, at + 6)).toEqual([
      `- Tán thành (${forKs.length} đại biểu): ${seated(forKs).join(', ')}.`,
      `- Không tán thành (2 đại biểu): ${seated([5, 9]).join(', ')}.`,
      `- Không biểu quyết (1 đại biểu): ${NAMES[12]}.`,
      `- Có mặt nhưng không tham gia biểu quyết (2 đại biểu): ${seated(silent).join(', ')}.`,
      `- Vắng mặt (3 đại biểu): ${seated([0, 1, 2]).join(', ')}.`,
    ]);
    // The guest is no voter: named nowhere in the vote.
    expect(vi.slice(at, at + 6).join('\n')).not.toContain('Giám đốc Sở Tài chính');

    const en = await minutesText(ctx, 'en');
    const enAt = en.indexOf('How each delegate voted:');
    expect(en.slice(enAt + 1, enAt + 6)).toEqual([
      `- In favour (${forKs.length}): ${seated(forKs).join(', ')}.`,
      `- Against (2): ${seated([5, 9]).join(', ')}.`,
      `- Abstain (1): ${NAMES[12]}.`,
      `- Present, did not vote (2): ${seated(silent).join(', ')}.`,
      `- Absent (3): ${seated([0, 1, 2]).join(', ')}.`,
    ]);

    const [row] = csvRows(ctx, 'vi');
    expect(row).toMatchObject({
      'Phương thức': 'Biểu quyết ghi danh',
      'Tán thành': String(forKs.length),
      'Tán thành (họ tên)': seated(forKs).join('; '),
      'Không tán thành (họ tên)': seated([5, 9]).join('; '),
      'Không biểu quyết (họ tên)': NAMES[12],
      'Có mặt nhưng không tham gia biểu quyết (họ tên)': seated(silent).join('; '),
      'Vắng mặt (họ tên)': seated([0, 1, 2]).join('; '),
    });
    const [enRow] = csvRows(ctx, 'en');
    expect(enRow).toMatchObject({ 'Abstain (names)': NAMES[12], 'Absent (names)': seated([0, 1, 2]).join('; '), 'Present, did not vote (names)': seated(silent).join('; ') });

    // A vote closed before its voters were kept with it: the minutes read them from the roll call, by the times marked.
    ctx.db.prepare("UPDATE vote_version SET counts = json_remove(counts, '$.voters')").run();
    const old = await minutesText(ctx, 'vi');
    expect(old.slice(at + 4, at + 6)).toEqual(vi.slice(at + 4, at + 6));
  });

  it('names the corrected marks after a correction, and each round its own after a revote', async () => {
    const ctx = setUp();
    const { engine, clock, who } = ctx;
    ok(engine, 'attendance.mark', { delegateId: who(0).id, status: 'excused' });
    clock.set(MORNING);
    const id = ok(engine, 'vote.create', { agendaItemId: ctx.item, resolutionTitle: 'Nghị quyết về chương trình giám sát năm 2027', method: 'named' }).id;
    ok(engine, 'vote.open', { id });
    // 17 for, 17 against: not adopted (18 of 35 needed).
    for (let k = 1; k < 35; k++) ok(engine, 'vote.mark', { id, delegateId: who(k).id, choice: k <= 17 ? 'for' : 'against' });
    ok(engine, 'vote.close', { id });
    // The secretary mis-keyed 18: they voted for, not against. Still 18 for: adopted by the correction.
    ok(engine, 'vote.correct', { id, reason: 'Thư ký ghi nhầm lựa chọn của đại biểu', marks: [{ delegateId: who(18).id, choice: 'for' }] });
    ok(engine, 'vote.announce', { id });

    let vi = await minutesText(ctx, 'vi');
    const forLine = (lines: string[], from = 0) => lines.find((l, i) => i >= from && l.startsWith('- Tán thành ('))!;
    const against = (lines: string[], from = 0) => lines.find((l, i) => i >= from && l.startsWith('- Không tán thành ('))!;
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
    expect(forLine(vi)).toBe(`- Tán thành (18 đại biểu): ${seated([...range(1, 17), 18]).join(', ')}.`);
    expect(against(vi)).toBe(`- Không tán thành (16 đại biểu): ${seated(range(19, 34)).join(', ')}.`);

    // Taken again, an hour later: 0 is back, 34 has left (at 09:50, before the second round).
    const { id: again } = ok(engine, 'vote.revote', { id });
    clock.set(MORNING + 60 * 60_000);
    ok(engine, 'attendance.mark', { delegateId: who(0).id, status: 'present' });
    ok(engine, 'attendance.mark', { delegateId: who(34).id, status: 'left', time: '09:50' });
    ok(engine, 'vote.open', { id: again });
    for (let k = 0; k < 30; k++) ok(engine, 'vote.mark', { id: again, delegateId: who(k).id, choice: 'for' });
    ok(engine, 'vote.mark', { id: again, delegateId: who(30).id, choice: 'against' });
    ok(engine, 'vote.close', { id: again });
    ok(engine, 'vote.announce', { id: again });

    vi = await minutesText(ctx, 'vi');
    const round2 = vi.findIndex((l) => l.startsWith('Biểu quyết lại (lần 2).'));
    expect(round2).toBeGreaterThan(0);
    // The first round as corrected, still; the second its own.
    expect(forLine(vi)).toBe(`- Tán thành (18 đại biểu): ${seated([...range(1, 17), 18]).join(', ')}.`);
    expect(forLine(vi, round2)).toBe(`- Tán thành (30 đại biểu): ${seated(range(0, 29)).join(', ')}.`);
    expect(against(vi, round2)).toBe(`- Không tán thành (1 đại biểu): ${NAMES[30]}.`);
    expect(vi.find((l, i) => i > round2 && l.startsWith('- Có mặt nhưng'))).toBe(`- Có mặt nhưng không tham gia biểu quyết (3 đại biểu): ${seated([31, 32, 33]).join(', ')}.`);
    expect(vi.find((l, i) => i > round2 && l.startsWith('- Vắng mặt'))).toBe(`- Vắng mặt (1 đại biểu): ${NAMES[34]}.`);

    const rows = csvRows(ctx, 'vi');
    expect(rows.map((r) => r['Lần biểu quyết'])).toEqual(['1', '2']);
    expect(rows[0]['Tán thành (họ tên)']).toBe(seated([...range(1, 17), 18]).join('; '));
    expect(rows[0]['Vắng mặt (họ tên)']).toBe(NAMES[0]);
    expect(rows[1]['Tán thành (họ tên)']).toBe(seated(range(0, 29)).join('; '));
    expect(rows[1]['Vắng mặt (họ tên)']).toBe(NAMES[34]);
  });

  it('never names anyone for a secret ballot or a show of hands, even with marks stored against it', async () => {
    const ctx = setUp();
    const { engine, clock, db, who } = ctx;
    clock.set(MORNING);
    const votes = (['secret', 'hands'] as const).map((method) => {
      const id = ok(engine, 'vote.create', { agendaItemId: ctx.item, resolutionTitle: `Nghị quyết miễn nhiệm (${method})`, method }).id;
      if (method === 'secret') ok(engine, 'record.setCounters', { voteId: id, counters: [who(0).id, who(1).id] });
      ok(engine, 'vote.open', { id });
      if (method === 'secret') ok(engine, 'vote.tally', { id, issued: 35, returned: 35, valid: 35, invalid: 0, for: 30, against: 3, abstain: 2 });
      else ok(engine, 'vote.tally', { id, for: 30, against: 3, abstain: 2 });
      ok(engine, 'vote.close', { id });
      ok(engine, 'vote.announce', { id });
      // Marks no command would write: the record must still not show them.
      for (let k = 0; k < 35; k++) db.prepare('INSERT INTO vote_mark (vote_id, delegate_id, choice) VALUES (?, ?, ?)').run(id, who(k).id, k < 30 ? 'for' : 'against');
      return id;
    });
    ok(engine, 'record.setOfficers', { chairs: [], secretaries: [] });
    ok(engine, 'item.finish', { id: ctx.item });

    for (const lang of ['vi', 'en'] as const) {
      const text = (await minutesText(ctx, lang)).join('\n');
      expect(text).not.toMatch(/Kết quả biểu quyết của từng đại biểu|How each delegate voted/);
      for (const name of NAMES) expect(text).not.toContain(name);
      const rows = csvRows(ctx, lang);
      expect(rows).toHaveLength(2);
      for (const row of rows) for (const name of NAMES) expect(Object.values(row).join('|')).not.toContain(name);
    }
    expect(engine.current.votes.filter((v) => votes.includes(v.id)).map((v) => [v.marks, v.voters])).toEqual([
      [{}, null],
      [{}, null],
    ]);
  });
});
