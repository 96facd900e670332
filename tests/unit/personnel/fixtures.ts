/**
 * Shared set-up of the personnel tests: eight officials on a 58-seat council's roster and a
 * counting committee of three, and the confidence vote several tests start from.
 */
import type { Engine } from '../../../electron/engine/engine';
import { newEngine, ok, seedBasics } from '../helpers';

/** Eight officials rated by a 58-seat council, 56 present, and a counting committee of three. */
export const OFFICIALS = [
  ['Lương Xuân Quý', 'Chủ tịch Hội đồng nhân dân tỉnh', 'council', 'mr'],
  ['Trần Thị Hoa', 'Phó Chủ tịch Hội đồng nhân dân tỉnh', 'council', 'ms'],
  ['Nguyễn Văn Bình', 'Trưởng Ban Pháp chế', 'council', 'mr'],
  ['Đinh Thị Lan', 'Trưởng Ban Kinh tế - Ngân sách', 'council', 'ms'],
  ['Bùi Văn Khánh', 'Chủ tịch Ủy ban nhân dân tỉnh', 'committee', 'mr'],
  ['Quách Thế Tản', 'Phó Chủ tịch Ủy ban nhân dân tỉnh', 'committee', 'mr'],
  ['Nguyễn Thị Thu', 'Giám đốc Sở Tài chính', 'committee', 'ms'],
  ['Hoàng Văn Nam', 'Giám đốc Sở Xây dựng', 'committee', 'mr'],
] as const;

export function setUp(file = ':memory:') {
  const ctx = newEngine(file);
  seedBasics(ctx.engine);
  const add = (fullName: string, title = '', seatNumber: number | null = null) =>
    ok(ctx.engine, 'delegate.add', { fullName, title, seatNumber }).id;
  const officials = OFFICIALS.map(([name, title], i) => add(name, title, i + 1));
  const counters = [add('Phạm Văn Đức', 'Đại biểu', 20), add('Lê Thị Mai', 'Đại biểu', 21), add('Vũ Văn Hải', 'Đại biểu', 22)];
  return { ...ctx, officials, counters };
}

export function prepareConfidence(engine: Engine, officials: number[], exempt: Record<number, string> = {}, agendaItemId: number | null = null) {
  const people = officials.map((delegateId, i) => ({
    delegateId,
    body: OFFICIALS[i][2],
    honorific: OFFICIALS[i][3],
    exemptReason: exempt[i] ?? '',
  }));
  return ok(engine, 'personnel.prepare', { kind: 'confidence', title: 'Lấy phiếu tín nhiệm năm 2026', people, agendaItemId }).id;
}

export const view = (engine: Engine, id: number) => engine.current.personnel.find((v) => v.id === id)!;

/** Opens a confidence vote with 56 ballots, all valid, and counts lines from (high, medium, low, invalid). */
export function countAll(engine: Engine, id: number, lines: [number, number, number, number][]) {
  const v = view(engine, id);
  const rated = v.people.filter((p) => !p.exemptReason);
  ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
  ok(engine, 'personnel.count', {
    id,
    lines: rated.map((p, i) => ({ personId: p.id, counts: { high: lines[i][0], medium: lines[i][1], low: lines[i][2], invalid: lines[i][3] } })),
  });
}

/** The eighth official is not rated: retiring within the year. */
export const RETIRING = 'Nghỉ hưu từ tháng 01/2027';

/** Each rated official's (high, medium, low, invalid) line of the counted confidence vote. */
export const CONFIDENCE_COUNTS: [number, number, number, number][] = [
  [49, 5, 1, 1],
  [40, 10, 6, 0],
  [20, 6, 30, 0],
  [10, 6, 39, 1],
  [50, 6, 0, 0],
  [45, 11, 0, 0],
  [44, 12, 0, 0],
];

/**
 * The counted confidence vote: the eight officials (the eighth exempt), the committee of three,
 * 56 present and 56 valid ballots counted as CONFIDENCE_COUNTS, closed and announced.
 * `whileDraft` looks at the vote before it is opened.
 */
export function countedConfidenceVote(
  { engine, officials, counters }: ReturnType<typeof setUp>,
  o: { agendaItemId?: number | null; whileDraft?: (id: number) => void } = {},
): number {
  const id = prepareConfidence(engine, officials, { 7: RETIRING }, o.agendaItemId ?? null);
  o.whileDraft?.(id);
  ok(engine, 'personnel.committee', { id, head: counters[0], members: counters.slice(1) });
  ok(engine, 'personnel.open', { id, present: 56 });
  countAll(engine, id, CONFIDENCE_COUNTS);
  ok(engine, 'personnel.close', { id });
  ok(engine, 'personnel.announce', { id });
  return id;
}
