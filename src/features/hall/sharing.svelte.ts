/**
 * LAN sharing as the chair's console holds it, shared by the displays panel and the
 * operators panel so both show the same listener, code and devices.
 */
import type { SharingNotice, SharingRequest, SharingStatus } from '../../../electron/engine/protocol';
import { t, type MessageKey } from '../../lib/i18n.svelte';
import { live } from '../../lib/live.svelte';

/** Why sharing was not resumed at this start. */
type NotResumed = Exclude<SharingNotice['reason'], 'moved'>;

const OFF: SharingStatus = { on: false, urls: [], displays: 0, screens: [], newScreens: true, pairing: null, reach: [], devices: { connected: [], lastSeen: {} }, activity: [], notice: null };
/** How often an open panel refreshes the connected screens and the code's validity. */
const REFRESH_MS = 2000;

class SharingState {
  status = $state<SharingStatus>(OFF);
  error = $state('');
  busy = $state(false);

  async change(request?: SharingRequest): Promise<void> {
    this.busy = true;
    try {
      this.status = await live.sharing(request);
      this.error = '';
    } catch (e) {
      this.error = t('hallScreen.lanFailed', { reason: (e as Error).message });
    } finally {
      this.busy = false;
    }
  }

  /** For a panel's $effect: asks once now, then every few seconds while sharing is on. */
  follow(): () => void {
    if (live.connected && live.canShare) void this.change();
    const timer = setInterval(() => {
      if (this.status.on && live.connected && live.canShare) void live.sharing().then((s) => (this.status = s), () => {});
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }
}

export const sharing = new SharingState();

/** What the chair reads when sharing was on and this start did not resume it (protocol.ts SharingNotice): the banner, then the panel's full sentence. */
export const NOT_RESUMED_BANNER = {
  copy: 'hallScreen.lanBannerCopy',
  unrecorded: 'hallScreen.lanBannerUnrecorded',
  unreadable: 'hallScreen.lanBannerUnreadable',
} as const satisfies Record<NotResumed, MessageKey>;
export const NOT_RESUMED_NOTICE = {
  copy: 'hallScreen.lanNoticeCopy',
  unrecorded: 'hallScreen.lanNoticeUnrecorded',
  unreadable: 'hallScreen.lanNoticeUnreadable',
} as const satisfies Record<NotResumed, MessageKey>;
