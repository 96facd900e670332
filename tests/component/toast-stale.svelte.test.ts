/**
 * A toast says what was just done. The next command this console sends makes it stale, whether
 * or not that command has a toast of its own: "23 items added to the agenda" stayed on screen
 * while the next item was being edited in.
 */
import { describe, expect, it } from 'vitest';
import { live } from '../../src/lib/live.svelte';
import { toast } from '../../src/lib/toast.svelte';
import type { Transport } from '../../src/lib/transport';

describe('a toast and the next command', () => {
  it('goes as the next command is sent; one shown after the reply stays', async () => {
    let sent = 0;
    const transport = {
      send: async () => ({ ok: true, revision: ++sent, value: null }),
      clock: async () => ({ serverTime: Date.now(), roundTrip: 1 }),
      onState: () => {},
      onConnection: () => {},
      sharing: null,
      admin: async () => ({ ok: false, error: { code: 'internal', message: 'none' } }),
    } as unknown as Transport;
    live.start(transport);
    toast.show('23 items added to the agenda.');
    expect(toast.text).toBe('23 items added to the agenda.');
    await live.send('agenda.update', { id: 1, title: 'Báo cáo', kind: 'report', presenter: '', plannedMinutes: 15 });
    expect(toast.text).toBe('');
    toast.show('«Báo cáo» added as item 24.');
    expect(toast.text).toBe('«Báo cáo» added as item 24.');
    toast.clear();
  });
});
