/**
 * A resolution's result is announced once, and again only once corrected since, as a personnel
 * vote's is. Before, `vote.announce` of an unchanged result was accepted: a second journal line
 * ("Công bố kết quả biểu quyết …" twice) for nothing new, and the announcement's time moved on.
 * Putting it on the hall again is "Show on the hall". Real engine, real SQLite.
 */
import { describe, expect, it } from 'vitest';
import { readActivity } from '../../../electron/features/activity/store';
import { describe as sentence, namesFrom } from '../../../src/features/activity/activity';
import { correctedSinceAnnounced } from '../../../common/votes/announce';
import { manualClock, newEngine, ok, refused, seedBasics } from '../helpers';

const TITLE = 'Nghị quyết về dự toán ngân sách địa phương năm 2027';

/** A show-of-hands vote of 50 present, 45 for, closed and announced. */
function announced() {
  const clock = manualClock();
  const { engine, db } = newEngine(':memory:', clock);
  seedBasics(engine);
  const { id } = ok(engine, 'vote.create', { resolutionTitle: TITLE, method: 'hands' });
  ok(engine, 'vote.open', { id, present: 50 });
  ok(engine, 'vote.tally', { id, for: 45, against: 3, abstain: 2 });
  ok(engine, 'vote.close', { id });
  ok(engine, 'vote.announce', { id });
  clock.advance(60_000);
  const view = () => engine.current.votes.find((v) => v.id === id)!;
  const announces = () => readActivity(db).entries.filter((e) => e.type === 'vote.announce').length;
  return { engine, db, clock, id, view, announces };
}

describe('announcing a resolution’s result again', () => {
  it('is refused while the result is unchanged since it was announced, pointing to “Show on the hall”; nothing changes', () => {
    const { engine, id, view, announces } = announced();
    const at = view().announcedAt;
    const again = refused(engine, 'vote.announce', { id }, 'vote-announced-unchanged');
    expect(again.en).toBe(
      `The result of “${TITLE}” has already been announced and has not been corrected since. To put it on the hall again, use “Show on the hall”; to change its figures, correct the result (with a reason), then announce the corrected result.`,
    );
    expect(again.vi).toBe(
      `Kết quả biểu quyết «${TITLE}» đã được công bố và chưa đính chính lần nào từ đó. Để chiếu lại lên màn hình hội trường, dùng «Chiếu lên màn hình hội trường»; để sửa số phiếu, hãy đính chính kết quả (ghi rõ lý do) rồi công bố kết quả đã đính chính.`,
    );
    expect(view().announcedAt).toBe(at);
    expect(announces()).toBe(1);
    // What the refusal points to: the hall shows the result again, and nothing is announced.
    ok(engine, 'hall.setMode', { mode: 'vote', voteId: id });
    expect(engine.current.hall).toMatchObject({ mode: 'vote', voteId: id });
    expect(view().announcedAt).toBe(at);
  });

  it('announces a corrected result once, then refuses it again until the next correction', () => {
    const { engine, clock, id, view, announces } = announced();
    ok(engine, 'vote.correct', { id, reason: 'Tổ thư ký cộng nhầm', tally: { for: 44, against: 4, abstain: 2 } });
    expect(correctedSinceAnnounced(view())).toBe(true);
    clock.advance(60_000);
    ok(engine, 'vote.announce', { id });
    expect(view().announcedAt).toBe(clock());
    expect(correctedSinceAnnounced(view())).toBe(false);
    expect(announces()).toBe(2);
    refused(engine, 'vote.announce', { id }, 'vote-announced-unchanged');
    clock.advance(60_000);
    ok(engine, 'vote.correct', { id, reason: 'Đính chính lần hai', tally: { for: 45, against: 3, abstain: 2 } });
    ok(engine, 'vote.announce', { id });
    expect(announces()).toBe(3);
  });

  it('journals which version was read out, and the Activity view says a corrected result was announced, in vi and en', () => {
    const { engine, db, clock, id } = announced();
    ok(engine, 'vote.correct', { id, reason: 'Tổ thư ký cộng nhầm', tally: { for: 44, against: 4, abstain: 2 } });
    clock.advance(60_000);
    ok(engine, 'vote.announce', { id });
    const activity = readActivity(db);
    const rows = activity.entries.filter((e) => e.type === 'vote.announce');
    expect(rows.map((e) => e.payload.about)).toEqual([
      { title: TITLE, version: 2 },
      { title: TITLE, version: 1 },
    ]);
    const names = namesFrom(engine.current, activity.sittings);
    expect(rows.map((e) => sentence(e, names, 'vi'))).toEqual([`Công bố kết quả đã đính chính (phiên bản 2) của cuộc biểu quyết «${TITLE}»`, `Công bố kết quả biểu quyết «${TITLE}»`]);
    expect(rows.map((e) => sentence(e, names, 'en'))).toEqual([`Announced the corrected result (version 2) of “${TITLE}”`, `Announced the result of “${TITLE}”`]);
    // The title as it stood when read out, not as renamed since; a row from before rows recorded it reads by the vote's name now.
    expect(sentence({ type: 'vote.announce', payload: { id, about: { title: 'Tên cũ', version: 1 } } }, names, 'en')).toBe('Announced the result of “Tên cũ”');
    expect(sentence({ type: 'vote.announce', payload: { id } }, names, 'vi')).toBe(`Công bố kết quả biểu quyết «${TITLE}»`);
  });

  it('still refuses a vote not closed, and announces a closed one the first time', () => {
    const clock = manualClock();
    const { engine } = newEngine(':memory:', clock);
    seedBasics(engine);
    const { id } = ok(engine, 'vote.create', { resolutionTitle: TITLE, method: 'hands' });
    refused(engine, 'vote.announce', { id }, 'vote-not-closed');
    ok(engine, 'vote.open', { id, present: 50 });
    ok(engine, 'vote.tally', { id, for: 45, against: 3, abstain: 2 });
    refused(engine, 'vote.announce', { id }, 'vote-not-closed');
    ok(engine, 'vote.close', { id });
    ok(engine, 'vote.announce', { id });
    expect(engine.current.votes[0].announcedAt).toBe(clock());
  });
});
