/**
 * The dates the session's documents carry, read from the DOCX as a reader sees them: the minutes
 * and the results notice by the last sitting held (a last sitting never closed in Gavel included),
 * each counting record by the sitting during which its vote was taken, else the day it was counted.
 * The test clock reads 1 December while the sittings are dated 8 and 9 December, so a date taken
 * from the clock shows.
 */
import { describe, expect, it } from 'vitest';
import { reportFile } from '../../../electron/documents/index';
import { readDocx } from '../../docx';
import { ok } from '../helpers';
import { setUp, view } from '../personnel/fixtures';

async function textOf(db: Parameters<typeof reportFile>[0], doc: 'minutes' | 'notice' | 'ballots', lang: 'vi' | 'en' = 'vi') {
  return readDocx((await reportFile(db, { doc, sessionId: 1, lang }))!.bytes).paragraphs.map((p) => p.text);
}
const datedLines = (lines: string[]) => lines.map((l) => l.replaceAll('\u00a0', ' ')).filter((l) => /^Hòa Bình, (ngày|\d)/.test(l));

function secretBallot(ctx: ReturnType<typeof setUp>, title: string) {
  const id = ok(ctx.engine, 'vote.create', { resolutionTitle: title, method: 'secret' }).id;
  ok(ctx.engine, 'record.setCounters', { voteId: id, counters: ctx.counters });
  ok(ctx.engine, 'vote.open', { id });
  ok(ctx.engine, 'vote.tally', { id, issued: 11, returned: 11, valid: 11, invalid: 0, for: 9, against: 1, abstain: 1 });
  ok(ctx.engine, 'vote.close', { id });
}

describe('the dates of the session documents', () => {
  it('date the minutes and the notice by the last sitting, and each counting record by the sitting its vote was taken in, else the day it was counted', async () => {
    const ctx = setUp();
    const { engine, clock, db } = ctx;
    ok(engine, 'record.setSession', { place: 'Hội trường Tỉnh ủy', locality: 'Hòa Bình' });
    // Before anything sat: the planned closing day, as an office dates a draft.
    expect(datedLines(await textOf(db, 'minutes'))).toEqual(['Hòa Bình, ngày 09 tháng 12 năm 2026']);
    expect(datedLines(await textOf(db, 'notice'))).toEqual(['Hòa Bình, ngày 09 tháng 12 năm 2026']);

    const first = ok(engine, 'sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    const second = ok(engine, 'sitting.add', { date: '2026-12-09', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' }).id;
    ok(engine, 'sitting.open', { id: first });
    secretBallot(ctx, 'Nghị quyết A');
    ok(engine, 'sitting.close', { id: first });
    // Counted between sittings, two days later on the clock.
    clock.advance(2 * 86_400_000);
    secretBallot(ctx, 'Nghị quyết B');
    clock.advance(86_400_000);
    ok(engine, 'sitting.open', { id: second });
    const election = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh', people: [{ delegateId: ctx.officials[1], honorific: 'ms' }] }).id;
    ok(engine, 'personnel.committee', { id: election, head: ctx.counters[0] });
    ok(engine, 'personnel.open', { id: election, present: 56 });
    ok(engine, 'personnel.ballots', { id: election, issued: 56, returned: 56, valid: 56, invalid: 0 });
    ok(engine, 'personnel.count', { id: election, lines: [{ personId: view(engine, election).people[0].id, counts: { agree: 50, disagree: 6 } }] });
    ok(engine, 'personnel.close', { id: election });
    // The last sitting is left open, as the trial left it: the documents are dated all the same.
    expect(datedLines(await textOf(db, 'minutes'))).toEqual(['Hòa Bình, ngày 09 tháng 12 năm 2026']);
    expect(datedLines(await textOf(db, 'notice'))).toEqual(['Hòa Bình, ngày 09 tháng 12 năm 2026']);
    expect(datedLines(await textOf(db, 'ballots'))).toEqual([
      'Hòa Bình, ngày 08 tháng 12 năm 2026', // taken in the first sitting
      'Hòa Bình, ngày 03 tháng 12 năm 2026', // outside any sitting: the day it was counted
      'Hòa Bình, ngày 09 tháng 12 năm 2026', // the election, in the second sitting
    ]);
    expect(datedLines(await textOf(db, 'ballots', 'en'))).toEqual(['Hòa Bình, 8 December 2026', 'Hòa Bình, 3 December 2026', 'Hòa Bình, 9 December 2026']);

    // Closed, the session is still dated by its last sitting, also when it closes after midnight.
    clock.advance(86_400_000);
    ok(engine, 'sitting.close', { id: second });
    expect(datedLines(await textOf(db, 'minutes'))).toEqual(['Hòa Bình, ngày 09 tháng 12 năm 2026']);
    // One sitting's minutes carry that sitting's day.
    const one = readDocx((await reportFile(db, { doc: 'minutes', sessionId: 1, sittingId: first, lang: 'vi' }))!.bytes).paragraphs.map((p) => p.text);
    expect(datedLines(one)).toEqual(['Hòa Bình, ngày 08 tháng 12 năm 2026']);
  });
});
