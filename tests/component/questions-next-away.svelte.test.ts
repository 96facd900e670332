/**
 * `n` in the questioning skips a slip whose asker the roll call marks away, as the speaker queue's
 * `n` skips an away speaker: the slip keeps its place, the toast names whose slips were passed over
 * and why; with every asker waiting away, `n` says so and calls nobody. State from the real engine.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import LivePanel from '../../src/features/questions/LivePanel.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';
import { unmountAll } from './mount';

/** Three slips in order: Hằng's (excused), Việt's (absent), Tám's (present); nothing called yet. */
function slipsWithAwayAskers() {
  const { engine } = newEngine();
  seedBasics(engine);
  const [hang, viet, tam] = ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Tám'].map((fullName) => ok(engine, 'delegate.add', { fullName }).id);
  const official = ok(engine, 'delegate.add', { fullName: 'Hà Minh Đức', title: 'Giám đốc Sở Xây dựng', voting: false }).id;
  const respondentId = ok(engine, 'respondent.add', { delegateId: official }).id;
  const slips = [hang, viet, tam].map((askerId) => ok(engine, 'question.register', { askerId, respondentId, text: 'Tiến độ nhà ở xã hội?' }).id);
  ok(engine, 'attendance.open', { label: 'Buổi sáng' });
  ok(engine, 'attendance.mark', { delegateId: hang, status: 'excused' });
  ok(engine, 'attendance.mark', { delegateId: viet, status: 'absent' });
  return { engine, slips, people: { hang, viet, tam } };
}

const press = (key: string) => shortcuts.handle(new KeyboardEvent('keydown', { key, code: `Key${key.toUpperCase()}`, cancelable: true }));
const nextButton = () => [...document.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => b.textContent?.includes(i18n.lang === 'vi' ? 'Câu hỏi tiếp theo' : 'Next question'))!;

describe('`n` in the questioning, with askers the roll call marks away', () => {
  it('calls the first slip whose asker is here, leaves the others in their place, and says whose it passed over and why', async () => {
    for (const [lang, said] of [
      ['vi', 'Đã mời Lê Văn Tám. Bỏ qua phiếu của đại biểu vắng mặt: Nguyễn Thị Hằng (Vắng có lý do), Đặng Quốc Việt (Vắng không có lý do); các phiếu này giữ nguyên vị trí trong hàng chờ.'],
      ['en', 'Lê Văn Tám called. Passed over, their askers away: Nguyễn Thị Hằng (Absent with leave), Đặng Quốc Việt (Absent without leave); those slips keep their place in the queue.'],
    ] as const) {
      i18n.set(lang);
      toast.clear();
      const { engine, slips } = slipsWithAwayAskers();
      mountOnEngine(engine, LivePanel);
      press('n');
      await vi.waitFor(() => expect(engine.current.questions.list.find((q) => q.id === slips[2])?.phase).toBe('asking'));
      expect(engine.current.questions.queue).toEqual([slips[0], slips[1]]);
      await vi.waitFor(() => expect(toast.text).toBe(said));
      unmountAll();
    }
  });

  it('with every asker waiting away, says so instead of calling one, and Next is greyed with the reason', async () => {
    for (const [lang, said] of [
      ['vi', 'Các phiếu còn chờ (2) đều của đại biểu được điểm danh là vắng mặt: hãy mời từ dòng của phiếu (Mời hỏi) hoặc xóa phiếu.'],
      ['en', 'Every slip waiting (2) is from a delegate the roll call marks away: call one from its row (Call now) or remove it.'],
    ] as const) {
      i18n.set(lang);
      const { engine } = slipsWithAwayAskers();
      ok(engine, 'question.remove', { id: engine.current.questions.queue[2] });
      const before = JSON.stringify(engine.current.questions);
      const { send } = mountOnEngine(engine, LivePanel);
      expect(nextButton().disabled).toBe(true);
      expect(document.querySelector('[data-testid=next-none]')?.textContent).toBe(said);
      press('n');
      flushSync();
      await vi.waitFor(() => expect(document.querySelector('[data-testid=next-none][role=alert]')?.textContent).toBe(said));
      expect(send).not.toHaveBeenCalled();
      expect(JSON.stringify(engine.current.questions)).toBe(before);
      unmountAll();
    }
  });
});
