/**
 * Two controls of the Personnel view that behaved unlike their siblings:
 * - "Show on the hall" was offered to a console that may not send personnel.show and then refused,
 *   where Votes' "Show on the hall" is greyed out by use:needs;
 * - a refused counting-record DOCX download was toasted in the language it was asked in and stayed
 *   so after a language switch, while every other toast re-words.
 */
import { flushSync, tick } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { live } from '../../src/lib/live.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { reportRoute } from '../../electron/features/review/routes';
import { mountOnEngine } from './on-engine.svelte';
import { countedConfidenceVote, setUp } from '../unit/personnel/fixtures';
import { toastSwitches } from './toast-lang';

afterEach(() => {
  vi.unstubAllGlobals();
  live.role = 'chair';
  toast.clear();
  i18n.set('vi');
});

const show = () => document.querySelector<HTMLButtonElement>('[data-personnel-action=show]');
const docxButton = () => [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'DOCX biên bản kiểm phiếu')!;

describe('Show on the hall, in Personnel', () => {
  it('is greyed out and sends nothing on a console that may not send personnel.show, as Votes\' is', () => {
    i18n.set('en');
    const ctx = setUp();
    // Closed and announced: the button is offered beside Correct and New round.
    const id = countedConfidenceVote(ctx);
    live.role = 'display';
    const { send } = mountOnEngine(ctx.engine, PersonnelView, { actor: 'display', role: 'display' });
    flushSync();
    expect(show()!.textContent).toContain('Show on the hall');
    expect(show()!.getAttribute('aria-disabled')).toBe('true');
    expect(show()!.classList.contains('not-mine')).toBe(true);
    show()!.click();
    expect(send).not.toHaveBeenCalledWith('personnel.show', expect.anything());
    // The chair's and a secretary's console may: offered, and sent.
    live.role = 'secretary';
    flushSync();
    expect(show()!.getAttribute('aria-disabled')).toBeNull();
    show()!.click();
    expect(send).toHaveBeenCalledWith('personnel.show', { id });
  });
});

describe('a refused DOCX download of the counting records', () => {
  it('is toasted in the console\'s language and re-worded on a switch, vi → en and back', async () => {
    i18n.set('vi');
    const ctx = setUp();
    const { db, clock } = ctx;
    // The server's own answer (GET /report/personnel) for a session that is gone by the time it is asked.
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const asked = new URL(url, 'http://127.0.0.1');
      asked.searchParams.set('session', '999');
      const reply = (await reportRoute(db, clock(), asked))!;
      return new Response(reply.body as string, { status: reply.status, headers: reply.headers });
    });
    countedConfidenceVote(ctx);
    mountOnEngine(ctx.engine, PersonnelView);
    flushSync();
    docxButton().click();
    await vi.waitFor(() => expect(toast.text).not.toBe(''));
    await tick();
    expect(fetched[0]).toMatch(/^\/report\/personnel\?.*lang=vi/);
    toastSwitches({ vi: 'Không tìm thấy kỳ họp số 999.', en: 'No session with id 999.' });
  });
});

describe('the counting records DOCX of a session with no personnel vote', () => {
  it('says there is nothing to export yet, as the CSVs do, and asks the server for nothing', async () => {
    i18n.set('vi');
    const ctx = setUp();
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      return new Response('', { status: 500 });
    });
    mountOnEngine(ctx.engine, PersonnelView);
    flushSync();
    docxButton().click();
    await vi.waitFor(() => expect(toast.text).not.toBe(''));
    expect(fetched).toEqual([]);
    toastSwitches({ vi: 'Chưa có gì để xuất.', en: 'Nothing to export yet.' });
  });
});
