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
