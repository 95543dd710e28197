import type { TimelineItem } from '../../../domain/events/items';
import {
  buildStage,
  frameFor,
  screenBox,
  tracksAbove,
  type RenderUnit,
  type Stage,
} from '../../../domain/stage/renderStage';
import { axisTicks } from '../../../domain/stage/ticks';
import { visibleWindow, type Viewport, type ZoomTransform } from '../../../domain/stage/viewport';
import type { Language } from '../../../i18n/languages';
import { fitText, type Measure } from '../svg/textLayout';

/** A lane as drawn: one category. */
export interface PictureLane {
  id: string;
  label: string;
  color: string;
}

export interface PlotInput {
  /** The items of the shown categories, in time order (as the screen gets them). */
  items: readonly TimelineItem[];
  maxDuration: number;
  lanes: readonly PictureLane[];
  /** The screen's viewport and transform: the plot is as wide as the screen's and shows its window. */
  viewport: Viewport;
  transform: ZoomTransform;
  matches: ReadonlySet<string> | null;
  selectedId: string | null;
  language: Language;
  /** Size of the labels in px, as the screen draws them; the layout measures them at it. */
  labelSize: number;
  /** The root font size in px: track heights are in rem, as on the screen. */
  rem: number;
  measure: Measure;
}

/** Sizes of the plot, the screen's (timeline.css) in px. */
export interface PlotGeometry {
  axisHeight: number;
  trackHeight: number;
  /** From a track's top to its unit's top, and the unit's height. */
  unitInset: number;
  unitHeight: number;
  /** A point's dot, a short bar's least width, half a cluster pill's least width. */
  mark: number;
  labelPadding: number;
}

export function plotGeometry(rem: number): PlotGeometry {
  return {
    axisHeight: 1.5 * rem,
    trackHeight: 1.75 * rem,
    unitInset: 0.15 * rem,
    unitHeight: 1.45 * rem,
    mark: 12,
    labelPadding: 5,
  };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedUnit {
  unit: RenderUnit;
  /** Where the unit is drawn in the plot, px: a dot's square, a bar, a cluster pill. */
  box: Box;
  /** The label's start and text (cut with an ellipsis inside a bar), or null. */
  label: { x: number; text: string } | null;
}

export interface PlacedPlot {
  width: number;
  height: number;
  geometry: PlotGeometry;
  window: [number, number];
  ticks: { x: number; label: string; major: boolean }[];
  /** Each lane, the y of its top rule and its height. */
  lanes: { lane: PictureLane; top: number; height: number }[];
  /** The units that show within the plot, in drawing order. */
  units: PlacedUnit[];
  stage: Stage;
}

/**
 * The plot as the screen draws it at rest: the same render stage (`buildStage` for
 * `frameFor(viewport, transform)`), the same axis ticks, and each unit's box where the screen
 * puts it (`screenBox`, dots and pills centred on their date). Units wholly outside the plot
 * are left out, as the screen's overflow hides them.
 */
export function placePlot(input: PlotInput): PlacedPlot {
  const { viewport, transform, lanes, labelSize, measure } = input;
  const geometry = plotGeometry(input.rem);
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  const labelFont = { size: labelSize };
  const stage = buildStage({
    items: input.items,
    maxDuration: input.maxDuration,
    viewport,
    frame: frameFor(viewport, transform),
    laneOf: (id) => laneIndex.get(id) ?? 0,
    laneCount: lanes.length,
    colorOf: (id) => lanes[laneIndex.get(id) ?? -1]?.color ?? '',
    labelWidth: (title) => measure(title, labelFont),
    selectedId: input.selectedId,
    focusedId: null,
    matches: input.matches,
  });

  const before = tracksAbove(stage.tracksPerLane);
  const totalTracks = stage.tracksPerLane.reduce((sum, n) => sum + n, 0);
  const { axisHeight, trackHeight, mark, labelPadding } = geometry;
  const width = viewport.width;
  const height = axisHeight + totalTracks * trackHeight + 0.5 * input.rem;

  const units: PlacedUnit[] = [];
  for (const unit of stage.units) {
    const screen = screenBox(unit, transform);
    const y =
      axisHeight + ((before[unit.lane] ?? 0) + unit.track) * trackHeight + geometry.unitInset;
    const [x, boxWidth] =
      unit.type === 'cluster'
        ? [screen.x - mark / 2, Math.max(2 * mark, screen.width + mark)]
        : unit.item.shape === 'point'
          ? [screen.x - mark / 2, mark]
          : [screen.x, Math.max(mark, screen.width)];
    const box: Box = { x, y, width: boxWidth, height: geometry.unitHeight };
    const label = unit.type === 'mark' ? placeLabel(unit.label, unit.item.title, box) : null;
    const right = label
      ? Math.max(box.x + box.width, label.x + measure(label.text, labelFont))
      : box.x + box.width;
    // The badge and the selection ring reach a few px outside the box.
    if (right < -8 || box.x > width + 8) continue;
    units.push({ unit, box, label });
  }

  const window = visibleWindow(viewport, transform);
  const axis = axisTicks(window[0], window[1], width, input.language);
  const ticks = axis.ticks.map((tick) => ({
    x: Math.round(((tick.time - window[0]) / (window[1] - window[0])) * width),
    label: tick.label,
    major: tick.major,
  }));

  return {
    width,
    height,
    geometry,
    window,
    ticks,
    lanes: lanes.map((lane, i) => ({
      lane,
      top: axisHeight + (before[i] ?? 0) * trackHeight,
      height: (stage.tracksPerLane[i] ?? 1) * trackHeight,
    })),
    units,
    stage,
  };

  function placeLabel(where: 'inside' | 'after' | null, title: string, box: Box) {
    if (where === 'after') return { x: box.x + box.width + labelPadding, text: title };
    if (where === 'inside') {
      const fitted = fitText(title, box.width - 2 * labelPadding, labelFont, measure);
      return fitted ? { x: box.x + labelPadding, text: fitted } : null;
    }
    return null;
  }
}
