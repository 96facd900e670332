import type { Engine } from '../../electron/engine/engine';
import { live, type State } from '../../src/lib/live.svelte';

/** The engine's whole state as a console holds it. */
export function stateOf(engine: Engine): State {
  const { revision, slices } = engine.snapshot();
  return { ...slices, revision } as State;
}

/**
 * A view's props over a real engine: `data` (and `live.state`) follow every command, as the
 * console's do, so a test sees what the view makes of each change the engine publishes.
 */
export function followEngine(engine: Engine): { data: State } {
  const props = $state({ data: stateOf(engine) });
  live.state = props.data;
  engine.subscribe(() => {
    props.data = stateOf(engine);
    live.state = props.data;
  });
  return props;
}
