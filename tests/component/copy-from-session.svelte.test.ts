import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import CopyFromSession from '../../src/features/prep/CopyFromSession.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import TemplatePicker from '../../src/features/prep/TemplatePicker.svelte';
import AgendaImport from '../../src/features/prep/AgendaImport.svelte';
import { builtinTemplate, templateFile } from '../../common/prep/templates';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { answerAsk, mountOnEngine, stateFrom } from './on-engine.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { toastSwitches } from './toast-lang';

describe('copy from an earlier session', () => {
  it('offers the latest session that opened before this one, not a later one', () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine); // session 11, December 2026
    const midYear = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' });
    ok(engine, 'session.create', { number: 13, term: 16, kind: 'regular', startDate: '2027-12-08', endDate: '2027-12-09' });
    ok(engine, 'session.select', { id: midYear.id });
    const { revision, slices } = engine.snapshot();
    mount(CopyFromSession, { target: document.body, props: { data: { ...slices, revision } as State } });
    flushSync();
    const select = document.querySelector<HTMLSelectElement>('select[name=copyFrom]')!;
    expect(select.selectedOptions[0].textContent).toBe('Kỳ họp thứ 11, khóa XVI');
  });
});

describe('the place, presiding board and secretaries of an earlier session', () => {
  it('are offered with the place named, ticked, and filled in with the programme left as it is when only they are ticked', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    const { sessionId: first } = seedBasics(engine);
    const chair = ok(engine, 'delegate.add', { fullName: 'Bùi Đức Hinh' }).id;
    const secretary = ok(engine, 'delegate.add', { fullName: 'Quách Thị Hồng' }).id;
    ok(engine, 'template.apply', { builtin: 'midYear' });
    ok(engine, 'record.setSession', { place: 'Hội trường Trung tâm Hội nghị tỉnh', locality: 'Hòa Bình' });
    ok(engine, 'record.setOfficers', { chairs: [chair], secretaries: [secretary] });
    ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' });
    mountOnEngine(engine, CopyFromSession);
    const boxes = [...document.querySelectorAll<HTMLLabelElement>('label.check')];
    const record = boxes.find((l) => l.textContent?.includes('chủ tọa'))!;
    expect(record.textContent!.replace(/\s+/g, ' ').trim()).toBe('Địa điểm, chủ tọa và thư ký: Hội trường Trung tâm Hội nghị tỉnh; 1 chủ tọa, 1 thư ký (chỉ điền vào những mục kỳ họp này còn trống)');
    expect(record.querySelector('input')!.checked).toBe(true);
    // Only the officers: the agenda and the topics unticked.
    for (const l of boxes.filter((b) => b !== record)) l.querySelector('input')!.click();
    flushSync();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Sao chép vào kỳ họp này')!.click();
    await vi.waitFor(() => expect(engine.current.record).toMatchObject({ place: 'Hội trường Trung tâm Hội nghị tỉnh', chairs: [chair], secretaries: [secretary] }));
    expect(engine.current.agenda).toEqual([]);
    expect(toast.text).toBe('Đã điền địa điểm, chủ tọa và thư ký vào những mục kỳ họp này còn trống: hãy kiểm tra lại ở mục Biên bản (Alt+M).');
    toastSwitches({ vi: 'Đã điền địa điểm, chủ tọa và thư ký vào những mục kỳ họp này còn trống: hãy kiểm tra lại ở mục Biên bản (Alt+M).', en: 'The place, presiding board and secretaries were filled in where this session had none: check them in the Minutes view (Alt+M).' });
    expect(first).not.toBe(engine.current.sessions.currentId);
  });
});

describe('adding a template or an earlier agenda to an agenda that has items', () => {
  function twoSessions() {
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'template.apply', { builtin: 'midYear' });
    const next = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-07-14', endDate: '2027-07-15' });
    ok(engine, 'session.select', { id: next.id });
    ok(engine, 'agenda.add', { title: 'Khai mạc', kind: 'opening', plannedMinutes: 10 });
    ok(engine, 'agenda.add', { title: 'Bế mạc', kind: 'closing', plannedMinutes: 10 });
    const send = vi.spyOn(live, 'send').mockImplementation(async (type, payload) => engine.run(type, payload) as never);
    const state = () => {
      const { revision, slices } = engine.snapshot();
      return { ...slices, revision } as State;
    };
    return { engine, send, state };
  }

  it('asks before appending a template, naming what is there and what comes; No changes nothing', async () => {
    i18n.set('en');
    const { send, state } = twoSessions();
    mount(TemplatePicker, { target: document.body, props: { data: state() } });
    flushSync();
    [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Add to this session’s agenda'))!.click();
    const n = builtinTemplate('yearEnd', 'province').length;
    expect(await answerAsk(false)).toEqual({
      asked: `This session’s agenda already has 2 items. Add the ${n} items of “Regular year-end session” after them? Nothing on the agenda is removed or replaced.`,
      button: 'Add to this session’s agenda',
    });
    await Promise.resolve();
    expect(send).not.toHaveBeenCalled();
    expect(state().agenda).toHaveLength(2);
  });

  it('asks before appending an earlier session’s agenda', async () => {
    i18n.set('vi');
    const { send, state } = twoSessions();
    mount(CopyFromSession, { target: document.body, props: { data: state() } });
    flushSync();
    document.querySelector<HTMLButtonElement>('button.primary')!.click();
    const n = builtinTemplate('midYear', 'province').length;
    expect(await answerAsk(false)).toEqual({
      asked: `Chương trình kỳ họp này đã có 2 mục. Thêm ${n} mục của Kỳ họp thứ 11, khóa XVI vào sau các mục đó? Không mục nào đã có bị xóa hay thay thế.`,
      button: 'Sao chép vào kỳ họp này',
    });
    await Promise.resolve();
    expect(send).not.toHaveBeenCalled();
    expect(state().agenda).toHaveLength(2);
  });

  /** Chooses "replace" in the open component's choice of what comes. */
  function chooseReplace() {
    const radio = document.querySelector<HTMLInputElement>('input[type=radio][value=replace]')!;
    radio.click();
    flushSync();
  }

  it('offers to replace the programme, says how many items go, and replaces it', async () => {
    i18n.set('vi');
    const { send, state } = twoSessions();
    mount(TemplatePicker, { target: document.body, props: { data: state() } });
    flushSync();
    expect(document.querySelector('fieldset legend')?.textContent).toBe('Chương trình đã có 2 mục:');
    chooseReplace();
    expect(document.body.textContent).toContain('thay cho 2 mục hiện có');
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Thay thế chương trình kỳ họp này')!.click();
    const n = builtinTemplate('yearEnd', 'province').length;
    expect(await answerAsk(true)).toEqual({
      asked: `Thay chương trình kỳ họp này bằng mẫu «Kỳ họp thường lệ cuối năm»? 2 mục hiện có sẽ bị xóa và ${n} mục của mẫu được đưa vào thay thế. Có thể hoàn tác toàn bộ bằng nút Hoàn tác.`,
      button: 'Thay thế chương trình kỳ họp này',
    });
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith('template.apply', { builtin: 'yearEnd', replace: true });
    expect(state().agenda.map((i) => i.title)).not.toContain('Bế mạc');
    expect(state().agenda).toHaveLength(n);
  });

  it('replaces with an earlier session’s agenda, and shows the refusal when an item has run', async () => {
    i18n.set('en');
    const { engine, send, state } = twoSessions();
    ok(engine, 'item.start', { id: state().agenda[0].id });
    mount(CopyFromSession, { target: document.body, props: { data: state() } });
    flushSync();
    chooseReplace();
    document.querySelector<HTMLButtonElement>('button.primary')!.click();
    const n = builtinTemplate('midYear', 'province').length;
    expect(await answerAsk(true)).toEqual({
      asked: `Replace this session’s programme with the agenda of Session 11, term XVI? The 2 items now on the agenda will be removed and its ${n} items put in their place. Undo takes it all back.`,
      button: 'Replace this session’s agenda',
    });
    await vi.waitFor(() => expect(document.querySelector('[role=alert]')?.textContent).toBe('The programme cannot be replaced: “Khai mạc” has already been run (it has timings or speeches). Add after the current items instead. Nothing was changed.'));
    expect(send).toHaveBeenCalledWith('session.copyFrom', expect.objectContaining({ replace: true }));
    expect(state().agenda.map((i) => i.title)).toEqual(['Khai mạc', 'Bế mạc']);
  });

  it('imports pasted lines in the place of the programme, after saying how many items go (as pasted lines, not a file)', async () => {
    i18n.set('vi');
    const { send, state } = twoSessions();
    mount(AgendaImport, { target: document.body, props: { data: state(), replaceable: true } });
    flushSync();
    const area = document.querySelector('textarea')!;
    area.value = 'Nội dung\tLoại\nKhai mạc kỳ họp\tKhai mạc\nBáo cáo kinh tế - xã hội\tBáo cáo\nBế mạc kỳ họp\tBế mạc';
    area.dispatchEvent(new Event('input'));
    flushSync();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Xem trước')!.click();
    flushSync();
    chooseReplace();
    [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Nhập các dòng hợp lệ'))!.click();
    expect(await answerAsk(true)).toEqual({
      asked: 'Thay chương trình kỳ họp này bằng 3 dòng đã dán? 2 mục hiện có sẽ bị xóa. Có thể hoàn tác toàn bộ bằng nút Hoàn tác.',
      button: 'Thay thế chương trình kỳ họp này',
    });
    await vi.waitFor(() => expect(send).toHaveBeenCalled());
    expect(send).toHaveBeenCalledWith('agenda.import', expect.objectContaining({ replace: true, pasted: true }));
    expect(state().agenda.map((i) => i.title)).toEqual(['Khai mạc kỳ họp', 'Báo cáo kinh tế - xã hội', 'Bế mạc kỳ họp']);
  });

  it('offers no replacing where the import adds late items (the Live view)', () => {
    i18n.set('en');
    const { state } = twoSessions();
    mount(AgendaImport, { target: document.body, props: { data: state() } });
    flushSync();
    const area = document.querySelector('textarea')!;
    area.value = 'Title\tKind\nKhai mạc kỳ họp\tOpening';
    area.dispatchEvent(new Event('input'));
    flushSync();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Preview')!.click();
    flushSync();
    expect(document.querySelector('input[type=radio]')).toBeNull();
  });
});

describe('importing a template file whose name is taken here', () => {
  it('asks for another name on the page, and imports under it', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'template.apply', { builtin: 'thematic' });
    ok(engine, 'template.save', { name: 'Kỳ họp chuyên đề đất đai' });
    const mounted = mountOnEngine(engine, TemplatePicker);
    const { send } = mounted;
    const state = () => stateFrom(engine);
    const text = JSON.stringify(templateFile('Kỳ họp chuyên đề đất đai', builtinTemplate('thematic', 'province')));
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File([text], 'dat-dai.gavel-template.json', { type: 'application/json' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(document.querySelector('input[name=importName]')).not.toBeNull());
    expect(document.querySelector('[role=alert]')!.textContent).toBe('Đã có mẫu chương trình tên «Kỳ họp chuyên đề đất đai». Hãy đặt tên khác.');
    expect(document.querySelector('input[name=importName]')!.closest('label')!.textContent).toContain('Tên khác cho mẫu trong tệp «dat-dai.gavel-template.json»');
    const name = document.querySelector<HTMLInputElement>('input[name=importName]')!;
    name.value = 'Chuyên đề đất đai (tỉnh bạn)';
    name.dispatchEvent(new Event('input'));
    flushSync();
    [...document.querySelectorAll('button')].find((b) => b.textContent === 'Nhập với tên này')!.click();
    await vi.waitFor(() => expect(document.querySelector('input[name=importName]')).toBeNull());
    expect(send).toHaveBeenLastCalledWith('template.import', { file: text, name: 'Chuyên đề đất đai (tỉnh bạn)' });
    expect(state().prep.templates.map((x) => x.name)).toEqual(['Chuyên đề đất đai (tỉnh bạn)', 'Kỳ họp chuyên đề đất đai']);
  });
});

describe('the template offered first', () => {
  it('is the council’s own programme saved last (last year’s session), then the one just saved or brought in', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    const { sessionId } = seedBasics(engine);
    ok(engine, 'template.apply', { builtin: 'thematic' });
    ok(engine, 'template.save', { name: 'Kỳ họp chuyên đề 2026' });
    ok(engine, 'template.apply', { builtin: 'yearEnd', replace: true });
    ok(engine, 'template.save', { name: 'Kỳ họp cuối năm 2026' });
    // The next year's session, its agenda empty.
    const next = ok(engine, 'session.create', { number: 12, term: 16, kind: 'regular', startDate: '2027-12-07', endDate: '2027-12-08' });
    ok(engine, 'session.select', { id: next.id });
    expect(next.id).not.toBe(sessionId);
    mountOnEngine(engine, TemplatePicker);
    const select = document.querySelector<HTMLSelectElement>('select[name=template]')!;
    expect(select.selectedOptions[0].textContent).toBe('Kỳ họp cuối năm 2026');
    expect(document.querySelector('table')!.getAttribute('aria-label')).toContain('Kỳ họp cuối năm 2026');

    // Brought in from a file another council sent: shown at once, ready to add.
    const text = JSON.stringify(templateFile('Kỳ họp chuyên đề đất đai', builtinTemplate('thematic', 'province')));
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [new File([text], 'dat-dai.gavel-template.json', { type: 'application/json' })] });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(select.selectedOptions[0].textContent).toBe('Kỳ họp chuyên đề đất đai'));
  });
});

describe('the template preview', () => {
  it('shows the sitting hours a saved template keeps, in both languages; a built-in one has none to show', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine); // session 11, 8–9 December 2026
    ok(engine, 'template.apply', { builtin: 'thematic' });
    // The chair moved the morning's hours; the template saved from this programme keeps them.
    const morning = engine.current.sittings[0];
    ok(engine, 'sitting.update', { id: morning.id, date: morning.date, part: morning.part, plannedStart: '07:45', plannedEnd: '10:30' });
    ok(engine, 'template.save', { name: 'Chuyên đề có giờ' });
    mountOnEngine(engine, TemplatePicker);
    const firstCell = () => document.querySelector('.preview th')!.textContent;
    expect(firstCell()).toBe('Ngày 1 · Buổi sáng · 07:45–10:30');
    i18n.set('en');
    flushSync();
    expect(firstCell()).toBe('Day 1 · Morning · 07:45–10:30');
    // A built-in template makes its sittings with the usual hours: nothing is promised here.
    const select = document.querySelector<HTMLSelectElement>('select[name=template]')!;
    select.value = 'builtin:thematic';
    select.dispatchEvent(new Event('change'));
    flushSync();
    expect(document.querySelector('table[aria-label="Items of Thematic session"] th')!.textContent).toBe('Day 1 · Morning');
  });

  it('names each sitting once, as the heading of its items, not on every row', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    mountOnEngine(engine, TemplatePicker);
    const select = document.querySelector<HTMLSelectElement>('select[name=template]')!;
    select.value = 'builtin:yearEnd';
    select.dispatchEvent(new Event('change'));
    flushSync();
    const table = document.querySelector('.preview table')!;
    // One row group per sitting, headed by a header cell a screen reader gives with each item under it.
    const groups = [...table.querySelectorAll('tbody')].map((b) => ({
      heading: b.querySelector('th[scope=rowgroup]')?.textContent,
      items: [...b.querySelectorAll('tr')].filter((r) => r.querySelector('td')).map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent)),
    }));
    const headings = groups.map((g) => g.heading);
    expect(headings.length).toBeGreaterThan(1);
    expect(headings[0]).toBe('Ngày 1 · Buổi sáng');
    expect(new Set(headings).size).toBe(headings.length);
    // Every item under a heading, in the template's order, and no row repeats its day and part.
    const titles = groups.flatMap((g) => g.items.map((cells) => cells[0]));
    // The titles' years are the session's, as applying the template writes them ("năm 2026").
    const current = engine.current.sessions.list.find((x) => x.id === engine.current.sessions.currentId)!;
    expect(titles).toEqual(builtinTemplate('yearEnd', engine.current.council?.level, Number(current.startDate.slice(0, 4))).map((i) => i.title));
    for (const g of groups) for (const cells of g.items) expect(cells, g.heading!).toHaveLength(3);
    expect(table.textContent!.match(/Ngày 1 · Buổi sáng/g)).toHaveLength(1);
  });
});
