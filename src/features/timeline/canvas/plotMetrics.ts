/** The plot's lengths in px, read from its CSS (they grow on a projector-sized screen). */
export interface PlotMetrics {
  axis: number;
  laneLabel: number;
  track: number;
  rem: number;
  /** Width of a point mark, and the smallest width of a bar. */
  mark: number;
}

/**
 * The plot's lengths, from timeline.css's custom properties (they grow on large screens). Read on
 * the page as a gesture starts, and sent to the painter (which may be in a worker).
 */
export function plotMetrics(plot: HTMLElement): PlotMetrics {
  const style = getComputedStyle(plot);
  const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const length = (name: string) => cssLengthPx(style.getPropertyValue(name), rem);
  return {
    axis: length('--axis-h'),
    laneLabel: length('--lane-label-h'),
    track: length('--track-h'),
    mark: length('--mark'),
    rem,
  };
}

/** A length as timeline.css writes its custom properties (`1.75rem`, `12px`, `0rem`), in px. */
export function cssLengthPx(value: string, rem: number): number {
  const match = /^\s*(-?[\d.]+)(px|rem)?\s*$/.exec(value);
  if (!match) return 0;
  const number = Number(match[1]);
  return match[2] === 'rem' ? number * rem : number;
}
