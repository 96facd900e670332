import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import PersonnelView from '../../src/features/personnel/PersonnelView.svelte';
import { i18n } from '../../src/lib/i18n.svelte';
import { toast } from '../../src/lib/toast.svelte';
import { ok } from '../unit/helpers';
import { ctrlZ, mountOnEngine } from './on-engine.svelte';
import { setUp, view } from '../unit/personnel/fixtures';

/**
 * Each personnel draft's Undo button, Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z) take that draft's own last
 * step: on draft B they never offer, take back or redo a step taken on draft A, whichever was last.
 */
function twoDrafts() {
  const ctx = setUp();
  const { engine } = ctx;
  const people = [{ delegateId: ctx.officials[0], honorific: 'mr' as const }];
  const a = ok(engine, 'personnel.prepare', { kind: 'election', title: 'Chủ tịch Hội đồng nhân dân tỉnh', people }).id;
  const b = ok(engine, 'personnel.prepare', { kind: 'dismissal', title: 'Miễn nhiệm Trưởng Ban Pháp chế', people }).id;
  return { engine, a, b };
}

const undoButton = () => document.querySelector<HTMLButtonElement>('[data-personnel-action=undo]');
const select = (title: string) => [...document.querySelectorAll<HTMLButtonElement>('button')].find((x) => x.textContent!.includes(title))!.click();
const key = (init: KeyboardEventInit) => document.body.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ctrlKey: true, ...init }));

describe("a personnel draft's Undo and Redo", () => {
  it("offer and take on draft B only B's step, though A's was taken after it", async () => {
    i18n.set('vi');
    const { engine, a, b } = twoDrafts();
    ok(engine, 'personnel.update', { id: b, title: 'Miễn nhiệm Phó Trưởng Ban Pháp chế' });
    ok(engine, 'personnel.update', { id: a, title: 'Phó Chủ tịch Hội đồng nhân dân tỉnh' });
    mountOnEngine(engine, PersonnelView);
    select('Miễn nhiệm Phó Trưởng Ban Pháp chế');
    flushSync();
    // B's panel names B's edit: before, it offered nothing (the scope's latest was A's).
    expect(undoButton()!.textContent).toBe('Hoàn tác: các thay đổi của «Miễn nhiệm Phó Trưởng Ban Pháp chế»Ctrl+Z');
    ctrlZ();
    await vi.waitFor(() => expect(view(engine, b).title).toBe('Miễn nhiệm Trưởng Ban Pháp chế'));
    expect(view(engine, a).title).toBe('Phó Chủ tịch Hội đồng nhân dân tỉnh');
    expect(toast.text).toBe('Đã hoàn tác: các thay đổi của «Miễn nhiệm Phó Trưởng Ban Pháp chế»');
    flushSync();
    expect(undoButton()).toBeNull();
    // Ctrl+Y on B does B's edit again.
    key({ key: 'y', code: 'KeyY' });
    await vi.waitFor(() => expect(view(engine, b).title).toBe('Miễn nhiệm Phó Trưởng Ban Pháp chế'));

    // A's panel: its own edit; Ctrl+Z takes it back, B untouched.
    select('Phó Chủ tịch Hội đồng nhân dân tỉnh');
    flushSync();
    expect(undoButton()!.textContent).toBe('Hoàn tác: các thay đổi của «Phó Chủ tịch Hội đồng nhân dân tỉnh»Ctrl+Z');
    undoButton()!.click();
    await vi.waitFor(() => expect(view(engine, a).title).toBe('Chủ tịch Hội đồng nhân dân tỉnh'));
    expect(view(engine, b).title).toBe('Miễn nhiệm Phó Trưởng Ban Pháp chế');
  });

  it("never redo on draft B a step undone on draft A", async () => {
    i18n.set('en');
    const { engine, a, b } = twoDrafts();
    ok(engine, 'personnel.update', { id: a, title: 'Phó Chủ tịch Hội đồng nhân dân tỉnh' });
    ok(engine, 'undo', { scope: 'personnel-draft', subjectId: a });
    const { send } = mountOnEngine(engine, PersonnelView);
    select('Miễn nhiệm Trưởng Ban Pháp chế');
    flushSync();
    expect(undoButton()).toBeNull();
    // Ctrl+Shift+Z on B: B has nothing undone; before, it did A's edit again.
    key({ key: 'Z', code: 'KeyZ', shiftKey: true });
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith('redo', { scope: 'personnel-draft', subjectId: b }));
    expect(view(engine, a).title).toBe('Chủ tịch Hội đồng nhân dân tỉnh');
    await vi.waitFor(() => expect(toast.text).toBe('There is nothing to redo: only what was undone since the last new action can be done again.'));
  });
});
