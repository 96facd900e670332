import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { BrowserContext, Page } from 'playwright-core';
import { failOnPageErrors, heartbeatClock, onBrowser, seeder, serve, tempDataDir, type Served, twoFrames } from './harness';
import { OVERLAY_LIMITS } from '../../common/limits';

const chromium = onBrowser();

/** Turns LAN sharing on over the console's socket and returns the display address. */
async function share(url: string): Promise<string> {
  const ws = new WebSocket(url.replace('http', 'ws') + 'ws', { origin: url.replace(/\/$/, '') });
  await new Promise((r) => ws.once('open', r));
  const reply = new Promise<{ sharing: { urls: string[] } }>((resolve) =>
    ws.on('message', (d) => {
      const msg = JSON.parse(String(d));
      if (msg.kind === 'sharing') resolve(msg);
    }),
  );
  ws.send(JSON.stringify({ kind: 'sharing', id: 1, enable: true }));
  const { sharing } = await reply;
  ws.close();
  return sharing.urls[0];
}

describe('broadcast overlay in Chromium', () => {
  let server: Served | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it('is transparent, follows the item, the speaker, the vote and the questioning, hides, keys, and needs the token on the LAN', async () => {
    server = await serve(tempDataDir(), ['--lan-host', '127.0.0.1']);
    const chair = await seeder(server.url);
    const { run } = chair;
    await run('council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
    await run('session.create', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' });
    const nhung = await run('delegate.add', { fullName: 'Nguyễn Thị Hồng Nhung', seatNumber: 1, title: 'Phó Chủ tịch HĐND tỉnh' });
    const duc = await run('delegate.add', { fullName: 'Trần Văn Đức', voting: false, title: 'Giám đốc Sở Tài chính' });
    const item = await run('agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 });

    const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    failOnPageErrors(page);
    await page.goto(server.url + 'overlay');
    const caption = () => page.locator('[data-testid=overlay-caption]');
    const shown = async () => ((await caption().count()) ? `${await caption().getAttribute('data-kind')}: ${await page.getByTestId('overlay-name').textContent()}` : 'nothing');
    // Transparent for the mixer, and nothing until the chair puts it on air.
    expect(await page.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).backgroundColor])).toEqual([
      'rgba(0, 0, 0, 0)',
      'rgba(0, 0, 0, 0)',
    ]);
    await run('item.start', { id: item.id });
    await run('overlay.set', { visible: true });
    await expect.poll(shown).toBe('item: Thảo luận tại hội trường');

    await run('speaker.focus', { agendaItemId: item.id });
    await run('speaker.request', { delegateId: nhung.id });
    await run('speaker.next', {});
    await expect.poll(shown).toBe('speaker: Nguyễn Thị Hồng Nhung');
    await run('speaker.finish', {});

    const vote = await run('vote.create', { resolutionTitle: 'Nghị quyết về đầu tư công năm 2027', method: 'hands' });
    await run('vote.open', { id: vote.id, present: 52 });
    await run('vote.tally', { id: vote.id, for: 49, against: 2, abstain: 1 });
    await run('vote.close', { id: vote.id });
    await run('vote.announce', { id: vote.id });
    await expect.poll(shown).toBe('vote: Nghị quyết về đầu tư công năm 2027');
    expect(await page.getByTestId('overlay-counts').textContent()).toContain('Tán thành 49 (84,48%)');

    const r = await run('respondent.add', { delegateId: duc.id });
    await run('question.register', { askerId: nhung.id, respondentId: r.id, text: 'Tiến độ giải ngân?' });
    await run('question.next', {});
    await expect.poll(shown).toBe('question: Nguyễn Thị Hồng Nhung → Trần Văn Đức');
    // Called, not started: on air with the full time, not a running clock.
    expect(await page.getByTestId('overlay-caption').getByRole('timer').textContent()).toBe('3:00');

    // Hidden by the chair: nothing on air; a key colour for mixers without alpha.
    await run('overlay.set', { visible: false });
    await expect.poll(shown).toBe('nothing');
    await run('overlay.set', { key: '#00b140' });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 177, 64)');

    // Off the loopback: only with the sharing token.
    const display = new URL(await share(server.url));
    const lan = `http://${display.host}`;
    expect((await fetch(`${lan}/overlay`)).status).toBe(403);
    expect((await fetch(`${lan}/overlay?token=wrong`)).status).toBe(403);
    expect((await fetch(`${lan}/overlay?token=${display.searchParams.get('token')}`)).status).toBe(200);
    chair.close();
    await context.close();
  });

  it('a morning on air at 1920×1080 and 1280×720: inside the safe area, the floor off air through the break, the sitting’s close and a LAN drop', async () => {
    const served = await serve(tempDataDir());
    const contexts: BrowserContext[] = [];
    try {
      const { run, close } = await seeder(served.url);
      await run('council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
      await run('session.create', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09', hallLang: 'vi' });
      const linh = await run('delegate.add', {
        fullName: 'Nguyễn Thị Hồng Nhung Bạch Phương Khánh Linh',
        seatNumber: 1,
        title: 'Phó Trưởng ban Kinh tế - Ngân sách HĐND tỉnh kiêm Chánh Văn phòng Đoàn ĐBQH và HĐND tỉnh',
        group: 'Tổ đại biểu số 3 (thành phố Hòa Bình)',
      });
      const sitting = await run('sitting.add', { date: '2026-12-08', part: 'morning', plannedStart: '07:30', plannedEnd: '11:30' });
      const item = await run('agenda.add', { title: 'Thảo luận tại hội trường về kế hoạch phát triển kinh tế - xã hội năm 2027', kind: 'discussion', plannedMinutes: 60 });
      await run('agenda.assign', { id: item.id, sittingId: sitting.id });
      await run('overlay.set', { visible: true });
      await run('item.start', { id: item.id });

      // The two browser sources a station adds, each its own connection.
      const sources: { context: BrowserContext; page: Page; width: number; height: number }[] = [];
      for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
        const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width, height } });
        contexts.push(context);
        const page = await context.newPage();
        failOnPageErrors(page);
        // The address as Gavel prints it on starting, where the technician finds it.
        await page.goto(/broadcast overlay: (http:\S+\/overlay)\)/.exec(served.output())![1]);
        sources.push({ context, page, width, height });
      }
      const shown = (page: Page) => async () =>
        (await page.getByTestId('overlay-caption').count()) ? `${await page.getByTestId('overlay-caption').getAttribute('data-kind')}: ${await page.getByTestId('overlay-name').textContent()}` : 'nothing';
      // On air on both sources, every box of it in from the outer 5% of the picture.
      const onAir = async (expected: string) => {
        for (const { page, width, height } of sources) {
          await expect.poll(shown(page), { message: `${width}×${height}` }).toBe(expected);
          await page.evaluate(() => document.fonts.ready);
          const boxes = await page.locator('[data-testid=overlay-caption], [data-testid=overlay-caption] *').evaluateAll((els) =>
            els.map((el) => { const r = el.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; }),
          );
          for (const b of boxes) {
            expect(b.left, `${expected} ${width}×${height}`).toBeGreaterThanOrEqual(width * 0.05);
            expect(b.top).toBeGreaterThanOrEqual(height * 0.05);
            expect(b.right).toBeLessThanOrEqual(width * 0.95);
            expect(b.bottom).toBeLessThanOrEqual(height * 0.95);
          }
        }
      };

      await onAir('item: Thảo luận tại hội trường về kế hoạch phát triển kinh tế - xã hội năm 2027'.replace(' - ', '\u00a0- '));
      await run('speaker.focus', { agendaItemId: item.id });
      await run('speaker.request', { delegateId: linh.id });
      await run('speaker.next', {});
      await run('speaker.start', {});
      await onAir('speaker: Nguyễn Thị Hồng Nhung Bạch Phương Khánh Linh');

      // The break: the speech pauses with the sitting; its name and clock leave the air, that the
      // sitting is suspended goes on, and the caption the chair types for it over that.
      await run('sitting.suspend', { id: sitting.id });
      await onAir('suspended: Phiên họp tạm dừng');
      await run('overlay.set', { caption: 'Giải lao 15 phút' });
      await onAir('caption: Giải lao 15 phút');
      await run('overlay.set', { caption: '' });
      await onAir('suspended: Phiên họp tạm dừng');
      await run('sitting.open', { id: sitting.id });
      await run('item.resume', { id: item.id });
      await onAir('speaker: Nguyễn Thị Hồng Nhung Bạch Phương Khánh Linh');

      // The LAN drops under the 1280×720 source (the socket stays open and silent): within
      // seconds its caption leaves the air, rather than a clock counting on from the last word;
      // what happened meanwhile is on air once it is back.
      const [, small] = sources;
      await small.context.setOffline(true);
      await expect.poll(shown(small.page), { timeout: 12_000 }).toBe('nothing');
      await run('speaker.finish', {});
      const vote = await run('vote.create', { resolutionTitle: 'Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030', method: 'hands' });
      await run('vote.open', { id: vote.id, present: 52 });
      await run('vote.tally', { id: vote.id, for: 49, against: 2, abstain: 1 });
      await run('vote.close', { id: vote.id });
      await run('vote.announce', { id: vote.id });
      expect(await shown(small.page)()).toBe('nothing');
      await small.context.setOffline(false);
      await expect.poll(shown(small.page), { timeout: 12_000 }).toBe('vote: Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2026\u00a0- 2030');
      await onAir('vote: Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2026\u00a0- 2030');

      // The sitting closes: its last result leaves the air with it.
      await run('item.finish', { id: item.id });
      await run('sitting.close', { id: sitting.id });
      await onAir('nothing');
      close();
    } finally {
      for (const c of contexts) await c.close();
      await served.stop();
    }
  });

  it("speaks the session's hall language, not the mixer browser's", async () => {
    const served = await serve(tempDataDir());
    try {
      const { run, close } = await seeder(served.url);
      await run('council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
      await run('session.create', { number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09', hallLang: 'vi' });
      const vote = await run('vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' });
      await run('vote.open', { id: vote.id, present: 28 });
      await run('vote.tally', { id: vote.id, for: 25, against: 2, abstain: 1 });
      await run('vote.close', { id: vote.id });
      await run('vote.announce', { id: vote.id });
      await run('overlay.set', { visible: true });
      close();
      // OBS's browser source reports English.
      const context = await chromium.browser.newContext({ locale: 'en-US', viewport: { width: 1920, height: 1080 } });
      const page = await context.newPage();
      failOnPageErrors(page);
      await page.goto(served.url + 'overlay');
      await page.getByText('ĐÃ THÔNG QUA').waitFor();
      expect(await page.getByText('ADOPTED').count()).toBe(0);
      await context.close();
    } finally {
      await served.stop();
    }
  });

  it('keeps a long position and the group on air at 1280×720, inside the picture', async () => {
    const served = await serve(tempDataDir());
    try {
      const { run, close } = await seeder(served.url);
      await run('council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
      await run('session.create', { number: 3, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09', hallLang: 'vi' });
      const huong = await run('delegate.add', {
        fullName: 'Hoàng Thị Thu Hương',
        seatNumber: 1,
        title: 'Phó Trưởng ban Kinh tế - Ngân sách HĐND xã kiêm Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã',
        group: 'Tổ đại biểu số 3',
      });
      const item = await run('agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 });
      await run('item.start', { id: item.id });
      await run('speaker.focus', { agendaItemId: item.id });
      await run('speaker.request', { delegateId: huong.id });
      await run('speaker.next', {});
      await run('overlay.set', { visible: true });
      close();
      const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      failOnPageErrors(page);
      await page.goto(served.url + 'overlay');
      const line = page.getByTestId('overlay-line');
      await expect.poll(() => line.textContent()).toContain('Tổ đại biểu số 3');
      // Nothing of it cut off: the whole text fits its box, and the box is inside the picture.
      const fit = await line.evaluate((el) => ({ wide: el.scrollWidth <= el.clientWidth, tall: el.scrollHeight <= el.clientHeight + 1 }));
      expect(fit).toEqual({ wide: true, tall: true });
      const box = (await page.getByTestId('overlay-caption').boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(720);
      await page.screenshot({ path: path.join(os.tmpdir(), 'gavel-overlay-long-line.png') });
      await context.close();
    } finally {
      await served.stop();
    }
  });

  it('keeps the marks over a capital on air: “Ủy” is not clipped to read “Úy”, at 1920×1080 and 1280×720', async () => {
    const served = await serve(tempDataDir());
    try {
      const { run, close } = await seeder(served.url);
      await run('council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
      await run('session.create', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09', hallLang: 'vi' });
      const a = await run('delegate.add', { fullName: 'Phạm Thị Ổn', seatNumber: 1, title: 'Ủy viên Ủy ban nhân dân tỉnh' });
      const b = await run('delegate.add', { fullName: 'Ứng Văn Ẩn', seatNumber: 2 });
      await run('personnel.prepare', { kind: 'election', title: 'Bầu bổ sung Ủy viên Ủy ban nhân dân tỉnh', posts: 1, people: [a.id, b.id].map((delegateId) => ({ delegateId })) });
      await run('personnel.committee', { id: 1, head: a.id, members: [b.id] });
      await run('personnel.open', { id: 1, present: 50 });
      const item = await run('agenda.add', { title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 60 });
      await run('item.start', { id: item.id });
      await run('speaker.focus', { agendaItemId: item.id });
      await run('speaker.request', { delegateId: a.id });
      await run('speaker.next', {});
      await run('overlay.set', { visible: true });
      // The election's heading (a vote's and an item's title read the same way), then the speaker's name and position.
      for (const [width, height, follow, shown] of [
        [1920, 1080, 'auto', 'Bầu bổ sung Ủy viên'],
        [1280, 720, 'auto', 'Bầu bổ sung Ủy viên'],
        [1920, 1080, 'speaker', 'Phạm Thị Ổn'],
        [1280, 720, 'speaker', 'Phạm Thị Ổn'],
      ] as const) {
        await run('overlay.set', { follow });
        const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width, height } });
        const page = await context.newPage();
        failOnPageErrors(page);
        await page.goto(served.url + 'overlay');
        await page.getByTestId('overlay-name').getByText(shown).waitFor();
        await page.evaluate(() => document.fonts.ready);
        // How far the ink of each line of text rises above the box that clips it (a line-clamped
        // block hides what overflows its padding box): the top of the tallest glyph, from the
        // font's own metrics, against the box's top. Negative is clipped.
        const clipped = await page.evaluate(() => {
          const ctx = document.createElement('canvas').getContext('2d')!;
          return [...document.querySelectorAll('[data-testid=overlay-caption] .text > *')].flatMap((el) => {
            const cs = getComputedStyle(el);
            ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
            const range = document.createRange();
            range.selectNodeContents(el);
            const first = range.getClientRects()[0];
            const m = ctx.measureText(el.textContent!);
            const baseline = first.top + (first.height - (m.fontBoundingBoxAscent + m.fontBoundingBoxDescent)) / 2 + m.fontBoundingBoxAscent;
            const above = el.getBoundingClientRect().top - (baseline - m.actualBoundingBoxAscent);
            return above > 0.5 ? [`${el.textContent}: ${above.toFixed(1)}px`] : [];
          });
        });
        expect(clipped, `${follow} ${width}×${height}`).toEqual([]);
        await context.close();
      }
      close();
    } finally {
      await served.stop();
    }
  });

  it('fits a long title on air in its two lines: a smaller type before a cut, then a cut at a word with “…”, inside the title-safe area, at 1920×1080 and 1280×720', async () => {
    const served = await serve(tempDataDir());
    try {
      const { run, close } = await seeder(served.url);
      await run('council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
      await run('session.create', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09', hallLang: 'vi' });
      await run('overlay.set', { visible: true, follow: 'auto' });
      // Short: the largest type. Longer than the 110 characters a count once cut it at: whole, smaller.
      // Longer than two lines of the smallest type takes: cut at a word, in that type.
      const titles = [
        { title: 'Khai mạc kỳ họp', whole: true, largest: true },
        { title: 'Biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công trung hạn giai đoạn 2026–2030 của tỉnh và danh mục dự án khởi công mới năm 2027', whole: true, largest: false },
        {
          title:
            'Biểu quyết thông qua Nghị quyết về việc điều chỉnh, bổ sung kế hoạch đầu tư công trung hạn giai đoạn 2026–2030 nguồn vốn ngân sách địa phương của tỉnh và phân bổ chi tiết kế hoạch vốn đầu tư công năm 2027 cho các dự án chuyển tiếp, dự án khởi công mới và nhiệm vụ chuẩn bị đầu tư',
          whole: false,
          largest: false,
        },
      ];
      expect(titles[1].title.length).toBeGreaterThan(110);
      let current: number | null = null;
      for (const { title, whole, largest } of titles) {
        const item = await run('agenda.add', { title, kind: 'vote', plannedMinutes: 10 });
        await run('item.start', current === null ? { id: item.id } : { id: item.id, current: 'finish' });
        current = item.id;
        for (const [width, height] of [[1920, 1080], [1280, 720]]) {
          const where = `${title.slice(0, 24)} ${width}×${height}`;
          const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width, height } });
          const page = await context.newPage();
          failOnPageErrors(page);
          await page.goto(served.url + 'overlay');
          const name = page.getByTestId('overlay-name');
          await expect.poll(() => name.textContent()).toContain(title.slice(0, 20));
          // The fonts in, then two frames: the refit they start (refit.ts) and a ResizeObserver's are both
          // done, where a fixed 100 ms could pass on a loaded machine before the page drew a frame.
          await page.evaluate(() => document.fonts.ready);
          await twoFrames(page);
          const m = await name.evaluate((el) => {
            const cs = getComputedStyle(el);
            return {
              text: el.textContent!.replace(/\u00a0/g, ' '),
              // A line the clamp hides adds a line's height (a mark under the last line, a few pixels, is not one).
              hidden: el.scrollHeight > el.clientHeight + parseFloat(cs.lineHeight) / 2,
              lines: Math.round((el.clientHeight - parseFloat(cs.paddingTop)) / parseFloat(cs.lineHeight)),
              size: parseFloat(cs.fontSize) / (innerHeight / 100),
            };
          });
          // Nothing hidden by the clamp, at most two lines, in a type from the line's 3cqh to the title's 4cqh.
          expect(m.hidden, where).toBe(false);
          expect(m.lines, where).toBeLessThanOrEqual(2);
          expect(m.size, where).toBeGreaterThanOrEqual(2.99);
          expect(m.size, where).toBeLessThanOrEqual(4.01);
          if (largest) expect(m.size, where).toBeCloseTo(4, 1);
          if (whole) expect(m.text, where).toBe(title);
          else {
            // Cut at a word: what is shown is the title's start up to a space (its trailing comma dropped), then "…"; two full lines of the smallest type.
            expect(m.text.endsWith('…'), where).toBe(true);
            const head = m.text.slice(0, -1);
            expect(title.startsWith(head), where).toBe(true);
            expect(title[head.length], where).toMatch(/[\s,]/);
            expect(head.length, where).toBeGreaterThan(110);
            expect(m.size, where).toBeCloseTo(3, 1);
            expect(m.lines, where).toBe(2);
          }
          // Inside the title-safe area: 10% in from each edge.
          const box = (await page.getByTestId('overlay-caption').boundingBox())!;
          expect(box.x, where).toBeGreaterThanOrEqual(width * 0.1 - 1);
          expect(box.x + box.width, where).toBeLessThanOrEqual(width * 0.9 + 1);
          expect(box.y, where).toBeGreaterThanOrEqual(height * 0.1 - 1);
          expect(box.y + box.height, where).toBeLessThanOrEqual(height * 0.9 + 1);
          await page.screenshot({ path: path.join(os.tmpdir(), `gavel-overlay-title-${titles.findIndex((t) => t.title === title)}-${width}.png`) });
          await context.close();
        }
      }
      close();
    } finally {
      await served.stop();
    }
  });

  it('puts the chair’s typed caption on air whole, up to the last character the box takes, in two lines, capitals too', async () => {
    const served = await serve(tempDataDir());
    try {
      const { run, close } = await seeder(served.url);
      await run('council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
      await run('session.create', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09', hallLang: 'vi' });
      // As long as the caption box takes (120): the counter said it fits, so none of it may be cut on air.
      const captions = [
        'Kỳ họp thứ 11 HĐND tỉnh Hòa Bình khóa XVI - phiên chất vấn và trả lời chất vấn buổi sáng ngày 08/12/2026 tại Hội trường.',
        'KỲ HỌP THỨ MƯỜI MỘT HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH KHÓA XVI, NHIỆM KỲ 2021-2026: PHIÊN HỌP BẾ MẠC BUỔI CHIỀU NGÀY 09/12',
      ];
      for (const caption of captions) {
        expect(caption).toHaveLength(OVERLAY_LIMITS.caption);
        await run('overlay.set', { visible: true, follow: 'caption', caption });
        for (const [width, height] of [[1920, 1080], [1280, 720]]) {
          const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width, height } });
          const page = await context.newPage();
          failOnPageErrors(page);
          await page.goto(served.url + 'overlay');
          const name = page.getByTestId('overlay-name');
          await name.waitFor();
          await page.evaluate(() => document.fonts.ready);
          // Whole (a dash kept with its word by a no-break space, as every title on air).
          expect((await name.textContent())!.replace(/\u00a0/g, ' '), `${width}×${height}`).toBe(caption);
          // Two lines, nothing hidden by the clamp.
          const fit = await name.evaluate((el) => ({ tall: el.scrollHeight <= el.clientHeight + 1, lines: Math.round((el.clientHeight - parseFloat(getComputedStyle(el).paddingTop)) / parseFloat(getComputedStyle(el).lineHeight)) }));
          expect(fit, `${caption.slice(0, 12)} ${width}×${height}`).toEqual({ tall: true, lines: 2 });
          await context.close();
        }
      }
      close();
    } finally {
      await served.stop();
    }
  });

  it('names every one of thirteen people elected on air, each whole, a group at a time, inside the title-safe area, at 1920×1080 and 1280×720 in both languages, under an accessible name', { timeout: 120_000 }, async () => {
    const served = await serve(tempDataDir());
    try {
      const { run, close } = await seeder(served.url);
      await run('council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
      await run('session.create', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09', hallLang: 'vi' });
      const names = Array.from({ length: 15 }, (_, i) => `${['Nguyễn Thị Hồng Nhung', 'Tôn Nữ Hoàng Phương Thảo', 'Nguyễn Văn Khánh Hoàng'][i % 3]} ${i + 1}`);
      const people = [];
      for (const [i, fullName] of names.entries()) people.push(await run('delegate.add', { fullName, seatNumber: i + 1, title: 'Ủy viên Ủy ban nhân dân tỉnh' }));
      const elected = people.slice(0, 13);
      await run('personnel.prepare', { kind: 'election', title: 'Ủy viên Ủy ban nhân dân tỉnh Hòa Bình nhiệm kỳ 2021 - 2026', posts: 13, people: elected.map((d) => ({ delegateId: d.id })) });
      await run('personnel.committee', { id: 1, head: people[13].id, members: [people[14].id] });
      await run('personnel.open', { id: 1, present: 52 });
      await run('personnel.ballots', { id: 1, issued: 52, returned: 52, valid: 52, invalid: 0 });
      await run('personnel.count', { id: 1, lines: elected.map((_, i) => ({ personId: i + 1, counts: { agree: 45, disagree: 7, invalid: 0 } })) });
      await run('personnel.close', { id: 1 });
      await run('personnel.announce', { id: 1 });
      await run('overlay.set', { visible: true });
      for (const lang of ['vi', 'en'] as const) {
        await run('session.update', { id: 1, number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09', hallLang: lang });
        for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
          const where = `${lang} ${width}×${height}`;
          const context = await chromium.browser.newContext({ locale: lang, viewport: { width, height } });
          const page = await context.newPage();
          failOnPageErrors(page);
          // A group is on air six seconds: the page's clock is moved on rather than waited for.
          await page.clock.install();
          const clock = heartbeatClock(page);
          await page.goto(served.url + 'overlay');
          await page.getByRole('region', { name: lang === 'vi' ? 'Phụ đề phát sóng' : 'Broadcast caption' }).waitFor();
          await page.evaluate(() => document.fonts.ready);
          await clock.runFor(100);
          const line = page.getByTestId('overlay-counts');
          const label = lang === 'vi' ? 'Trúng cử' : 'Elected';
          await expect.poll(() => line.getAttribute('data-group'), { message: where }).toMatch(/^1\/\d$/);
          const groups = Number((await line.getAttribute('data-group'))!.split('/')[1]);
          const named: string[] = [];
          for (let g = 1; g <= groups; g++) {
            if (g > 1) await clock.runFor(6000);
            await expect.poll(() => line.getAttribute('data-group'), { message: where }).toBe(`${g}/${groups}`);
            // A word's syllables are kept together ("Trúng\u00a0cử"): read as plain spaces.
            const text = (await line.textContent())!.replace(/\u00a0/g, ' ');
            expect(text.startsWith(`${label} (${g}/${groups}): `), `${where}: ${text}`).toBe(true);
            // Whole: no "…", and the text fits the line's two lines.
            expect(text, where).not.toContain('…');
            expect(await line.evaluate((el) => el.scrollHeight <= el.clientHeight + 1), `${where}: ${text}`).toBe(true);
            named.push(...text.slice(text.indexOf(': ') + 2).split(', '));
            const box = (await page.getByTestId('overlay-caption').boundingBox())!;
            expect(box.x, where).toBeGreaterThanOrEqual(width * 0.1 - 1);
            expect(box.x + box.width, where).toBeLessThanOrEqual(width * 0.9 + 1);
            expect(box.y + box.height, where).toBeLessThanOrEqual(height * 0.9 + 1);
          }
          // Before, one line cut with "…" after the fifth: eight of the thirteen never named on air.
          expect(groups, where).toBeGreaterThan(1);
          const honorific = lang === 'vi' ? /^(Ông|Bà) / : /^(Mr|Ms) /;
          expect(named.map((n) => n.replace(honorific, '')), where).toEqual(names.slice(0, 13));
          // And round again to the first group.
          await clock.runFor(6000);
          await expect.poll(() => line.getAttribute('data-group'), { message: where }).toBe(`1/${groups}`);
          await context.close();
        }
      }
      close();
    } finally {
      await served.stop();
    }
  });

  it('holds a long asker → respondent whole in its two lines, in a smaller type rather than cut, at 1920×1080 and 1280×720', async () => {
    const served = await serve(tempDataDir());
    try {
      const { run, close } = await seeder(served.url);
      await run('council.save', { name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 });
      await run('session.create', { number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09', hallLang: 'vi' });
      const asker = await run('delegate.add', { fullName: 'Nguyễn Thị Hồng Nhung Bạch Phương Khánh Linh', seatNumber: 1, title: 'Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh' });
      const official = await run('delegate.add', { fullName: 'Tôn Nữ Hoàng Phương Thảo Nguyên Hạnh', voting: false, title: 'Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Hòa Bình' });
      const item = await run('agenda.add', { title: 'Chất vấn và trả lời chất vấn', kind: 'questioning', plannedMinutes: 60 });
      await run('item.start', { id: item.id });
      const r = await run('respondent.add', { delegateId: official.id });
      await run('question.register', { askerId: asker.id, respondentId: r.id, text: 'Tiến độ giải ngân vốn đầu tư công?' });
      await run('question.next', {});
      await run('overlay.set', { visible: true });
      close();
      for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
        const context = await chromium.browser.newContext({ locale: 'vi', viewport: { width, height } });
        const page = await context.newPage();
        failOnPageErrors(page);
        await page.goto(served.url + 'overlay');
        const name = page.getByTestId('overlay-name');
        await expect.poll(() => name.textContent()).toContain('→');
        await page.evaluate(() => document.fonts.ready);
        // Before, at 1280×720 it took three lines at the name's size and went on air as "… → Tôn Nữ Hoàng Phương Thảo…".
        await expect.poll(() => name.textContent(), { message: `${width}×${height}` }).toBe('Nguyễn Thị Hồng Nhung Bạch Phương Khánh Linh → Tôn Nữ Hoàng Phương Thảo Nguyên Hạnh');
        const fit = await name.evaluate((el) => {
          const style = getComputedStyle(el);
          const lines = (el.scrollHeight - parseFloat(style.paddingTop)) / parseFloat(style.lineHeight);
          return { lines: Math.round(lines), size: parseFloat(style.fontSize) };
        });
        expect(fit.lines, `${width}×${height}`).toBeLessThanOrEqual(2);
        // No smaller than the line under it.
        expect(fit.size, `${width}×${height}`).toBeGreaterThanOrEqual(height * 0.035);
        await context.close();
      }
    } finally {
      await served.stop();
    }
  });
});
