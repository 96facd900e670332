/**
 * A province council's session tried by a new secretary, round 24, in Chromium against
 * `npm run serve` at 1366×768: the roster as the office's list gives it (names, posts and groups,
 * no seat numbers). One test per rough edge.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { alerts, freePort, onBrowser, openPage, pairSecretary, seed, seeder, serve, showView, tempDataDir, view, type Served } from './harness';

const chromium = onBrowser();
let server: Served;
let lanPort: number;
beforeAll(async () => {
  lanPort = await freePort();
  server = await serve(tempDataDir(), ['--port', String(await freePort()), '--lan-host', '127.0.0.1', '--lan-port', String(lanPort)]);
  await seed(server.url, [
    { type: 'council.save', name: 'HĐND tỉnh Quảng Trị', level: 'province', term: 1, totalSeats: 80 },
    { type: 'session.create', number: 2, term: 1, kind: 'regular', startDate: '2026-12-08', endDate: '2026-12-09' },
    // As the office's list is imported: no seat numbers.
    ...['Nguyễn Văn Hùng', 'Lê Thị Thu Hằng', 'Ngô Xuân Thắng'].map((fullName) => ({ type: 'delegate.add' as const, fullName, title: 'Đại biểu HĐND tỉnh' })),
    { type: 'delegate.add', fullName: 'Phan Đức Long', title: 'Phó Chủ tịch UBND tỉnh', voting: false },
    { type: 'delegate.add', fullName: 'Trần Văn Quý', title: 'Giám đốc Sở Nông nghiệp và Môi trường', voting: false },
    { type: 'agenda.add', title: 'Thảo luận tại hội trường', kind: 'discussion', plannedMinutes: 90 },
    { type: 'item.start', id: 1 },
  ]);
});
afterAll(async () => {
  await server?.stop();
});

async function openAt1366(lang: 'vi' | 'en'): Promise<Page> {
  const page = await openPage(chromium.browser, server.url, lang);
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
}

const WORDS = {
  vi: { speaker: 'Người phát biểu', asker: 'Đại biểu chất vấn', name: 'Tên không dấu', noSeats: 'Danh sách đại biểu chưa có số ghế: hãy gõ tên.', noMatch: 'Không có ai trong danh sách khớp với «zzz».' },
  en: { speaker: 'Person', asker: 'Asking delegate', name: 'Name', noSeats: 'No one on the roster has a seat number: type the name.', noMatch: 'No one on the roster matches “zzz”.' },
};

describe('a seat number typed on a roster without seats', () => {
  it('the box asks for a name, and Enter on "12" or on a name nobody has says so, in the speaker and the question forms', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const w = WORDS[lang];
      const page = await openAt1366(lang);
      for (const [v, label] of [['speakers', w.speaker], ['questions', w.asker]] as const) {
        await showView(page, view(v));
        const box = page.getByRole('combobox', { name: label, exact: true });
        expect(await box.getAttribute('placeholder')).toBe(w.name);
        await box.fill('12');
        // The list says it before Enter does.
        await page.getByRole('listbox', { name: label, exact: true }).getByText(w.noSeats).waitFor();
        await box.press('Enter');
        await expect.poll(() => alerts(page).allTextContents()).toContain(w.noSeats);
        await box.fill('zzz');
        await box.press('Enter');
        await expect.poll(() => alerts(page).allTextContents()).toContain(w.noMatch);
        // A name found is still picked by Enter, and nothing was sent before.
        await box.fill('');
      }
      await page.context().close();
    }
  });
});

describe('the officials who answer, on the secretary’s console', () => {
  it('she adds the official and a topic herself, and registers the slip to him; the chair sees both', async () => {
    const { context, secretary } = await pairSecretary(chromium.browser, server.url, lanPort, 'vi');
    await showView(secretary, view('questions'));
    const official = secretary.getByRole('combobox', { name: 'Người trong danh sách', exact: true });
    // Not greyed: the form is hers.
    expect(await official.isEnabled()).toBe(true);
    const value = await official.locator('option', { hasText: 'Phan Đức Long' }).getAttribute('value');
    await official.selectOption(value!);
    await secretary.getByRole('button', { name: 'Thêm người trả lời' }).click();
    await secretary.getByLabel('Cơ quan của Phan Đức Long').waitFor();
    await secretary.getByLabel('Tên nhóm vấn đề').fill('Quản lý đất đai');
    await secretary.getByRole('checkbox', { name: 'Phan Đức Long' }).check();
    await secretary.getByRole('button', { name: 'Thêm nhóm vấn đề' }).click();
    await expect.poll(() => alerts(secretary).allTextContents()).toEqual([]);
    const asker = secretary.getByRole('combobox', { name: 'Đại biểu chất vấn', exact: true });
    await asker.fill('ngo xuan');
    await asker.press('Enter');
    await secretary.getByRole('combobox', { name: 'Người trả lời', exact: true }).first().selectOption({ index: 1 });
    await secretary.getByLabel('Nội dung câu hỏi').fill('Tiến độ cấp giấy chứng nhận quyền sử dụng đất?');
    await secretary.getByRole('button', { name: /^Đăng ký câu hỏi/ }).click();
    const chair = await openPage(chromium.browser, server.url, 'en');
    await chair.setViewportSize({ width: 1366, height: 768 });
    await showView(chair, view('questions'));
    await chair.locator('.queue').getByText('Ngô Xuân Thắng').waitFor();
    await chair.locator('.queue').getByText('Phan Đức Long').waitFor();
    await chair.context().close();
    await context.close();
  });
});

type Slip = { id: number; askerId: number; status: string; dueDate: string | null };
const slips = (page: Page) => page.evaluate(() => (window as unknown as { __gavelState(): { questions: { list: Slip[] } } }).__gavelState().questions.list);

describe('an official who declines to answer in the sitting', () => {
  it('v sends the question just asked to a written answer, says so, and keeps the keyboard; Ctrl+Z takes it back', async () => {
    const { run, close } = await seeder(server.url);
    const respondentId = (await run('respondent.add', { delegateId: 5 })).id;
    const asked = (await run('question.register', { askerId: 1, respondentId, text: 'Tình trạng khai thác khoáng sản trái phép?' })).id;
    // Asked first, whatever waits before it.
    await run('question.move', { id: asked, index: 0 });
    close();
    for (const lang of ['vi', 'en'] as const) {
      const page = await openAt1366(lang);
      await showView(page, view('questions'));
      if (lang === 'vi') {
        await page.keyboard.press('n');
        await page.keyboard.press('Space');
        await page.keyboard.press('f');
        await page.keyboard.press('a');
        await expect.poll(async () => (await slips(page)).find((q) => q.id === asked)?.status).toBe('pending');
      }
      // The button is there with its key, in this language.
      const button = page.getByRole('button', { name: lang === 'vi' ? /^Trả lời bằng văn bản/ : /^Written answer/ });
      await expect.poll(() => button.isEnabled()).toBe(true);
      if (lang === 'en') {
        await page.context().close();
        break;
      }
      await page.locator('#live-heading').focus();
      await page.keyboard.press('v');
      await expect.poll(async () => (await slips(page)).find((q) => q.id === asked)).toMatchObject({ status: 'written', dueDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
      await page.getByText('Đã chuyển 1 câu hỏi sang trả lời bằng văn bản (hạn trả lời ở sổ theo dõi bên dưới).').waitFor();
      // The keyboard stays on the panel: n, Space work on.
      expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('INPUT');
      await page.keyboard.press('Control+z');
      await expect.poll(async () => (await slips(page)).find((q) => q.id === asked)?.status).toBe('pending');
      await page.keyboard.press('v');
      await expect.poll(async () => (await slips(page)).find((q) => q.id === asked)?.status).toBe('written');
      await page.context().close();
    }
  });
});
