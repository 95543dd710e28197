import { useCallback, type CSSProperties, type Ref } from 'react';
import { placedAxis, type PlacedAxis } from '../../../domain/stage/ticks';
import type { Viewport, ZoomTransform } from '../../../domain/stage/viewport';
import { useI18n } from '../../../i18n/useI18n';
import { useTransform, type TransformStore } from '../state/transformStore';

function sameAxis(a: PlacedAxis, b: PlacedAxis): boolean {
  return (
    a.ticks.length === b.ticks.length &&
    a.offsets.every(
      (offset, i) => offset === b.offsets[i] && a.ticks[i]?.label === b.ticks[i]?.label,
    )
  );
}

interface AxisProps {
  viewport: Viewport;
  store: TransformStore;
  /** The axis's layer, which a painted gesture makes transparent (it paints its own axis). */
  ref?: Ref<HTMLDivElement>;
}

/**
 * Grid lines and date labels. Re-rendered at most once per zoom frame, and not at all while a
 * gesture is painted on the canvas, which draws the same axis (useGesturePainting.ts).
 */
export function Axis({ viewport, store, ref }: AxisProps) {
  const { language } = useI18n();
  const select = useCallback(
    (transform: ZoomTransform) => placedAxis(viewport, transform, language),
    [viewport, language],
  );
  const axis = useTransform(store, select, sameAxis);
  return (
    <div ref={ref} aria-hidden="true" className="pointer-events-none absolute inset-0">
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
