import { useCallback, useSyncExternalStore } from 'react';
import { yearRangeWords } from '../../../domain/dates/dateWords';
import { innerWindow, utcYear } from '../../../domain/dates/time';
import { axisContext } from '../../../domain/stage/ticks';
import { visibleWindow, type ZoomTransform } from '../../../domain/stage/viewport';
import { useI18n } from '../../../i18n/useI18n';
import { useTransform } from '../state/transformStore';
import type { ZoomController } from '../zoomController';

/**
 * What the window shows, in words: the span of years, or the year (and month) that month and
 * day ticks leave out. Doubles as the axis's context label; for the toolbar.
 */
export function VisibleRange({ controller }: { controller: ZoomController }) {
  const { t, language } = useI18n();
  const viewport = useSyncExternalStore(controller.subscribeViewport, controller.viewport);
  const select = useCallback(
    (transform: ZoomTransform) => {
      if (!viewport) return '';
      const [start, end] = visibleWindow(viewport, transform);
      const context = axisContext(start, end, viewport.width, language);
      if (context) return context;
      const [first, last] = innerWindow(start, end).map(utcYear) as [number, number];
      return yearRangeWords(first, last, language);
    },
    [viewport, language],
  );
  const label = useTransform(controller.store, select);
  if (!viewport) return null;
  return (
    <span
      title={t.timeline.visiblePeriod}
      className="font-semibold whitespace-nowrap text-stone-800 tabular-nums"
    >
      {label}
    </span>
  );
}
