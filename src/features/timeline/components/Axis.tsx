import { useCallback, type CSSProperties } from 'react';
import { axisTicks, type AxisModel } from '../../../domain/stage/ticks';
import { visibleWindow, type Viewport, type ZoomTransform } from '../../../domain/stage/viewport';
import { useI18n } from '../../../i18n/useI18n';
import { useTransform, type TransformStore } from '../state/transformStore';

type PlacedAxis = AxisModel & { offsets: number[] };

function sameAxis(a: PlacedAxis, b: PlacedAxis): boolean {
  return (
    a.ticks.length === b.ticks.length &&
    a.offsets.every(
      (offset, i) => offset === b.offsets[i] && a.ticks[i]?.label === b.ticks[i]?.label,
    )
  );
}

/** Grid lines and date labels; re-renders on zoom frames, which is cheap for a dozen ticks. */
export function Axis({ viewport, store }: { viewport: Viewport; store: TransformStore }) {
  const { language } = useI18n();
  const select = useCallback(
    (transform: ZoomTransform): PlacedAxis => {
      const [start, end] = visibleWindow(viewport, transform);
      const axis = axisTicks(start, end, viewport.width, language);
      const offsets = axis.ticks.map((tick) =>
        Math.round(((tick.time - start) / (end - start)) * viewport.width),
      );
      return { ...axis, offsets };
    },
    [viewport, language],
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
