/**
 * Where the Minutes view chooses a document's language: the minutes, the counting records and the
 * results notice alike, in Vietnamese or English. Before, the notice was always Vietnamese and the
 * choice vanished when it was picked; an English-speaking reader got a notice they could not read.
 */
import { flushSync, tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import MinutesView from '../../src/features/record/MinutesView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { reportFile, type ReportRequest } from '../../electron/documents/index';
import { previewReport } from '../../electron/documents/serve';
import { readDocx } from '../docx';
import { newEngine, ok } from '../unit/helpers';
import { stateFrom } from './on-engine.svelte';

afterEach(() => vi.restoreAllMocks());

function councilOnly(): State {
  const { engine } = newEngine();
  ok(engine, 'council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
  return stateFrom(engine);
}

const select = (id: 'doc' | 'lang', label: string) =>
  id === 'doc' ? document.querySelector('select') : [...document.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))?.querySelector('select');
const choose = (el: HTMLSelectElement | null | undefined, value: string) => {
  el!.value = value;
  el!.dispatchEvent(new Event('change'));
  flushSync();
};

describe('the language of a document', () => {
  it.each([
    ['vi', 'Ngôn ngữ văn bản'],
    ['en', 'Language of the document'],
  ] as const)('(%s) is chosen for the minutes, the counting records and the results notice alike', (lang, label) => {
    i18n.set(lang);
    mount(MinutesView, { target: document.body, props: { data: councilOnly(), go: () => {} } });
    flushSync();
    for (const doc of ['minutes', 'ballots', 'notice']) {
      choose(select('doc', label), doc);
      const langSelect = select('lang', label);
      expect(langSelect, doc).toBeTruthy();
      expect([...langSelect!.options].map((o) => o.value)).toEqual(['vi', 'en']);
    }
    expect(document.querySelector('[data-testid=doc-lang-fixed]')).toBeNull();
  });

  it('previews and downloads the results notice in English when English is chosen, from a Vietnamese console', async () => {
    i18n.set('vi');
    const { engine, db } = newEngine();
    ok(engine, 'council.save', { name: 'HĐND xã Lương Sơn', level: 'commune', term: 1, totalSeats: 30 });
    ok(engine, 'session.create', { number: 2, term: 1, kind: 'regular', startDate: '2026-07-10', endDate: '2026-07-10' });
    const id = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' }).id;
    ok(engine, 'vote.open', { id, present: 28 });
    ok(engine, 'vote.tally', { id, for: 25, against: 2, abstain: 1 });
    ok(engine, 'vote.close', { id });
    ok(engine, 'vote.announce', { id });
    // The preview and the file come from the engine's database, as the server gives them.
    vi.spyOn(live, 'reportPreview').mockImplementation((request) => previewReport(db, request, i18n.lang));
    const files: { request: ReportRequest; bytes: Uint8Array }[] = [];
    const save = vi.spyOn(live, 'saveReport').mockImplementation(async (request) => {
      const file = (await reportFile(db, request))!;
      files.push({ request, bytes: file.bytes });
      return { ok: true, name: file.fileName };
    });
    mount(MinutesView, { target: document.body, props: { data: stateFrom(engine), go: () => {} } });
    flushSync();
    choose(select('doc', 'Ngôn ngữ văn bản'), 'notice');
    choose(select('lang', 'Ngôn ngữ văn bản'), 'en');
    const paper = () => document.querySelector('[role=document]');
    await vi.waitFor(() => expect(paper()?.getAttribute('lang')).toBe('en'), { timeout: 3000 });
    expect(paper()!.textContent).toContain('I. RESOLUTIONS ADOPTED');
    expect(paper()!.textContent).toContain('1. Nghị quyết về dự toán ngân sách năm 2027: 25 of 30 delegates in favour, 83.33%.');
    // What is missing is said in the console's language, whatever the document's.
    expect(document.body.textContent).toContain('Chưa nhập địa điểm kỳ họp.');

    const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim().startsWith('Tải tệp .docx'))!;
    button.click();
    await vi.waitFor(() => expect(files).toHaveLength(1), { timeout: 10_000 });
    expect(save).toHaveBeenCalledTimes(1);
    await tick();
    expect(files[0].request).toMatchObject({ doc: 'notice', lang: 'en' });
    const text = readDocx(files[0].bytes).text;
    expect(text).toContain('NOTICE');
    expect(text).toContain('Results of Session 2, People’s Council of Lương Sơn commune');
    expect(text).toContain('1. Nghị quyết về dự toán ngân sách năm 2027: 25 of 30 delegates in favour, 83.33%.');
    expect(text).not.toMatch(/THÔNG BÁO|tán thành|Nơi nhận/);

    // Back to Vietnamese: the notice as it is filed.
    choose(select('lang', 'Ngôn ngữ văn bản'), 'vi');
    await vi.waitFor(() => expect(paper()?.getAttribute('lang')).toBe('vi'), { timeout: 3000 });
    expect(paper()!.textContent).toContain('I. CÁC NGHỊ QUYẾT ĐÃ ĐƯỢC THÔNG QUA');
  });
});
