import { describe, expect, it } from 'vitest';
import { newEngine, ok, seedBasics } from '../helpers';

/**
 * A report (or a submission, a verification report) is read at the rostrum: the requests typed
 * while it runs are for the discussion after it in the same sitting, filed there at once.
 */
function programme() {
  const { engine, db } = newEngine();
  seedBasics(engine);
  const morning = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
  const afternoon = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'afternoon', plannedStart: '13:30', plannedEnd: '17:00' }).id;
  const add = (title: string, kind: 'report' | 'verification' | 'discussion', sittingId: number) => {
    const id = ok(engine, 'agenda.add', { title, kind }).id;
    ok(engine, 'agenda.assign', { id, sittingId });
    return id;
  };
  const report = add('Báo cáo tình hình kinh tế - xã hội năm 2026', 'report', morning);
  const verification = add('Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'verification', morning);
  const debate = add('Thảo luận tại hội trường', 'discussion', morning);
  const lateReport = add('Báo cáo công tác phòng, chống tham nhũng', 'report', afternoon);
  const lateDebate = add('Thảo luận về dự toán', 'discussion', morning);
  const hoa = ok(engine, 'delegate.add', { fullName: 'Trần Thị Hoa', seatNumber: 1 }).id;
  const tam = ok(engine, 'delegate.add', { fullName: 'Lê Văn Tám', seatNumber: 2 }).id;
  return { engine, db, afternoon, report, verification, debate, lateReport, lateDebate, hoa, tam };
}

describe('requests typed while a report is read', () => {
  it('go to the discussion after it in its sitting, through the report and its verification', () => {
    const { engine, report, verification, debate, hoa, tam } = programme();
    ok(engine, 'item.start', { id: report });
    expect(engine.current.timing.liveItemId).toBe(report);
    expect(engine.current.speakers.itemId).toBe(debate);
    ok(engine, 'speaker.request', { delegateId: hoa });
    ok(engine, 'item.start', { id: verification, current: 'finish' });
    expect(engine.current.speakers.itemId).toBe(debate);
    ok(engine, 'speaker.request', { delegateId: tam });
    expect(engine.current.speakers.queue.map((s) => [s.delegateId, s.agendaItemId])).toEqual([[hoa, debate], [tam, debate]]);
    // Nothing waits on the reports once they end: no carry-over offer.
    ok(engine, 'item.start', { id: debate, current: 'finish' });
    expect(engine.current.leftWaiting ?? []).toEqual([]);
    expect(engine.current.speakers.queue.map((s) => s.delegateId)).toEqual([hoa, tam]);
  });

  it('stay on the report when no discussion is still to come in its sitting', () => {
    const { engine, lateReport, hoa } = programme();
    // The afternoon's report: the discussions are the morning's.
    ok(engine, 'item.start', { id: lateReport });
    expect(engine.current.speakers.itemId).toBe(lateReport);
    ok(engine, 'speaker.request', { delegateId: hoa });
    expect(engine.current.speakers.queue.map((s) => s.agendaItemId)).toEqual([lateReport]);
  });

  it('skip a discussion already over, and leave a discussion started as its own queue', () => {
    const { engine, report, debate, lateDebate } = programme();
    ok(engine, 'item.start', { id: debate });
    expect(engine.current.speakers.itemId).toBe(debate);
    ok(engine, 'item.finish', { id: debate });
    ok(engine, 'item.start', { id: report });
    // The morning's debate is over: the next one of the morning takes them.
    expect(engine.current.speakers.itemId).toBe(lateDebate);
  });

  it('follow the programme where no item was chosen: the discussion moved to another sitting, the next one of the morning takes them', () => {
    const { engine, db, afternoon, report, debate, lateDebate } = programme();
    ok(engine, 'item.start', { id: report });
    db.prepare("DELETE FROM setting WHERE key LIKE 'speakers.item.%'").run(); // as in a database from before the choice was kept
    // Only the discussion's sitting changes: the speakers slice follows it (FOCUS_READS), as a fresh client would read it.
    ok(engine, 'agenda.assign', { id: debate, sittingId: afternoon });
    expect(engine.current.speakers.itemId).toBe(lateDebate);
    expect(engine.snapshot().slices.speakers?.itemId).toBe(lateDebate);
  });
});
