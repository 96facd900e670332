/**
 * The 2025 law ended district councils on 1 July 2025 (Luật 72/2025/QH15, DESIGN §7): a council
 * saved as a district's with a session opening after that day is told so where its level and the
 * session's dates are set, calmly (a status, never an alert) and without refusing anything, since
 * a district's sessions before July 2025 are still recorded.
 */
import { flushSync } from 'svelte';
import { unmount } from './mount';
import { describe, expect, it, vi } from 'vitest';
import SetupView from '../../src/features/council/SetupView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, ok } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? null;
const councilNotice = () => text(document.querySelector('section[aria-labelledby="council-heading"] .hint[role=status]'));
const sessionNotice = () => text(document.querySelector('section[aria-labelledby="sessions-heading"] .hint[role=status]'));

function enterStart(value: string) {
  const field = document.querySelector<HTMLInputElement>('input[name=startDate]')!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  flushSync();
}

describe('a district council after 1 July 2025', () => {
  it('names the session opening after district councils ended, with the law’s number, in both languages; saved as a commune council, it hears nothing', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND huyện Lương Sơn', level: 'district', term: 4, totalSeats: 35 });
    // The term's last sessions before the change, and one dated after it.
    ok(engine, 'session.create', { number: 10, term: 4, kind: 'regular', startDate: '2025-06-20', endDate: '2025-06-21' });
    expect(engine.current.sessions.list).toHaveLength(1);
    const { app } = mountOnEngine(engine, SetupView);
    enterStart('20/06/2025');
    expect(councilNotice()).toBeNull();
    expect(sessionNotice()).toBeNull();

    // Recorded all the same: a notice, not a refusal.
    ok(engine, 'session.create', { number: 11, term: 4, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
    ok(engine, 'session.create', { number: 12, term: 4, kind: 'thematic', startDate: '2026-09-15', endDate: '2026-09-15' });
    const { app: again } = (unmount(app), mountOnEngine(engine, SetupView));
    // The first session after the day is the one named; nothing on the page is an alert.
    expect(councilNotice()).toBe(
      'HĐND cấp huyện đã kết thúc hoạt động từ ngày 01/07/2025 (Luật Tổ chức chính quyền địa phương số 72/2025/QH15), nhưng Kỳ họp thứ 12, khóa IV của Hội đồng cấp huyện này khai mạc ngày 15/09/2026. Nếu Hội đồng nay là HĐND cấp tỉnh hoặc cấp xã, hãy chọn lại cấp và lưu; các kỳ họp trước tháng 7/2025 vẫn được ghi là của HĐND cấp huyện.',
    );
    expect(document.querySelector('[role=alert]')).toBeNull();

    // The session form: a start on 1 July 2025 or later is after the end, one the day before is not.
    enterStart('30/06/2025');
    expect(sessionNotice()).toBeNull();
    enterStart('01/07/2025');
    expect(sessionNotice()).toBe('Kỳ họp này khai mạc sau khi HĐND cấp huyện kết thúc hoạt động từ ngày 01/07/2025 (Luật số 72/2025/QH15), mà Hội đồng đang được lưu ở cấp huyện. Kỳ họp vẫn lưu được; nếu Hội đồng nay là HĐND cấp tỉnh hoặc cấp xã, hãy đổi cấp ở trên.');

    i18n.set('en');
    flushSync();
    expect(councilNotice()).toBe(
      'District councils ended on 1 July 2025 (Law on the Organisation of Local Government No. 72/2025/QH15), yet Session 12, term IV of this district council opens on 15 Sept 2026. If the council is now a province or commune council, choose its level and save; sessions held before July 2025 stay recorded as a district council’s.',
    );
    expect(sessionNotice()).toBe('This session opens after district councils ended on 1 July 2025 (Law No. 72/2025/QH15), and the council is saved as a district council. The session can still be saved; if the council is now a province or commune council, change its level above.');

    // Saved as the commune council it now is: nothing more to say.
    const select = document.querySelector<HTMLSelectElement>('select[name=councilLevel]')!;
    select.value = 'commune';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const seats = document.querySelector<HTMLInputElement>('input[name=totalSeats]')!;
    seats.value = '30';
    seats.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    document.querySelector<HTMLFormElement>('form.council')!.requestSubmit();
    await vi.waitFor(() => expect(engine.current.council?.level).toBe('commune'));
    flushSync();
    expect(councilNotice()).toBeNull();
    expect(sessionNotice()).toBeNull();
    unmount(again);
  });
});
