/**
 * The review report (and the minutes) as an office signs and dates them: "<Địa danh>, ngày … tháng
 * … năm …" with the council's place when the minutes' setup left it empty, and a signer, or a line
 * to write one by hand, when nobody sits on the presiding board.
 */
import { describe, expect, it } from 'vitest';
import { exportReview } from '../../../electron/features/review/export';
import { NAME_BY_HAND } from '../../../common/record/signer';
import { minutesModel } from '../../../electron/features/record/minutes';
import { placeOfCouncil } from '../../../common/council/units';
import { readDocx } from '../../docx';
import { dumpDb, newEngine, ok, refused, seedBasics } from '../helpers';

const header = (d: ReturnType<typeof readDocx>) => d.paragraphs.map((p) => p.text).find((l) => /ngày \d\d tháng|\d{4}$/.test(l) && l.length < 60)!;

async function report(engine: ReturnType<typeof newEngine>, sessionId: number, lang: 'vi' | 'en') {
  return readDocx((await exportReview(engine.db, 'review-docx', { sessionId, lang, now: engine.clock() }))!.body);
}

/** The lines of the signature block from its titles down, blank lines left out. */
function signatureLines(d: ReturnType<typeof readDocx>, first: string): string[] {
  const lines = d.paragraphs.map((p) => p.text);
  const at = lines.indexOf(first);
  expect(at, first).toBeGreaterThan(-1);
  return lines.slice(at, at + 5).filter((l) => l.trim() !== '');
}

describe('the place before the date', () => {
  it('is the proper name of the council’s unit, or its full name where that is a number; nothing for a council of no level', () => {
    expect(placeOfCouncil('HĐND tỉnh Hòa Bình', 'province')).toBe('Hòa Bình');
    expect(placeOfCouncil('Hội đồng nhân dân huyện Đầm Hà', 'district')).toBe('Đầm Hà');
    expect(placeOfCouncil('HĐND xã Lương Sơn', 'commune')).toBe('Lương Sơn');
    expect(placeOfCouncil('Hội đồng nhân dân thành phố Phan Rang - Tháp Chàm', 'district')).toBe('Phan Rang - Tháp Chàm');
    expect(placeOfCouncil('HĐND phường 12', 'commune')).toBe('Phường 12');
    expect(placeOfCouncil('Đại hội cổ đông', 'other')).toBe('');
    expect(placeOfCouncil('Hội đồng nhân dân', 'province')).toBe('');
  });

  it('is written before the date of the report and of the minutes: the council’s place when the setup left it empty, the place typed when there is one', { timeout: 60_000 }, async () => {
    const e = newEngine();
    const { sessionId } = seedBasics(e.engine);
    // Nothing typed in the minutes' setup: the council's place, in both languages.
    expect(header(await report(e, sessionId, 'vi'))).toBe('Hòa Bình, ngày 09 tháng 12 năm 2026');
    expect(header(await report(e, sessionId, 'en')).replace(/\u00a0/g, ' ')).toBe('Hòa Bình, 9 December 2026');
    expect(minutesModel(e.db, sessionId, { lang: 'vi', now: e.clock() })!.parts[0].header.placeDate).toMatch(/^Hòa Bình, ngày \d\d tháng \d+ năm \d{4}$/);
    // The setup shows what was typed (nothing), not the place the documents fall back on.
    expect(e.engine.current.record!.locality).toBe('');
    // Typed: that place, in the report and the minutes alike.
    ok(e.engine, 'record.setSession', { locality: 'Thành phố Hòa Bình' });
    expect(header(await report(e, sessionId, 'vi'))).toBe('Thành phố Hòa Bình, ngày 09 tháng 12 năm 2026');
    expect(minutesModel(e.db, sessionId, { lang: 'vi', now: e.clock() })!.parts[0].header.placeDate).toMatch(/^Thành phố Hòa Bình, ngày /);
  });
});

describe('who signs the report', () => {
  it('with nobody on the presiding board: the roster’s council chair, else a line to write the name by hand under the titles', { timeout: 60_000 }, async () => {
    const e = newEngine();
    const { sessionId } = seedBasics(e.engine);
    ok(e.engine, 'delegate.add', { fullName: 'Bùi Văn Khánh', title: 'Phó Chủ tịch HĐND tỉnh' });
    ok(e.engine, 'delegate.add', { fullName: 'Nguyễn Phi Long', title: 'Chủ tịch UBND tỉnh', voting: false });
    // No chair anywhere: the titles, the room to sign, and a dotted line for the name; never titles over nothing.
    expect(signatureLines(await report(e, sessionId, 'vi'), 'TM. THƯỜNG TRỰC HĐND')).toEqual(['TM. THƯỜNG TRỰC HĐND', 'CHỦ TỊCH', NAME_BY_HAND]);
    expect(signatureLines(await report(e, sessionId, 'en'), 'FOR THE STANDING\u00a0COMMITTEE')).toEqual(['FOR THE STANDING\u00a0COMMITTEE', 'CHAIR', NAME_BY_HAND]);
    // The council's chair on the roster (not its vice chair, not the people's committee's chair).
    ok(e.engine, 'delegate.add', { fullName: 'Bùi Đức Hinh', title: 'Chủ tịch Hội đồng nhân dân tỉnh' });
    expect(signatureLines(await report(e, sessionId, 'vi'), 'TM. THƯỜNG TRỰC HĐND')).toEqual(['TM. THƯỜNG TRỰC HĐND', 'CHỦ TỊCH', 'Bùi Đức Hinh']);
    // The presiding board, once chosen, comes first.
    const chair = ok(e.engine, 'delegate.add', { fullName: 'Lương Xuân Quý' }).id;
    ok(e.engine, 'record.setOfficers', { chairs: [chair] });
    expect(signatureLines(await report(e, sessionId, 'vi'), 'TM. THƯỜNG TRỰC HĐND')).toEqual(['TM. THƯỜNG TRỰC HĐND', 'CHỦ TỊCH', 'Lương Xuân Quý']);
  });
});

describe('the signer the office chooses', () => {
  it('signs the report as chosen (a vice chair signing for the chair), is kept for the session, and goes back to the guess', { timeout: 60_000 }, async () => {
    const e = newEngine();
    const { sessionId } = seedBasics(e.engine);
    const chair = ok(e.engine, 'delegate.add', { fullName: 'Bùi Đức Hinh', title: 'Chủ tịch HĐND tỉnh' }).id;
    const vice = ok(e.engine, 'delegate.add', { fullName: 'Bùi Văn Khánh', title: 'Phó Chủ tịch HĐND tỉnh' }).id;
    // Before any choice: the guess, as the chair.
    expect(e.engine.current.reviewSigner).toEqual({ chosen: { delegateId: null, role: 'chair' }, guessId: chair });
    ok(e.engine, 'review.setSigner', { delegateId: vice, role: 'viceChair' });
    expect(e.engine.current.reviewSigner!.chosen).toEqual({ delegateId: vice, role: 'viceChair' });
    expect(signatureLines(await report(e, sessionId, 'vi'), 'TM. THƯỜNG TRỰC HĐND')).toEqual(['TM. THƯỜNG TRỰC HĐND', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Bùi Văn Khánh']);
    expect(signatureLines(await report(e, sessionId, 'en'), 'FOR THE STANDING\u00a0COMMITTEE')).toEqual(['FOR THE STANDING\u00a0COMMITTEE', 'FOR THE CHAIR', 'VICE CHAIR', 'Bùi Văn Khánh']);
    // Another session has its own (the guess); back in this one, the choice is still there.
    const other = ok(e.engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2026-12-20', endDate: '2026-12-20' }).id;
    ok(e.engine, 'session.select', { id: other });
    expect(e.engine.current.reviewSigner!.chosen).toEqual({ delegateId: null, role: 'chair' });
    ok(e.engine, 'session.select', { id: sessionId });
    expect(e.engine.current.reviewSigner!.chosen).toEqual({ delegateId: vice, role: 'viceChair' });
    // Back to the guess, as the chair.
    ok(e.engine, 'review.setSigner', { delegateId: null, role: 'chair' });
    expect(signatureLines(await report(e, sessionId, 'vi'), 'TM. THƯỜNG TRỰC HĐND')).toEqual(['TM. THƯỜNG TRỰC HĐND', 'CHỦ TỊCH', 'Bùi Đức Hinh']);
  });

  it('keeps the list a save leaves out, so a role chosen right after the person cannot put the person back', () => {
    const e = newEngine();
    seedBasics(e.engine);
    const vice = ok(e.engine, 'delegate.add', { fullName: 'Bùi Văn Khánh', title: 'Phó Chủ tịch HĐND tỉnh' }).id;
    ok(e.engine, 'review.setSigner', { delegateId: vice });
    ok(e.engine, 'review.setSigner', { role: 'viceChair' });
    expect(e.engine.current.reviewSigner!.chosen).toEqual({ delegateId: vice, role: 'viceChair' });
    ok(e.engine, 'review.setSigner', { delegateId: null });
    expect(e.engine.current.reviewSigner!.chosen).toEqual({ delegateId: null, role: 'viceChair' });
  });

  it('refuses a person not on the roster or a role it does not know, and changes nothing', () => {
    const e = newEngine();
    seedBasics(e.engine);
    const vice = ok(e.engine, 'delegate.add', { fullName: 'Bùi Văn Khánh', title: 'Phó Chủ tịch HĐND tỉnh' }).id;
    ok(e.engine, 'review.setSigner', { delegateId: vice, role: 'viceChair' });
    const before = dumpDb(e.db);
    const slice = e.engine.current.reviewSigner;
    refused(e.engine, 'review.setSigner', { delegateId: 999, role: 'chair' }, 'not-found');
    refused(e.engine, 'review.setSigner', { delegateId: vice, role: 'king' });
    refused(e.engine, 'review.setSigner', { delegateId: 'Khánh', role: 'chair' });
    refused(e.engine, 'review.setSigner', { role: 'queen' });
    expect(dumpDb(e.db)).toEqual(before);
    expect(e.engine.current.reviewSigner).toEqual(slice);
  });
});
