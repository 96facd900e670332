import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount } from './mount';
import CouncilTerm from '../../src/features/council/CouncilTerm.svelte';
import AgendaView from '../../src/features/agenda/AgendaView.svelte';
import SetupView from '../../src/features/council/SetupView.svelte';
import RulesPanel from '../../src/features/council/RulesPanel.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live, type State } from '../../src/lib/live.svelte';
import { dumpDb, newEngine, ok, seedBasics } from '../unit/helpers';
import type { Engine } from '../../electron/engine/engine';

/**
 * A number box's typo must be refused with a sentence and change nothing. Number("abc") is NaN,
 * and JSON carries NaN as null: a year was cleared, and minutes were called "required".
 */

/** Sends the view's commands to a real engine, through JSON as the transport does. */
function wire(engine: Engine) {
  return vi
    .spyOn(live, 'send')
    .mockImplementation(async (type, payload) => engine.dispatch({ ...JSON.parse(JSON.stringify(payload)), type }, { actor: 'test', lang: i18n.lang }) as never);
}
const stateOf = (engine: Engine) => {
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
};
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  flushSync();
};
async function submit(form: HTMLFormElement) {
  form.requestSubmit();
  await new Promise((r) => setTimeout(r));
  flushSync();
}

describe('number boxes', () => {
  it('"First year of the term" typed wrong keeps the saved year and says why', async () => {
    i18n.set('en');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'council.setTermYears', { startYear: 2021 });
    wire(engine);
    mount(CouncilTerm, { target: document.body, props: { council: stateOf(engine).council! } });
    flushSync();
    for (const typo of ['abc', '2O21']) {
      type(document.querySelector<HTMLInputElement>('input[name=termStartYear]')!, typo);
      await submit(document.querySelector('form')!);
      expect(document.querySelector('[role=alert]')?.textContent).toBe('First year of the term must be a whole number; nothing was changed.');
      expect(stateOf(engine).council?.termStartYear).toBe(2021);
    }
    // An empty box still clears it.
    type(document.querySelector<HTMLInputElement>('input[name=termStartYear]')!, '');
    await submit(document.querySelector('form')!);
    expect(stateOf(engine).council?.termStartYear).toBeNull();
  });

  it('planned minutes "abc" or "1,5" is not a whole number, not "required"', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    wire(engine);
    mount(AgendaView, { target: document.body, props: { data: stateOf(engine) } });
    flushSync();
    type(document.querySelector<HTMLInputElement>('input[name=itemTitle]')!, 'Báo cáo kinh tế - xã hội');
    for (const typo of ['abc', '1,5']) {
      type(document.querySelector<HTMLInputElement>('input[name=itemMinutes]')!, typo);
      await submit(document.querySelector<HTMLInputElement>('input[name=itemMinutes]')!.form!);
      expect(document.querySelector('[role=alert]')?.textContent).toBe('Số phút phải là số nguyên; chưa có gì thay đổi.');
    }
    expect(stateOf(engine).agenda).toEqual([]);
  });

  it('council and session boxes refuse "1e2" and an empty box rather than saving 100 or 0', async () => {
    i18n.set('vi');
    const { engine, db } = newEngine();
    seedBasics(engine);
    wire(engine);
    mount(SetupView, { target: document.body, props: { data: stateOf(engine) } });
    flushSync();
    const before = dumpDb(db);
    const box = (name: string) => document.querySelector<HTMLInputElement>(`input[name=${name}]`)!;
    const alert = (form: HTMLFormElement) => form.parentElement!.querySelector('[role=alert]')?.textContent;
    for (const [name, typo, sentence] of [
      ['totalSeats', '1e2', 'Tổng số đại biểu HĐND phải là số nguyên; chưa có gì thay đổi.'],
      ['totalSeats', '', 'Tổng số đại biểu HĐND phải là số nguyên; chưa có gì thay đổi.'],
      ['councilTerm', '16.5', 'Khóa phải là số nguyên; chưa có gì thay đổi.'],
      ['sessionNumber', '1e2', 'Số thứ tự kỳ họp phải là số nguyên; chưa có gì thay đổi.'],
      ['sessionTerm', '', 'Khóa phải là số nguyên; chưa có gì thay đổi.'],
    ]) {
      const input = box(name);
      const saved = input.value;
      type(input, typo);
      await submit(input.form!);
      expect(alert(input.form!), `${name} "${typo}"`).toBe(sentence);
      type(input, saved);
    }
    expect(dumpDb(db)).toEqual(before);
    // A whole number still saves.
    type(box('totalSeats'), '60');
    await submit(box('totalSeats').form!);
    expect(stateOf(engine).council?.totalSeats).toBe(60);
  });

  it('the rules refuse "1e2", a quorum over the whole and a limit past an hour, naming the box as shown', async () => {
    i18n.set('vi');
    const { engine, db } = newEngine();
    seedBasics(engine);
    wire(engine);
    mount(RulesPanel, { target: document.body, props: { data: stateOf(engine) } });
    flushSync();
    const before = dumpDb(db);
    const boxes = [...document.querySelectorAll<HTMLInputElement>('input:not([type=checkbox])')];
    const byLabel = (label: string) => boxes.find((b) => b.closest('label')?.textContent?.trim() === label || b.getAttribute('aria-label') === label)!;
    for (const [label, typo, sentence] of [
      ['Khai mạc', '1e2', 'Khai mạc: số phút dự kiến phải là số nguyên từ 0 đến 600; chưa có gì thay đổi.'],
      ['Khai mạc', '', 'Khai mạc: số phút dự kiến phải là số nguyên từ 0 đến 600; chưa có gì thay đổi.'],
      ['Báo vàng trước khi hết giờ (giây)', '1e2', 'Thời gian báo vàng phải là số giây nguyên từ 0 đến 3600; chưa có gì thay đổi.'],
      ['Tử số của túc số', '4', 'Túc số 4/3 lớn hơn tổng số đại biểu: tử số không được lớn hơn mẫu số. Chưa có gì thay đổi.'],
      ['Mẫu số của túc số', '1e2', 'Túc số gồm hai số nguyên từ 1 đến 100, ví dụ 2 / 3; chưa có gì thay đổi.'],
      ['Phát biểu', '1e2', 'Phát biểu: hãy nhập số phút, ví dụ 7 hoặc 2,5; chưa có gì thay đổi.'],
      ['Phát biểu', '90', 'Phát biểu: tối đa 60 phút; chưa có gì thay đổi.'],
    ]) {
      const input = byLabel(label);
      const saved = input.value;
      type(input, typo);
      await submit(input.form!);
      expect(document.querySelector('[role=alert]')?.textContent, `${label} "${typo}"`).toBe(sentence);
      type(input, saved);
    }
    expect(dumpDb(db)).toEqual(before);
    type(byLabel('Phát biểu'), '5,5');
    await submit(byLabel('Phát biểu').form!);
    expect(stateOf(engine).rules.limits.speech).toBe(330);
  });
});
