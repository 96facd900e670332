/**
 * The secretary's question-slip editor in Chromium: Escape from any of its fields cancels the edit,
 * as the console's other editors do (lib/editRow.ts): the slip as it was, the form back to
 * registering, and the keyboard on the slip's Edit button. While registering, Escape keeps what is
 * typed (it only leaves the box, as in every view).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { onBrowser, openPage, seed, serve, tempDataDir, type Served } from './harness';

const chromium = onBrowser();

describe('the question-slip editor', () => {
  let server: Served;
  afterAll(async () => {
    await server?.stop();
  });

  it('closes on Escape with nothing changed and the keyboard back on the slip’s Edit button, in both languages', async () => {
    server = await serve(tempDataDir());
    const [, , hoa, lan, hai] = await seed(server.url, [
      { type: 'council.save', name: 'HĐND tỉnh Hòa Bình', level: 'province', term: 16, totalSeats: 58 },
      { type: 'session.create', number: 11, term: 16, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
      { type: 'delegate.add', fullName: 'Trần Thị Hoa', seatNumber: 1 },
      { type: 'delegate.add', fullName: 'Hoàng Thị Lan', title: 'Giám đốc Sở Y tế', voting: false },
      { type: 'delegate.add', fullName: 'Bùi Văn Hải', title: 'Chánh án TAND tỉnh', voting: false },
    ]);
    const [lanAnswers, haiAnswers] = await seed(server.url, [
      { type: 'respondent.add', delegateId: lan.id, agency: 'Sở Y tế' },
      { type: 'respondent.add', delegateId: hai.id, agency: 'Tòa án nhân dân tỉnh' },
    ]);
    await seed(server.url, [
      { type: 'question.register', askerId: hoa.id, respondentId: lanAnswers.id, text: 'Bệnh viện tỉnh quá tải' },
      { type: 'question.register', askerId: hoa.id, respondentId: haiAnswers.id, text: 'Án tồn đọng, chậm xét xử' },
    ]);

    const words = {
      en: { edit: 'Edit slip 2', register: 'Register a question', editing: 'Edit the slip', question: 'Question', respondent: 'Respondent' },
      vi: { edit: 'Sửa phiếu 2', register: 'Đăng ký câu hỏi', editing: 'Sửa phiếu chất vấn', question: 'Nội dung câu hỏi', respondent: 'Người trả lời' },
    };
    for (const lang of ['vi', 'en'] as const) {
      const w = words[lang];
      const page = await openPage(chromium.browser, server.url + '#questions', lang);
      const heading = page.locator('#queue-heading');
      const text = page.getByLabel(w.question, { exact: true });
      await heading.waitFor();
      expect(await heading.textContent()).toBe(w.register);

      // From the question's text, where Edit puts the keyboard: what was typed is dropped.
      await page.getByRole('button', { name: w.edit }).click();
      await expect.poll(() => heading.textContent()).toBe(w.editing);
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
      await text.pressSequentially(' và giải pháp?');
      if (process.env.SHOTS) await page.screenshot({ path: `${process.env.SHOTS}/slip-editing-${lang}.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => heading.textContent()).toBe(w.register);
      expect(await text.inputValue()).toBe('');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(w.edit);
      // Unchanged in the queue, and no refusal said.
      expect(await page.locator('.qtext').allTextContents()).toEqual(['Bệnh viện tỉnh quá tải', 'Án tồn đọng, chậm xét xử']);
      expect(await page.locator('form.slip + p.error').count()).toBe(0);

      // From the respondent's list, changed: the same, and Enter on the Edit button opens it again as stored.
      await page.keyboard.press('Enter');
      await expect.poll(() => heading.textContent()).toBe(w.editing);
      const respondent = page.locator('form.slip').getByRole('combobox', { name: w.respondent });
      await respondent.selectOption({ label: 'Hoàng Thị Lan — Giám đốc Sở Y tế' });
      await respondent.focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => heading.textContent()).toBe(w.register);
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(w.edit);
      await page.keyboard.press('Enter');
      await expect.poll(() => respondent.inputValue()).toBe(String(haiAnswers.id));
      expect(await text.inputValue()).toBe('Án tồn đọng, chậm xét xử');
      await page.keyboard.press('Escape');
      await expect.poll(() => heading.textContent()).toBe(w.register);

      // Registering, Escape cancels nothing: what is typed for a new slip stays.
      await text.fill('Thiếu thuốc bảo hiểm y tế');
      await text.press('Escape');
      expect(await text.inputValue()).toBe('Thiếu thuốc bảo hiểm y tế');
      expect(await heading.textContent()).toBe(w.register);
      await page.context().close();
    }
  });
});
