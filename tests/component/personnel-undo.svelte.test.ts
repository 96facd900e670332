import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { ok } from '../unit/helpers';
import { ctrlZ, mountOnEngine, stateFrom } from './on-engine.svelte';
import { prepareConfidence, RETIRING, setUp, view } from '../unit/personnel/fixtures';
import { toastSwitches } from './toast-lang';

/**
 * Undo on the personnel counting screen: while the vote is open the button names the last
 * ballots or line entered and Ctrl+Z takes it back; a cell's own Ctrl+Z stays the cell's; once
 * closed, Ctrl+Z says how the counts are put right.
 */

function openConsole() {
  const ctx = setUp();
  const { engine } = ctx;
  const id = prepareConfidence(engine, ctx.officials, { 7: RETIRING });
  ok(engine, 'personnel.committee', { id, head: ctx.counters[0], members: ctx.counters.slice(1) });
  ok(engine, 'personnel.open', { id, present: 56 });
  const { props, send } = mountOnEngine(engine, PersonnelView);
  return { engine, id, props, send, ctrlZ };
}

const button = () => document.querySelector<HTMLButtonElement>('[data-personnel-action=undo]');

describe('undo on the personnel counting screen', () => {
  it('takes back the last line and the ballots, naming them, and puts the ballots boxes back', async () => {
    i18n.set('vi');
    const { engine, id, send, ctrlZ } = openConsole();
    // Nothing counted yet: the opening is the step offered (Alt+O on the wrong ballot).
    const opening = 'Hoàn tác: bắt đầu kiểm phiếu «Lấy phiếu tín nhiệm năm 2026»Ctrl+Z';
    expect(button()!.textContent).toBe(opening);
    // The ballots typed in their boxes and recorded.
    const boxes = () => [...document.querySelectorAll<HTMLInputElement>('form.ballots input')];
    for (const [i, n] of ['56', '56', '56', ''].entries()) {
      boxes()[i].value = n;
      boxes()[i].dispatchEvent(new Event('input', { bubbles: true }));
    }
    document.querySelector<HTMLFormElement>('form.ballots')!.requestSubmit();
    await vi.waitFor(() => expect(view(engine, id).ballots).toEqual({ issued: 56, returned: 56, valid: 56, invalid: 0 }));
    const first = view(engine, id).people[0];
    // The first cell typed and left: the count is recorded and the button names the person.
    const cell = document.querySelector<HTMLInputElement>('input[data-row="0"][data-col="high"]')!;
    cell.value = '49';
    cell.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(view(engine, id).people[0].counts.high).toBe(49));
    expect(button()!.textContent).toBe('Hoàn tác: số phiếu của Lương Xuân QuýCtrl+Z');

    // Ctrl+Z inside a cell is the cell's own undo.
    cell.focus();
    ctrlZ(cell);
    expect(send.mock.calls.map(([type]) => type)).toEqual(['personnel.ballots', 'personnel.count']);

    document.body.focus();
    ctrlZ();
    await vi.waitFor(() => expect(view(engine, id).people.find((p) => p.id === first.id)!.counts.high).toBe(0));
    flushSync();
    expect(cell.value).toBe('');
    expect(toast.text).toBe('Đã hoàn tác: số phiếu của Lương Xuân Quý');
    // The keyboard goes back to that person's row.
    await vi.waitFor(() => expect(document.activeElement).toBe(cell));

    // The button takes back the ballots, and their boxes show the ballots as they are again.
    expect(boxes().map((b) => b.value)).toEqual(['56', '56', '56', '']);
    expect(button()!.textContent).toBe('Hoàn tác: số phiếu phát ra 56, thu vào 56, hợp lệ 56, không hợp lệ 0Ctrl+Z');
    button()!.click();
    await vi.waitFor(() => expect(view(engine, id).ballots).toEqual({ issued: 0, returned: 0, valid: 0, invalid: 0 }));
    await vi.waitFor(() => {
      flushSync();
      expect(boxes().map((b) => b.value)).toEqual(['', '', '', '']);
    });
    expect(button()!.textContent).toBe(opening);
  });

  it('once closed, Ctrl+Z says how the counts are put right and sends nothing', () => {
    i18n.set('en');
    const { engine, id, send, ctrlZ, props } = openConsole();
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    const rated = view(engine, id).people.filter((p) => !p.exemptReason);
    ok(engine, 'personnel.count', { id, lines: rated.map((p) => ({ personId: p.id, counts: { high: 56 } })) });
    ok(engine, 'personnel.close', { id });
    props.data = stateFrom(engine);
    flushSync();
    ctrlZ();
    // A confidence vote is not held again: "New round" is neither offered nor named (before, the toast sent the chair to it).
    expect(toast.text).toBe('A closed vote’s counts are not undone: to change them, use “Correct the counts” (Alt+D, with a reason).');
    toastSwitches({ vi: 'Số phiếu của cuộc bỏ phiếu đã kết thúc không hoàn tác được: để thay đổi, dùng «Đính chính số phiếu» (Alt+D, ghi rõ lý do).', en: 'A closed vote’s counts are not undone: to change them, use “Correct the counts” (Alt+D, with a reason).' });
    expect(send).not.toHaveBeenCalled();
  });
});

describe('ballots recorded from a second console', () => {
  it('show in this console\'s boxes, and Close does not send back the stale figures this console had', async () => {
    i18n.set('en');
    const { engine, id, send, props } = openConsole();
    // A second operator records the ballots and every line.
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    const rated = view(engine, id).people.filter((p) => !p.exemptReason);
    ok(engine, 'personnel.count', { id, lines: rated.map((p) => ({ personId: p.id, counts: { high: 56 } })) });
    props.data = stateFrom(engine);
    flushSync();
    expect([...document.querySelectorAll<HTMLInputElement>('form.ballots input')].map((b) => b.value)).toEqual(['56', '56', '56', '']);
    [...document.querySelectorAll('button')].find((b) => b.textContent!.startsWith('Close'))!.click();
    await vi.waitFor(() => expect(view(engine, id).status).toBe('closed'));
    // Before, the boxes still held this console's empty draft, sent as ballots of 0 before closing.
    expect(send.mock.calls.map(([type]) => type)).toEqual(['personnel.close']);
    expect(view(engine, id).ballots).toEqual({ issued: 56, returned: 56, valid: 56, invalid: 0 });
  });
});

describe('the list of personnel votes names each kind as it is', () => {
  it('a removal is "Bãi nhiệm" and a dismissal "Miễn nhiệm", not "Miễn nhiệm, bãi nhiệm" for both', () => {
    i18n.set('vi');
    const ctx = setUp();
    const { engine } = ctx;
    ok(engine, 'personnel.prepare', { kind: 'removal', title: 'Phó Chủ tịch UBND huyện', people: [{ delegateId: ctx.officials[5] }] });
    ok(engine, 'personnel.prepare', { kind: 'dismissal', title: 'Phó Chủ tịch HĐND huyện', people: [{ delegateId: ctx.officials[1] }] });
    mountOnEngine(engine, PersonnelView);
    const kinds = [...document.querySelectorAll('.muted.small')].map((s) => s.textContent).filter((s) => s!.includes(' · '));
    expect(kinds).toEqual(['Bãi nhiệm · 1', 'Miễn nhiệm · 1']);
  });
});
