/**
 * Alt+O pressed by mistake, then Ctrl+Z, in Chromium at 1366×768 in both languages: the vote is a
 * draft again, the item it held is "not started" again in Live, the hall stops showing it, and the
 * keyboard is on Open. The Undo button named the step before it was pressed.
 */
import { describe, expect, it } from 'vitest';
import { answerAsk, failOnPageErrors, onBrowser, openPage, seed, serve, showView, tempDataDir, view } from './harness';

const chromium = onBrowser();

const WORDS = {
  vi: { undo: 'Hoàn tác: bắt đầu biểu quyết', pending: 'Chưa bắt đầu' },
  en: { undo: 'Undo: opening the vote', pending: 'Not started' },
} as const;

describe('undoing the opening of a vote', () => {
  it('Alt+O then Ctrl+Z puts the vote back to a draft and its item back to not started, the hall with them', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const server = await serve(tempDataDir());
      try {
        const [, , , , debate, voteItem] = await seed(server.url, [
          { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 35 },
          { type: 'session.create', number: 11, term: 16, kind: 'regular', hallLang: lang, startDate: '2026-12-08', endDate: '2026-12-09' },
          { type: 'delegate.add', fullName: 'Trần Thị Hoa', seatNumber: 1 },
          { type: 'delegate.add', fullName: 'Phạm Văn Đức', seatNumber: 2 },
          { type: 'agenda.add', title: 'Thảo luận về kinh tế - xã hội', kind: 'discussion', plannedMinutes: 60 },
          { type: 'agenda.add', title: 'Biểu quyết thông qua nghị quyết', kind: 'vote', plannedMinutes: 10 },
        ]);
        await seed(server.url, [
          { type: 'item.start', id: debate.id },
          { type: 'vote.create', resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands', agendaItemId: voteItem.id },
        ]);
        const w = WORDS[lang];
        const chair = await openPage(chromium.browser, server.url, lang);
        await chair.setViewportSize({ width: 1366, height: 768 });
        const hall = await (await chromium.browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
        failOnPageErrors(hall);
        await hall.goto(server.url + 'hall');
        const hallShows = () => hall.locator('[data-content]').getAttribute('data-content');
        await expect.poll(hallShows).toBe('auto:item');

        await showView(chair, view('votes'));
        // The vote is of the next item, not the one under way: chosen from the list, then Alt+O.
        await chair.getByText('Nghị quyết về kế hoạch đầu tư công năm 2027').first().click();
        await chair.locator('[data-vote-action=open]').waitFor();
        await chair.keyboard.press('Alt+O');
        // Asked first, as the vote is not the item under way's: the question says Ctrl+Z takes it back.
        expect(await answerAsk(chair, true)).toContain('Ctrl+Z');
        const undo = chair.locator('[data-vote-action=undo]');
        await expect.poll(() => undo.textContent()).toContain(w.undo);
        await expect.poll(hallShows).toBe('auto:vote');
        if (process.env.SHOTS) await chair.screenshot({ path: `${process.env.SHOTS}/vote-opened-${lang}.png` });

        await chair.keyboard.press('Control+z');
        await expect.poll(() => chair.locator('[data-vote-action=open]').count()).toBe(1);
        await expect.poll(() => chair.evaluate(() => document.activeElement?.getAttribute('data-vote-action'))).toBe('open');
        await expect.poll(hallShows).toBe('auto:item');
        await showView(chair, view('live'));
        await expect.poll(() => chair.locator(`tr[data-item="${voteItem.id}"] .status`).textContent()).toBe(w.pending);
        await chair.context().close();
        await hall.context().close();
      } finally {
        await server.stop();
      }
    }
  });
});
