/**
 * The broadcast caption through the programme's break and past a result, in Chromium at 1920×1080,
 * beside the hall screen: during "Giải lao" the caption says when the sitting resumes with the time
 * left the hall counts down (the same clock), in the hall's language, and follows a change of that
 * language without a reload; a result read out leaves the air and the hall together when the chair
 * finishes its item.
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

describe('the broadcast caption through a break and past a result', () => {
  let server: Served | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('says when the sitting resumes during the break, as the hall counts it, and drops a result when its item is finished', async () => {
    server = await serve(tempDataDir());
    const { run, close } = await seeder(server.url);
    const session = { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' } as const;
    await run('council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
    const { id: sessionId } = await run('session.create', { ...session, hallLang: 'vi' });
    const report = await run('agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 });
    const pause = await run('agenda.add', { title: 'Giải lao', kind: 'break', plannedMinutes: 15 });
    await run('overlay.set', { visible: true });
    await run('item.start', { id: report.id });

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

    await run('item.start', { id: pause.id, current: 'finish' });
    await expect.poll(() => caption.getAttribute('data-kind')).toBe('break');
    // In the hall's language (the mixer's browser speaks English): the break, when it resumes, the time left.
    expect(await shown()).toMatch(/^break: Giải lao Phiên họp tiếp tục lúc \d{1,2} giờ( \d\d)? 1[45]:\d\d$/);
    // The time it names is the end of the clock on air: now plus the time left, to the minute.
    const [, h, m] = /lúc (\d+) giờ ?(\d\d)?/.exec((await caption.textContent())!)!;
    const left = seconds(await caption.getByRole('timer').textContent());
    const ends = new Date(Date.now() + left * 1000);
    const named = Number(h) * 60 + Number(m ?? 0);
    expect(Math.abs(named - (ends.getHours() * 60 + ends.getMinutes() + ends.getSeconds() / 60))).toBeLessThanOrEqual(1);
    // The same clock as the hall's, read at the same moment (a second apart at most).
    await expect.poll(() => hall.getByTestId('hall-timer').getByRole('timer').count()).toBe(1);
    const [onAir, inHall] = await Promise.all([caption.getByRole('timer').textContent(), hall.getByTestId('hall-timer').getByRole('timer').textContent()]);
    expect(Math.abs(seconds(onAir) - seconds(inHall))).toBeLessThanOrEqual(1);
    // Inside its strip: the lower third in the title-safe area, never over the picture's upper part.
    const box = (await caption.boundingBox())!;
    expect(box.y).toBeGreaterThan(1080 / 2);
    expect(box.y + box.height).toBeLessThanOrEqual(1080 * 0.9 + 1);
    expect(box.x).toBeGreaterThanOrEqual(1920 * 0.1 - 1);
    if (process.env.SHOTS) {
      await overlay.screenshot({ path: `${process.env.SHOTS}/overlay-break-vi-1920.png` });
      await hall.screenshot({ path: `${process.env.SHOTS}/hall-break-1920.png` });
      await smallHall.screenshot({ path: `${process.env.SHOTS}/hall-break-1024.png` });
    }

    // The chair switches the hall to English: the caption follows without a reload.
    await run('session.update', { id: sessionId, ...session, hallLang: 'en' });
    await expect.poll(shown).toMatch(/^break: Break The sitting resumes at \d{1,2}:\d\d 1[45]:\d\d$/);
    if (process.env.SHOTS) await overlay.screenshot({ path: `${process.env.SHOTS}/overlay-break-en-1920.png` });
    await run('session.update', { id: sessionId, ...session, hallLang: 'vi' });

    // Two minutes more for the break: the time it resumes moves with the hall's clock.
    await run('item.extend', { id: pause.id, minutes: 2 });
    await expect.poll(async () => seconds(await caption.getByRole('timer').textContent())).toBeGreaterThan(16 * 60);

    // After the break, a vote on the next item: its result on air and on the hall, until the chair
    // finishes the item (f), when both leave it together.
    const votes = await run('agenda.add', { title: 'Biểu quyết thông qua Nghị quyết', kind: 'vote', plannedMinutes: 10 });
    await run('item.start', { id: votes.id, current: 'finish' });
    const vote = await run('vote.create', { agendaItemId: votes.id, resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công năm 2027', method: 'hands' });
    await run('vote.open', { id: vote.id, present: 52 });
    await run('vote.tally', { id: vote.id, for: 49, against: 2, abstain: 1 });
    await run('vote.close', { id: vote.id });
    await run('vote.announce', { id: vote.id });
    await expect.poll(shown).toMatch(/^vote: ĐÃ THÔNG QUA Nghị quyết về kế hoạch đầu tư công năm 2027/);
    await expect.poll(() => hall.locator('[data-content]').getAttribute('data-content')).toBe('auto:result');
    await run('item.finish', { id: votes.id });
    await expect.poll(shown).toBe('nothing');
    await expect.poll(() => hall.locator('[data-content]').getAttribute('data-content')).toBe('auto:agenda');
    close();
    await context.close();
  });
});
