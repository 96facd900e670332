/**
 * A thematic session's record says it was one, as councils head theirs ("Kỳ họp thứ 3 (kỳ họp chuyên
 * đề), Hội đồng nhân dân xã Tân Phước"): the minutes, the counting records and the results notice of
 * a special session on personnel read, before, as a regular session's. A regular session's read as ever.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { newEngine, ok } from '../helpers';

let ctx: ReturnType<typeof newEngine>;
const sessions: Record<'thematic' | 'regular', number> = { thematic: 0, regular: 0 };

beforeAll(() => {
  ctx = newEngine();
  const { engine } = ctx;
  ok(engine, 'council.save', { name: 'Hội đồng nhân dân xã Tân Phước', level: 'commune', term: 1, totalSeats: 5 });
  const people = ['Nguyễn Thị Ánh', 'Trần Văn Bảo', 'Lê Hữu Cường', 'Phạm Ngọc Dũng', 'Hoàng Quốc Đạt'].map((fullName) => ok(engine, 'delegate.add', { fullName }).id);
  for (const [kind, number] of [['regular', 2], ['thematic', 3]] as const) {
    // Each new session is the current one.
    sessions[kind] = ok(engine, 'session.create', { number, term: 1, kind, startDate: '2026-12-15', endDate: '2026-12-15' }).id;
    const id = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân xã', people: [{ delegateId: people[4] }] }).id;
    ok(engine, 'personnel.committee', { id, head: people[2], members: [people[3]] });
    ok(engine, 'personnel.open', { id, present: 5 });
    ok(engine, 'personnel.ballots', { id, issued: 5, returned: 5, valid: 5, invalid: 0 });
    const personId = engine.current.personnel.find((v) => v.id === id)!.people[0].id;
    ok(engine, 'personnel.count', { id, lines: [{ personId, counts: { agree: 4, disagree: 1, invalid: 0 } }] });
    ok(engine, 'personnel.close', { id });
    ok(engine, 'personnel.announce', { id });
  }
});

const text = async (doc: 'minutes' | 'ballots' | 'notice' | 'personnel', kind: 'thematic' | 'regular', lang: 'vi' | 'en') =>
  readDocx((await reportFile(ctx.db, { doc, sessionId: sessions[kind], lang }))!.bytes).text;

describe('the record of a thematic session', () => {
  it('names the session "Kỳ họp thứ 3 (kỳ họp chuyên đề)" in the minutes, the counting records and the results notice, in both languages', async () => {
    for (const doc of ['minutes', 'ballots', 'notice', 'personnel'] as const) {
      expect(await text(doc, 'thematic', 'vi'), doc).toContain('Kỳ họp thứ 3 (kỳ họp chuyên đề), Hội đồng nhân dân xã Tân Phước');
      expect(await text(doc, 'thematic', 'en'), doc).toContain('Session 3 (thematic session), People’s Council of Tân Phước commune');
      expect(await text(doc, 'regular', 'vi'), doc).toContain('Kỳ họp thứ 2, Hội đồng nhân dân xã Tân Phước');
      expect(await text(doc, 'regular', 'vi'), doc).not.toContain('thường lệ');
    }
    expect(await text('minutes', 'thematic', 'vi')).toContain('Kỳ họp thứ 3 (kỳ họp chuyên đề), Hội đồng nhân dân xã Tân Phước khóa I, nhiệm kỳ 2026–2031 được tổ chức ngày 15/12/2026');
  });
});

describe('the results notice of a thematic session on personnel', () => {
  it('has no questioning section, where the session had no questioning item and no question; a regular session’s says there was none', async () => {
    const thematic = await text('notice', 'thematic', 'vi');
    expect(thematic).toContain('II. CÔNG TÁC NHÂN SỰ');
    expect(thematic).not.toContain('HOẠT ĐỘNG CHẤT VẤN');
    expect(thematic).not.toContain('Kỳ họp không có nội dung chất vấn.');
    expect(await text('notice', 'thematic', 'en')).not.toContain('QUESTIONING');
    const regular = await text('notice', 'regular', 'vi');
    expect(regular).toContain('III. HOẠT ĐỘNG CHẤT VẤN');
    expect(regular).toContain('Kỳ họp không có nội dung chất vấn.');
  });
});
