/**
 * Runs `refit` now, again when the box's width changes (its parent observed: the fitted text changes
 * the height it would report), and once the web fonts are in, since they change what fits. Returns
 * the cleanup for the `$effect` that calls it. The caption's title and its groups of names both fit
 * text to two lines this way.
 */
export function refitOnWidth(node: HTMLElement | undefined, refit: () => void): () => void {
  let width = node?.clientWidth;
  refit();
  const resized = new ResizeObserver(() => {
    if (node?.clientWidth === width) return;
    width = node?.clientWidth;
    refit();
  });
  if (node) resized.observe(node.parentElement ?? node);
  let gone = false;
  void document.fonts?.ready.then(() => gone || refit());
  return () => {
    gone = true;
    resized.disconnect();
  };
}
