import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { mount, unmountAll } from './mount';
import VotesView from '../../src/features/votes/VotesView.svelte';
import { i18n, t } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { said } from '../../src/lib/said.svelte';
import { manualClock, newEngine, ok, seedBasics } from '../unit/helpers';
import { ctrlZ as pressCtrlZ, holdNextReply, mountOnEngine, stateFrom } from './on-engine.svelte';
import type { Engine } from '../../electron/engine/engine';
import { toastSwitches } from './toast-lang';

/** Five delegates on the roster and a show-of-hands vote open on them, in English. */
function openVote() {
  i18n.set('en');
  const { engine } = newEngine();
  seedBasics(engine);
  for (let seat = 1; seat <= 5; seat++) ok(engine, 'delegate.add', { fullName: `Đại biểu ${seat}`, seatNumber: seat });
  const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' });
  ok(engine, 'vote.open', { id, present: 5 });
  return { engine, id };
}

describe('counts recorded from the other console', () => {
  it('fill the boxes nobody typed in, so Close closes on them rather than asking about an empty count', async () => {
    const { engine, id } = openVote();
    const secretary = pairedSecretary(engine);
    // The chair's console: commands go to the same engine, with the revision its boxes were typed over.
    const mounted = mountOnEngine(engine, VotesView);
    const { send, props } = mounted;
    const box = (name: string) => document.querySelector<HTMLInputElement>(`input[name="count-${name}"]`)!;
    expect(box('for').value).toBe('');

    // The secretary records 4 for, 1 against on the other laptop.
    secretary({ type: 'vote.tally', id, for: 4, against: 1, abstain: 0 });
    props.data = stateFrom(engine);
    flushSync();
    expect([box('for').value, box('against').value]).toEqual(['4', '1']);

    // Alt+C on the chair's console closes on the recorded count, without a question or a refusal.
    shortcuts.handle(new KeyboardEvent('keydown', { key: 'c', code: 'KeyC', altKey: true, cancelable: true }));
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('vote.close', { id }, {}));
    expect(document.querySelector('[role=alertdialog]')).toBeNull();
    expect(send.mock.calls.map(([type]) => type)).toEqual(['vote.close']);
    expect(engine.current.votes.find((v) => v.id === id)).toMatchObject({ status: 'closed', tally: { for: 4, against: 1, abstain: 0 } });
  });

  it('refuse the counts the chair typed over a count the secretary recorded since, show hers, and say to check it', async () => {
    const { engine, id } = openVote();
    const secretary = pairedSecretary(engine);
    const mounted = mountOnEngine(engine, VotesView);
    const box = (name: string) => document.querySelector<HTMLInputElement>(`input[name="count-${name}"]`)!;
    const type = (name: string, value: string) => {
      box(name).value = value;
      box(name).dispatchEvent(new Event('input', { bubbles: true }));
    };
    // The chair starts typing his count…
    type('for', '5');
    flushSync();
    // …while the secretary records the hall's on her laptop.
    secretary({ type: 'vote.tally', id, for: 4, against: 1, abstain: 0 });
    mounted.props.data = stateFrom(engine);
    flushSync();
    expect(box('for').value).toBe('5');
    type('against', '0');
    type('abstain', '0');
    box('abstain').closest('form')!.requestSubmit();
    await vi.waitFor(() => expect(document.querySelector('.detail p.error[role=alert]')?.textContent).toBe('The vote count was changed by Thư ký - laptop 2 after you looked at it. Check it and try again.'));
    // Hers stands, in the engine and in his boxes, for him to check.
    expect(engine.current.votes.find((v) => v.id === id)!.tally).toMatchObject({ for: 4, against: 1, abstain: 0 });
    expect([box('for').value, box('against').value]).toEqual(['4', '1']);
  });
});

describe('the result box of an open vote', () => {
  it('says nothing is counted yet before the first count, not that the vote fails, then how it stands', () => {
    const { engine, id } = openVote();
    const { props } = mountOnEngine(engine, VotesView);
    const verdict = () => document.querySelector('.result .verdict')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(verdict()).toBe('Not counted yet Needs 30 to pass');
    ok(engine, 'vote.tally', { id, for: 2, against: 1, abstain: 0 });
    props.data = stateFrom(engine);
    flushSync();
    expect(verdict()).toBe('Not passing yet Needs 30, has 2 Can no longer pass');
    i18n.set('vi');
    flushSync();
    expect(verdict()).toBe('Chưa đạt Cần 30, có 2 Không còn khả năng thông qua');
    i18n.set('en');
  });
});

/** The secretary's laptop, paired: each command it sends, run as the server runs it. */
function pairedSecretary(engine: Engine) {
  const deviceId = ok(engine, 'device.pair', { name: 'Thư ký - laptop 2' }).id;
  return (command: { type: string } & Record<string, unknown>) =>
    expect(engine.dispatch(command, { actor: 'Thư ký - laptop 2', lang: 'en', role: 'secretary', deviceId })).toMatchObject({ ok: true });
}

describe('the keyboard through a vote', () => {
  it('goes to Announce after Close, stays on the vote after Announce, and to Open on a new round', async () => {
    const { engine, id } = openVote();
    ok(engine, 'vote.tally', { id, for: 4, against: 1, abstain: 0 });
    // Each command runs on the engine and the view gets the new state at once, as over the socket.
    mountOnEngine(engine, VotesView);
    const key = (k: string) => shortcuts.handle(new KeyboardEvent('keydown', { key: k, code: `Key${k.toUpperCase()}`, altKey: true, cancelable: true }));
    document.querySelector<HTMLInputElement>('input[name="count-for"]')!.focus();

    key('c');
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-vote-action')).toBe('announce'));
    key('a');
    await vi.waitFor(() => expect(engine.current.votes[0].announcedAt).not.toBeNull());
    await vi.waitFor(() => expect(document.activeElement?.hasAttribute('data-vote-card')).toBe(true));
    expect(document.activeElement?.textContent).toContain('Nghị quyết về dự toán ngân sách');

    const revote = [...document.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Hold the vote again'))!;
    revote.click();
    // Announced, it is held again only once the chair says so, in the page (not the browser's confirm()).
    await vi.waitFor(() => expect(document.querySelector('[data-ask] [role=alertdialog]')?.textContent).toContain('has been announced'));
    document.querySelector<HTMLButtonElement>('[data-ask] button.primary')!.click();
    await vi.waitFor(() => expect(engine.current.votes).toHaveLength(2));
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-vote-action')).toBe('open'));
    expect(document.querySelector('[data-vote-card][aria-current=true]')?.textContent).toContain('round 2');
  });
});

describe('coming back to the Votes view', () => {
  it('puts the keyboard in the count boxes of a vote still open, and leaves it on the heading otherwise', async () => {
    const { engine, id } = openVote();
    mountOnEngine(engine, VotesView);
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('count-for'));
    unmountAll();

    ok(engine, 'vote.tally', { id, for: 4, against: 1, abstain: 0 });
    ok(engine, 'vote.close', { id });
    document.body.focus();
    mountOnEngine(engine, VotesView);
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(document.body);
  });
});

describe('a vote opened from the other console while this one waits on the Votes view', () => {
  it('puts the keyboard in its count boxes, as Alt+O here does', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    for (let seat = 1; seat <= 5; seat++) ok(engine, 'delegate.add', { fullName: `Đại biểu ${seat}`, seatNumber: seat });
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về phân bổ vốn đầu tư công', method: 'hands' });
    const mounted = mountOnEngine(engine, VotesView);
    // The secretary's view, the draft shown; the keyboard on the view's heading, as Alt+8 leaves it.
    const heading = document.querySelector<HTMLElement>('#votes-heading')!;
    heading.tabIndex = -1;
    heading.focus();
    // The chair opens it on the other laptop.
    ok(engine, 'vote.open', { id, present: 5 });
    mounted.props.data = stateFrom(engine);
    flushSync();
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('count-for'));
  });
});

describe('Open’s reply coming after the vote’s state, the keyboard already counting', () => {
  it('leaves the keyboard on the row it reached: the next key marks that delegate, not the first again', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    for (const [seat, fullName] of ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Thành'].entries()) ok(engine, 'delegate.add', { fullName, seatNumber: seat + 1 });
    ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế', method: 'named' });
    const { send } = mountOnEngine(engine, VotesView);
    // Open's command runs and its state arrives at once; its reply is held, as on a busy network.
    const release = holdNextReply(send);
    document.querySelector<HTMLButtonElement>('[data-vote-action=open]')!.click();
    const row = (i: number) => document.querySelector<HTMLElement>(`[data-voter="${i}"]`)!;
    await vi.waitFor(() => expect(row(0)).not.toBeNull());
    row(0).focus();
    row(0).dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(engine.current.votes[0].marks).toEqual({ 1: 'for' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(row(1)));
    await release();
    expect(document.activeElement).toBe(row(1));
    row(1).dispatchEvent(new KeyboardEvent('keydown', { key: 'k', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(engine.current.votes[0].marks).toEqual({ 1: 'for', 2: 'against' }));
  });
});

describe('with every resolution’s vote prepared before the session', () => {
  it('Alt+O opens the vote of the item under way, not the session’s last; Close and Announce stay on it', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    for (let seat = 1; seat <= 5; seat++) ok(engine, 'delegate.add', { fullName: `Đại biểu ${seat}`, seatNumber: seat });
    const budget = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2027', kind: 'vote' }).id;
    const last = ok(engine, 'agenda.add', { title: 'Thông qua Nghị quyết kỳ họp', kind: 'vote' }).id;
    const budgetVote = ok(engine, 'vote.create', { agendaItemId: budget, resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands' }).id;
    const lastVote = ok(engine, 'vote.create', { agendaItemId: last, resolutionTitle: 'Nghị quyết kỳ họp', method: 'hands' }).id;
    ok(engine, 'item.start', { id: budget });
    mountOnEngine(engine, VotesView);
    const title = () => document.querySelector('#vote-title')?.textContent;
    const key = (k: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: `Key${k.toUpperCase()}`, altKey: true, cancelable: true }));
    const status = (id: number) => engine.current.votes.find((v) => v.id === id)!.status;
    expect(title()).toBe('Nghị quyết về dự toán ngân sách năm 2027');

    key('o');
    await vi.waitFor(() => expect(status(budgetVote)).toBe('open'));
    expect(status(lastVote)).toBe('draft');
    ok(engine, 'vote.tally', { id: budgetVote, for: 4, against: 1, abstain: 0 });
    key('c');
    // The count came from elsewhere, after this view's last state: it asks, in the page, before closing on no count.
    await vi.waitFor(() => expect(document.querySelector('[data-ask] [role=alertdialog]')?.textContent).toContain('Chưa ghi kết quả biểu quyết'));
    document.querySelector<HTMLButtonElement>('[data-ask] button.primary')!.click();
    await vi.waitFor(() => expect(status(budgetVote)).toBe('closed'));
    flushSync();
    expect(title()).toBe('Nghị quyết về dự toán ngân sách năm 2027');
    key('a');
    await vi.waitFor(() => expect(engine.current.votes.find((v) => v.id === budgetVote)!.announcedAt).not.toBeNull());
    expect(title()).toBe('Nghị quyết về dự toán ngân sách năm 2027');
    expect(status(lastVote)).toBe('draft');
  });
});

describe('a vote key pressed at the wrong stage', () => {
  it('says why nothing happened, in the console’s language, and changes nothing', async () => {
    const { engine } = newEngine();
    seedBasics(engine);
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế', method: 'hands' });
    const stateOf = () => stateFrom(engine);
    const props = $state({ data: stateOf() });
    const send = vi.spyOn(live, 'send');
    mount(VotesView, { target: document.body, props });
    flushSync();
    const key = async (k: string) => {
      shortcuts.handle(new KeyboardEvent('keydown', { key: k, code: `Key${k.toUpperCase()}`, altKey: true, cancelable: true }));
      await Promise.resolve();
      flushSync();
      return document.querySelector('.detail p.error[role=alert]')?.textContent;
    };
    i18n.set('en');
    expect(await key('c')).toBe('This vote has not been opened yet: Alt+O opens it.');
    expect(await key('a')).toBe('The result is announced once the vote is closed (Alt+C).');
    ok(engine, 'vote.open', { id, present: 5 });
    ok(engine, 'vote.close', { id });
    props.data = stateOf();
    flushSync();
    i18n.set('vi');
    expect(await key('o')).toBe('Cuộc biểu quyết này đã kết thúc. Muốn biểu quyết lại, dùng «Biểu quyết lại» (Alt+L).');
    expect(await key('c')).toBe('Cuộc biểu quyết này đã kết thúc.');
    expect(send).not.toHaveBeenCalled();
  });
});

describe('undo in an open vote', () => {
  /** The vote view on the engine; Ctrl+Z waits for what it sent to come back. */
  function consoleOn(engine: Engine) {
    const { props, send } = mountOnEngine(engine, VotesView);
    const ctrlZ = async (on: Element = document.body) => {
      pressCtrlZ(on);
      await vi.waitFor(() => Promise.resolve());
      await new Promise((r) => setTimeout(r, 0));
      flushSync();
    };
    return { props, send, ctrlZ };
  }

  it('takes back the last counts recorded by Ctrl+Z and by the button naming them; Ctrl+Z in a box stays the box’s own', async () => {
    const { engine, id } = openVote();
    ok(engine, 'vote.tally', { id, for: 4, against: 1, abstain: 0 });
    ok(engine, 'vote.tally', { id, for: 3, against: 1, abstain: 1 });
    const { send, ctrlZ } = consoleOn(engine);
    const box = (name: string) => document.querySelector<HTMLInputElement>(`input[name="count-${name}"]`)!;
    const button = () => document.querySelector<HTMLButtonElement>('[data-vote-action=undo]');
    expect(button()?.textContent).toBe('Undo: the counts 3 in favour, 1 against, 1 abstainingCtrl+Z');

    // In a count box typed over, Ctrl+Z is the box's own undo: nothing is sent.
    box('for').focus();
    box('for').value = '7';
    box('for').dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    await ctrlZ(box('for'));
    expect(send).not.toHaveBeenCalled();
    box('for').value = '3';
    box('for').dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();

    document.body.focus();
    await ctrlZ();
    expect(send).toHaveBeenCalledWith('undo', { scope: 'vote' });
    expect(engine.current.votes.find((v) => v.id === id)!.tally).toMatchObject({ for: 4, against: 1, abstain: 0 });
    expect([box('for').value, box('against').value, box('abstain').value]).toEqual(['4', '1', '']);
    expect(button()?.textContent).toBe('Undo: the counts 4 in favour, 1 against, 0 abstainingCtrl+Z');

    // The button takes back the first entry too; then it names the opening (Alt+O by mistake), and
    // takes that back: the vote a draft again, the keyboard on Open.
    i18n.set('vi');
    flushSync();
    expect(button()?.textContent).toBe('Hoàn tác: số phiếu 4 tán thành, 1 không tán thành, 0 không biểu quyếtCtrl+Z');
    button()!.focus();
    button()!.click();
    await vi.waitFor(() => expect(button()?.textContent).toBe('Hoàn tác: bắt đầu biểu quyếtCtrl+Z'));
    expect(engine.current.votes.find((v) => v.id === id)!.tally).toMatchObject({ for: 0, against: 0, abstain: 0 });
    button()!.click();
    await vi.waitFor(() => expect(engine.current.votes.find((v) => v.id === id)!.status).toBe('draft'));
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-vote-action')).toBe('open'));
  });

  it('takes back the counts just recorded by Enter with Ctrl+Z in the box still showing them, and Ctrl+Y there does them again', async () => {
    i18n.set('vi');
    const { engine, id } = openVote();
    i18n.set('vi');
    const { send, ctrlZ } = consoleOn(engine);
    const box = (name: string) => document.querySelector<HTMLInputElement>(`input[name="count-${name}"]`)!;
    const type = (name: string, value: string) => {
      box(name).value = value;
      box(name).dispatchEvent(new Event('input', { bubbles: true }));
    };
    const tally = () => engine.current.votes.find((v) => v.id === id)!.tally;
    // The chair types the hands counted and records them with Enter; the keyboard stays in the last box.
    type('for', '4');
    type('against', '1');
    type('abstain', '0');
    flushSync();
    box('abstain').focus();
    box('abstain').closest('form')!.requestSubmit();
    await vi.waitFor(() => expect(tally()).toMatchObject({ for: 4, against: 1, abstain: 0 }));

    // A count misheard: Ctrl+Z right there takes back what Enter recorded, and the boxes say so.
    await ctrlZ(box('abstain'));
    expect(send).toHaveBeenLastCalledWith('undo', { scope: 'vote' });
    expect(tally()).toMatchObject({ for: 0, against: 0, abstain: 0 });
    expect([box('for').value, box('against').value, box('abstain').value]).toEqual(['', '', '']);
    expect(toast.text).toBe('Đã hoàn tác: số phiếu 4 tán thành, 1 không tán thành, 0 không biểu quyết');
    toastSwitches({ vi: 'Đã hoàn tác: số phiếu 4 tán thành, 1 không tán thành, 0 không biểu quyết', en: 'Undone: the counts 4 in favour, 1 against, 0 abstaining' }, { vi: 'Làm lại', en: 'Redo' });

    // Ctrl+Y in the box does it again.
    box('abstain').dispatchEvent(new KeyboardEvent('keydown', { key: 'y', code: 'KeyY', ctrlKey: true, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(tally()).toMatchObject({ for: 4, against: 1, abstain: 0 }));
    expect(send).toHaveBeenLastCalledWith('redo', { scope: 'vote' });
    flushSync();
    expect([box('for').value, box('against').value, box('abstain').value]).toEqual(['4', '1', '']);
  });

  it('takes back a named mark and puts the keyboard back on that delegate’s row, the grid one Tab stop', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    for (const [seat, fullName] of ['Nguyễn Thị Hằng', 'Đặng Quốc Việt', 'Lê Văn Thành'].entries()) ok(engine, 'delegate.add', { fullName, seatNumber: seat + 1 });
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế', method: 'named' });
    ok(engine, 'vote.open', { id });
    consoleOn(engine);
    const row = (i: number) => document.querySelector<HTMLElement>(`[data-voter="${i}"]`)!;
    row(0).focus();
    row(0).dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(engine.current.votes[0].marks).toEqual({ 1: 'for' }));
    flushSync();
    expect(document.activeElement).toBe(row(1));
    const button = document.querySelector<HTMLButtonElement>('[data-vote-action=undo]')!;
    expect(button.textContent).toBe('Hoàn tác: phiếu của Nguyễn Thị Hằng (tán thành)Ctrl+Z');

    // Ctrl+Z on the next row: the mark goes, and the keyboard goes back to the row it was on.
    row(1).dispatchEvent(new KeyboardEvent('keydown', { key: 'z', code: 'KeyZ', ctrlKey: true, bubbles: true, cancelable: true }));
    await vi.waitFor(() => expect(engine.current.votes[0].marks).toEqual({}));
    await vi.waitFor(() => expect(document.activeElement).toBe(row(0)));
    expect(toast.text).toBe('Đã hoàn tác: phiếu của Nguyễn Thị Hằng (tán thành)');
    expect([...document.querySelectorAll('[data-voter]')].map((r) => r.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    // Above the grid it stays, so the rows never move under the keyboard: it names the opening now.
    expect(button.disabled).toBe(false);
    expect(button.textContent).toBe('Hoàn tác: bắt đầu biểu quyếtCtrl+Z');
  });

  it('once the vote is closed, Ctrl+Z says how it is put right and sends nothing', async () => {
    const { engine, id } = openVote();
    ok(engine, 'vote.tally', { id, for: 4, against: 1, abstain: 0 });
    ok(engine, 'vote.close', { id });
    const { send, ctrlZ } = consoleOn(engine);
    expect(document.querySelector('[data-vote-action=undo]')).toBeNull();
    await ctrlZ();
    expect(toast.text).toBe('A closed vote’s counts are not undone: to change them, use “Correct the result” (Alt+D, with a reason) or “Hold the vote again” (Alt+L).');
    expect(send).not.toHaveBeenCalled();
  });

  it('on a vote prepared and not open (its opening just taken back), Ctrl+Z says there is nothing to undo, not how a closed vote is put right', async () => {
    const { engine, id } = openVote();
    ok(engine, 'undo', { scope: 'vote' });
    expect(engine.current.votes.find((v) => v.id === id)!.status).toBe('draft');
    const { send, ctrlZ } = consoleOn(engine);
    toast.clear();
    await ctrlZ();
    expect(document.querySelector('[role=alert]')?.textContent).toBe('Nothing to undo');
    expect(toast.text).toBe('');
    expect(send).not.toHaveBeenCalled();
  });
});

describe('those present who did not vote', () => {
  it('are "not voting" while the vote is open and "did not vote" once closed, as the announcement beside it says', () => {
    for (const lang of ['en', 'vi'] as const) {
      const { engine, id } = openVote();
      i18n.set(lang);
      ok(engine, 'vote.tally', { id, for: 3, against: 1, abstain: 0 });
      const props = $state({ data: stateFrom(engine) });
      mount(VotesView, { target: document.body, props });
      flushSync();
      const box = () => [...document.querySelectorAll('.result dl > div')].map((d) => d.textContent!.trim());
      expect(box().at(-1)).toBe(lang === 'en' ? 'Present, not voting1' : 'Có mặt, chưa biểu quyết1');
      ok(engine, 'vote.close', { id });
      props.data = stateFrom(engine);
      flushSync();
      expect(box().at(-1)).toBe(lang === 'en' ? 'Present, did not vote1' : 'Có mặt, không tham gia biểu quyết1');
      expect(document.body.textContent).toContain(lang === 'en' ? '1 delegate present did not vote.' : '1 đại biểu có mặt không tham gia biểu quyết.');
      unmountAll();
    }
  });
});

describe('the list of votes', () => {
  it('names on each card the agenda item its vote belongs to, by number, and nothing for a vote of no item', () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'agenda.add', { title: 'Khai mạc kỳ họp', kind: 'opening', plannedMinutes: 10 });
    const { id: itemId } = ok(engine, 'agenda.add', { title: 'Biểu quyết thông qua Nghị quyết về dự toán ngân sách', kind: 'vote', plannedMinutes: 10 });
    ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách năm 2027', method: 'hands', agendaItemId: itemId });
    ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế công chức', method: 'hands' });
    mount(VotesView, { target: document.body, props: { data: stateFrom(engine) } });
    flushSync();
    const cards = [...document.querySelectorAll('[data-vote-card]')];
    const card = (title: string) => cards.find((c) => c.textContent?.includes(title))!;
    expect(card('dự toán ngân sách năm 2027').querySelector('[data-testid="vote-card-item"]')?.textContent).toBe('Mục 2');
    expect(card('biên chế công chức').querySelector('[data-testid="vote-card-item"]')).toBeNull();
    // The number and the method read apart: "Mục 2 · Giơ tay", never "Mục 2 ·Giơ tay".
    expect(card('dự toán ngân sách năm 2027').textContent).toContain('Mục 2 · Giơ tay');
  });
});

describe('the secretary counting a vote of another item than the one under way', () => {
  /** The land-price debate under way, and the budget resolution's vote (item 2) opened early, as happens. */
  function voteOfAnotherItem() {
    const { engine } = newEngine();
    seedBasics(engine);
    for (let seat = 1; seat <= 5; seat++) ok(engine, 'delegate.add', { fullName: `Đại biểu ${seat}`, seatNumber: seat });
    const debate = ok(engine, 'agenda.add', { title: 'Thảo luận về bảng giá đất', kind: 'discussion', plannedMinutes: 30 }).id;
    const item = ok(engine, 'agenda.add', { title: 'Biểu quyết nghị quyết về dự toán ngân sách', kind: 'vote', plannedMinutes: 10 }).id;
    ok(engine, 'item.start', { id: debate });
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands', agendaItemId: item });
    ok(engine, 'vote.open', { id, present: 5 });
    return { engine, id };
  }
  const shown = () => [document.querySelector('#vote-title')?.textContent ?? null, document.querySelector('[data-testid=no-vote-for-item]')?.textContent ?? null];

  it('keeps it in view when the chair closes and announces it on his console, as his view does', () => {
    i18n.set('en');
    live.role = 'secretary';
    try {
      const { engine, id } = voteOfAnotherItem();
      const props = $state({ data: stateFrom(engine) });
      mount(VotesView, { target: document.body, props });
      flushSync();
      expect(shown()).toEqual(['Nghị quyết về dự toán ngân sách', null]);
      // Her count, then the chair's close and announcement, each arriving as published state.
      for (const step of [() => ok(engine, 'vote.tally', { id, for: 4, against: 1, abstain: 0 }), () => ok(engine, 'vote.close', { id }), () => ok(engine, 'vote.announce', { id })]) {
        step();
        props.data = stateFrom(engine);
        flushSync();
        expect(shown()).toEqual(['Nghị quyết về dự toán ngân sách', null]);
      }
      // Opened afresh (a reload), nothing is in hand: the view says none is prepared for the item
      // under way, and, on her console, that the chair prepares new votes, not "prepare one".
      unmountAll();
      mount(VotesView, { target: document.body, props });
      flushSync();
      expect(shown()).toEqual([null, 'No vote is prepared for the item under way (1. Thảo luận về bảng giá đất). Choose a vote from the list; new votes are prepared by the chair.']);
    } finally {
      live.role = 'chair';
    }
  });
});

describe('a closed vote’s presenting body', () => {
  it('is corrected by the secretary without a new version of the count, and the toast undoes it', async () => {
    i18n.set('vi');
    const { engine } = newEngine();
    seedBasics(engine);
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', presentedBy: 'UBND tỉh', method: 'hands' });
    ok(engine, 'vote.open', { id, present: 50 });
    ok(engine, 'vote.tally', { id, for: 45, against: 3, abstain: 2 });
    ok(engine, 'vote.close', { id });
    mountOnEngine(engine, VotesView, { actor: 'Thư ký', role: 'secretary' });
    const versions = engine.current.votes.find((v) => v.id === id)!.versions.length;
    const fix = [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent === 'Sửa cơ quan trình')!;
    fix.click();
    flushSync();
    const input = document.querySelector<HTMLInputElement>('input[name=fixPresentedBy]')!;
    expect(input.value).toBe('UBND tỉh');
    input.value = 'UBND tỉnh';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.closest('form')!.requestSubmit();
    await vi.waitFor(() => expect(engine.current.votes.find((v) => v.id === id)!.presentedBy).toBe('UBND tỉnh'));
    expect(engine.current.votes.find((v) => v.id === id)!.versions.length).toBe(versions);
    expect(document.querySelector('[data-testid=vote-presented-by]')?.textContent).toBe('Cơ quan trình: UBND tỉnh');
    await vi.waitFor(() => expect(toast.text).toBe('Đã sửa cơ quan trình; kết quả biểu quyết giữ nguyên.'));
    toastSwitches({ vi: 'Đã sửa cơ quan trình; kết quả biểu quyết giữ nguyên.', en: 'Presenting body corrected; the count is unchanged.' }, { vi: 'Hoàn tác', en: 'Undo' });
    toast.action!.run();
    await vi.waitFor(() => expect(engine.current.votes.find((v) => v.id === id)!.presentedBy).toBe('UBND tỉh'));
    await vi.waitFor(() => expect(toast.text).toBe('Đã hoàn tác: lần sửa cơ quan trình'));
    toastSwitches({ vi: 'Đã hoàn tác: lần sửa cơ quan trình', en: 'Undone: the correction of the presenting body' });
  });
});

describe('a result corrected after it was announced', () => {
  it('can be announced again, the button saying it is the corrected result', async () => {
    i18n.set('en');
    const clock = manualClock();
    const { engine } = newEngine(undefined, clock);
    seedBasics(engine);
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' });
    ok(engine, 'vote.open', { id, present: 50 });
    ok(engine, 'vote.tally', { id, for: 45, against: 3, abstain: 2 });
    ok(engine, 'vote.close', { id });
    ok(engine, 'vote.announce', { id });
    const { props } = mountOnEngine(engine, VotesView);
    const button = () => document.querySelector<HTMLButtonElement>('[data-vote-action=announce]')!;
    // Announced and unchanged: nothing to announce again (the engine refuses it), so not offered.
    expect(button()).toBeNull();
    clock.advance(60_000);
    // Corrected on the other console: the view gets the state that follows.
    ok(engine, 'vote.correct', { id, reason: 'Tổ kiểm phiếu cộng nhầm', tally: { for: 44, against: 4, abstain: 2 } });
    props.data = stateFrom(engine);
    flushSync();
    await vi.waitFor(() => expect(button()).not.toBeNull());
    expect(button().textContent).toContain('Announce the corrected result');
    const before = engine.current.votes[0].announcedAt!;
    clock.advance(60_000);
    button().click();
    await vi.waitFor(() => expect(engine.current.votes[0].announcedAt).toBeGreaterThan(before));
    await vi.waitFor(() => expect(button()).toBeNull());
  });
});

describe('the history of a corrected vote', () => {
  it('names version 1 as the count recorded at the close, with no reason (a dash, read as none), and each later one a correction with its reason', () => {
    const clock = manualClock();
    const { engine } = newEngine(undefined, clock);
    seedBasics(engine);
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' });
    ok(engine, 'vote.open', { id, present: 50 });
    ok(engine, 'vote.tally', { id, for: 45, against: 3, abstain: 2 });
    ok(engine, 'vote.close', { id });
    clock.advance(60_000);
    ok(engine, 'vote.correct', { id, reason: 'Tổ kiểm phiếu cộng nhầm', tally: { for: 44, against: 4, abstain: 2 } });
    mountOnEngine(engine, VotesView);
    const row = (n: number) => document.querySelector<HTMLTableRowElement>(`.versions tr[data-version="${n}"]`)!;
    const cells = (n: number) => [...row(n).querySelectorAll('th, td')].map((c) => c.textContent!.trim());
    for (const [lang, closed, correction, none, reasonHead] of [
      ['vi', 'Ghi nhận khi kết thúc biểu quyết', 'Đính chính', 'Không có: không phải đính chính', 'Lý do đính chính'],
      ['en', 'Recorded at the close', 'Correction', 'None: not a correction', 'Reason for the correction'],
    ] as const) {
      i18n.set(lang);
      flushSync();
      expect(document.querySelector('.versions thead th:last-child')?.textContent).toBe(reasonHead);
      // The version's number is the row's header, and says what the version is.
      expect(row(1).querySelector('th[scope=row]')?.textContent).toBe(`1 ${closed}`);
      expect(row(2).querySelector('th[scope=row]')?.textContent).toBe(`2 ${correction}`);
      // Version 1 has no reason: a dash on screen, "none" to a screen reader; never "khi kết thúc".
      const reason1 = row(1).querySelector('[data-testid=version-reason]')!;
      expect(reason1.querySelector('[aria-hidden=true]')?.textContent).toBe('—');
      expect(reason1.querySelector('.visually-hidden')?.textContent).toBe(none);
      expect(cells(1)).not.toContain('khi kết thúc');
      expect(cells(1).slice(2, 5)).toEqual(['45', '3', '2']);
      expect(row(2).querySelector('[data-testid=version-reason]')?.textContent?.trim()).toBe('Tổ kiểm phiếu cộng nhầm');
      expect(cells(2).slice(2, 5)).toEqual(['44', '4', '2']);
    }
  });
});

describe('the keys of a closed vote', () => {
  const altKey = (k: string) => (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: k, code: `Key${k.toUpperCase()}`, altKey: true, bubbles: true, cancelable: true }));
  // The keys that do something here (the `?` sheet's); the others only say what to choose (voteKeys.ts).
  const registered = () => shortcuts.list.filter((s) => s.listed !== false).map((s) => s.keys);

  it('are offered only while a closed vote is in hand, shown beside their buttons', () => {
    const { engine, id } = openVote();
    const { props } = mountOnEngine(engine, VotesView);
    expect(registered()).not.toContain('Alt+D');
    expect(registered()).not.toContain('Alt+L');
    ok(engine, 'vote.tally', { id, for: 4, against: 1, abstain: 0 });
    ok(engine, 'vote.close', { id });
    props.data = stateFrom(engine);
    flushSync();
    expect(registered()).toEqual(expect.arrayContaining(['Alt+D', 'Alt+L']));
    // What the `?` sheet says of each, in both languages.
    for (const [lang, correct, revote] of [
      ['vi', 'Đính chính kết quả cuộc biểu quyết đã kết thúc (ghi rõ lý do)', 'Biểu quyết lại cuộc biểu quyết đã kết thúc, thành một lượt mới'],
      ['en', 'Correct the closed vote’s result (with a reason)', 'Hold the closed vote again, as a new round'],
    ] as const) {
      i18n.set(lang);
      expect(['Alt+D', 'Alt+L'].map((k) => t(shortcuts.list.findLast((s) => s.keys === k)!.label))).toEqual([correct, revote]);
    }
    const button = (action: string) => document.querySelector<HTMLButtonElement>(`[data-vote-action=${action}]`)!;
    expect(button('correct').querySelector('.shortcut')?.textContent?.replace(/\s/g, '')).toBe('Alt+D');
    expect(button('correct').getAttribute('aria-keyshortcuts')).toBe('Alt+D');
    expect(button('revote').querySelector('.shortcut')?.textContent?.replace(/\s/g, '')).toBe('Alt+L');
    expect(button('revote').getAttribute('aria-keyshortcuts')).toBe('Alt+L');
    // A new round in hand (not yet opened): they go with the closed vote.
    ok(engine, 'vote.revote', { id });
    ok(engine, 'vote.remove', { id: engine.current.votes.at(-1)!.id });
    ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về biên chế', method: 'hands' });
    ok(engine, 'vote.open', { id: engine.current.votes.at(-1)!.id, present: 5 });
    props.data = stateFrom(engine);
    flushSync();
    expect(registered()).not.toContain('Alt+D');
    expect(registered()).not.toContain('Alt+L');
  });

  it('Alt+D opens the correction on the counts, keeping what is typed when pressed again; Alt+L holds the vote again', async () => {
    const { engine, id } = openVote();
    ok(engine, 'vote.tally', { id, for: 4, against: 1, abstain: 0 });
    ok(engine, 'vote.close', { id });
    mountOnEngine(engine, VotesView);
    const fixFor = () => document.querySelector<HTMLInputElement>('input[name="fix-for"]');
    expect(fixFor()).toBeNull();
    altKey('d');
    await vi.waitFor(() => expect(document.activeElement).toBe(fixFor()));
    expect(fixFor()!.value).toBe('4');
    fixFor()!.value = '3';
    fixFor()!.dispatchEvent(new Event('input', { bubbles: true }));
    // Pressed again from the reason box (an Alt key works while typing): back to the counts, 3 kept.
    document.querySelector<HTMLInputElement>('input[name=reason]')!.focus();
    altKey('d');
    await vi.waitFor(() => expect(document.activeElement).toBe(fixFor()));
    expect(fixFor()!.value).toBe('3');
    expect(engine.current.votes[0].versions).toHaveLength(1);

    altKey('l');
    await vi.waitFor(() => expect(engine.current.votes).toHaveLength(2));
    expect(engine.current.votes[1]).toMatchObject({ round: 2, status: 'draft' });
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-vote-action')).toBe('open'));
  });

  it('on a secretary’s console say they are the chair’s and send nothing', async () => {
    const { engine, id } = openVote();
    ok(engine, 'vote.tally', { id, for: 4, against: 1, abstain: 0 });
    ok(engine, 'vote.close', { id });
    const deviceId = ok(engine, 'device.pair', { name: 'Thư ký - laptop 2' }).id;
    live.role = 'secretary';
    try {
      const { send } = mountOnEngine(engine, VotesView, { actor: 'Thư ký - laptop 2', role: 'secretary', deviceId });
      altKey('l');
      await vi.waitFor(() => expect(said(toast.message)).toBe('Alt+L (Hold the closed vote again, as a new round) is the chair’s key: this console is a secretary’s, so nothing was sent.'));
      altKey('d');
      await vi.waitFor(() => expect(said(toast.message)).toContain('Alt+D ('));
      expect(send).not.toHaveBeenCalled();
      expect(document.querySelector('input[name="fix-for"]')).toBeNull();
    } finally {
      live.role = 'chair';
    }
  });
});
