/**
 * A vote prepared for another item than the one under way was confirmed with the browser's own
 * confirm(): it froze the page, its buttons spoke the browser's language, and OK had the keyboard.
 * Now the Votes view asks in the page, as Live asks before a start or a close: an alertdialog, the
 * keyboard on Cancel, Esc cancels, in the console's language. State from the real engine.
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import VotesView from '../../src/features/votes/VotesView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';
import { unmountAll } from './mount';

/** Item 1 under way; a vote prepared for item 2, chosen in the Votes view. */
function voteOfLaterItem() {
  const { engine } = newEngine();
  seedBasics(engine);
  for (let seat = 1; seat <= 3; seat++) ok(engine, 'delegate.add', { fullName: `Đại biểu ${seat}`, seatNumber: seat });
  const report = ok(engine, 'agenda.add', { title: 'Báo cáo tình hình kinh tế - xã hội', kind: 'report' }).id;
  const voting = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua Nghị quyết về biên chế', kind: 'vote' }).id;
  ok(engine, 'item.start', { id: report });
  const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế công chức năm 2027', method: 'hands', agendaItemId: voting });
  const { send } = mountOnEngine(engine, VotesView);
  document.querySelector<HTMLButtonElement>('[data-vote-card]')!.click();
  flushSync();
  const status = () => engine.current.votes.find((v) => v.id === id)!.status;
  return { status, send };
}

const openButton = () => document.querySelector<HTMLButtonElement>('[data-vote-action=open]')!;
const question = () => document.querySelector<HTMLElement>('[role=alertdialog]');

describe('opening a vote prepared for another item', () => {
  it.each([
    ['en', '“Nghị quyết về biên chế công chức năm 2027” is prepared for item 2. Biểu quyết thông qua Nghị quyết về biên chế, but the item under way is 1. Báo cáo tình hình kinh tế - xã hội. Open this vote now? Item 2. Biểu quyết thông qua Nghị quyết về biên chế, not started, is then marked as held (its time runs on in 1. Báo cáo tình hình kinh tế - xã hội; Ctrl+Z takes the opening and the mark back while nothing is counted, Reopen in Live the mark alone).', 'Open the vote', 'Cancel'],
    ['vi', '«Nghị quyết về biên chế công chức năm 2027» được chuẩn bị cho mục 2. Biểu quyết thông qua Nghị quyết về biên chế, nhưng mục đang tiến hành là 1. Báo cáo tình hình kinh tế - xã hội. Vẫn bắt đầu biểu quyết? Khi đó mục 2. Biểu quyết thông qua Nghị quyết về biên chế, chưa bắt đầu, được ghi là đã tiến hành (thời gian vẫn tính cho mục 1. Báo cáo tình hình kinh tế - xã hội; khi chưa ghi phiếu nào, Ctrl+Z hoàn tác cả việc bắt đầu biểu quyết lẫn việc ghi này, còn nút Mở lại ở màn hình Điều hành chỉ hoàn tác việc ghi này).', 'Bắt đầu biểu quyết', 'Hủy'],
  ] as const)('asks in the page, in %s: the keyboard on Cancel, Esc cancels, its Open opens', async (lang, asked, yes, cancel) => {
    i18n.set(lang);
    const { status, send } = voteOfLaterItem();
    openButton().click();
    await vi.waitFor(() => expect(question()).not.toBeNull());
    expect(question()!.textContent).toContain(asked);
    expect(document.getElementById(question()!.getAttribute('aria-labelledby')!)!.textContent).toBe(asked);
    const buttons = [...question()!.querySelectorAll('button')].map((b) => b.firstChild?.textContent?.trim());
    expect(buttons).toEqual([yes, cancel]);
    expect(document.activeElement?.firstChild?.textContent?.trim()).toBe(cancel);

    // Esc: nothing is sent, the vote stays a draft, and the keyboard is back on Open.
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(question()).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(openButton()));
    expect(send).not.toHaveBeenCalled();
    expect(status()).toBe('draft');

    // Asked again and answered yes: it opens.
    openButton().click();
    await vi.waitFor(() => expect(question()).not.toBeNull());
    question()!.querySelector<HTMLButtonElement>('button.primary')!.click();
    await vi.waitFor(() => expect(status()).toBe('open'));
    await vi.waitFor(() => expect(question()).toBeNull());
    unmountAll();
  });
});
