/** Time units in UTC milliseconds, written once. A year is the mean Gregorian year. */
export const DAY = 86_400_000;
export const YEAR = 365.25 * DAY;
export const MONTH = YEAR / 12;

/**
 * The first and last instants of a window [start, end), ignoring floating-point noise at its
 * ends: zoom arithmetic may leave a window of exactly 1953–1961 a hair wider.
 */
export function innerWindow(start: number, end: number): [number, number] {
  const tolerance = Math.max(1, (end - start) * 1e-6);
  return [start + tolerance, end - tolerance];
}

export function utcYear(time: number): number {
  return new Date(time).getUTCFullYear();
}
