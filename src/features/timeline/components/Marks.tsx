import { memo, type CSSProperties } from 'react';
import type { TimelineItem } from '../../../domain/events/items';

interface EventMarkProps {
  item: TimelineItem;
  label: 'inside' | 'after' | 'none';
  /** Base position and width in px (zoom 1); `positionMarks` turns them into screen positions
   * on every zoom frame. */
  x: number;
  width: number;
  top: string;
  color: string;
  selected: boolean;
  dimmed: boolean;
  tabbable: boolean;
  onActivate: (id: string) => void;
  onFocusMark: (id: string) => void;
}

/** One event: a dot for a day, a bar for a longer period, its title when there is room. */
export const EventMark = memo(function EventMark({
  item,
  label,
  x,
  width,
  top,
  color,
  selected,
  dimmed,
  tabbable,
  onActivate,
  onFocusMark,
}: EventMarkProps) {
  const classes = [
    'tl-unit',
    item.shape === 'point' ? 'tl-point' : 'tl-span',
    item.approximate && 'tl-approx',
    item.uncertain && 'tl-uncertain',
    item.openEnd && 'tl-open-end',
    item.openStart && 'tl-open-start',
    item.disputed && 'tl-disputed',
    selected && 'tl-selected',
    dimmed && 'tl-dim',
  ]
    .filter(Boolean)
    .join(' ');
  const name = `${item.title}, ${item.dateLabel}${item.disputed ? ', sources differ on the date' : ''}`;
  return (
    <button
      type="button"
      className={classes}
      style={{ '--c': color, top } as CSSProperties}
      data-x={x}
      data-w={width}
      data-shape={item.shape}
      aria-label={name}
      aria-current={selected ? 'true' : undefined}
      title={label === 'none' ? name : undefined}
      tabIndex={tabbable ? 0 : -1}
      data-event-id={item.id}
      onClick={() => onActivate(item.id)}
      onFocus={() => onFocusMark(item.id)}
    >
      <span className="tl-shape" aria-hidden="true" />
      {label !== 'none' && (
        <span className={`tl-label tl-label-${label}`} aria-hidden="true">
          {item.title}
        </span>
      )}
    </button>
  );
});

interface ClusterMarkProps {
  id: string;
  count: number;
  rangeLabel: string;
  x: number;
  width: number;
  top: string;
  color: string;
  dimmed: boolean;
  onZoomTo: (id: string) => void;
}

/** Events too close to tell apart at this zoom, shown as one pill with their count. */
export const ClusterMark = memo(function ClusterMark({
  id,
  count,
  rangeLabel,
  x,
  width,
  top,
  color,
  dimmed,
  onZoomTo,
}: ClusterMarkProps) {
  const name = `${count} events, ${rangeLabel}: zoom in to see them`;
  return (
    <button
      type="button"
      className={`tl-unit tl-cluster${dimmed ? ' tl-dim' : ''}`}
      style={{ '--c': color, top } as CSSProperties}
      data-x={x}
      data-w={width}
      data-shape="cluster"
      aria-label={name}
      title={name}
      tabIndex={-1}
      onClick={() => onZoomTo(id)}
    >
      {count}
    </button>
  );
});
