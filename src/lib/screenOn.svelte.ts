/**
 * Keeps a screen from dimming or sleeping while it must stay readable: the hall screen always,
 * the chair's console while a sitting is in progress (a laptop on battery turns its display off
 * after a few idle minutes, in the middle of a long speech and its timer).
 *
 * The Screen Wake Lock API, in the renderer: the same code serves the desktop app (its app://
 * pages are a secure context) and browser mode on 127.0.0.1. A LAN display over plain http is
 * not a secure context and has no such API: there this does nothing, and the display's own
 * power settings apply (the README says so).
 */

/**
 * Holds a screen wake lock while `wanted()` is true, from a component's setup. The browser
 * lets the lock go whenever the page is hidden (another window in front, the laptop's lid):
 * it is taken again when the page shows. Refusals (no permission, a battery saver) are
 * ignored: the screen then follows the system's settings, as without Gavel.
 */
export function keepScreenOn(wanted: () => boolean): void {
  const wakeLock = typeof navigator === 'undefined' ? undefined : navigator.wakeLock;
  if (!wakeLock) return;
  let sentinel: WakeLockSentinel | null = null;
  let asking = false;
  let want = false;

  const sync = async (): Promise<void> => {
    const hold = want && document.visibilityState === 'visible';
    if (!hold && sentinel) {
      const held = sentinel;
      sentinel = null;
      await held.release().catch(() => undefined);
    } else if (hold && (!sentinel || sentinel.released) && !asking) {
      asking = true;
      try {
        sentinel = await wakeLock.request('screen');
      } catch {
        sentinel = null;
      } finally {
        asking = false;
      }
      // Wanted no more while the request was out: let it go at once.
      if (!want || document.visibilityState !== 'visible') void sync();
    }
  };

  $effect(() => {
    want = wanted();
    void sync();
  });
  $effect(() => {
    const onVisibility = () => void sync();
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      want = false;
      void sync();
    };
  });
}
