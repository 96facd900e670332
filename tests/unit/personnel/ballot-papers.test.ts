import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { newEngine, ok, seedBasics, tempDir } from '../helpers';
import { reportFile, reportModel } from '../../../electron/documents/index';
import { answerReport } from '../../../electron/documents/serve';
import { reportRoute } from '../../../electron/features/review/routes';
import { DATABASE_FILE, parseExportArgs, runExport } from '../../../electron/documents/cli';
import type { Block, DocModel } from '../../../electron/documents/blocks';
import { readDocx, twipsToMm } from '../../docx';
import { prepareConfidence, RETIRING, setUp } from './fixtures';

const tableOf = (m: DocModel, part = 0): Extract<Block, { kind: 'table' }> => {
  const t = m.parts[part].blocks.find((b) => b.kind === 'table');
  if (!t || t.kind !== 'table') throw new Error('no table');
  return t;
};
const textOf = (m: DocModel, part = 0) => m.parts[part].blocks.flatMap((b) => (b.kind === 'para' ? [b.runs.map((r) => r.text).join('')] : [])).join('\n');

/** Three candidates for one post, and a dismissal of one vice-chair, beside the fixtures' confidence vote. */
function withElection() {
  const ctx = setUp();
  const candidates = ctx.officials.slice(4, 7);
  const election = ok(ctx.engine, 'personnel.prepare', {
    kind: 'election',
    title: 'Bầu Phó Chủ tịch Ủy ban nhân dân tỉnh',
    posts: 1,
    people: candidates.map((delegateId) => ({ delegateId })),
  }).id;
  const single = ok(ctx.engine, 'personnel.prepare', { kind: 'election', title: 'Chủ tịch Hội đồng nhân dân tỉnh', people: [{ delegateId: ctx.officials[0] }] }).id;
  const dismissal = ok(ctx.engine, 'personnel.prepare', { kind: 'dismissal', title: 'Miễn nhiệm Phó Chủ tịch Ủy ban nhân dân tỉnh', people: [{ delegateId: ctx.officials[5] }] }).id;
  return { ...ctx, election, single, dismissal };
}

describe('ballot papers of a personnel vote', () => {
  it('prints a confidence ballot as Nghị quyết 96/2023 draws it: a line per official rated, three levels to mark, no number, date or signature', () => {
    const { engine, db, officials } = setUp();
    const id = prepareConfidence(engine, officials, { 7: RETIRING });
    const m = reportModel(db, { doc: 'ballot-papers', sessionId: 1, personnelId: id, lang: 'vi' })!;
    expect(m.parts).toHaveLength(1);
    const p = m.parts[0];
    expect(p.title).toBe('Phiếu lấy phiếu tín nhiệm');
    expect(p.subtitle).toEqual(['Đối với người giữ chức vụ do Hội đồng nhân dân bầu năm 2026', 'Kỳ họp thứ 11, Hội đồng nhân dân tỉnh Hòa Bình khóa XVI, nhiệm kỳ 2026–2031']);
    expect(p.header).toEqual({ body: ['Hội đồng nhân dân', 'tỉnh Hòa Bình'], number: '', placeDate: '' });
    expect(p.signatures).toBeUndefined();
    const t = tableOf(m);
    // Each head breaks between words, never inside "tín nhiệm" or "đồng ý" (no-break spaces).
    expect(t.rows[0]).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Tín\u00a0nhiệm cao', 'Tín\u00a0nhiệm', 'Tín\u00a0nhiệm thấp']);
    // The eighth is retiring: not on the paper. The rest in the list's order, every box empty.
    expect(t.rows.slice(1).map((r) => r[1])).toEqual(['Lương Xuân Quý', 'Trần Thị Hoa', 'Nguyễn Văn Bình', 'Đinh Thị Lan', 'Bùi Văn Khánh', 'Quách Thế Tản', 'Nguyễn Thị Thu']);
    expect(t.rows.slice(1).every((r) => r.slice(3).every((c) => c === ''))).toBe(true);
    // A title that does not say its body says it in brackets, as the counting record does.
    expect(t.rows[3][2]).toBe('Trưởng Ban Pháp chế (Hội đồng nhân dân)');
    expect(t.rows[1][2]).toBe('Chủ tịch Hội đồng nhân dân tỉnh');
    expect(t.markRows).toBeGreaterThanOrEqual(8);
    expect(textOf(m)).toContain('đánh dấu (X) vào một trong ba ô');
    expect(m.fileName).toBe(`phieu-bau-ky-hop-11-${id}.docx`);
  });

  it('prints an election as Hướng dẫn 883 draws it: the post in capitals, "Đồng ý" and "Không đồng ý", and how many may be agreed to', () => {
    const { db, election, single, dismissal } = withElection();
    const m = reportModel(db, { doc: 'ballot-papers', sessionId: 1, personnelId: election, lang: 'vi' })!;
    expect(m.parts[0].title).toBe('Phiếu bầu');
    expect(m.parts[0].subtitle[0]).toBe('PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH');
    expect(tableOf(m).rows[0]).toEqual(['STT', 'Họ và tên', 'Đồng\u00a0ý', 'Không đồng\u00a0ý']);
    expect(tableOf(m).rows).toHaveLength(4);
    expect(textOf(m)).toContain('Chỉ đồng ý tối đa 1 người');
    // One candidate: no number column (the form's note), nor a limit to say.
    const one = reportModel(db, { doc: 'ballot-papers', sessionId: 1, personnelId: single, lang: 'vi' })!;
    expect(tableOf(one).rows).toEqual([['Họ và tên', 'Đồng\u00a0ý', 'Không đồng\u00a0ý'], ['Lương Xuân Quý', '', '']]);
    expect(textOf(one)).not.toContain('tối đa');
    // A dismissal is voted on, with the post beside the name.
    const d = reportModel(db, { doc: 'ballot-papers', sessionId: 1, personnelId: dismissal, lang: 'en' })!;
    expect(d.parts[0].title).toBe('Ballot');
    expect(d.parts[0].subtitle[0]).toBe('Dismissal from the post of Phó Chủ tịch Ủy ban nhân dân tỉnh');
    expect(d.parts[0].subtitle[1]).toBe('Session 11, People’s Council of Hòa Bình province, term XVI, 2026–2031');
    expect(tableOf(d).rows).toEqual([['Full name', 'Post', 'In\u00a0favour', 'Against'], ['Quách Thế Tản', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', '', '']]);
  });

  it('names every vote still to be held when no vote is named, and says a new round on its paper', () => {
    const { engine, db, election, counters } = withElection();
    const all = reportModel(db, { doc: 'ballot-papers', sessionId: 1, lang: 'vi' })!;
    expect(all.parts.map((p) => p.title)).toEqual(['Phiếu bầu', 'Phiếu bầu', 'Phiếu biểu quyết']);
    expect(all.fileName).toBe('phieu-bau-ky-hop-11.docx');
    // The election is held and leaves its post unfilled (a tie): its new round has "(lần 2)".
    ok(engine, 'personnel.committee', { id: election, head: counters[0], members: counters.slice(1) });
    ok(engine, 'personnel.open', { id: election, present: 56 });
    ok(engine, 'personnel.ballots', { id: election, issued: 56, returned: 56, valid: 56, invalid: 0 });
    const people = engine.current.personnel.find((v) => v.id === election)!.people;
    ok(engine, 'personnel.count', {
      id: election,
      lines: people.map((p, i) => ({ personId: p.id, counts: { agree: i < 2 ? 28 : 0, disagree: i < 2 ? 28 : 56, invalid: 0 } })),
    });
    ok(engine, 'personnel.close', { id: election });
    const round = ok(engine, 'personnel.revote', { id: election }).id;
    const now = reportModel(db, { doc: 'ballot-papers', sessionId: 1, lang: 'vi' })!;
    // The closed first round is not printed again; its second round is.
    expect(now.parts.map((p) => p.subtitle[0])).toEqual(['CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN TỈNH', 'Miễn nhiệm chức vụ Phó Chủ tịch Ủy ban nhân dân tỉnh', 'PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH (lần 2)']);
    expect(reportModel(db, { doc: 'ballot-papers', sessionId: 1, personnelId: round, lang: 'en' })!.parts[0].subtitle[0]).toBe('PHÓ CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH (round 2)');
  });

  it('refuses a vote of another session, or a session with none, with a sentence, never an empty file', async () => {
    const { engine, db, officials } = setUp();
    const none = await answerReport(db, { doc: 'ballot-papers', sessionId: 1 }, 'docx', 'vi');
    expect(none).toMatchObject({ ok: false, error: { code: 'personnel-no-ballot-papers' } });
    if (!none.ok) expect(none.error.message).toContain('Alt+P');
    const id = prepareConfidence(engine, officials.slice(0, 2));
    const other = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-08', endDate: '2027-07-09' }).id;
    expect(await answerReport(db, { doc: 'ballot-papers', sessionId: other, personnelId: id }, 'docx', 'en')).toMatchObject({
      ok: false,
      error: { code: 'not-found', message: `No personnel vote with id ${id}.` },
    });
    expect(await answerReport(db, { doc: 'ballot-papers', sessionId: 1, personnelId: 999 }, 'preview', 'en')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    // The address's personnel id is read as strictly as a session's.
    const get = (q: string) => reportRoute(db, 0, new URL(`http://127.0.0.1/report/ballot-papers?${q}`));
    expect(await get('session=1&personnel=1.5&lang=en')).toMatchObject({ status: 400, body: 'This address cannot be read: “1.5” is not a personnel vote id (a whole number from 1).' });
    expect((await get(`session=${other}&personnel=${id}`))!.status).toBe(404);
    const served = (await get(`session=1&personnel=${id}`))!;
    expect(served.status).toBe(200);
    expect(served.headers['Content-Disposition']).toContain(`phieu-bau-ky-hop-11-${id}.docx`);
  });

  it('writes a DOCX with the header blocks and no number or date, and lines tall enough to mark', async () => {
    const { engine, db, officials } = setUp();
    const id = prepareConfidence(engine, officials.slice(0, 3));
    const docx = readDocx((await reportFile(db, { doc: 'ballot-papers', sessionId: 1, personnelId: id, lang: 'vi' }))!.bytes);
    expect(docx.text).toContain('PHIẾU LẤY PHIẾU TÍN NHIỆM');
    expect(docx.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(docx.text).not.toContain('Số:');
    expect(docx.text).not.toMatch(/ngày .* tháng/);
    expect(docx.text).not.toContain('TM.');
    const heights = docx.all(docx.doc, 'trHeight').map((h) => twipsToMm(Number(docx.attr(h, 'val'))));
    // The three lines under the head, each at least a centimetre.
    expect(heights).toHaveLength(3);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(9.9);
  });

  it('prints from the command line the session\'s ballots to be held, and says so when it has none', async () => {
    const dir = tempDir();
    const { engine, db } = newEngine(path.join(dir, DATABASE_FILE));
    seedBasics(engine);
    const official = ok(engine, 'delegate.add', { fullName: 'Lương Xuân Quý', title: 'Chủ tịch Hội đồng nhân dân tỉnh', seatNumber: 1 }).id;
    const out = path.join(dir, 'phieu.docx');
    const argv = ['ballot-papers', '--data-dir', dir, '--out', out];
    await expect(runExport(parseExportArgs(argv))).rejects.toThrow('The session has no personnel vote to print ballots for: prepare one in Personnel (Alt+P) first.');
    expect(fs.existsSync(out)).toBe(false);
    ok(engine, 'personnel.prepare', { kind: 'election', title: 'Chủ tịch Hội đồng nhân dân tỉnh', people: [{ delegateId: official }] });
    db.close();
    expect(await runExport(parseExportArgs(argv))).toBe(out);
    expect(readDocx(fs.readFileSync(out)).text).toContain('Lương Xuân Quý');
  });
});
