import { useEffect } from 'react';
import type { UrlSnapshot } from '../domain/url/urlStore';
import type { ZoomController } from '../features/timeline/zoomController';
import { requestedWindow } from './useDatasetView';

/**
 * Back and Forward restore the whole view, the visible window included: when the URL changes
 * by history, the timeline moves to its window (or shows everything), quietly, so that the
 * move does not write a new history entry of its own.
 */
export function useFollowHistory(
  snapshot: UrlSnapshot,
  controller: ZoomController,
  extent: readonly [number, number],
) {
  const { origin, state } = snapshot;
  const { from, to } = state;
  useEffect(() => {
    if (origin !== 'history') return;
    const window = requestedWindow({ from, to }, extent);
    if (window) controller.showWindow(window[0], window[1], { animate: false, quiet: true });
    else controller.showAll({ animate: false, quiet: true });
  }, [snapshot, origin, from, to, controller, extent]);
}
