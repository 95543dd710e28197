/**
 * Runs `work` at the browser's next idle moment, or after `timeout` ms at the latest; where there
 * is no requestIdleCallback (Safari), after `fallbackDelay` ms. Returns a function that cancels it.
 * For work after the first picture that must not compete with what the reader is doing.
 */
export function whenIdle(work: () => void, timeout: number, fallbackDelay: number): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(() => work(), { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, fallbackDelay);
  return () => window.clearTimeout(handle);
}
