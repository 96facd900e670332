/**
 * A draft's minutes before anything is written up: the items run so far have their titles and
 * times only. Each such title is its whole entry, not kept with the next item's: kept, the run of
 * them was chained to the first item with text and moved overleaf whole, leaving most of page 1
 * empty. An item with something under it keeps its title with it, as before.
 */
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { kept } from '../../office-pages';
import { newEngine, ok } from '../helpers';

describe('a draft minutes whose first items have nothing written under them', () => {
  it('keeps only the titles with something under them with what follows', async () => {
    const { engine, clock, db } = newEngine(':memory:');
    clock.set(Date.UTC(2026, 11, 8, 0, 30));
    ok(engine, 'council.save', { name: 'Hội đồng nhân dân xã Lương Sơn', level: 'commune', term: 1, totalSeats: 35 });
    const sessionId = ok(engine, 'session.create', { number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' }).id;
    const sittingId = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const titles = ['Chào cờ', 'Khai mạc kỳ họp', 'Báo cáo thẩm tra của Ban Kinh tế - Ngân sách', 'Giải lao', 'Thảo luận tại hội trường về các báo cáo'];
    const items = titles.map((title, i) => {
      const id = ok(engine, 'agenda.add', { title, kind: i === 3 ? 'break' : i === 4 ? 'discussion' : 'other' }).id;
      ok(engine, 'agenda.assign', { id, sittingId });
      return id;
    });
    for (const id of items) {
      ok(engine, 'item.start', { id, current: 'finish' });
      clock.advance(10 * 60_000);
    }
    ok(engine, 'note.set', { subject: 'item', id: items[4], note: 'Các đại biểu thảo luận sôi nổi về dự toán ngân sách năm 2027.' });
    const d = readDocx((await reportFile(db, { doc: 'minutes', sessionId, lang: 'vi' }))!.bytes);
    const title = (n: number) => d.paragraphs.find((p) => p.text.startsWith(`${n}. `))!;
    expect([1, 2, 3, 4, 5].map((n) => kept(d, title(n)))).toEqual([false, false, false, false, true]);
  });
});
