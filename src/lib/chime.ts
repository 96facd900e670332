import type { TimerPhase } from '../../common/timing/timer';

/**
 * A short two-tone chime from WebAudio (no sound file to ship). `soon` before the planned
 * end, `end` at it. Browsers allow sound only after the page has had a user gesture, which
 * a chair's console always has.
 */
let ctx: AudioContext | null = null;

export function chime(kind: 'soon' | 'end'): void {
  try {
    ctx ??= new AudioContext();
    const tones = kind === 'soon' ? [880] : [880, 660];
    tones.forEach((freq, i) => {
      const osc = ctx!.createOscillator();
      const gain = ctx!.createGain();
      const start = ctx!.currentTime + i * 0.35;
      osc.frequency.value = freq;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.3, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6);
      osc.connect(gain).connect(ctx!.destination);
      osc.start(start);
      osc.stop(start + 0.65);
    });
  } catch {
    // No audio device: the colour change still warns.
  }
}

const STORAGE_KEY = 'gavel.chime';

/**
 * The one chime setting every timer obeys (agenda item, speech, question): the chair's own
 * choice on this machine where made, else the council's rule (`rules.chime`).
 */
export function chimeEnabled(councilRule: boolean): boolean {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  return saved === null || saved === undefined ? councilRule : saved === 'on';
}

export function setChimeEnabled(on: boolean): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, on ? 'on' : 'off');
}

/**
 * A watcher for one view's running timer: call it with the timer's identity and phase on each
 * tick; it chimes once as the same timer crosses into warning (`soon`) or overrun (`end`).
 * A timer first seen already past a mark (a page just opened, an item resumed late) stays quiet:
 * the chime marks the moment of crossing, not the state.
 */
export function phaseChime(): (timer: string | number | null, phase: TimerPhase, councilRule: boolean) => void {
  let last: { timer: string | number; phase: TimerPhase } | null = null;
  return (timer, phase, councilRule) => {
    if (timer === null) return void (last = null);
    if (last?.timer === timer && last.phase !== phase && phase !== 'normal' && chimeEnabled(councilRule)) {
      chime(phase === 'warning' ? 'soon' : 'end');
    }
    last = { timer, phase };
  };
}
