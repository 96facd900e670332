// @vitest-environment jsdom
/**
 * "Planned so far" in the Time used panel, on the province's programme as its office writes it in
 * Word (tests/fixtures/province/chuong-trinh-ky-hop.docx): parts ("II. TRÌNH BÀY CÁC BÁO CÁO, TỜ
 * TRÌNH", 8h25-9h45) over their sub-items ("a) Báo cáo…"), run item by item as `n` does. A few
 * seconds into the first report, the reports' plan so far is those seconds: not the part's 80
 * minutes, nor the plan of the reports not yet reached, nor a sub-item's plan counted twice.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgendaTable } from '../../../common/agenda/import';
import { readSheet } from '../../../src/lib/spreadsheet';
import { isHeading, joinRows, totalsByGroup, totalsBySitting, type Row } from '../../../common/timing/stats';
import { newEngine, ok } from '../helpers';
import type { Engine } from '../../../electron/engine/engine';

const FILE = path.join(import.meta.dirname, '../../fixtures/province/chuong-trinh-ky-hop.docx');
const MIN = 60_000;

async function provinceSession() {
  const b = fs.readFileSync(FILE);
  const sheet = await readSheet('chuong-trinh-ky-hop.docx', b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
  const { rows } = parseAgendaTable(sheet.rows, { startDate: '2026-12-08', endDate: '2026-12-10' });
  const { engine, clock } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 9, totalSeats: 80 });
  ok(engine, 'session.create', { number: 4, term: 9, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-10' });
  ok(engine, 'agenda.import', { rows });
  return { engine, clock };
}

const rowsOf = (engine: Engine): Row[] => joinRows(engine.current.agenda, engine.current.timing.items);

/** Starts the next item that can be taken, finishing the one on, as `n` does (headings passed). */
function next(engine: Engine): Row {
  const rows = rowsOf(engine);
  const r = rows.find((x) => x.timing.status === 'pending' && !isHeading(x, rows))!;
  ok(engine, 'item.start', { id: r.item.id, current: 'finish' });
  return r;
}

describe('time used on a programme with headings and sub-items', () => {
  it('counts as planned so far, a few seconds into the first report, those seconds and nothing of the reports to come', async () => {
    const { engine, clock } = await provinceSession();
    // The opening's items, each run for its plan.
    let r = next(engine);
    while (!r.item.title.startsWith('Báo cáo tình hình kinh tế')) {
      clock.advance(r.item.plannedMinutes * MIN);
      r = next(engine);
    }
    clock.advance(8_000);
    const rows = rowsOf(engine);
    const heading = rows.find((x) => x.item.title === 'Trình bày các báo cáo, tờ trình')!;
    expect(heading.timing.status).toBe('pending');
    const reports = totalsByGroup(rows, clock()).reports;
    expect(reports.actualMs).toBe(8_000);
    expect(reports.plannedRunMs).toBe(8_000);
    // The plan of the reports is the four reports' 20 minutes each and the court's, once.
    const subs = rows.filter((x) => x.timing.parentId === heading.item.id);
    expect(subs.map((x) => x.item.plannedMinutes)).toEqual([20, 20, 20, 20]);
    expect(reports.plannedMs).toBe(rows.filter((x) => x.item.kind === 'report' || x.item.kind === 'submission').reduce((n, x) => n + x.item.plannedMinutes * MIN, 0));
    // The morning so far: 7h00 to 8h25 run to plan, and the eight seconds.
    const morning = totalsBySitting(rows, clock()).get(heading.timing.sittingId)!;
    expect(morning.plannedRunMs).toBe(85 * MIN + 8_000);
    expect(morning.actualMs).toBe(85 * MIN + 8_000);
  });
});

describe('a part that keeps its own time over its sub-items', () => {
  it('is counted by its sub-items: passed by n, never started, its 80 minutes are not planned so far, nor planned twice', async () => {
    const { engine, clock } = await provinceSession();
    // The office typed the part's 8h25-9h45 on its heading as well, as Gavel once imported it.
    const heading = engine.current.agenda.find((i) => i.title === 'Trình bày các báo cáo, tờ trình')!;
    ok(engine, 'agenda.update', { id: heading.id, title: heading.title, kind: 'report', presenter: heading.presenter, plannedMinutes: 80 });
    let r = next(engine);
    while (!r.item.title.startsWith('Báo cáo tình hình kinh tế')) {
      expect(r.item.id).not.toBe(heading.id);
      clock.advance(r.item.plannedMinutes * MIN);
      r = next(engine);
    }
    clock.advance(8_000);
    const rows = rowsOf(engine);
    expect(rows.find((x) => x.item.id === heading.id)!.timing.status).toBe('pending');
    const reports = totalsByGroup(rows, clock()).reports;
    expect(reports.actualMs).toBe(8_000);
    expect(reports.plannedRunMs).toBe(8_000);
    expect(reports.plannedMs).toBe(rows.filter((x) => x.item.kind === 'report' && x.item.id !== heading.id).reduce((n, x) => n + x.item.plannedMinutes * MIN, 0));
    // A report over its verification keeps its own plan: that is the presentation.
    const { engine: other } = newEngine();
    ok(other, 'council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 15 });
    ok(other, 'session.create', { number: 1, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-08' });
    const report = ok(other, 'agenda.add', { title: 'Báo cáo kinh tế - xã hội', kind: 'report', plannedMinutes: 15 }).id;
    const check = ok(other, 'agenda.add', { title: 'Báo cáo thẩm tra', kind: 'verification', plannedMinutes: 10 }).id;
    ok(other, 'agenda.setParent', { id: check, parentId: report });
    const groups = totalsByGroup(rowsOf(other), 0);
    expect([groups.reports.plannedMs, groups.verification.plannedMs]).toEqual([15 * MIN, 10 * MIN]);
  });
});
