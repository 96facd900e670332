/**
 * The engine's time as this screen reckons it, refreshed every animation frame while
 * anything reads it. Timers on screen are computed from this and the published state,
 * never counted by ticks (DESIGN §4.3).
 */
import { createSubscriber } from 'svelte/reactivity';
import { live } from './live.svelte';

const subscribe = createSubscriber((update) => {
  let frame = requestAnimationFrame(function loop() {
    update();
    frame = requestAnimationFrame(loop);
  });
  return () => cancelAnimationFrame(frame);
});

/** Engine epoch ms now; reactive: a component that reads it redraws every frame. */
export function engineNow(): number {
  subscribe();
  return live.now();
}
