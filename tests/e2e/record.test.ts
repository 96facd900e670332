/**
 * The record in Chromium: a secretary types notes in the Speakers and Questions views while the
 * timers run (the note field keeps the chair's keys to itself until Esc), the Minutes view shows
 * them in its preview, and its download button gives a .docx that holds them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocx } from '../docx';
import { handled, onBrowser, openPage, seeder, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();

const LONG_TITLE =
  'Thảo luận về tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2019 và dự toán ngân sách địa phương năm 2020';

/** A session with a discussion item, two people waiting to speak and a question slip, sent over the console's socket. */
async function seedRecord(url: string) {
  const { run, close } = await seeder(url);
  await run('council.save', { name: 'Hội đồng nhân dân huyện Đầm Hà', level: 'district', term: 4, totalSeats: 35 });
  await run('session.create', { number: 11, term: 4, kind: 'regular', startDate: '2019-12-17', endDate: '2019-12-18' });
  const quy = (await run('delegate.add', { fullName: 'Lương Xuân Quý', seatNumber: 1 })).id;
  const anh = (await run('delegate.add', { fullName: 'Nguyễn Thị Ngọc Ánh', seatNumber: 2 })).id;
  const lam = (await run('delegate.add', { fullName: 'Trần Văn Lâm', title: 'Phó Chủ tịch UBND huyện', voting: false })).id;
  const respondent = (await run('respondent.add', { delegateId: lam })).id;
  const discussion = (await run('agenda.add', { title: 'Thảo luận về ngân sách', kind: 'discussion' })).id;
  const questioning = (await run('agenda.add', { title: 'Chất vấn và trả lời chất vấn', kind: 'questioning' })).id;
  await run('record.setOfficers', { chairs: [quy], secretaries: [anh] });
  await run('speaker.request', { agendaItemId: discussion, delegateId: anh });
  await run('question.register', { askerId: quy, respondentId: respondent, text: 'Tiến độ dự án đường ven biển?', agendaItemId: questioning });
  close();
}

describe('notes and the Minutes view in Chromium', () => {
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  it('notes typed while timers run reach the preview and the downloaded .docx', async () => {
    const dataDir = tempDataDir();
    server = await serve(dataDir);
    await seedRecord(server.url);
    const page = await openPage(chromium.browser, server.url, 'en');

    // Speakers: call and start the speaker by keys, then type a note while the timer runs.
    await page.keyboard.press('Alt+6');
    await page.keyboard.press('n');
    await expect.poll(() => page.getByTestId('floor-name').textContent()).toBe('Nguyễn Thị Ngọc Ánh');
    await page.keyboard.press('Space');
    const pause = page.getByRole('button', { name: /^Pause/ });
    await pause.waitFor();
    const speechNote = page.getByRole('textbox', { name: 'Note on the speech of Nguyễn Thị Ngọc Ánh' });
    await speechNote.click();
    // "n", "f" and Space are the chair's keys; in the note they are only letters.
    await page.keyboard.type('Đề nghị tăng chi cho giáo dục, nâng cấp trường học vùng cao.');
    await page.keyboard.press('Escape');
    await expect.poll(() => speechNote.evaluate((el) => el === document.activeElement)).toBe(false);
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBeGreaterThan(0);
    // The speech is still running and still the same speaker: no key leaked to the console.
    await handled(page);
    expect(await page.getByTestId('floor-name').textContent()).toBe('Nguyễn Thị Ngọc Ánh');
    expect(await pause.count()).toBe(1);
    await page.keyboard.press('f'); // out of the field, the chair's key works again
    await expect.poll(() => page.getByText('Nobody has the floor').count()).toBeGreaterThan(0);

    // Questions: ask, note the question, answer, note the answer.
    await page.keyboard.press('Alt+7');
    await page.getByRole('button', { name: /^Next question/ }).waitFor();
    await page.keyboard.press('n');
    const questionNote = page.getByRole('textbox', { name: 'Note on the question of Lương Xuân Quý' });
    await questionNote.fill('Đại biểu nêu ba xã bị ảnh hưởng.');
    await questionNote.press('Escape');
    // n called the asker; Space starts the question, then a calls the respondent and Space starts the answer.
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: /^Pause/ }).waitFor();
    await page.keyboard.press('a');
    await page.getByRole('button', { name: /^Start/ }).waitFor();
    await page.keyboard.press('Space');
    const answerNote = page.getByRole('textbox', { name: 'Note on the answer of Trần Văn Lâm' });
    await answerNote.click();
    await page.keyboard.type('Cam kết hoàn thành trong quý I năm 2020.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('e');

    // The Minutes view shows both notes in its preview.
    await page.keyboard.press('Alt+m');
    const preview = page.getByRole('document', { name: 'Preview of the document as it will print' });
    await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toContain('Đề nghị tăng chi cho giáo dục, nâng cấp trường học vùng cao.');
    const text = (await preview.textContent())!;
    expect(text).toContain('Đại biểu nêu ba xã bị ảnh hưởng.');
    expect(text).toContain('Cam kết hoàn thành trong quý I năm 2020.');
    // What is missing is listed, and the place is among it.
    await expect.poll(() => page.getByText('The place of the session is not entered.').count()).toBe(1);

    // A note edited from the preview itself.
    await page.getByRole('button', { name: /^Edit the note: Note on the speech of Nguyễn Thị Ngọc Ánh/ }).click();
    const inPreview = page.getByRole('textbox', { name: 'Note on the speech of Nguyễn Thị Ngọc Ánh' });
    await inPreview.fill('Đề nghị tăng chi cho giáo dục vùng cao.');
    await inPreview.press('Escape');
    await expect.poll(() => preview.textContent()).toContain('Đề nghị tăng chi cho giáo dục vùng cao.');

    // The download button gives the .docx, named after the session, holding the notes; the
    // English console offers the minutes in English first, the council files them in Vietnamese.
    expect(text).toContain('II. PROCEEDINGS');
    await page.getByLabel('Language of the document').selectOption('vi');
    await expect.poll(() => preview.textContent()).toContain('II. NỘI DUNG, DIỄN BIẾN KỲ HỌP');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Download \.docx/ }).click()]);
    expect(download.suggestedFilename()).toBe('bien-ban-ky-hop-11.docx');
    const file = path.join(dataDir, 'downloaded.docx');
    await download.saveAs(file);
    const docx = readDocx(fs.readFileSync(file));
    expect(docx.text).toContain('BIÊN BẢN');
    expect(docx.text).toContain('Đề nghị tăng chi cho giáo dục vùng cao.');
    expect(docx.text).toContain('Cam kết hoàn thành trong quý I năm 2020.');
  });

  it('a missing summary beside a long title keeps its button on one line, naming its row', async () => {
    await server?.stop();
    server = await serve(tempDataDir());
    const { run, close } = await seeder(server.url);
    await run('council.save', { name: 'Hội đồng nhân dân xã Đầm Hà', level: 'commune', term: 1, totalSeats: 30 });
    await run('session.create', { number: 2, term: 1, kind: 'regular', startDate: '2026-12-17', endDate: '2026-12-17' });
    const report = (await run('agenda.add', { title: LONG_TITLE, kind: 'report' })).id;
    await run('item.start', { id: report });
    await run('item.finish', { id: report });
    close();
    const page = await openPage(chromium.browser, server.url, 'en');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.keyboard.press('Alt+m');
    // At the chair's 1366×768 it used to shrink to "Write / the / note".
    const writeNote = page.getByRole('button', { name: 'Write the note', description: new RegExp(LONG_TITLE.slice(0, 40)) });
    await expect.poll(() => writeNote.count()).toBe(1);
    const lines = await writeNote.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
  });
});
