import { describe, expect, it } from 'vitest';
import { readActivity } from '../../../electron/features/activity/store';
import { describe as sentence, namesFrom } from '../../../src/features/activity/activity';
import { hallPersonnel, personnelAwaitingResult } from '../../../src/features/personnel/personnel';
import { correctedSinceAnnounced } from '../../../common/votes/announce';
import { ok, refused } from '../helpers';
import { countAll, countedConfidenceVote, prepareConfidence, setUp, view } from './fixtures';

/**
 * A personnel result corrected after it was announced is announced again, as a resolution's is
 * (Votes' "announce the corrected result"): on the real engine and SQLite. Before, the console
 * offered nothing once a result was announced, and the hall and the caption kept following the
 * vote opened last, whatever was announced since.
 */
describe('announcing a personnel result again after a correction', () => {
  it('is refused before the close, for a vote of nowhere, and for a result announced and not corrected since, changing nothing', () => {
    const ctx = setUp();
    const { engine, officials, counters } = ctx;
    const id = prepareConfidence(engine, officials.slice(0, 2));
    refused(engine, 'personnel.announce', { id }, 'personnel-not-closed');
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'personnel.open', { id, present: 56 });
    refused(engine, 'personnel.announce', { id }, 'personnel-not-closed');
    refused(engine, 'personnel.announce', { id: 9999 }, 'not-found');
    refused(engine, 'personnel.announce', {}, 'invalid');
    countAll(engine, id, [
      [49, 5, 2, 0],
      [40, 10, 6, 0],
    ]);
    ok(engine, 'personnel.close', { id });
    ok(engine, 'personnel.announce', { id });
    ctx.clock.advance(60_000);
    // Announced and unchanged: nothing new to read out. Putting it on the hall again is "Show on the hall".
    const again = refused(engine, 'personnel.announce', { id }, 'personnel-announced-unchanged');
    expect(again.vi).toBe(
      'Kết quả «Lấy phiếu tín nhiệm năm 2026» đã được công bố và chưa đính chính lần nào từ đó. Để chiếu lại lên màn hình hội trường, dùng «Chiếu lên màn hình hội trường»; để sửa số phiếu, hãy đính chính (ghi rõ lý do) rồi công bố kết quả đã đính chính.',
    );
    expect(again.en).toContain('has already been announced and has not been corrected since');
  });

  it('announces the corrected figures once, the journal saying which version was read out', () => {
    const ctx = setUp();
    const { engine, db, clock } = ctx;
    const id = countedConfidenceVote(ctx);
    const first = view(engine, id).announcedAt!;
    expect(correctedSinceAnnounced(view(engine, id))).toBe(false);
    clock.advance(120_000);
    const quy = view(engine, id).people[0];
    ok(engine, 'personnel.correct', { id, reason: 'Ban kiểm phiếu cộng nhầm tờ số 3', lines: [{ personId: quy.id, counts: { high: 48, medium: 6 } }] });
    expect(correctedSinceAnnounced(view(engine, id))).toBe(true);
    clock.advance(60_000);
    ok(engine, 'personnel.announce', { id });
    const v = view(engine, id);
    expect(v.announcedAt).toBe(first + 180_000);
    expect(correctedSinceAnnounced(v)).toBe(false);
    expect(v.people[0].announcement!.vi).toMatch(/^Ông Lương Xuân Quý được 48\/58 phiếu tín nhiệm cao, chiếm 82,76% .*; 6\/58 phiếu tín nhiệm, chiếm 10,34%/);
    // Once read out, the corrected result is not announced a second time.
    refused(engine, 'personnel.announce', { id }, 'personnel-announced-unchanged');

    const activity = readActivity(db);
    const announced = activity.entries.filter((e) => e.type === 'personnel.announce');
    expect(announced.map((e) => e.payload.about)).toEqual([
      { title: 'Lấy phiếu tín nhiệm năm 2026', version: 2 },
      { title: 'Lấy phiếu tín nhiệm năm 2026', version: 1 },
    ]);
    const names = namesFrom(engine.current, activity.sittings);
    expect(announced.map((e) => sentence(e, names, 'vi'))).toEqual([
      'Công bố kết quả đã đính chính (phiên bản 2) của cuộc bỏ phiếu nhân sự «Lấy phiếu tín nhiệm năm 2026»',
      'Công bố kết quả bỏ phiếu nhân sự «Lấy phiếu tín nhiệm năm 2026»',
    ]);
    expect(sentence(announced[0], names, 'en')).toBe('Announced the corrected result (version 2) of the personnel vote “Lấy phiếu tín nhiệm năm 2026”');
    // A row from before the journal recorded the title reads as it always did.
    expect(sentence({ type: 'personnel.announce', payload: { id } }, names, 'en')).toBe('Personnel: announce the result');
  });

  it('puts an earlier result announced again on the hall, over a later ballot already announced', () => {
    const ctx = setUp();
    const { engine, clock, officials, counters } = ctx;
    const election = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh', posts: 1, people: [{ delegateId: officials[5], body: 'committee', honorific: 'mr' }] }).id;
    ok(engine, 'personnel.committee', { id: election, head: counters[0] });
    ok(engine, 'personnel.open', { id: election, present: 56 });
    ok(engine, 'personnel.ballots', { id: election, issued: 56, returned: 56, valid: 56, invalid: 0 });
    ok(engine, 'personnel.count', { id: election, lines: [{ personId: view(engine, election).people[0].id, counts: { agree: 50, disagree: 6 } }] });
    ok(engine, 'personnel.close', { id: election });
    ok(engine, 'personnel.announce', { id: election });
    clock.advance(60_000);
    const confidence = countedConfidenceVote(ctx);
    expect(hallPersonnel(engine.current as never)?.id).toBe(confidence);
    clock.advance(60_000);
    const person = view(engine, election).people[0];
    ok(engine, 'personnel.correct', { id: election, reason: 'Nhầm số phiếu', lines: [{ personId: person.id, counts: { agree: 49, disagree: 7 } }] });
    // Corrected, not yet announced again: the hall stays on the latest news.
    expect(hallPersonnel(engine.current as never)?.id).toBe(confidence);
    clock.advance(60_000);
    ok(engine, 'personnel.announce', { id: election });
    expect(hallPersonnel(engine.current as never)).toMatchObject({ id: election, people: [{ counts: { agree: 49, disagree: 7 } }] });
    expect(personnelAwaitingResult(engine.current as never)).toBeNull();
  });
});
