import fs from 'node:fs';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();

const delegates = ['Nguyễn Văn Dũng', 'Trần Thị Hoa', 'Lê Văn Tám', 'Phạm Thị Mai', 'Đặng Quốc Huy'];
const officials = [
  ['Phạm Minh Chính', 'Giám đốc Sở Tài nguyên và Môi trường', 'Sở TN&MT'],
  ['Hoàng Thị Lan', 'Giám đốc Sở Y tế', 'Sở Y tế'],
  ['Bùi Văn Hải', 'Chánh án TAND tỉnh', 'Tòa án nhân dân tỉnh'],
];

async function register(page: Page, search: string, respondent: string, text: string, topic?: string) {
  // The asker is picked as a speaker is: type, Enter.
  await page.getByRole('combobox', { name: 'Asking delegate' }).fill(search);
  await page.getByRole('combobox', { name: 'Asking delegate' }).press('Enter');
  // The form is cleared after each slip: topic and respondent are chosen each time.
  await page.getByLabel('Topic', { exact: true }).first().selectOption({ label: topic ?? '— no topic —' });
  await page.getByLabel('Respondent', { exact: true }).first().selectOption({ label: respondent });
  await page.getByLabel('Question', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Register question' }).click();
  await page.getByText(text).first().waitFor();
}

describe('questioning sitting in Chromium', () => {
  let server: Served;
  const dataDir = tempDataDir();
  afterAll(async () => {
    await server?.stop();
  });

  it('runs five questions with a follow-up and a written answer; the hall follows; the CSV reads back', async () => {
    server = await serve(dataDir);
    await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 },
      { type: 'session.create', number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
    ]);
    const people = await seed(server.url, [
      ...delegates.map((fullName, i) => ({ type: 'delegate.add' as const, fullName, seatNumber: i + 1 })),
      ...officials.map(([fullName, title]) => ({ type: 'delegate.add' as const, fullName, title, voting: false })),
    ]);
    await seed(server.url, officials.map(([, , agency], i) => ({ type: 'respondent.add' as const, delegateId: people[delegates.length + i].id, agency })));

    const page = await openPage(chromium.browser, server.url + '#questions', 'en');
    await page.getByRole('heading', { name: 'Questioning sitting' }).waitFor();
    await page.getByRole('button', { name: 'Respondents and topics' }).click();
    await page.getByLabel('Topic title').fill('Đất đai, môi trường');
    await page.getByRole('checkbox', { name: 'Phạm Minh Chính' }).check();
    await page.getByRole('button', { name: 'Add topic' }).click();
    await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'Đất đai, môi trường' }).textContent()).toContain('Phạm Minh Chính');
    await page.getByRole('button', { name: 'Respondents and topics' }).click();

    await register(page, 'nguyen van dung', 'Phạm Minh Chính — Giám đốc Sở Tài nguyên và Môi trường', 'Ô nhiễm sông Đà, khi nào xử lý?', 'Đất đai, môi trường');
    await register(page, 'tran thi hoa', 'Hoàng Thị Lan — Giám đốc Sở Y tế', 'Bệnh viện tỉnh quá tải');
    await register(page, '3', 'Bùi Văn Hải — Chánh án TAND tỉnh', 'Án tồn đọng, chậm xét xử');
    await register(page, 'pham thi mai', 'Hoàng Thị Lan — Giám đốc Sở Y tế', 'Thiếu thuốc bảo hiểm y tế');
    await register(page, 'dang quoc', 'Phạm Minh Chính — Giám đốc Sở Tài nguyên và Môi trường', 'Cấp sổ đỏ chậm, thủ tục rườm rà');
    await page.getByRole('heading', { name: 'Queue (5)' }).waitFor();
    // A slip corrected before it is called.
    await page.getByRole('button', { name: 'Edit slip 3' }).click();
    await expect.poll(() => page.getByLabel('Question', { exact: true }).inputValue()).toBe('Án tồn đọng, chậm xét xử');
    await page.getByLabel('Question', { exact: true }).fill('Án tồn đọng, chậm xét xử: giải pháp nào?');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.locator('.qtext', { hasText: 'Án tồn đọng, chậm xét xử: giải pháp nào?' }).waitFor();
    await page.getByRole('heading', { name: 'Register a question' }).waitFor();

    // A question to someone who is not a respondent is not offered; an answer without a question is refused.
    await page.getByRole('button', { name: 'Call to answer' }).waitFor();
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('a');
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('No question is waiting for an answer; let a delegate ask first.');

    const hall = await (await chromium.browser.newContext({ locale: 'vi', viewport: { width: 1920, height: 1080 } })).newPage();
    await hall.goto(server.url + 'hall');
    await hall.getByText('Kỳ họp chưa bắt đầu').waitFor(); // the hall speaks Vietnamese

    const headline = page.getByTestId('live-headline');
    // 1: asked, answered, then followed up and answered again.
    // n calls the asker, as in Speakers: the hall names who is invited, with the full time.
    await page.keyboard.press('n');
    await expect.poll(() => headline.textContent()).toBe('Delegate Nguyễn Văn Dũng questions Phạm Minh Chính (Giám đốc Sở Tài nguyên và Môi trường)');
    await expect.poll(() => hall.getByTestId('hall-question').textContent()).toContain('Đại biểu Nguyễn Văn Dũng chất vấn Phạm Minh Chính (Giám đốc Sở Tài nguyên và Môi trường)');
    await expect.poll(() => hall.locator('.qpanel .kind').textContent()).toBe('Mời chất vấn');
    const hallTimer = hall.getByRole('timer', { name: 'Thời gian hỏi' });
    await expect.poll(() => hallTimer.textContent()).toBe('3:00');
    const box = await hallTimer.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(1080 / 5);
    await page.getByRole('button', { name: 'Start', exact: true }).waitFor();
    await expect.poll(() => page.locator('#live-heading').textContent()).toBe('Question · called, not started');
    // Space starts the clock (not a pause of one already running).
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await expect.poll(() => hall.locator('.qpanel .kind').textContent()).toBe('Chất vấn');
    await expect.poll(() => hallTimer.textContent()).not.toBe('3:00');
    await page.keyboard.press('Space'); // pause
    await page.getByRole('button', { name: 'Resume', exact: true }).waitFor();
    await page.keyboard.press('Space'); // resume
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await page.keyboard.press('Control+z'); // undo the resume
    await page.getByRole('button', { name: 'Resume', exact: true }).waitFor();
    await page.getByText('Undone: resume (Nguyễn Văn Dũng)').waitFor();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    // a calls the respondent; Space starts the answer.
    await page.keyboard.press('a');
    await expect.poll(() => headline.textContent()).toBe('Phạm Minh Chính (Giám đốc Sở Tài nguyên và Môi trường) answers');
    await expect.poll(() => hall.getByTestId('hall-answer').textContent()).toBe('Phạm Minh Chính');
    await expect.poll(() => hall.locator('.qpanel .kind').textContent()).toBe('Mời trả lời');
    await expect.poll(() => hall.getByRole('timer', { name: 'Thời gian trả lời' }).textContent()).toBe('7:00');
    await page.keyboard.press('Space');
    await expect.poll(() => hall.locator('.qpanel .kind').textContent()).toBe('Trả lời chất vấn');
    await page.keyboard.press('d');
    await page.getByText('Question marked answered in the sitting.').waitFor();
    await page.keyboard.press('r');
    await page.getByLabel('Follow-up by Nguyễn Văn Dũng: the question').fill('Xin hỏi lại: thời hạn cụ thể?');
    await page.getByRole('button', { name: 'Ask follow-up' }).click();
    await expect.poll(() => hall.locator('.kind').textContent()).toBe('Mời chất vấn lại');
    // The console too shows the follow-up asked before the chair answers it: its headline still
    // said "… answers" (the first answer), and a wait for "answers" would pass on that stale line,
    // so "d" would find only the first, already marked, question to mark.
    await expect.poll(() => headline.textContent()).toContain('questions');
    await page.keyboard.press('Space');
    await expect.poll(() => hall.locator('.kind').textContent()).toBe('Chất vấn lại');
    await page.keyboard.press('a');
    await expect.poll(() => headline.textContent()).toContain('answers');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
    await page.keyboard.press('d');
    // 2 and 3: asked and answered; 4: asked, then sent to a written answer; 5: answered.
    for (const n of [2, 3, 4, 5]) {
      await page.keyboard.press('n');
      await expect.poll(() => page.getByRole('heading', { name: /^Queue/ }).textContent()).toBe(`Queue (${5 - n})`);
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
      if (n === 4) {
        await page.keyboard.press('f');
        await page.getByText('1 asked question waiting for an answer').waitFor();
        continue;
      }
      await page.keyboard.press('a');
      await expect.poll(() => headline.textContent()).toContain('answers');
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Pause', exact: true }).waitFor();
      await page.keyboard.press('f');
      await page.keyboard.press('d');
    }
    await page.getByRole('button', { name: 'Set the outcome of question 4' }).click();
    await page.getByRole('radiogroup', { name: 'Outcome of question 4', exact: true }).getByRole('radio', { name: 'Written answer' }).check();
    await page.getByLabel('Note for the minutes').fill('Sở Y tế trả lời bằng văn bản');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Sở Y tế trả lời bằng văn bản').waitFor();
    await page.getByText('28 Dec 2026').waitFor();
    await expect.poll(() => hall.getByText('Kỳ họp chưa bắt đầu').count()).toBe(1);

    // Figures: 5 questions asked and 1 follow-up, counted apart; 5 delegates; answered in the sitting
    // 4 questions and the follow-up, said apart under the figure (countQuestions); 1 in writing.
    const fig = (name: string) => page.locator(`[data-fig="${name}"]`).textContent();
    await expect.poll(() => fig('asked')).toBe('5');
    await expect.poll(() => fig('followUps')).toBe('1');
    await expect.poll(() => fig('delegates')).toBe('5');
    await expect.poll(() => fig('answered')).toBe('4');
    await expect.poll(() => page.locator('[data-fig-follow-ups="answered"]').textContent()).toBe('+ 1 follow-up');
    await expect.poll(() => fig('written')).toBe('1');

    // Filter by respondent, then back to all.
    await page.getByLabel('Filter the log by respondent').selectOption({ label: 'Hoàng Thị Lan' });
    await expect.poll(() => page.locator('tr[data-question]').count()).toBe(2);
    await page.getByLabel('Filter the log by respondent').selectOption({ label: 'All' });
    await expect.poll(() => page.locator('tr[data-question]').count()).toBe(6);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    const csv = fs.readFileSync((await download.path())!, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(6);
    // The follow-up sits under the question it follows up, numbered 1a, not at the end as a 6th question.
    expect(rows.map((r) => r['Delegate'])).toEqual([delegates[0], 'Nguyễn Văn Dũng', ...delegates.slice(1)]);
    expect(rows[0]).toMatchObject({ Respondent: 'Phạm Minh Chính', Agency: 'Sở TN&MT', Topic: 'Đất đai, môi trường', Outcome: 'Answered in the sitting' });
    expect(rows[1]).toMatchObject({ 'Follow-up of': '1', Question: 'Xin hỏi lại: thời hạn cụ thể?', Outcome: 'Answered in the sitting' });
    expect(rows.map((r) => Object.values(r)[0])).toEqual(['1', '1a', '2', '3', '4', '5']);
    expect(rows[3]).toMatchObject({ Question: 'Án tồn đọng, chậm xét xử: giải pháp nào?', Respondent: 'Bùi Văn Hải' });
    expect(rows[4]).toMatchObject({ Question: 'Thiếu thuốc bảo hiểm y tế', Outcome: 'Written answer', 'Written answer due': '2026-12-28', Note: 'Sở Y tế trả lời bằng văn bản', 'Answer time': '' });
    for (const r of rows) expect(r['Question time']).toMatch(/^\d+:\d\d$/);

    // A kill -9 loses nothing acknowledged.
    await server.stop('SIGKILL');
    server = await serve(dataDir);
    await page.goto(server.url + '#questions');
    await page.getByText('Connected').waitFor();
    await expect.poll(() => page.locator('tr[data-question]').count()).toBe(6);
    await expect.poll(() => fig('written')).toBe('1');
    await hall.context().close();
    await page.context().close();
  });
});
