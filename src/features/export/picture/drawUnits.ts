import type { RenderCluster, RenderMark } from '../../../domain/stage/renderStage';
import { el, safeColor, text } from '../svg/markup';
import type { Box, PlacedUnit, PlotGeometry } from './placePlot';

/** What a unit's tooltip and accessible name say; the screen's words. */
export interface UnitNames {
  mark: (mark: RenderMark) => string;
  cluster: (cluster: RenderCluster) => string;
}

export interface UnitStyle {
  geometry: PlotGeometry;
  rem: number;
  labelSize: number;
  /** Prefix of this picture's ids (masks), so two pictures on one page do not collide. */
  ids: string;
  names: UnitNames;
}

const INK = '#1c1917';
const BADGE = '#7c2d12';

/** `color-mix(in srgb, color share%, white)`, as the screen's CSS mixes a bar's fill. */
export function tint(color: string, share: number): string {
  const hex = safeColor(color).slice(1);
  const channels = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${channels
    .map((c) =>
      Math.round(c * share + 255 * (1 - share))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The gradients and masks the marks' faded ends use (the screen's mask-image gradients). */
export function unitDefs(ids: string): string {
  const gradient = (name: string, stops: [number, string][]) =>
    el(
      'linearGradient',
      { id: `${ids}-g-${name}` },
      ...stops.map(([offset, color]) => el('stop', { offset, 'stop-color': color })),
    );
  const mask = (name: string) =>
    el(
      'mask',
      { id: `${ids}-${name}`, maskContentUnits: 'objectBoundingBox' },
      el('rect', { width: 1, height: 1, fill: `url(#${ids}-g-${name})` }),
    );
  return [
    gradient('fade-both', [
      [0, '#000'],
      [0.18, '#fff'],
      [0.82, '#fff'],
      [1, '#000'],
    ]),
    gradient('fade-end', [
      [0.55, '#fff'],
      [1, '#000'],
    ]),
    gradient('fade-start', [
      [0, '#000'],
      [0.45, '#fff'],
    ]),
    mask('fade-both'),
    mask('fade-end'),
    mask('fade-start'),
  ].join('');
}

/** Every unit, each a group titled with its name, dimmed when the search passes it by. */
export function drawUnits(units: readonly PlacedUnit[], style: UnitStyle): string {
  return units
    .map(({ unit, box, label }) => {
      const name = unit.type === 'mark' ? style.names.mark(unit) : style.names.cluster(unit);
      const dimmed = unit.type === 'mark' ? unit.emphasis === 'dimmed' : unit.dimmed;
      const body =
        unit.type === 'cluster'
          ? drawCluster(unit, box, style)
          : [
              drawMark(unit, box, style),
              unit.emphasis === 'selected' && selectionRing(unit, box),
              label && markLabel(unit, label, box, style),
            ]
              .filter(Boolean)
              .join('');
      return el(
        'g',
        { opacity: dimmed ? 0.25 : null, 'data-unit': unit.type, 'data-id': unit.id },
        el('title', {}, text(name)),
        body,
      );
    })
    .join('');
}

/** A mark's shape with its cues: a dot or a bar, and the ≠ badge when sources disagree. */
export function drawMark(mark: RenderMark, box: Box, style: UnitStyle): string {
  const shape = mark.item.shape === 'point' ? dot(mark, box) : bar(mark, box, style);
  return mark.item.disputed ? shape + badge(box, style.rem) : shape;
}

/** A day: a dot with a white ring; circa adds a faint halo, uncertain a dashed hollow dot. */
function dot(mark: RenderMark, box: Box): string {
  const color = safeColor(mark.color);
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const r = box.width / 2;
  return [
    mark.item.approximate && el('circle', { cx, cy, r: r + 5, fill: color, 'fill-opacity': 0.35 }),
    el('circle', { cx, cy, r: r + 2, fill: '#fff' }),
    mark.item.uncertain
      ? el('circle', {
          cx,
          cy,
          r: r - 1,
          fill: '#fff',
          stroke: color,
          'stroke-width': 2,
          'stroke-dasharray': '3 2',
        })
      : el('circle', { cx, cy, r, fill: color }),
  ]
    .filter(Boolean)
    .join('');
}

/** A period: a tinted bar with a strong left edge; dashed when uncertain, faded when circa or open. */
function bar(mark: RenderMark, box: Box, style: UnitStyle): string {
  const color = safeColor(mark.color);
  const { item } = mark;
  const fade = item.approximate
    ? 'fade-both'
    : item.openEnd
      ? 'fade-end'
      : item.openStart
        ? 'fade-start'
        : null;
  const dash = item.uncertain ? '4 3' : null;
  const { x, y, width, height } = box;
  return el(
    'g',
    { mask: fade && `url(#${style.ids}-${fade})` },
    // Unfilled, it still sets the group's bounding box, which the fade masks are drawn in.
    el('rect', { x, y, width, height, fill: 'none' }),
    el('rect', {
      x: x + 0.5,
      y: y + 0.5,
      width: width - 1,
      height: height - 1,
      rx: 3,
      fill: tint(color, 0.26),
      stroke: tint(color, 0.7),
      'stroke-width': 1,
      'stroke-dasharray': dash,
    }),
    el('line', {
      x1: x + 1.5,
      y1: y,
      x2: x + 1.5,
      y2: y + height,
      stroke: color,
      'stroke-width': 3,
      'stroke-dasharray': dash,
    }),
  );
}

function selectionRing(mark: RenderMark, box: Box): string {
  if (mark.item.shape === 'point') {
    return el('circle', {
      cx: box.x + box.width / 2,
      cy: box.y + box.height / 2,
      r: box.width / 2 + 3.5,
      fill: 'none',
      stroke: INK,
      'stroke-width': 3,
    });
  }
  return el('rect', {
    x: box.x - 3.5,
    y: box.y - 3.5,
    width: box.width + 7,
    height: box.height + 7,
    rx: 5,
    fill: 'none',
    stroke: INK,
    'stroke-width': 3,
  });
}

/** Sources disagree about the date: the ≠ badge at the mark's top left, as on screen. */
function badge(box: Box, rem: number): string {
  const r = 0.475 * rem;
  const cx = box.x - 0.35 * rem + r;
  const cy = box.y - 0.2 * rem + r;
  const size = 0.7 * rem;
  return el(
    'g',
    {},
    el('circle', { cx, cy, r, fill: BADGE }),
    el(
      'text',
      {
        x: cx,
        y: cy + size * 0.36,
        'text-anchor': 'middle',
        'font-size': size,
        'font-weight': 'bold',
        fill: '#fff',
      },
      text('≠'),
    ),
  );
}

function markLabel(
  mark: RenderMark,
  label: { x: number; text: string },
  box: Box,
  style: UnitStyle,
): string {
  // Outside a bar the label gets a white halo, as the screen's text-shadow gives it.
  const halo = mark.label === 'after';
  return el(
    'text',
    {
      x: label.x,
      y: box.y + box.height / 2 + style.labelSize * 0.36,
      'font-size': style.labelSize,
      'font-weight': mark.emphasis === 'selected' ? 'bold' : null,
      fill: INK,
      stroke: halo ? '#fff' : null,
      'stroke-width': halo ? 3 : null,
      'stroke-linejoin': halo ? 'round' : null,
      'paint-order': halo ? 'stroke' : null,
    },
    text(label.text),
  );
}

/** Events too close to tell apart: a pill with their count. */
export function drawCluster(unit: RenderCluster, box: Box, style: UnitStyle): string {
  const color = safeColor(unit.color);
  const r = box.height / 2;
  const size = 0.75 * style.rem;
  return [
    el('rect', {
      x: box.x - 2,
      y: box.y - 2,
      width: box.width + 4,
      height: box.height + 4,
      rx: r + 2,
      fill: '#fff',
    }),
    el('rect', { x: box.x, y: box.y, width: box.width, height: box.height, rx: r, fill: color }),
    el(
      'text',
      {
        x: box.x + box.width / 2,
        y: box.y + r + size * 0.36,
        'text-anchor': 'middle',
        'font-size': size,
        'font-weight': 'bold',
        fill: '#fff',
      },
      text(String(unit.count)),
    ),
  ].join('');
}
