/**
 * Which item the console suggests for the requests left waiting: the continuation by its title, as
 * offices type it ("(tiếp)", "(Tiếp theo)", "- tiếp", "Tiếp tục …"), else the next discussion item.
 */
import { describe, expect, it } from 'vitest';
import { carryTargets, continues, suggestedTarget } from '../../../common/speakers/carry';
import { joinRows } from '../../../common/timing/stats';
import type { AgendaItem, AgendaKind } from '../../../common/agenda/model';
import type { ItemStatus } from '../../../common/timing/model';

const DEBATE = 'Thảo luận tại hội trường về tình hình kinh tế - xã hội';

function rows(items: { title: string; kind?: AgendaKind; status?: ItemStatus; parentId?: number; minutes?: number }[]) {
  const agenda: AgendaItem[] = items.map((x, i) => ({ id: i + 1, sessionId: 1, position: i, title: x.title, kind: x.kind ?? 'discussion', presenter: '', plannedMinutes: x.minutes ?? 60 }));
  const timings = items.map((x, i) => ({ id: i + 1, sittingId: null, parentId: x.parentId ?? null, status: x.status ?? 'pending', startedAt: null, accumulatedMs: 0, extraMinutes: 0, finishedAt: null, segments: [] }));
  return joinRows(agenda, timings);
}

describe('the continuation of a debate', () => {
  it('is found by its title in the forms an office types', () => {
    for (const title of [
      `${DEBATE} (tiếp)`,
      `${DEBATE} (Tiếp theo)`,
      `${DEBATE}(tiếp)`,
      `  ${DEBATE.toUpperCase()}  (TIẾP) `,
      `${DEBATE} - tiếp`,
      `${DEBATE} – tiếp theo`,
      `${DEBATE}: tiếp theo`,
      `${DEBATE} [tiếp]`,
      `${DEBATE} (tt)`,
      `Thảo luận tại hội trường về tình hình kinh tế – xã hội (tiếp)`,
      `Tiếp tục thảo luận tại hội trường về tình hình kinh tế - xã hội`,
      `${DEBATE.normalize('NFD')} (tiếp)`,
    ]) {
      expect(continues(title, DEBATE), title).toBe(true);
    }
    expect(continues('Debate on the budget (continued)', 'Debate on the budget')).toBe(true);
    // The same title without a mark, another debate, or a mark alone are not continuations.
    expect(continues(DEBATE, DEBATE)).toBe(false);
    expect(continues('Thảo luận về dự toán ngân sách (tiếp)', DEBATE)).toBe(false);
    expect(continues('(tiếp)', '')).toBe(false);
  });

  it('is suggested first, after the item or else before it; else the next discussion item; a heading or an item over never', () => {
    const programme = rows([
      { title: DEBATE, status: 'finished' },
      { title: 'Biểu quyết thông qua nghị quyết', kind: 'vote' },
      { title: 'Thảo luận về dự toán ngân sách năm 2027' },
      { title: `${DEBATE} (tiếp)` },
    ]);
    expect(suggestedTarget(programme, 1)).toBe(4);
    // Without a continuation: the next discussion item, not the vote.
    const plain = rows([
      { title: DEBATE, status: 'finished' },
      { title: 'Biểu quyết thông qua nghị quyết', kind: 'vote' },
      { title: 'Thảo luận về dự toán ngân sách năm 2027', status: 'skipped' },
      { title: 'Thảo luận về bảng giá đất' },
    ]);
    expect(suggestedTarget(plain, 1)).toBe(4);
    expect(carryTargets(plain, 1).map((r) => r.item.id)).toEqual([2, 4]);
    // A continuation already over is passed; a heading is not a target.
    const over = rows([
      { title: 'Phần thảo luận', kind: 'other', minutes: 0 },
      { title: DEBATE, status: 'finished', parentId: 1 },
      { title: `${DEBATE} (tiếp)`, status: 'finished', parentId: 1 },
      { title: 'Bế mạc', kind: 'closing' },
    ]);
    expect(carryTargets(over, 2).map((r) => r.item.id)).toEqual([4]);
    expect(suggestedTarget(over, 2)).toBeNull();
  });
});
