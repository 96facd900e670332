import { flushSync, type mount } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { unmount } from './mount';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { ok } from '../unit/helpers';
import { mountOnEngine, stateFrom } from './on-engine.svelte';
import { prepareConfidence, setUp, view } from '../unit/personnel/fixtures';

/**
 * The secretary's keyboard follows the ballot from step to step on the real engine: a vote just
 * prepared puts it in the counting committee's head, Start counting in the ballots issued, Close
 * on Announce, Announce on the announcement. Before, each of these buttons vanished with the
 * focus on it, and the keyboard was left on the page's body, a Tab from the top of the page.
 */
// The setup (setup.ts) unmounts what is left mounted after each test.
let app: ReturnType<typeof mount> | undefined;

const input = (el: HTMLInputElement | HTMLTextAreaElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
};
const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
const button = (name: string) => [...document.querySelectorAll('button')].find((b) => b.textContent!.trim().startsWith(name))!;

describe('the keyboard through a personnel vote', () => {
  it('goes to the next step each time a step is done', async () => {
    i18n.set('en');
    const { engine, counters } = setUp();
    const { app: mounted, props } = mountOnEngine(engine, PersonnelView);
    app = mounted;
    input(document.querySelector<HTMLTextAreaElement>('[name=title]')!, 'Lấy phiếu tín nhiệm năm 2026');
    const picker = document.querySelector<HTMLInputElement>('#personnel-add')!;
    input(picker, 'Luong Xuan Quy');
    key(picker, 'Enter');
    flushSync();
    button('Prepare').focus();
    document.querySelector<HTMLFormElement>('form.prepare')!.requestSubmit();
    await vi.waitFor(() => expect(engine.current.personnel).toHaveLength(1));
    const id = engine.current.personnel[0].id;
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('#committee-head')));

    ok(engine, 'personnel.committee', { id, head: counters[0] });
    props.data = stateFrom(engine);
    flushSync();
    input(document.querySelector<HTMLInputElement>('input[type=number]')!, '56');
    button('Start counting').focus();
    button('Start counting').click();
    await vi.waitFor(() => expect(view(engine, id).status).toBe('open'));
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('form.ballots input')));

    const boxes = [...document.querySelectorAll<HTMLInputElement>('form.ballots input')];
    for (const [i, n] of ['56', '56', '56', ''].entries()) input(boxes[i], n);
    boxes[3].focus();
    document.querySelector<HTMLFormElement>('form.ballots')!.requestSubmit();
    await vi.waitFor(() => expect(view(engine, id).ballots.valid).toBe(56));
    // Recorded from the boxes: the keyboard goes to the first count of the tally sheets.
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('input[data-row="0"][data-col="high"]')));
    ok(engine, 'personnel.count', { id, lines: [{ personId: view(engine, id).people[0].id, counts: { high: 50, medium: 6 } }] });
    props.data = stateFrom(engine);
    flushSync();
    button('Close').focus();
    button('Close').click();
    await vi.waitFor(() => expect(view(engine, id).status).toBe('closed'));
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('[data-personnel-action=announce]')));

    button('Announce').click();
    await vi.waitFor(() => expect(view(engine, id).announcedAt).not.toBeNull());
    // Announced: the keyboard on the next step, the resolution confirming the result (the
    // announcement below it); on the announcement's heading, Tab never came back up to it.
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('[data-personnel-action=resolution]')));
  });
});

describe('back in Personnel while the ballots are counted', () => {
  it('the keyboard is in the count: the ballots issued until they are recorded, then the first count not yet entered', async () => {
    i18n.set('vi');
    const { engine, officials, counters } = setUp();
    const id = prepareConfidence(engine, officials.slice(0, 3));
    ok(engine, 'personnel.committee', { id, head: counters[0] });
    ok(engine, 'personnel.open', { id, present: 56 });
    // Alt+P from another view: the console puts the keyboard on the view's heading.
    app = mountOnEngine(engine, PersonnelView).app;
    document.querySelector<HTMLElement>('#personnel-heading')?.focus();
    // Before: it stayed on the heading; "56", Tab, Enter saved the counting record's .docx.
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('form.ballots input')));
    unmount(app);
    ok(engine, 'personnel.ballots', { id, issued: 56, returned: 56, valid: 56, invalid: 0 });
    ok(engine, 'personnel.count', { id, lines: [{ personId: view(engine, id).people[0].id, counts: { high: 50, medium: 6, low: 0 } }] });
    app = mountOnEngine(engine, PersonnelView).app;
    await vi.waitFor(() => expect(document.activeElement).toBe(document.querySelector('input[data-row="1"][data-col="high"]')));
  });
});
