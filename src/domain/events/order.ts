/** A move through events in order: one step either way, or to either end. */
export type Step = 'previous' | 'next' | 'first' | 'last';

/**
 * The index a step leads to in a list of `length` events, from `current` (-1 when none is
 * current: then `fallback`, the first event in view, is where "next" and "previous" start).
 * Stops at the ends; returns -1 for an empty list.
 */
export function stepIndex(length: number, current: number, step: Step, fallback = 0): number {
  if (length === 0) return -1;
  if (step === 'first') return 0;
  if (step === 'last') return length - 1;
  if (current === -1) return Math.min(Math.max(fallback, 0), length - 1);
  const next = current + (step === 'next' ? 1 : -1);
  return Math.min(length - 1, Math.max(0, next));
}

/** The events before and after `id` in an ordered list, and its position (-1 when absent). */
export function neighbours<T extends { id: string }>(
  ordered: readonly T[],
  id: string | null,
): { previous: T | null; next: T | null; index: number } {
  const index = id === null ? -1 : ordered.findIndex((entry) => entry.id === id);
  if (index === -1) return { previous: null, next: null, index };
  return { previous: ordered[index - 1] ?? null, next: ordered[index + 1] ?? null, index };
}
