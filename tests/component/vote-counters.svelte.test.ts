import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import VotesView from '../../src/features/votes/VotesView.svelte';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import RecordSetup from '../../src/features/record/RecordSetup.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine } from './on-engine.svelte';
import { prepareConfidence, setUp, view } from '../unit/personnel/fixtures';

/**
 * A secret ballot on a resolution opens only once its counting committee (Ban kiểm phiếu) is named.
 * The refusal sent the chair to Minutes (Alt+M) in the middle of the sitting; now the committee is
 * named on the ballot itself in Votes, with the picker and the command Minutes uses
 * (CountingCommittee, record.setCounters): the refusal puts the keyboard in the picker, Enter adds
 * each member, Enter in the empty box goes back to Open. Personnel's own committee form gets the
 * keyboard the same way when Start counting is refused for want of one.
 */
const WORDS = {
  vi: {
    refusal: 'Bỏ phiếu kín phải có Ban kiểm phiếu: hãy chọn Ban kiểm phiếu cho «Nghị quyết miễn nhiệm Phó Chủ tịch UBND tỉnh» (trưởng ban trước, rồi các ủy viên) ở mục «Ban kiểm phiếu» của cuộc biểu quyết (màn hình Biểu quyết, hoặc màn hình Biên bản), rồi mới mở biểu quyết.',
    heading: 'Ban kiểm phiếu',
    picker: 'Thêm vào Ban kiểm phiếu',
    head: 'Trưởng ban',
    keys: 'Gõ tên rồi nhấn Enter để thêm từng người; nhấn Enter khi ô trống để quay về nút «Bắt đầu biểu quyết».',
  },
  en: {
    refusal: 'A secret ballot is counted by a counting committee: name it for “Nghị quyết miễn nhiệm Phó Chủ tịch UBND tỉnh” (its head first, then the members) in the vote’s “Counting committee” box in Votes (or in Minutes), then open the vote.',
    heading: 'Counting committee',
    picker: 'Add to the counting committee',
    head: 'head',
    keys: 'Type a name and press Enter to add each member; Enter in the empty box goes back to “Open the vote”.',
  },
} as const;

const type = (el: HTMLInputElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  flushSync();
};
const press = (el: Element, key: string, alt = false) =>
  el.dispatchEvent(new KeyboardEvent('keydown', { key, code: alt ? `Key${key.toUpperCase()}` : undefined, altKey: alt, bubbles: true, cancelable: true }));
const active = () => document.activeElement as HTMLElement | null;

/** A council of five on the roster and a secret ballot on a dismissal, prepared and not yet opened. */
function secretBallot() {
  const { engine } = newEngine();
  seedBasics(engine);
  const people = ['Phạm Văn Đức', 'Lê Thị Mai', 'Vũ Văn Hải', 'Nguyễn Văn An', 'Trần Thị Bình'].map((fullName, i) => ok(engine, 'delegate.add', { fullName, seatNumber: i + 1 }).id);
  const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết miễn nhiệm Phó Chủ tịch UBND tỉnh', method: 'secret', ruleKind: 'dismissal' });
  return { engine, id, people };
}

describe.each(['vi', 'en'] as const)('a secret ballot’s counting committee named in Votes, in %s', (lang) => {
  const w = WORDS[lang];

  it('Open refused for want of one: the keyboard goes to the picker; Enter adds each member; Enter on the empty box goes back to Open, which opens', async () => {
    i18n.set(lang);
    const { engine, id, people } = secretBallot();
    const { send } = mountOnEngine(engine, VotesView);
    const section = document.querySelector<HTMLElement>('[data-testid=counting-committee]')!;
    expect(section.querySelector('h4')?.textContent).toBe(w.heading);
    expect(section.textContent).toContain(w.keys);
    const picker = section.querySelector<HTMLInputElement>(`input[aria-label="${w.picker}"]`)!;
    expect(picker.id).toBe(`rec-counter-${id}`);

    // Alt+O on the ballot: refused in words that name where the committee is, and the keyboard is in its picker.
    press(document.body, 'o', true);
    await vi.waitFor(() => expect(document.querySelector('.detail p.error[role=alert]')?.textContent).toBe(w.refusal));
    await vi.waitFor(() => expect(active()).toBe(picker));
    expect(engine.current.votes[0].status).toBe('draft');

    // Two names typed without diacritics, each added by Enter: the first heads the committee.
    type(picker, 'Pham Van Duc');
    press(picker, 'Enter');
    await vi.waitFor(() => expect(engine.current.record?.counters[id]).toEqual([people[0]]));
    // The refusal is stale once someone is named; the box is empty again, the keyboard still in it.
    await vi.waitFor(() => expect(document.querySelector('.detail p.error[role=alert]')).toBeNull());
    await vi.waitFor(() => expect(picker.value).toBe(''));
    expect(active()).toBe(picker);
    type(picker, 'Le Thi Mai');
    press(picker, 'Enter');
    await vi.waitFor(() => expect(engine.current.record?.counters[id]).toEqual([people[0], people[1]]));
    const names = [...section.querySelectorAll('ol.people li')].map((li) => li.textContent?.replace(/\s*✕$/, '').trim());
    expect(names).toEqual([`Phạm Văn Đức (${w.head})`, 'Lê Thị Mai']);
    // The same command Minutes sends, and no other.
    expect(send.mock.calls.map(([t]) => t)).toEqual(['vote.open', 'record.setCounters', 'record.setCounters']);

    // Someone already on it is listed but not added twice.
    type(picker, 'Pham Van Duc');
    press(picker, 'Enter');
    flushSync();
    expect(engine.current.record?.counters[id]).toEqual([people[0], people[1]]);
    type(picker, '');

    // Enter in the empty box: that is the committee; the keyboard goes back to Open, and Enter there opens the ballot.
    press(picker, 'Enter');
    await vi.waitFor(() => expect(active()?.getAttribute('data-vote-action')).toBe('open'));
    active()!.click();
    await vi.waitFor(() => expect(engine.current.votes[0].status).toBe('open'));

    // Opened, the ballot's committee is the record's (Minutes): no longer offered here.
    expect(document.querySelector('[data-testid=counting-committee]')).toBeNull();
  });

  it('can be changed on the secretary’s console, where Open is the chair’s; Minutes shows the same committee with the same picker', async () => {
    i18n.set(lang);
    const { engine, id, people } = secretBallot();
    const deviceId = ok(engine, 'device.pair', { name: 'Thư ký - laptop 2' }).id;
    live.role = 'secretary';
    try {
      const { send, app } = mountOnEngine(engine, VotesView, { actor: 'Thư ký - laptop 2', role: 'secretary', deviceId });
      expect(document.querySelector('[data-vote-action=open]')?.getAttribute('aria-disabled')).toBe('true');
      const picker = document.querySelector<HTMLInputElement>(`#rec-counter-${id}`)!;
      expect(picker.disabled).toBe(false);
      picker.focus();
      type(picker, '3');
      press(picker, 'Enter');
      await vi.waitFor(() => expect(engine.current.record?.counters[id]).toEqual([people[2]]));
      type(picker, '4');
      press(picker, 'Enter');
      await vi.waitFor(() => expect(engine.current.record?.counters[id]).toEqual([people[2], people[3]]));
      // The head taken off: the next in line heads it.
      const remove = document.querySelector<HTMLButtonElement>('[data-testid=counting-committee] ol.people li button')!;
      expect(remove.getAttribute('aria-disabled')).toBeNull();
      remove.click();
      await vi.waitFor(() => expect(engine.current.record?.counters[id]).toEqual([people[3]]));
      expect(send.mock.calls.every(([t]) => t === 'record.setCounters')).toBe(true);
      expect(document.querySelector('[data-testid=counting-committee] ol.people li')?.textContent).toContain('Nguyễn Văn An');

      // Minutes' details (RecordSetup) list the ballot's committee with the same component.
      const { unmount } = await import('./mount');
      unmount(app);
      flushSync();
      mountOnEngine(engine, RecordSetup, { actor: 'Thư ký - laptop 2', role: 'secretary', deviceId });
      await vi.waitFor(() => expect(document.querySelector(`[data-testid=counting-committee] #rec-counter-${id}`)).not.toBeNull());
      expect(document.querySelector('[data-testid=counting-committee] ol.people li')?.textContent).toContain('Nguyễn Văn An');
    } finally {
      live.role = 'chair';
    }
  });
});

describe.each(['vi', 'en'] as const)('a personnel vote refused for want of its counting committee, in %s', (lang) => {
  it('puts the keyboard in the committee’s head; once it is saved, on Start counting', async () => {
    i18n.set(lang);
    const { engine, officials } = setUp();
    const id = prepareConfidence(engine, officials.slice(0, 3));
    mountOnEngine(engine, PersonnelView);
    const present = document.querySelector<HTMLInputElement>('input[name=present]')!;
    type(present, '56');
    const open = document.querySelector<HTMLButtonElement>('[data-personnel-action=open]')!;
    open.focus();
    press(document.body, 'o', true);
    await vi.waitFor(() => expect(document.querySelector('.detail p.error[role=alert]')?.textContent).toBe(lang === 'vi' ? 'Hãy bầu Ban kiểm phiếu (trưởng ban và các ủy viên) trước khi bắt đầu kiểm phiếu.' : 'Name the counting committee (its head and members) before counting starts.'));
    await vi.waitFor(() => expect(active()).toBe(document.querySelector('#committee-head')));

    const head = active() as HTMLInputElement;
    type(head, 'Pham Van Duc');
    press(head, 'Enter');
    flushSync();
    // The head chosen, the keyboard on to the members; the committee saved from there.
    await vi.waitFor(() => expect(active()).toBe(document.querySelector('#committee-member')));
    document.querySelector<HTMLFormElement>('form.committee')!.requestSubmit();
    await vi.waitFor(() => expect(view(engine, id).committee).toHaveLength(1));
    await vi.waitFor(() => expect(active()).toBe(document.querySelector('[data-personnel-action=open]')));
    press(active()!, 'o', true);
    await vi.waitFor(() => expect(view(engine, id).status).toBe('open'));
  });
});
