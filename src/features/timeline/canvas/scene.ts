import type { Language } from '../../../i18n/languages';
import type { Stage } from '../../../domain/stage/renderStage';
import { placedAxis } from '../../../domain/stage/ticks';
import type { Viewport, ZoomTransform } from '../../../domain/stage/viewport';
import { paintAxis, paintOverviewFrame } from './paintGuides';
import { paintUnits, type Context2D } from './paintUnits';
import type { PlotMetrics } from './plotMetrics';
import { unitBoxes, type PaintedUnit, type Scene } from './unitBoxes';

/**
 * What the plot looks like: its lengths, the labels' font, the page's font family and language
 * (for the axis), the viewport, its size in CSS px, pixel ratio; and the overview strip's size,
 * where the painter has a canvas there too.
 */
export interface PaintSetup {
  overview: { width: number; height: number } | null;
  metrics: PlotMetrics;
  font: string;
  fontFamily: string;
  language: Language;
  viewport: Viewport;
  width: number;
  height: number;
  ratio: number;
}

/**
 * A copy of the stage with only what painting reads: a stage's items hold their events, with
 * all their sources and passages, which a worker would otherwise receive as a deep copy.
 */
export function sceneOf(stage: Stage): Scene {
  const units = stage.units.map((unit): PaintedUnit => {
    if (unit.type === 'cluster') return unit;
    const { item } = unit;
    return {
      ...unit,
      item: {
        id: item.id,
        title: item.title,
        shape: item.shape,
        approximate: item.approximate,
        uncertain: item.uncertain,
        openStart: item.openStart,
        openEnd: item.openEnd,
        disputed: item.disputed,
      },
    };
  });
  return { units, tracksPerLane: stage.tracksPerLane };
}

/** The painter's canvases: over the plot, and over the overview strip where there is one. */
export interface PaintContexts {
  plot: Context2D;
  overview: Context2D | null;
}

/**
 * One frame: the canvas sized for the plot (only when the size changed, which clears it), then
 * the axis and the units on screen under the transform, with the keyboard's focus ring on
 * `focusedId`; and the overview's frame.
 */
export function paintScene(
  contexts: PaintContexts,
  scene: Scene,
  setup: PaintSetup,
  transform: ZoomTransform,
  focusedId: string | null,
) {
  const { plot: context, overview } = contexts;
  const { width, height, ratio, metrics, font, viewport, language, fontFamily } = setup;
  fitCanvas(context, width, height, ratio);
  context.clearRect(0, 0, width, height);
  paintAxis(context, placedAxis(viewport, transform, language), height, metrics.rem, fontFamily);
  paintUnits(context, unitBoxes(scene, transform, metrics, width), { metrics, font, focusedId });
  if (!overview || !setup.overview) return;
  fitCanvas(overview, setup.overview.width, setup.overview.height, ratio);
  paintOverviewFrame(overview, setup.overview, viewport, transform);
}

/**
 * The canvas's pixels for a box of `width` × `height` CSS px (set only when they change, which
 * clears it), and drawing in CSS px.
 */
function fitCanvas(context: Context2D, width: number, height: number, ratio: number) {
  const { canvas } = context;
  const [pixelWidth, pixelHeight] = [Math.round(width * ratio), Math.round(height * ratio)];
  if (canvas.width !== pixelWidth || canvas.height !== pixelHeight) {
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
  }
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
}

/** Clears the canvases, so that they hold nothing when they are shown again. */
export function clearCanvases(contexts: PaintContexts) {
  for (const context of [contexts.plot, contexts.overview]) {
    if (!context) continue;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, context.canvas.width, context.canvas.height);
  }
}
