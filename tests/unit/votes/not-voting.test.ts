/**
 * Delegates present who did not vote in a show of hands (28 + 3 + 2 of 34 present): the
 * announcement the vote screen shows, the minutes and the review all count them, in the same
 * words, so the counts add up to those present; a count above those present is refused.
 */
import { describe, expect, it } from 'vitest';
import { announcements } from '../../../common/votes/announce';
import { computeReview } from '../../../common/review/figures';
import { cellText, reviewTables, plainSpaces } from '../../../common/review/tables';
import { readReviewInput } from '../../../electron/features/review/input';
import { minutesModel } from '../../../electron/features/record/minutes';
import { exportReview } from '../../../electron/features/review/export';
import { readDocx } from '../../docx';
import { newEngine, ok, refused, seedBasics } from '../helpers';

function handsVote(present: number, counts: { for: number; against: number; abstain: number }) {
  const { engine, db } = newEngine();
  const { sessionId } = seedBasics(engine);
  const item = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua các nghị quyết', kind: 'vote' }).id;
  const id = ok(engine, 'vote.create', { agendaItemId: item, resolutionNumber: '45/NQ-HĐND', resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' }).id;
  ok(engine, 'vote.open', { id, present });
  ok(engine, 'vote.tally', { id, ...counts });
  return { engine, db, sessionId, id };
}

const minutesText = (db: Parameters<typeof minutesModel>[0], sessionId: number, lang: 'vi' | 'en') =>
  minutesModel(db, sessionId, { lang, now: Date.now() })!.parts[0].blocks.flatMap((b) => (b.kind === 'para' ? [b.runs.map((r) => r.text).join('')] : [])).join('\n');

describe('delegates present who did not vote', () => {
  it('are counted in the announcement, the minutes and the review alike', async () => {
    const { engine, db, sessionId, id } = handsVote(34, { for: 28, against: 3, abstain: 2 });
    ok(engine, 'vote.close', { id });
    const v = engine.current.votes.find((x) => x.id === id)!;
    expect(v.result.notVoting).toBe(1);
    const said = announcements(v);
    expect(said.vi).toContain('2 đại biểu không biểu quyết, chiếm 3,45%. 1 đại biểu có mặt không tham gia biểu quyết. Như vậy,');
    expect(said.en).toContain('2 abstaining, 3.45%. 1 delegate present did not vote. Nghị quyết');
    expect(minutesText(db, sessionId, 'vi')).toContain('1 đại biểu có mặt không tham gia biểu quyết.');
    expect(minutesText(db, sessionId, 'en')).toContain('1 delegate present did not vote.');
    const review = computeReview(readReviewInput(db, sessionId, Date.now())!);
    expect(review.votes.list[0]).toMatchObject({ present: 34, for: 28, against: 3, abstain: 2, notVoting: 1 });
    for (const [lang, header] of [['vi', 'Không tham gia'], ['en', 'Did not vote']] as const) {
      const table = reviewTables(review, lang).find((t) => t.id === 'votes')!;
      // The head's words held by a no-break space on screen and in the report ('Không tham\u00a0gia').
      const k = table.columns.map(plainSpaces).indexOf(header);
      expect(k, lang).toBeGreaterThan(0);
      expect(cellText(table.rows[0][k], lang)).toBe('1');
      // The report's vote table says it in words beside the other counts.
      const report = readDocx((await exportReview(db, 'review-docx', { sessionId, lang, now: Date.now() }))!.body);
      const cells = report.paragraphs.filter((p) => p.inTable).map((p) => p.text.replace(/\u00a0/g, ' '));
      expect(cells, lang).toContain(lang === 'vi' ? '3 không tán thành\n2 không biểu quyết\n1 không tham gia' : '3 against\n2 abstaining\n1 did not vote');
    }
  });

  it('are not mentioned when the counts add up to those present', () => {
    const { engine, id } = handsVote(33, { for: 28, against: 3, abstain: 2 });
    ok(engine, 'vote.close', { id });
    const v = engine.current.votes.find((x) => x.id === id)!;
    expect(announcements(v).vi).not.toContain('không tham gia');
    expect(announcements(v).en).not.toContain('did not vote');
  });

  it('leave no room for a count above those present: refused with a sentence, nothing changed', () => {
    const { engine, id } = handsVote(34, { for: 28, against: 3, abstain: 2 });
    const r = refused(engine, 'vote.tally', { id, for: 28, against: 5, abstain: 2 }, 'counts-over-present');
    expect(r.vi).toBe('Tán thành, không tán thành và không biểu quyết cộng lại (35) nhiều hơn số đại biểu có mặt (34).');
    expect(r.en).toBe('In favour, against and abstaining add up to 35, more than the 34 present.');
    expect(engine.current.votes.find((x) => x.id === id)!.tally).toMatchObject({ for: 28, against: 3, abstain: 2 });
  });
});
