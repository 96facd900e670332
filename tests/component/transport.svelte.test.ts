import { afterEach, describe, expect, it } from 'vitest';
import type { GavelBridge } from '../../electron/main/bridge';
import type { StateUpdate } from '../../electron/engine/state';
import { connect } from '../../src/lib/transport';

afterEach(() => {
  delete window.gavel;
});

/**
 * The desktop transport subscribes to updates and asks for the snapshot; an update that
 * arrives before the snapshot's answer must neither be applied to nothing nor make the
 * snapshot look stale: the snapshot comes first, then only the updates after it.
 */
describe('IPC transport: snapshot first', () => {
  it('holds updates that arrive before the snapshot, and drops those it already contains', async () => {
    let push: (u: StateUpdate) => void = () => {};
    let answer: (u: StateUpdate) => void = () => {};
    window.gavel = {
      send: async () => ({ ok: true, revision: 0, value: null }),
      clock: async () => 0,
      snapshot: () => new Promise<StateUpdate>((resolve) => (answer = resolve)),
      onState: (l: (u: StateUpdate) => void) => void (push = l),
    } as unknown as GavelBridge;
    const seen: number[] = [];
    connect().onState((u) => seen.push(u.revision));
    push({ revision: 5, serverTime: 0, slices: {}, patches: {} }); // already in the snapshot
    push({ revision: 7, serverTime: 0, slices: {}, patches: {} }); // after it
    expect(seen).toEqual([]);
    answer({ revision: 6, serverTime: 0, slices: {}, full: true });
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual([6, 7]);
    push({ revision: 8, serverTime: 0, slices: {}, patches: {} });
    expect(seen).toEqual([6, 7, 8]);
  });
});
