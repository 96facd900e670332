import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import VotesView from '../../src/features/votes/VotesView.svelte';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import ShortcutHelp from '../../src/lib/ShortcutHelp.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { shortcuts } from '../../src/lib/shortcuts.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { said } from '../../src/lib/said.svelte';
import { mount } from './mount';
import { newEngine, ok, seedBasics } from '../unit/helpers';
import { mountOnEngine, stateFrom, type Sender } from './on-engine.svelte';
import { countedConfidenceVote, prepareConfidence, setUp } from '../unit/personnel/fixtures';
import type { Engine } from '../../electron/engine/engine';

/**
 * The keys of a vote's steps, the same in Votes and Personnel (src/lib/voteKeys.ts):
 * - on a secretary's console, Personnel's Alt+O, Alt+C and Alt+A are marked as the chair's in the
 *   `?` sheet and, pressed, say so and send nothing, as Votes' do (they were unmarked and silent);
 * - Alt+D and Alt+L with no closed vote in hand are still the view's: pressed, they say what to do
 *   and the browser does not get them (Alt+D went to a LAN console's address bar).
 */
const altKey = (k: string) => {
  const event = new KeyboardEvent('keydown', { key: k, code: `Key${k.toUpperCase()}`, altKey: true, bubbles: true, cancelable: true });
  (document.activeElement ?? document.body).dispatchEvent(event);
  return event;
};
/** The `?` sheet's lines of this view: what each says, and whether it is marked as the chair's. */
function sheet(): { text: string; chairs: boolean }[] {
  shortcuts.helpOpen = true;
  flushSync();
  const lines = [...document.querySelectorAll('[aria-labelledby=keys-this-view] li')].map((li) => ({ text: li.textContent ?? '', chairs: li.classList.contains('not-mine') }));
  shortcuts.helpOpen = false;
  flushSync();
  return lines;
}
const line = (lines: ReturnType<typeof sheet>, key: string) => lines.find((l) => l.text.replace(/\s/g, '').endsWith(key.replace(/\s/g, '')));

/** Pairs a secretary's laptop and mounts `view` on it, as its console shows it. */
function onSecretary(engine: Engine, view: Parameters<typeof mountOnEngine>[1]) {
  const deviceId = ok(engine, 'device.pair', { name: 'Thư ký - laptop 2' }).id;
  const sender: Sender = { actor: 'Thư ký - laptop 2', role: 'secretary', deviceId };
  live.role = 'secretary';
  mount(ShortcutHelp, { target: document.body });
  return mountOnEngine(engine, view, sender);
}

const CHAIRS = {
  vi: {
    whose: 'của chủ tọa',
    open: 'Phím Alt+O (Bắt đầu kiểm phiếu) là của chủ tọa: máy này là máy của thư ký nên không gửi thao tác này.',
    close: 'Phím Alt+C (Kết thúc) là của chủ tọa: máy này là máy của thư ký nên không gửi thao tác này.',
    announce: 'Phím Alt+A (Công bố) là của chủ tọa: máy này là máy của thư ký nên không gửi thao tác này.',
    voteOpen: 'Phím Alt+O (Bắt đầu cuộc biểu quyết đang chọn) là của chủ tọa: máy này là máy của thư ký nên không gửi thao tác này.',
  },
  en: {
    whose: 'the chair’s',
    open: 'Alt+O (Start counting) is the chair’s key: this console is a secretary’s, so nothing was sent.',
    close: 'Alt+C (Close) is the chair’s key: this console is a secretary’s, so nothing was sent.',
    announce: 'Alt+A (Announce) is the chair’s key: this console is a secretary’s, so nothing was sent.',
    voteOpen: 'Alt+O (Open the selected vote) is the chair’s key: this console is a secretary’s, so nothing was sent.',
  },
} as const;

describe.each(['vi', 'en'] as const)('Personnel’s Alt+O, Alt+C and Alt+A on a secretary’s console, in %s', (lang) => {
  const w = CHAIRS[lang];
  it('are marked as the chair’s and, pressed, say so and send nothing, as Votes’ are', async () => {
    i18n.set(lang);
    const ctx = setUp();
    const id = prepareConfidence(ctx.engine, ctx.officials.slice(0, 3));
    ok(ctx.engine, 'personnel.committee', { id, head: ctx.counters[0] });
    try {
      const { send } = onSecretary(ctx.engine, PersonnelView);
      const lines = sheet();
      for (const key of ['Alt+O', 'Alt+C', 'Alt+A']) {
        expect(line(lines, key)?.chairs, key).toBe(true);
        expect(line(lines, key)?.text).toContain(w.whose);
      }
      for (const [k, said_] of [['o', w.open], ['c', w.close], ['a', w.announce]] as const) {
        const event = altKey(k);
        expect(event.defaultPrevented).toBe(true);
        await vi.waitFor(() => expect(said(toast.message)).toBe(said_));
      }
      expect(send).not.toHaveBeenCalled();
      expect(ctx.engine.current.personnel[0].status).toBe('draft');
    } finally {
      live.role = 'chair';
    }
  });

  it('in Votes, the same keys say the same of the vote’s steps', async () => {
    i18n.set(lang);
    const { engine } = newEngine();
    seedBasics(engine);
    ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' });
    try {
      const { send } = onSecretary(engine, VotesView);
      const lines = sheet();
      for (const key of ['Alt+O', 'Alt+C', 'Alt+A']) expect(line(lines, key)?.chairs, key).toBe(true);
      altKey('o');
      await vi.waitFor(() => expect(said(toast.message)).toBe(w.voteOpen));
      expect(send).not.toHaveBeenCalled();
    } finally {
      live.role = 'chair';
    }
  });
});

const CHOOSE = {
  vi: {
    voteCorrect: 'Chọn một cuộc biểu quyết đã kết thúc để đính chính (Alt+D).',
    voteRevote: 'Chọn một cuộc biểu quyết đã kết thúc để biểu quyết lại (Alt+L).',
    personnelCorrect: 'Chọn một cuộc bỏ phiếu đã kết thúc để đính chính (Alt+D).',
    personnelRevote: 'Chọn một cuộc bầu cử đã kết thúc còn chức danh chưa có người trúng cử để bầu lại (Alt+L).',
  },
  en: {
    voteCorrect: 'Choose a closed vote to correct its result (Alt+D).',
    voteRevote: 'Choose a closed vote to hold it again (Alt+L).',
    personnelCorrect: 'Choose a closed vote to correct its counts (Alt+D).',
    personnelRevote: 'Choose a closed election that left a post unfilled to hold a new round (Alt+L).',
  },
} as const;

/** Alt+`k` pressed: the browser does not get it, and the console says `sentence`; nothing is sent. */
async function saysOnly(k: string, sentence: string, send: ReturnType<typeof vi.fn> | { mock: { calls: unknown[] } }) {
  toast.clear();
  const event = altKey(k);
  expect(event.defaultPrevented).toBe(true);
  await vi.waitFor(() => expect(said(toast.message)).toBe(sentence));
  expect(send.mock.calls).toEqual([]);
}

describe.each(['vi', 'en'] as const)('Alt+D and Alt+L with no closed vote in hand, in %s', (lang) => {
  const w = CHOOSE[lang];

  it('in Votes: with no vote at all, a vote not yet opened, a vote open: they say to choose a closed vote, and are not listed', async () => {
    i18n.set(lang);
    const { engine } = newEngine();
    seedBasics(engine);
    const { props, send } = mountOnEngine(engine, VotesView);
    await saysOnly('d', w.voteCorrect, send);
    await saysOnly('l', w.voteRevote, send);
    mount(ShortcutHelp, { target: document.body });
    expect(line(sheet(), 'Alt+D')).toBeUndefined();

    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' });
    props.data = stateFrom(engine);
    flushSync();
    await saysOnly('d', w.voteCorrect, send);
    ok(engine, 'vote.open', { id, present: 40 });
    props.data = stateFrom(engine);
    flushSync();
    await saysOnly('l', w.voteRevote, send);
    expect(line(sheet(), 'Alt+L')).toBeUndefined();
    expect(engine.current.votes).toHaveLength(1);
  });

  it('in Personnel: with none yet, a vote not yet counted, and Alt+L on a closed confidence vote (no new round there)', async () => {
    i18n.set(lang);
    const ctx = setUp();
    const { props, send } = mountOnEngine(ctx.engine, PersonnelView);
    await saysOnly('d', w.personnelCorrect, send);
    await saysOnly('l', w.personnelRevote, send);
    const id = prepareConfidence(ctx.engine, ctx.officials.slice(0, 3));
    props.data = stateFrom(ctx.engine);
    flushSync();
    await saysOnly('d', w.personnelCorrect, send);
    ok(ctx.engine, 'personnel.remove', { id });
    countedConfidenceVote(ctx);
    props.data = stateFrom(ctx.engine);
    flushSync();
    // Closed: Alt+D corrects (listed), Alt+L has no round to hold and says which vote has one.
    await saysOnly('l', w.personnelRevote, send);
    mount(ShortcutHelp, { target: document.body });
    const lines = sheet();
    expect(line(lines, 'Alt+D')).toBeDefined();
    expect(line(lines, 'Alt+L')).toBeUndefined();
  });
});

const STAGE = {
  vi: {
    none: 'Chưa chọn cuộc bỏ phiếu nhân sự nào: hãy chuẩn bị một cuộc hoặc chọn trong danh sách, rồi nhấn Alt+O.',
    closeDraft: 'Chưa bắt đầu kiểm phiếu: nhấn Alt+O để bắt đầu.',
    announceEarly: 'Chỉ công bố kết quả sau khi kết thúc kiểm phiếu (Alt+C).',
    alreadyOpen: 'Cuộc bỏ phiếu này đang kiểm phiếu: kiểm xong, nhấn Alt+C để kết thúc.',
    openClosedCorrect: 'Cuộc bỏ phiếu này đã kết thúc, không kiểm phiếu lại. Để thay đổi số phiếu, dùng «Đính chính số phiếu» (Alt+D, ghi rõ lý do).',
    alreadyAnnounced: 'Kết quả cuộc bỏ phiếu này đã được công bố. Để chiếu lại lên màn hình hội trường, dùng «Chiếu lên màn hình hội trường»; nếu có số phiếu sai, dùng «Đính chính số phiếu» (Alt+D, ghi rõ lý do), rồi công bố kết quả đã đính chính.',
    show: 'Chiếu lên màn hình hội trường',
    voteNone: 'Chưa chọn cuộc biểu quyết nào: hãy chuẩn bị hoặc chọn một cuộc biểu quyết trong danh sách, rồi nhấn Alt+C.',
  },
  en: {
    none: 'No personnel vote is in hand: prepare one or choose one in the list, then press Alt+O.',
    closeDraft: 'Counting has not started yet: Alt+O starts it.',
    announceEarly: 'The result is announced once counting is closed (Alt+C).',
    alreadyOpen: 'This vote is already being counted: once the count is in, Alt+C closes it.',
    openClosedCorrect: 'This vote is closed and is not counted again. To change its counts, use “Correct the counts” (Alt+D, with a reason).',
    alreadyAnnounced: 'The result of this vote has already been announced. To put it on the hall again, use “Show on the hall”; if a figure was wrong, use “Correct the counts” (Alt+D, with a reason), then announce the corrected result.',
    show: 'Show on the hall',
    voteNone: 'No vote is in hand: prepare one or choose one in the list, then press Alt+C.',
  },
} as const;

/** The sentence the view says under its buttons (aria-live: role=alert). */
const alert = () => document.querySelector('[role=alert]')?.textContent?.trim() ?? '';

describe.each(['vi', 'en'] as const)('Personnel’s Alt+O, Alt+C and Alt+A at the wrong stage, on the chair’s console, in %s', (lang) => {
  const w = STAGE[lang];
  it('say in one sentence why nothing happened and what to do, as Votes’ do, and send nothing', async () => {
    i18n.set(lang);
    const ctx = setUp();
    const { props, send } = mountOnEngine(ctx.engine, PersonnelView);
    // Nothing prepared: the keys are the view's, and say so.
    await saysOnly('o', w.none, send);
    const id = prepareConfidence(ctx.engine, ctx.officials.slice(0, 3));
    ok(ctx.engine, 'personnel.committee', { id, head: ctx.counters[0] });
    props.data = stateFrom(ctx.engine);
    flushSync();
    const pressed = async (k: string, sentence: string) => {
      const event = altKey(k);
      expect(event.defaultPrevented).toBe(true);
      await vi.waitFor(() => expect(alert()).toBe(sentence));
      expect(send.mock.calls).toEqual([]);
    };
    await pressed('c', w.closeDraft);
    await pressed('a', w.announceEarly);
    ok(ctx.engine, 'personnel.open', { id, present: 50 });
    props.data = stateFrom(ctx.engine);
    flushSync();
    await pressed('o', w.alreadyOpen);
    await pressed('a', w.announceEarly);
    ok(ctx.engine, 'personnel.close', { id });
    props.data = stateFrom(ctx.engine);
    flushSync();
    // A confidence vote holds no new round: the way to change its counts is a correction.
    await pressed('o', w.openClosedCorrect);
    ok(ctx.engine, 'personnel.announce', { id });
    props.data = stateFrom(ctx.engine);
    flushSync();
    await pressed('a', w.alreadyAnnounced);
    expect(ctx.engine.current.personnel[0].status).toBe('closed');
    // The button the sentence names is there, by that name, as in Votes.
    expect([...document.querySelectorAll('button')].filter((b) => b.textContent?.trim() === w.show)).toHaveLength(1);
  });

  it('in Votes, with no vote in hand, Alt+C says to prepare or choose one', async () => {
    i18n.set(lang);
    const { engine } = newEngine();
    seedBasics(engine);
    const { send } = mountOnEngine(engine, VotesView);
    await saysOnly('c', w.voteNone, send);
  });
});

const ctrlKey = (k: 'z' | 'y') => {
  const event = new KeyboardEvent('keydown', { key: k, code: `Key${k.toUpperCase()}`, ctrlKey: true, bubbles: true, cancelable: true });
  document.body.dispatchEvent(event);
  return event;
};

describe.each(['vi', 'en'] as const)('Ctrl+Z and Ctrl+Y on a secretary’s console, in %s', (lang) => {
  it('in Personnel: neither is the chair’s, and Ctrl+Z takes back the ballots she recorded, Ctrl+Y records them again', async () => {
    i18n.set(lang);
    const ctx = setUp();
    const id = prepareConfidence(ctx.engine, ctx.officials.slice(0, 3));
    ok(ctx.engine, 'personnel.committee', { id, head: ctx.counters[0] });
    ok(ctx.engine, 'personnel.open', { id, present: 50 });
    try {
      const { send } = onSecretary(ctx.engine, PersonnelView);
      const lines = sheet();
      expect(line(lines, 'Ctrl+Z')?.chairs).toBe(false);
      expect(line(lines, 'Ctrl+Y')?.chairs).toBe(false);
      await live.send('personnel.ballots', { id, issued: 50, returned: 50, valid: 50, invalid: 0 });
      send.mockClear();
      (document.activeElement as HTMLElement | null)?.blur();
      ctrlKey('z');
      await vi.waitFor(() => expect(ctx.engine.current.personnel[0].ballots.issued).toBe(0));
      expect(send.mock.calls[0]?.slice(0, 2)).toEqual(['undo', { scope: 'personnel' }]);
      ctrlKey('y');
      await vi.waitFor(() => expect(ctx.engine.current.personnel[0].ballots.issued).toBe(50));
      // Her Undo button is hers too, not greyed as the chair's.
      ok(ctx.engine, 'personnel.ballots', { id, issued: 49, returned: 49, valid: 49, invalid: 0 });
      await live.send('personnel.ballots', { id, issued: 50, returned: 50, valid: 50, invalid: 0 });
      await vi.waitFor(() => expect(document.querySelector('[data-personnel-action=undo]')?.getAttribute('aria-disabled')).toBeNull());
    } finally {
      live.role = 'chair';
    }
  });

  it('in Votes: neither is the chair’s, as in Personnel', () => {
    i18n.set(lang);
    const { engine } = newEngine();
    seedBasics(engine);
    const { id } = ok(engine, 'vote.create', { resolutionTitle: 'Nghị quyết về dự toán ngân sách', method: 'hands' });
    ok(engine, 'vote.open', { id, present: 40 });
    try {
      onSecretary(engine, VotesView);
      const lines = sheet();
      expect(line(lines, 'Ctrl+Z')?.chairs).toBe(false);
      expect(line(lines, 'Ctrl+Y')?.chairs).toBe(false);
    } finally {
      live.role = 'chair';
    }
  });
});

describe.each(['vi', 'en'] as const)('Personnel’s Alt+O with no roll call and no number present typed, in %s', (lang) => {
  it('says so and puts the keyboard in the number present, then opens once it is typed', async () => {
    i18n.set(lang);
    const ctx = setUp();
    const id = prepareConfidence(ctx.engine, ctx.officials.slice(0, 3));
    ok(ctx.engine, 'personnel.committee', { id, head: ctx.counters[0] });
    mountOnEngine(ctx.engine, PersonnelView);
    document.querySelector<HTMLElement>('[data-personnel-action=open]')?.focus();
    altKey('o');
    await vi.waitFor(() => expect(alert()).not.toBe(''));
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('name')).toBe('present'));
    const box = document.activeElement as HTMLInputElement;
    box.value = '45';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    flushSync();
    altKey('o');
    await vi.waitFor(() => expect(ctx.engine.current.personnel[0].status).toBe('open'));
  });
});
