import { cssLengthPx, type PlotMetrics } from './unitBoxes';

// The gesture painter's code (useGesturePainting.ts), loaded after the first picture.
export { paintUnits } from './paintUnits';
export { unitBoxes } from './unitBoxes';

/** The plot's lengths, from timeline.css's custom properties (they grow on large screens). */
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
