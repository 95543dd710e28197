import { useCallback, type CSSProperties } from 'react';
import { innerWindow } from '../../../domain/url/viewState';
import { axisContext, axisTicks, type AxisModel } from '../../../domain/stage/ticks';
import { visibleWindow, type Viewport, type ZoomTransform } from '../../../domain/stage/viewport';
import { useTransform, type TransformStore } from '../state/transformStore';

function sameAxis(
  a: AxisModel & { offsets: number[] },
  b: AxisModel & { offsets: number[] },
): boolean {
  return (
    a.ticks.length === b.ticks.length &&
    a.offsets.every(
      (offset, i) => offset === b.offsets[i] && a.ticks[i]?.label === b.ticks[i]?.label,
    )
  );
}

/** Grid lines and date labels; re-renders on zoom frames, which is cheap for a dozen ticks. */
export function Axis({ viewport, store }: { viewport: Viewport; store: TransformStore }) {
  const select = useCallback(
    (transform: ZoomTransform) => {
      const [start, end] = visibleWindow(viewport, transform);
      const axis = axisTicks(start, end, viewport.width);
      const offsets = axis.ticks.map((tick) =>
        Math.round(((tick.time - start) / (end - start)) * viewport.width),
      );
      return { ...axis, offsets };
    },
    [viewport],
  );
  const axis = useTransform(store, select, sameAxis);
  return (
    <div aria-hidden="true" className="pointer-events-none absolute inset-0">
      {axis.ticks.map((tick, i) => (
        <div
          key={tick.time}
          className={`tl-tick${tick.major ? ' tl-tick-major' : ''}`}
          style={{ '--at': `${axis.offsets[i]}px` } as CSSProperties}
        >
          <span
            className={`absolute top-1 left-1 text-xs whitespace-nowrap ${tick.major ? 'font-bold text-stone-800' : 'text-stone-600'}`}
          >
            {tick.label}
          </span>
        </div>
      ))}
    </div>
  );
}

function yearOf(time: number): string {
  const year = new Date(time).getUTCFullYear();
  return year < 0 ? `${-year} BCE` : String(year);
}

/**
 * What the window shows, in words: the span of years, or the year (and month) that month and
 * day ticks leave out. Doubles as the axis's context label.
 */
export function VisibleRange({ viewport, store }: { viewport: Viewport; store: TransformStore }) {
  const select = useCallback(
    (transform: ZoomTransform) => {
      const [start, end] = visibleWindow(viewport, transform);
      const context = axisContext(start, end, viewport.width);
      if (context) return context;
      const [inner0, inner1] = innerWindow(start, end);
      const [first, last] = [yearOf(inner0), yearOf(inner1)];
      return first === last ? first : `${first} – ${last}`;
    },
    [viewport],
  );
  const label = useTransform(store, select);
  return (
    <span
      title="Visible period"
      className="font-semibold whitespace-nowrap text-stone-800 tabular-nums"
    >
      {label}
    </span>
  );
}
