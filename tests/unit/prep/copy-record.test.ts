/**
 * The second session of the year made from the first: the hall, the presiding board and the
 * secretaries come with its programme when asked (they rarely change within a term), never the
 * first session's minutes number, documents, notes or votes, and never over what this session
 * already has.
 */
import { describe, expect, it } from 'vitest';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

function firstSessionWithRecord() {
  const { engine, db } = newEngine();
  const { sessionId: first } = seedBasics(engine); // kỳ họp thứ 11, 2026-12-08
  const chair = ok(engine, 'delegate.add', { fullName: 'Bùi Đức Hinh', seatNumber: 1 }).id;
  const vice = ok(engine, 'delegate.add', { fullName: 'Đinh Công Sứ', seatNumber: 2 }).id;
  const secretary = ok(engine, 'delegate.add', { fullName: 'Quách Thị Hồng', seatNumber: 3 }).id;
  ok(engine, 'template.apply', { builtin: 'midYear' });
  ok(engine, 'record.setSession', { place: 'Hội trường Trung tâm Hội nghị tỉnh', locality: 'Hòa Bình', minutesNumber: '07' });
  ok(engine, 'record.setOfficers', { chairs: [chair, vice], secretaries: [secretary] });
  const firstItem = engine.current.agenda[0].id;
  ok(engine, 'record.setDocument', { agendaItemId: firstItem, docNumber: '120/TTr-UBND', docDate: '2026-11-20' });
  const second = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' });
  return { engine, db, first, second: second.id, chair, vice, secretary };
}

describe('copying an earlier session’s place, presiding board and secretaries', () => {
  it('is offered in the preview, and brings the place, the locality and the officers in their order, not the minutes number or documents', () => {
    const { engine, first, chair, vice, secretary } = firstSessionWithRecord();
    expect(engine.current.prep.summaries.find((s) => s.id === first)).toMatchObject({ place: 'Hội trường Trung tâm Hội nghị tỉnh', chairs: 2, secretaries: 1 });
    expect(engine.current.record).toMatchObject({ place: '', chairs: [], secretaries: [] });

    const result = ok(engine, 'session.copyFrom', { fromId: first, agenda: true, topics: false, record: true });
    expect(result.record).toEqual({ place: true, chairs: 2, secretaries: 1 });
    expect(engine.current.record).toMatchObject({ place: 'Hội trường Trung tâm Hội nghị tỉnh', locality: 'Hòa Bình', minutesNumber: '', chairs: [chair, vice], secretaries: [secretary] });
    expect(engine.current.record!.documents).toEqual({});
    // One undo takes back the programme and the officers together.
    ok(engine, 'undo', { scope: 'prep' });
    expect(engine.current.agenda).toEqual([]);
    expect(engine.current.record).toMatchObject({ place: '', locality: '', chairs: [], secretaries: [] });
  });

  it('copies the officers alone, and leaves what this session already has as it is', () => {
    const { engine, first, vice, secretary } = firstSessionWithRecord();
    const other = ok(engine, 'delegate.add', { fullName: 'Nguyễn Văn Chiến', seatNumber: 4 }).id;
    ok(engine, 'record.setSession', { place: 'Hội trường Tỉnh ủy' });
    ok(engine, 'record.setOfficers', { secretaries: [other] });
    const result = ok(engine, 'session.copyFrom', { fromId: first, agenda: false, topics: false, record: true });
    expect(result).toMatchObject({ items: 0, topics: 0, record: { place: true, chairs: 2, secretaries: 0 } });
    expect(engine.current.agenda).toEqual([]);
    expect(engine.current.record).toMatchObject({ place: 'Hội trường Tỉnh ủy', locality: 'Hòa Bình', chairs: [expect.any(Number), vice], secretaries: [other] });
    expect(engine.current.record!.secretaries).not.toContain(secretary);
  });

  it('is left out unless asked: a copy of the programme alone leaves the record empty', () => {
    const { engine, first } = firstSessionWithRecord();
    ok(engine, 'session.copyFrom', { fromId: first, agenda: true, topics: false });
    expect(engine.current.record).toMatchObject({ place: '', chairs: [], secretaries: [] });
  });

  it('refuses, changing nothing, when there is nothing of it to bring: none in the source, or all of it here already', () => {
    const { engine, db, first, second } = firstSessionWithRecord();
    // The first session has a place and officers, but the second (being prepared) is copied from a session with none.
    const third = ok(engine, 'session.create', { number: 13, term: 16, kind: 'thematic', startDate: '2027-09-01', endDate: '2027-09-01' }).id;
    ok(engine, 'session.select', { id: third });
    const empty = second;
    const before = dumpDb(db);
    expect(refused(engine, 'session.copyFrom', { fromId: empty, agenda: false, topics: false, record: true }, 'copy-source-empty').vi).toMatch(/chủ tọa/);
    ok(engine, 'session.copyFrom', { fromId: first, agenda: false, topics: false, record: true });
    expect(refused(engine, 'session.copyFrom', { fromId: first, agenda: false, topics: false, record: true }, 'copy-record-here').vi).toBe(
      'Kỳ họp này đã có địa điểm, chủ tọa và thư ký. Chưa có gì được sao chép.',
    );
    expect(refused(engine, 'session.copyFrom', { fromId: first, agenda: false, topics: false, record: 'yes' }, 'invalid').vi).toBe('Địa điểm, chủ tọa và thư ký không hợp lệ.');
    expect(dumpDb(db)).not.toEqual(before); // the one copy that was accepted
  });
});
