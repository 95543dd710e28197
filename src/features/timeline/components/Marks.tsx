import { memo, useLayoutEffect, useRef, type CSSProperties } from 'react';
import { yearRangeWords } from '../../../domain/dates/dateWords';
import { innerWindow, utcYear } from '../../../domain/dates/time';
import type { RenderCluster, RenderMark } from '../../../domain/stage/renderStage';
import { useI18n } from '../../../i18n/useI18n';
import type { MarkRegistry } from '../markRegistry';

interface MarkProps<U> {
  unit: U;
  /** Vertical position, a CSS length (it scales with the projector's larger type). */
  top: string;
  registry: MarkRegistry;
}

/** Registers the element with its base position, so zoom frames can move it. */
function useRegistered(
  registry: MarkRegistry,
  id: string,
  x: number,
  width: number,
  shape: 'point' | 'span' | 'cluster',
) {
  const ref = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (ref.current) registry.set(id, { element: ref.current, x, width, shape });
    return () => registry.delete(id);
  }, [registry, id, x, width, shape]);
  return ref;
}

interface EventMarkProps extends MarkProps<RenderMark> {
  tabbable: boolean;
  onActivate: (id: string) => void;
  onFocusMark: (id: string) => void;
}

/** One event: a dot for a day, a bar for a longer period, its title when there is room. */
export const EventMark = memo(function EventMark({
  unit,
  top,
  registry,
  tabbable,
  onActivate,
  onFocusMark,
}: EventMarkProps) {
  const { t } = useI18n();
  const { item, label, emphasis } = unit;
  const ref = useRegistered(registry, unit.id, unit.x, unit.width, item.shape);
  const classes = [
    'tl-unit',
    item.shape === 'point' ? 'tl-point' : 'tl-span',
    item.approximate && 'tl-approx',
    item.uncertain && 'tl-uncertain',
    item.openEnd && 'tl-open-end',
    item.openStart && 'tl-open-start',
    item.disputed && 'tl-disputed',
    emphasis === 'selected' && 'tl-selected',
    emphasis === 'dimmed' && 'tl-dim',
  ]
    .filter(Boolean)
    .join(' ');
  const name = t.timeline.markName(
    item.title,
    item.dateLabel,
    item.disputed,
    item.modality && t.evidence.modalityInName[item.modality],
  );
  return (
    <button
      ref={ref}
      type="button"
      className={classes}
      style={{ '--c': unit.color, top } as CSSProperties}
      aria-label={name}
      aria-current={emphasis === 'selected' ? 'true' : undefined}
      title={label ? undefined : name}
      tabIndex={tabbable ? 0 : -1}
      data-event-id={item.id}
      onClick={() => onActivate(item.id)}
      onFocus={() => onFocusMark(item.id)}
    >
      <span className="tl-shape" aria-hidden="true" />
      {label && (
        <span className={`tl-label tl-label-${label}`} aria-hidden="true">
          {item.title}
        </span>
      )}
    </button>
  );
}, sameProps);

interface ClusterMarkProps extends MarkProps<RenderCluster> {
  onZoomTo: (start: number, end: number) => void;
}

/** Events too close to tell apart at this zoom, shown as one pill with their count. */
export const ClusterMark = memo(function ClusterMark({
  unit,
  top,
  registry,
  onZoomTo,
}: ClusterMarkProps) {
  const { t, language } = useI18n();
  const ref = useRegistered(registry, unit.id, unit.x, unit.width, 'cluster');
  const [first, last] = innerWindow(unit.start, unit.end).map(utcYear) as [number, number];
  const name = t.timeline.clusterName(unit.count, yearRangeWords(first, last, language));
  return (
    <button
      ref={ref}
      type="button"
      className={`tl-unit tl-cluster${unit.dimmed ? ' tl-dim' : ''}`}
      style={{ '--c': unit.color, top } as CSSProperties}
      aria-label={name}
      title={name}
      tabIndex={-1}
      onClick={() => onZoomTo(unit.start, unit.end)}
    >
      {unit.count}
    </button>
  );
}, sameProps);

/**
 * Each layout makes new unit objects; a mark re-renders only when what it draws changed, so a
 * relayout touches the few marks that moved, gained or lost a label, not all of them.
 */
function sameProps<P extends { unit: RenderMark | RenderCluster }>(a: P, b: P): boolean {
  for (const key of Object.keys(a) as (keyof P)[]) {
    if (key === 'unit') continue;
    if (a[key] !== b[key]) return false;
  }
  const [u, v] = [a.unit, b.unit] as unknown as [Record<string, unknown>, Record<string, unknown>];
  for (const key of Object.keys(u)) if (u[key] !== v[key]) return false;
  return true;
}
