/**
 * The broadcast caption while the sitting is suspended, in Chromium at 1920×1080 beside the hall
 * (1920×1080 and 1024×768): it says so plainly when no end is planned; when the chair puts a message
 * with a countdown on the hall, it says when the sitting resumes with the time left the hall counts
 * down, in the hall's language; pinned to the speaker, the item or the vote, the same, and its pin
 * again once the sitting resumes. The hall on automatic says the sitting is suspended too, by the same
 * rule (common/timing/model.ts sittingSuspended), a result read out then included; that result does
 * not come back when the sitting resumes if the chair finished its item meanwhile.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { failOnPageErrors, onBrowser, seeder, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();

/** "14:59" → seconds. */
const seconds = (clock: string | null) => {
  const [m, s] = (clock ?? '').split(':').map(Number);
  return m * 60 + s;
};

describe('the broadcast caption through a suspension', () => {
  let server: Served | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('says the sitting is suspended, then when it resumes by the hall’s countdown, and drops a result when its item is finished meanwhile', async () => {
    server = await serve(tempDataDir());
    const { run, close } = await seeder(server.url);
    const session = { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' } as const;
    await run('council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
    const { id: sessionId } = await run('session.create', { ...session, hallLang: 'vi' });
    const sitting = await run('sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });
    const votes = await run('agenda.add', { title: 'Biểu quyết thông qua Nghị quyết', kind: 'vote', plannedMinutes: 10 });
    await run('agenda.assign', { id: votes.id, sittingId: sitting.id });
    await run('overlay.set', { visible: true });
    await run('item.start', { id: votes.id });

    const context = await chromium.browser.newContext({ locale: 'en', viewport: { width: 1920, height: 1080 } });
    const open = async (path: string, size = { width: 1920, height: 1080 }): Promise<Page> => {
      const page = await context.newPage();
      await page.setViewportSize(size);
      failOnPageErrors(page);
      await page.goto(server!.url + path);
      return page;
    };
    const overlay = await open('overlay');
    const hall = await open('hall');
    const smallHall = await open('hall', { width: 1024, height: 768 });
    const caption = overlay.getByTestId('overlay-caption');
    const shown = async () => ((await caption.count()) ? `${await caption.getAttribute('data-kind')}: ${(await caption.textContent())!.replace(/\s+/g, ' ').trim()}` : 'nothing');
    const content = (page: Page) => page.locator('[data-content]').getAttribute('data-content');
    const shoot = async (name: string, page: Page) => {
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/${name}.png` });
    };

    // Suspended with no end planned: said plainly, no clock, in the hall's language.
    await run('sitting.suspend', { id: sitting.id });
    await expect.poll(shown).toBe('suspended: Phiên họp tạm dừng');
    expect(await caption.getByRole('timer').count()).toBe(0);
    // The hall on automatic says the same, not the item left on the floor.
    await expect.poll(() => content(hall)).toBe('auto:suspended');
    await expect.poll(() => content(smallHall)).toBe('auto:suspended');
    expect((await hall.locator('.content').textContent())?.trim()).toBe('Phiên họp tạm dừng');
    await shoot('overlay-suspended-vi-1920', overlay);
    await shoot('hall-suspended-1920', hall);
    await shoot('hall-suspended-1024', smallHall);
    // A result read out during the suspension: the hall still says the sitting is suspended, as the
    // caption does (before, the hall showed the result while the air said "suspended")…
    const vote = await run('vote.create', { agendaItemId: votes.id, resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' });
    await run('vote.open', { id: vote.id, present: 52 });
    await run('vote.tally', { id: vote.id, for: 49, against: 2, abstain: 1 });
    await run('vote.close', { id: vote.id });
    await run('vote.announce', { id: vote.id });
    // The light theme, sent after the announcement, shows when the hall has received it.
    await run('hall.setTheme', { theme: 'light' });
    await hall.locator('.screen.light').waitFor();
    expect(await content(hall)).toBe('auto:suspended');
    await expect.poll(shown).toBe('suspended: Phiên họp tạm dừng');
    await run('hall.setTheme', { theme: 'dark' });
    // …and once the chair finishes its item, still suspended, the result does not come back when the sitting resumes.
    await run('item.finish', { id: votes.id });
    await run('sitting.open', { id: sitting.id });
    await expect.poll(() => content(hall)).toBe('auto:agenda');
    await expect.poll(shown).toBe('nothing');

    // Suspended again, the chair puts a message with 15 minutes on the hall: the caption says when
    // the sitting resumes, beside the time the hall counts down (the same clock).
    const next = await run('agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 });
    await run('agenda.assign', { id: next.id, sittingId: sitting.id });
    await run('item.start', { id: next.id });
    await run('sitting.suspend', { id: sitting.id });
    await run('hall.setMessage', { message: 'Tạm dừng phiên họp để Chủ tọa hội ý', countdownMinutes: 15 });
    await expect.poll(shown).toMatch(/^suspended: Tạm dừng Phiên họp tiếp tục lúc \d{1,2} giờ( \d\d)? 1[45]:\d\d$/);
    const [, h, m] = /lúc (\d+) giờ ?(\d\d)?/.exec((await caption.textContent())!)!;
    const left = seconds(await caption.getByRole('timer').textContent());
    const ends = new Date(Date.now() + left * 1000);
    expect(Math.abs(Number(h) * 60 + Number(m ?? 0) - (ends.getHours() * 60 + ends.getMinutes() + ends.getSeconds() / 60))).toBeLessThanOrEqual(1);
    await expect.poll(() => hall.getByRole('timer').count()).toBe(1);
    const [onAir, inHall] = await Promise.all([caption.getByRole('timer').textContent(), hall.getByRole('timer').textContent()]);
    expect(Math.abs(seconds(onAir) - seconds(inHall))).toBeLessThanOrEqual(1);
    // In its strip: the title-safe area, the lower part of the picture.
    const box = (await caption.boundingBox())!;
    expect(box.y).toBeGreaterThan(1080 / 2);
    expect(box.y + box.height).toBeLessThanOrEqual(1080 * 0.9 + 1);
    await shoot('overlay-suspended-countdown-vi-1920', overlay);
    await shoot('hall-suspended-countdown-1920', hall);
    await shoot('hall-suspended-countdown-1024', smallHall);

    // The hall in English: the caption follows without a reload.
    await run('session.update', { id: sessionId, ...session, hallLang: 'en' });
    await expect.poll(shown).toMatch(/^suspended: Sitting suspended The sitting resumes at \d{1,2}:\d\d 1[45]:\d\d$/);
    await shoot('overlay-suspended-countdown-en-1920', overlay);
    // The hall back on automatic says the sitting is suspended, with no countdown, and so does the caption.
    await run('hall.setMode', { mode: 'auto' });
    await expect.poll(shown).toBe('suspended: The sitting is suspended');
    await expect.poll(() => content(hall)).toBe('auto:suspended');
    expect((await hall.locator('.content').textContent())?.trim()).toBe('The sitting is suspended');
    expect(await hall.getByRole('timer').count()).toBe(0);
    await shoot('overlay-suspended-en-1920', overlay);

    // Pinned to the speaker, the item or the vote: the same, not an empty strip (the pin has nothing
    // of the floor to follow), with when it resumes while the hall shows the countdown again.
    for (const follow of ['speaker', 'item', 'vote'] as const) {
      await run('overlay.set', { follow });
      await expect.poll(shown).toBe('suspended: The sitting is suspended');
    }
    await run('overlay.set', { follow: 'item' });
    await run('hall.setMode', { mode: 'message' });
    await expect.poll(shown).toMatch(/^suspended: Sitting suspended The sitting resumes at \d{1,2}:\d\d 1[0-5]:\d\d$/);
    await shoot('overlay-suspended-pinned-en-1920', overlay);
    // Resumed: the item it is pinned to again.
    await run('sitting.open', { id: sitting.id });
    await expect.poll(shown).toBe('item: Thảo luận tại hội trường');
    close();
    await context.close();
  });
});
