import type { RenderCluster } from '../../../domain/stage/renderStage';
import type { PlotMetrics } from './plotMetrics';
import { mixWithWhite, withAlpha, type PaintedMark, type UnitBox } from './unitBoxes';

const INK = '#1c1917';
/** A label not matching the search: lighter, still 7:1 on white (timeline.css, .tl-dim). */
const DIMMED_INK = '#57534e';
const FOCUS = '#2563eb';
const BADGE = '#7c2d12';
const LABEL_GAP = 5;

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

export interface PaintOptions {
  metrics: PlotMetrics;
  /** The labels' font, as the stylesheet sets it. */
  font: string;
  /** Id of the unit whose button has keyboard focus: its ring stays visible while moving. */
  focusedId: string | null;
}

/**
 * Paints units as their buttons look (timeline.css): dots, bars, cluster pills, labels, the cues
 * for circa, uncertain, open ends and disputed dates, dimming, the selection and the focus ring.
 * Used while a zoom or pan is under way, when moving hundreds of buttons every frame would cost
 * far more than painting them (see README.md); the buttons return when the gesture ends.
 */
export function paintUnits(context: Context2D, boxes: UnitBox[], options: PaintOptions) {
  const { metrics, font } = options;
  context.textBaseline = 'middle';
  const clusters: { box: UnitBox; unit: RenderCluster }[] = [];
  const marks: { box: UnitBox; unit: PaintedMark }[] = [];
  for (const box of boxes) {
    shape(context, box, metrics);
    if (box.unit.type === 'cluster') clusters.push({ box, unit: box.unit });
    else marks.push({ box, unit: box.unit });
  }
  // Text after the shapes, one font at a time: setting a canvas font parses it, and switching
  // from label to cluster count and back took a third of a gesture's frames at 1,000 events.
  if (clusters.length) context.font = `700 ${0.75 * metrics.rem}px sans-serif`;
  for (const { box, unit } of clusters) count(context, box, unit);
  const labelFonts = { normal: font, selected: `700 ${font}`, dimmed: `italic ${font}` };
  for (const [emphasis, labelFont] of Object.entries(labelFonts)) {
    const labelled = marks.filter(({ unit }) => unit.label && unit.emphasis === emphasis);
    if (labelled.length) context.font = labelFont;
    for (const { box, unit } of labelled) label(context, box, unit);
  }
  const disputed = marks.filter(({ unit }) => unit.item.disputed);
  if (disputed.length) context.font = `700 ${0.7 * metrics.rem}px sans-serif`;
  for (const { box } of disputed) badge(context, box, metrics.rem);
  const focused = boxes.find((box) => box.unit.id === options.focusedId);
  if (focused) focusRing(context, focused);
}

/** A unit's shape: a cluster's pill, a dot or a bar. Dimmed (not matching the search): faded. */
function shape(context: Context2D, box: UnitBox, metrics: PlotMetrics) {
  const { unit } = box;
  if (unit.type === 'cluster') {
    const fill = unit.dimmed ? mixWithWhite(unit.color, 0.22) : unit.color;
    pill(context, box.x, box.y, box.width, box.height, fill);
    return;
  }
  context.globalAlpha = unit.emphasis === 'dimmed' ? 0.25 : 1;
  if (unit.item.shape === 'point') point(context, box, unit, metrics.mark);
  else bar(context, box, unit);
  context.globalAlpha = 1;
}

/** A cluster's count, its font already set. */
function count(context: Context2D, box: UnitBox, unit: RenderCluster) {
  context.fillStyle = unit.dimmed ? INK : 'white';
  context.textAlign = 'center';
  context.fillText(String(unit.count), box.x + box.width / 2, box.y + box.height / 2);
  context.textAlign = 'left';
}

function focusRing(context: Context2D, box: UnitBox) {
  context.strokeStyle = FOCUS;
  context.lineWidth = 3;
  roundRect(context, box.x - 4.5, box.y - 4.5, box.width + 9, box.height + 9, 4);
  context.stroke();
}

function point(context: Context2D, box: UnitBox, unit: PaintedMark, size: number) {
  const [cx, cy, r] = [box.x + box.width / 2, box.y + box.height / 2, size / 2];
  if (unit.item.approximate) circle(context, cx, cy, r + 5, withAlpha(unit.color, 0.35));
  circle(context, cx, cy, r + 2, 'white');
  if (unit.item.uncertain) {
    circle(context, cx, cy, r, 'white');
    context.setLineDash([3, 2]);
    context.strokeStyle = unit.color;
    context.lineWidth = 2;
    context.beginPath();
    context.arc(cx, cy, r - 1, 0, 2 * Math.PI);
    context.stroke();
    context.setLineDash([]);
  } else circle(context, cx, cy, r, unit.color);
  if (unit.emphasis === 'selected') outline(context, cx - r, cy - r, 2 * r, 2 * r, r + 5);
}

function bar(context: Context2D, box: UnitBox, unit: PaintedMark) {
  const { x, y, width, height } = box;
  const { approximate, uncertain, openStart, openEnd } = unit.item;
  // The fading ends of circa dates and open ends (the stylesheet's mask-image) as a gradient of
  // opacity across the bar.
  const fade = approximate
    ? [0, 0.18, 0.82, 1]
    : openEnd
      ? [null, 0.55, null, 1]
      : openStart
        ? [0, null, 0.45, null]
        : null;
  const paint = (color: string) => {
    if (!fade) return color;
    const gradient = context.createLinearGradient(x, 0, x + width, 0);
    const [fadeIn, solidFrom, solidTo, fadeOut] = fade;
    gradient.addColorStop(0, withAlphaCss(color, fadeIn === 0 ? 0 : 1));
    if (solidFrom !== null) gradient.addColorStop(solidFrom as number, withAlphaCss(color, 1));
    if (solidTo !== null) gradient.addColorStop(solidTo as number, withAlphaCss(color, 1));
    gradient.addColorStop(1, withAlphaCss(color, fadeOut === 1 ? 0 : 1));
    return gradient;
  };
  roundRect(context, x, y, width, height, 3);
  context.fillStyle = paint(mixWithWhite(unit.color, 0.26));
  context.fill();
  context.strokeStyle = paint(mixWithWhite(unit.color, 0.7));
  context.lineWidth = 1;
  if (uncertain) context.setLineDash([4, 3]);
  roundRect(context, x + 0.5, y + 0.5, width - 1, height - 1, 3);
  context.stroke();
  context.setLineDash([]);
  context.fillStyle = paint(mixWithWhite(unit.color, 1));
  context.fillRect(x, y, Math.min(3, width), height);
  if (unit.emphasis === 'selected') outline(context, x, y, width, height, 5);
}

/** A mark's label, in the font its emphasis asks for, already set. */
function label(context: Context2D, box: UnitBox, unit: PaintedMark) {
  const inside = unit.label === 'inside';
  const x = inside ? box.x + LABEL_GAP : box.x + box.width + LABEL_GAP;
  const y = box.y + box.height / 2;
  const ink = unit.emphasis === 'dimmed' ? DIMMED_INK : INK;
  if (inside) {
    // Clipped to the bar; save and restore only for the clip, which nothing else can undo.
    context.save();
    context.beginPath();
    context.rect(x, box.y, Math.max(0, box.width - 2 * LABEL_GAP), box.height);
    context.clip();
    context.fillStyle = ink;
    context.fillText(unit.item.title, x, y);
    context.restore();
    return;
  }
  // The white halo that keeps an outside label readable over lane rules.
  context.strokeStyle = 'white';
  context.lineWidth = 3;
  context.lineJoin = 'round';
  context.strokeText(unit.item.title, x, y);
  context.fillStyle = ink;
  context.fillText(unit.item.title, x, y);
}

/** The "sources differ" badge, its font already set. */
function badge(context: Context2D, box: UnitBox, rem: number) {
  const size = 0.95 * rem;
  const [cx, cy] = [box.x - 0.35 * rem + size / 2, box.y - 0.2 * rem + size / 2];
  circle(context, cx, cy, size / 2, BADGE);
  context.fillStyle = 'white';
  context.textAlign = 'center';
  context.fillText('≠', cx, cy);
  context.textAlign = 'left';
}

function pill(context: Context2D, x: number, y: number, w: number, h: number, color: string) {
  roundRect(context, x - 2, y - 2, w + 4, h + 4, (h + 4) / 2);
  context.fillStyle = 'white';
  context.fill();
  roundRect(context, x, y, w, h, h / 2);
  context.fillStyle = color;
  context.fill();
}

function outline(context: Context2D, x: number, y: number, w: number, h: number, radius: number) {
  context.strokeStyle = INK;
  context.lineWidth = 3;
  roundRect(context, x - 3.5, y - 3.5, w + 7, h + 7, radius);
  context.stroke();
}

function circle(context: Context2D, cx: number, cy: number, r: number, color: string) {
  context.beginPath();
  context.arc(cx, cy, r, 0, 2 * Math.PI);
  context.fillStyle = color;
  context.fill();
}

function roundRect(context: Context2D, x: number, y: number, w: number, h: number, r: number) {
  context.beginPath();
  context.roundRect(x, y, Math.max(0, w), Math.max(0, h), Math.min(r, w / 2, h / 2));
}

/** An `rgb(…)` colour at full or no opacity, for gradient stops. */
function withAlphaCss(rgb: string, alpha: 0 | 1): string {
  return alpha === 1 ? rgb : rgb.replace('rgb(', 'rgba(').replace(')', ',0)');
}
