/**
 * Preparing a session's votes at once (common/votes/prepare.ts and `vote.prepareMany`): the
 * programme's vote items and the office's list of draft resolutions matched to the agenda by
 * title, then created in one transaction and one undo step; bad input refused, changing nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgendaTable } from '../../../common/agenda/import';
import { choosePlanItem, inProgrammeOrder, planFromList, planFromProgramme, readResolutionList, resolutionOfItem, resolutionTitle } from '../../../common/votes/prepare';
import { readSheet } from '../../../src/lib/spreadsheet';
import { RESOLUTION_NUMBERS, RESOLUTIONS } from '../../fixtures/province/build';
import { dumpDb, newEngine, ok, refused } from '../helpers';
import type { Engine } from '../../../electron/engine/engine';
import { JSDOM } from 'jsdom';

// The Word files are read with the browser's DOMParser, the Excel ones in Node (read-excel-file's node build): both here.
globalThis.DOMParser ??= (new JSDOM('').window as unknown as { DOMParser: typeof DOMParser }).DOMParser;

const dir = path.join(import.meta.dirname, '../../fixtures/province');
const sheet = async (name: string) => {
  const b = fs.readFileSync(path.join(dir, name));
  return readSheet(name, b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
};

describe('the resolution an agenda item puts to the vote', () => {
  it('reads one resolution from the programme’s words, in both languages', () => {
    expect(resolutionOfItem('Biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công năm 2027')).toBe('Nghị quyết về kế hoạch đầu tư công năm 2027');
    expect(resolutionOfItem('Thông qua Nghị quyết quy định mức thu học phí')).toBe('Nghị quyết quy định mức thu học phí');
    expect(resolutionOfItem('Biểu quyết, thông qua dự thảo Nghị quyết về biên chế năm 2027')).toBe('Nghị quyết về biên chế năm 2027');
    expect(resolutionOfItem('Adopt the resolution on the 2027 budget')).toBe('Resolution on the 2027 budget');
    // Spelt without composed marks (NFD), as some Word files keep it.
    expect(resolutionOfItem('Thông qua Nghị quyết về dự toán'.normalize('NFD'))).toBe('Nghị quyết về dự toán');
  });

  it('reads none from the session’s resolutions together, a submission of a draft, or any other item', () => {
    expect(resolutionOfItem('THÔNG QUA CÁC NGHỊ QUYẾT CỦA KỲ HỌP')).toBeNull();
    expect(resolutionOfItem('Biểu quyết thông qua các nghị quyết khác')).toBeNull();
    expect(resolutionOfItem('Thông qua Nghị quyết của kỳ họp')).toBeNull();
    expect(resolutionOfItem('Adopt the resolutions of the session')).toBeNull();
    expect(resolutionOfItem('Tờ trình về dự thảo Nghị quyết về kế hoạch đầu tư công')).toBeNull();
    expect(resolutionOfItem('Thảo luận tại hội trường')).toBeNull();
  });

  it('names a draft in the list as the resolution adopted', () => {
    expect(resolutionTitle('Dự thảo Nghị quyết về  kế hoạch đầu tư công')).toBe('Nghị quyết về kế hoạch đầu tư công');
    expect(resolutionTitle('Draft resolution on fees')).toBe('Resolution on fees');
    expect(resolutionTitle('Nghị quyết về biên chế')).toBe('Nghị quyết về biên chế');
  });
});

describe('the office’s list of draft resolutions', () => {
  it('reads the Excel list: header under the letterhead, both parts, numbers, until its total', async () => {
    const reading = readResolutionList((await sheet('danh-muc-du-thao-nghi-quyet.xlsx')).rows);
    if (!reading.ok) throw new Error(reading.problem);
    expect(reading.header).toBe(4);
    expect(reading.rows).toHaveLength(22);
    const byTitle = new Map(reading.rows.map((r) => [r.title, r]));
    RESOLUTIONS.forEach(([title, by], i) => expect(byTitle.get(title)).toMatchObject({ number: RESOLUTION_NUMBERS[i], by }));
    // Rows named as the spreadsheet shows them: the first resolution under the heading of part I.
    expect(reading.rows[0].line).toBe(7);
  });

  it('reads the Word list, which has no numbers', async () => {
    const reading = readResolutionList((await sheet('danh-muc-nghi-quyet.docx')).rows);
    if (!reading.ok) throw new Error(reading.problem);
    expect(reading.rows.map((r) => r.title)).toEqual(RESOLUTIONS.map(([t]) => t));
    expect(reading.rows.every((r) => r.number === '')).toBe(true);
  });

  it('says when no column names the titles, or nothing is under it', async () => {
    expect(readResolutionList((await sheet('danh-sach-dai-bieu.xlsx')).rows)).toMatchObject({ ok: false, problem: 'noTitleColumn' });
    expect(readResolutionList([['STT', 'Tên dự thảo nghị quyết', 'Cơ quan trình'], ['', '', '']])).toMatchObject({ ok: false, problem: 'empty' });
    expect(readResolutionList([])).toMatchObject({ ok: false, problem: 'noTitleColumn' });
  });
});

/** The province's programme, imported from its Word file into a session of those days. */
async function provinceSession(): Promise<{ engine: Engine; db: ReturnType<typeof newEngine>['db'] }> {
  const { engine, db } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 80 });
  ok(engine, 'session.create', { number: 4, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-10' });
  const { rows } = parseAgendaTable((await sheet('chuong-trinh-ky-hop.docx')).rows, { startDate: '2026-12-08', endDate: '2026-12-10' });
  ok(engine, 'agenda.import', { rows });
  return { engine, db };
}
const itemId = (engine: Engine, start: string) => engine.current.agenda.find((i) => i.title.startsWith(start))!.id;

describe('matching the list to the programme', () => {
  it('puts the resolutions the programme names under their items, the others under “the other resolutions”', async () => {
    const { engine } = await provinceSession();
    const reading = readResolutionList((await sheet('danh-muc-du-thao-nghi-quyet.xlsx')).rows);
    if (!reading.ok) throw new Error(reading.problem);
    const plan = planFromList(reading.rows, engine.current.agenda, []);
    const mine = plan.filter((p) => p.match === 'title');
    expect(mine.map((p) => [p.title, p.agendaItemId])).toEqual([
      [RESOLUTIONS[0][0], itemId(engine, 'Biểu quyết thông qua Nghị quyết về kế hoạch phát triển')],
      [RESOLUTIONS[1][0], itemId(engine, 'Biểu quyết thông qua Nghị quyết về dự toán thu')],
    ]);
    const others = itemId(engine, 'Biểu quyết thông qua các nghị quyết khác');
    expect(plan.filter((p) => p.match === 'general').map((p) => p.agendaItemId)).toEqual(Array(20).fill(others));
    expect(plan.some((p) => p.already)).toBe(false);
    // Read again once prepared, one of them under another item by the user's choice: every row is already there, where it is.
    const first = itemId(engine, 'Thông qua các nghị quyết');
    const again = planFromList(reading.rows, engine.current.agenda, plan.map((p, i) => ({ agendaItemId: i === 5 ? first : p.agendaItemId, resolutionTitle: p.title })));
    expect(again.every((p) => p.already)).toBe(true);
    // Read again, it is listed where its item is in the programme: by title, not by the list's place.
    expect(again.find((p) => p.title === plan[5].title)!.agendaItemId).toBe(first);
  });

  it('leaves a row unmatched, for the user to choose, when the programme has no item for it', () => {
    const agenda = [{ id: 1, title: 'Khai mạc kỳ họp', kind: 'opening' as const }];
    expect(planFromList([{ line: 3, title: 'Nghị quyết về biên chế', number: '', by: '' }], agenda, [])).toEqual([
      { line: 3, title: 'Nghị quyết về biên chế', number: '', by: '', agendaItemId: null, match: 'none', already: false, order: 0 },
    ]);
  });

  it('moves a row to its new item’s place in the programme when the user chooses one, among that item’s rows in the list’s order', () => {
    const agenda = [1, 2, 3].map((id) => ({ id, title: `Biểu quyết thông qua Nghị quyết số ${id}`, kind: 'vote' as const }));
    const list = ['Nghị quyết số 1', 'Nghị quyết số 2', 'Nghị quyết số 3', 'Nghị quyết về biên chế'].map((title, i) => ({ line: i + 5, title, number: '', by: '' }));
    const plan = planFromList(list, agenda, []);
    expect(plan.map((p) => [p.title, p.agendaItemId])).toEqual([['Nghị quyết số 1', 1], ['Nghị quyết số 2', 2], ['Nghị quyết số 3', 3], ['Nghị quyết về biên chế', null]]);
    const ids = agenda.map((i) => i.id);
    // The unmatched row put under item 1 comes second, after the row read before it there, chosen by hand.
    const one = choosePlanItem(plan, 3, 1, [], ids);
    expect(one.map((p) => [p.line, p.agendaItemId, p.match])).toEqual([[5, 1, 'title'], [8, 1, 'hand'], [6, 2, 'title'], [7, 3, 'title']]);
    // The first row taken from its item goes last, after the rows that have one.
    const two = choosePlanItem(one, 0, null, [], ids);
    expect(two.map((p) => [p.line, p.agendaItemId, p.match])).toEqual([[8, 1, 'hand'], [6, 2, 'title'], [7, 3, 'title'], [5, null, 'none']]);
    // Under another item it was chosen by hand; back under the one it was matched to, it is matched by title again.
    expect(choosePlanItem(two, 3, 2, [], ids).find((p) => p.line === 5)!.match).toBe('hand');
    expect(choosePlanItem(choosePlanItem(two, 3, 2, [], ids), 1, 1, [], ids).find((p) => p.line === 5)!.match).toBe('title');
  });

  it('reads the votes the programme names, and marks one already prepared', async () => {
    const { engine } = await provinceSession();
    const first = itemId(engine, 'Biểu quyết thông qua Nghị quyết về kế hoạch phát triển');
    const plan = planFromProgramme(engine.current.agenda, [{ agendaItemId: first, resolutionTitle: RESOLUTIONS[0][0] }]);
    expect(plan.map((p) => [p.title, p.already])).toEqual([
      [RESOLUTIONS[0][0], true],
      [RESOLUTIONS[1][0], false],
    ]);
  });
});

describe('vote.prepareMany', () => {
  it('creates every vote of the list in one step that one undo takes back whole, and redo brings back', async () => {
    const { engine, db } = await provinceSession();
    const reading = readResolutionList((await sheet('danh-muc-du-thao-nghi-quyet.xlsx')).rows);
    if (!reading.ok) throw new Error(reading.problem);
    const plan = planFromList(reading.rows, engine.current.agenda, []);
    const before = dumpDb(db);
    const votes = plan.map((p) => ({ line: p.line!, agendaItemId: p.agendaItemId, resolutionNumber: p.number, resolutionTitle: p.title }));
    const reply = ok(engine, 'vote.prepareMany', { votes, method: 'named' });
    expect(reply).toMatchObject({ skipped: 0 });
    expect(reply.ids).toHaveLength(22);
    expect(engine.current.votes).toHaveLength(22);
    expect(engine.current.votes[0]).toMatchObject({ status: 'draft', method: 'named', ruleKind: 'ordinary', resolutionTitle: plan[0].title, resolutionNumber: plan[0].number });
    expect(engine.current.undo.prep).toMatchObject({ action: 'votes', count: 22 });
    ok(engine, 'undo', { scope: 'prep' });
    expect(engine.current.votes).toEqual([]);
    const { journal: _j, undo_step: _u, redo_step: _r, ...now } = dumpDb(db);
    const { journal: _j2, undo_step: _u2, redo_step: _r2, ...then } = before;
    expect(now).toEqual(then);
    ok(engine, 'redo', { scope: 'prep' });
    expect(engine.current.votes).toHaveLength(22);
  });

  it('skips a vote already prepared for the same item and title, and refuses when every one is', async () => {
    const { engine } = await provinceSession();
    const item = itemId(engine, 'Biểu quyết thông qua Nghị quyết về kế hoạch phát triển');
    ok(engine, 'vote.create', { agendaItemId: item, resolutionTitle: RESOLUTIONS[0][0], method: 'hands' });
    const votes = [
      { agendaItemId: item, resolutionNumber: '', resolutionTitle: RESOLUTIONS[0][0].toUpperCase() },
      { agendaItemId: item, resolutionNumber: '', resolutionTitle: RESOLUTIONS[1][0] },
      { agendaItemId: item, resolutionNumber: '', resolutionTitle: RESOLUTIONS[1][0] },
    ];
    expect(ok(engine, 'vote.prepareMany', { votes })).toMatchObject({ skipped: 2 });
    expect(engine.current.votes.map((v) => v.resolutionTitle)).toEqual([RESOLUTIONS[0][0], RESOLUTIONS[1][0]]);
    const r = refused(engine, 'vote.prepareMany', { votes }, 'votes-prepare-all-there');
    expect(r.en).toBe('All 3 votes are already prepared for their items; nothing new to prepare.');
    expect(r.vi).toBe('Cả 3 cuộc biểu quyết đều đã được chuẩn bị cho mục chương trình của mình; không có gì mới để chuẩn bị.');
  });

  it('refuses a bad row whole, naming it as the list shows it, and an empty list, changing nothing', async () => {
    const { engine } = await provinceSession();
    const good = { line: 7, agendaItemId: null, resolutionNumber: '', resolutionTitle: 'Nghị quyết về biên chế' };
    let r = refused(engine, 'vote.prepareMany', { votes: [good, { line: 9, agendaItemId: null, resolutionNumber: '', resolutionTitle: '  ' }] }, 'import-row');
    expect(r.vi).toMatch(/^Dòng 9: /);
    expect(r.en).toMatch(/^Line 9: /);
    r = refused(engine, 'vote.prepareMany', { votes: [good, { line: 8, agendaItemId: 9999, resolutionNumber: '', resolutionTitle: 'Nghị quyết khác' }] }, 'import-row');
    expect(r.en).toMatch(/^Line 8: .*9999/);
    // Its place in a Word document, as the preview names it.
    r = refused(engine, 'vote.prepareMany', { votes: [{ ...good, line: 3, place: { table: 2, row: 3 }, resolutionTitle: 'x'.repeat(501) }] }, 'import-row');
    expect(r.vi).toMatch(/^Bảng 2, dòng 3: /);
    refused(engine, 'vote.prepareMany', { votes: [] }, 'votes-prepare-empty');
    refused(engine, 'vote.prepareMany', { votes: [good], method: 'raised' });
    expect(engine.current.votes).toEqual([]);
  });
});

describe('the programme’s order', () => {
  it('orders the plan by its items’ places in the programme, the list’s order within one item, those without an item last', () => {
    const agenda = [
      { id: 10, title: 'Biểu quyết thông qua Nghị quyết về biên chế năm 2027', kind: 'vote' as const },
      { id: 11, title: 'Biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công năm 2027', kind: 'vote' as const },
      { id: 12, title: 'Biểu quyết thông qua các nghị quyết khác', kind: 'vote' as const },
    ];
    // The office's list by presenting body: the Standing Committee's first, then the provincial People's Committee's.
    const rows = [
      { line: 5, title: 'Dự thảo Nghị quyết về chương trình giám sát năm 2027', number: '', by: 'Thường trực HĐND' },
      { line: 6, title: 'Dự thảo Nghị quyết về kế hoạch đầu tư công năm 2027', number: '', by: 'UBND tỉnh' },
      { line: 7, title: 'Dự thảo Nghị quyết về mức thu học phí', number: '', by: 'UBND tỉnh' },
      { line: 8, title: 'Dự thảo Nghị quyết về biên chế năm 2027', number: '', by: 'UBND tỉnh' },
    ];
    const plan = planFromList(rows, agenda, []);
    expect(plan.map((p) => [p.line, p.agendaItemId, p.by])).toEqual([
      [8, 10, 'UBND tỉnh'],
      [6, 11, 'UBND tỉnh'],
      [5, 12, 'Thường trực HĐND'],
      [7, 12, 'UBND tỉnh'],
    ]);
    expect(inProgrammeOrder([{ agendaItemId: null }, { agendaItemId: 12 }, { agendaItemId: 99 }, { agendaItemId: 10 }], [10, 11, 12])).toEqual([
      { agendaItemId: 10 },
      { agendaItemId: 12 },
      { agendaItemId: null },
      { agendaItemId: 99 },
    ]);
  });

  it('creates the votes in the programme’s order whatever order they are sent in, each with its presenting body', async () => {
    const { engine } = await provinceSession();
    const first = itemId(engine, 'Biểu quyết thông qua Nghị quyết về kế hoạch phát triển');
    const second = itemId(engine, 'Biểu quyết thông qua Nghị quyết về dự toán thu');
    const others = itemId(engine, 'Biểu quyết thông qua các nghị quyết khác');
    const votes = [
      { agendaItemId: null, resolutionNumber: '', resolutionTitle: 'Nghị quyết về đặt tên đường', presentedBy: 'UBND tỉnh' },
      { agendaItemId: others, resolutionNumber: '', resolutionTitle: RESOLUTIONS[20][0], presentedBy: 'Thường trực HĐND' },
      { agendaItemId: second, resolutionNumber: '', resolutionTitle: RESOLUTIONS[1][0], presentedBy: 'UBND tỉnh' },
      { agendaItemId: others, resolutionNumber: '', resolutionTitle: RESOLUTIONS[4][0], presentedBy: '' },
      { agendaItemId: first, resolutionNumber: '', resolutionTitle: RESOLUTIONS[0][0], presentedBy: '  UBND tỉnh ' },
    ];
    ok(engine, 'vote.prepareMany', { votes });
    expect(engine.current.votes.map((v) => [v.resolutionTitle, v.presentedBy])).toEqual([
      [RESOLUTIONS[0][0], 'UBND tỉnh'],
      [RESOLUTIONS[1][0], 'UBND tỉnh'],
      [RESOLUTIONS[20][0], 'Thường trực HĐND'],
      [RESOLUTIONS[4][0], ''],
      ['Nghị quyết về đặt tên đường', 'UBND tỉnh'],
    ]);
  });
});

describe('the presenting body', () => {
  it('is kept with a vote, corrected in its form while a draft, and refused when too long, changing nothing', () => {
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 35 });
    ok(engine, 'session.create', { number: 4, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế năm 2027', method: 'hands', presentedBy: 'UBND tỉnh' });
    expect(engine.current.votes[0].presentedBy).toBe('UBND tỉnh');
    ok(engine, 'vote.update', { id, resolutionTitle: 'Nghị quyết về biên chế năm 2027', method: 'hands', presentedBy: 'Thường trực HĐND tỉnh' });
    expect(engine.current.votes[0].presentedBy).toBe('Thường trực HĐND tỉnh');
    refused(engine, 'vote.update', { id, resolutionTitle: 'Nghị quyết về biên chế năm 2027', method: 'hands', presentedBy: 'x'.repeat(201) });
    expect(engine.current.votes[0].presentedBy).toBe('Thường trực HĐND tỉnh');
    // A vote created without one (an older console's command) has none.
    ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về mức thu học phí', method: 'hands' });
    expect(engine.current.votes[1].presentedBy).toBe('');
  });
});
