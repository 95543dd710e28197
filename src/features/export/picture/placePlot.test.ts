import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../domain/dataset/schema';
import { buildTimelineModel } from '../../../domain/events/items';
import { buildStage, frameFor, screenBox } from '../../../domain/stage/renderStage';
import { transformForWindow, type Viewport } from '../../../domain/stage/viewport';
import type { Measure } from '../svg/textLayout';
import { placePlot, plotGeometry, type PlotInput } from './placePlot';

const measure: Measure = (text, font) => Math.ceil([...text].length * font.size * 0.55);

/** Forty events in two lanes, a few days apart, with long titles: crowded enough to cluster. */
function crowded(): Dataset {
  const dates = Array.from({ length: 40 }, (_, i) => {
    const day = new Date(Date.UTC(1958, 0, 1) + i * 9 * 86_400_000).toISOString().slice(0, 10);
    return i % 5 === 0 ? day.slice(0, 4) : i % 7 === 0 ? `${day.slice(0, 7)}~` : day;
  });
  return {
    format: 'timeline/1',
    title: 'Crowded',
    categories: [
      { id: 'a', label: 'A', color: '#9a3412' },
      { id: 'b', label: 'B', color: '#1d4ed8' },
    ],
    sources: [],
    events: dates.map((edtf, i) => ({
      id: `e${i}`,
      title: `Event number ${i} with a title long enough to collide`,
      summary: 's',
      date: { edtf, label: edtf, basis: 'stated' as const },
      category: i % 3 === 0 ? 'b' : 'a',
      evidence: [{ source: 's', exact: 'x' }],
    })),
  };
}

function input(width: number, from: number, to: number): PlotInput {
  const model = buildTimelineModel(crowded());
  const viewport: Viewport = { extent: model.extent, width };
  return {
    items: model.items,
    maxDuration: model.maxDuration,
    lanes: [
      { id: 'a', label: 'A', color: '#9a3412' },
      { id: 'b', label: 'B', color: '#1d4ed8' },
    ],
    viewport,
    transform: transformForWindow(viewport, from, to),
    matches: new Set(['e3', 'e4']),
    selectedId: 'e8',
    language: 'en',
    labelSize: 13,
    rem: 16,
    measure,
  };
}

describe('placePlot', () => {
  const cases: [string, number, number, number][] = [
    ['the whole span, narrow', 600, Date.UTC(1957, 0, 1), Date.UTC(1960, 0, 1)],
    ['a few months, wide', 1072, Date.UTC(1958, 2, 1), Date.UTC(1958, 7, 1)],
  ];

  it.each(cases)('draws the units the screen draws (%s), where it draws them', (_, w, from, to) => {
    const plot = placePlot(input(w, from, to));
    const { viewport, transform, items, maxDuration, selectedId, matches } = input(w, from, to);
    // What the timeline's useStage builds at rest for the same view.
    const screen = buildStage({
      items,
      maxDuration,
      viewport,
      frame: frameFor(viewport, transform),
      laneOf: (id) => (id === 'a' ? 0 : 1),
      laneCount: 2,
      colorOf: (id) => (id === 'a' ? '#9a3412' : '#1d4ed8'),
      labelWidth: (title) => measure(title, { size: 13 }),
      selectedId,
      focusedId: null,
      matches,
    });
    expect(plot.stage).toEqual(screen);
    expect(screen.units.some((u) => u.type === 'cluster')).toBe(true);

    const onScreen = screen.units.filter((unit) => {
      const box = screenBox(unit, transform);
      return box.x + box.width > 0 && box.x < viewport.width;
    });
    const placed = new Map(plot.units.map((p) => [p.unit.id, p]));
    for (const unit of onScreen) {
      const drawn = placed.get(unit.id);
      expect(drawn?.unit).toEqual(unit);
      const { x } = screenBox(unit, transform);
      const centred = unit.type === 'cluster' || unit.item.shape === 'point';
      expect(drawn?.box.x).toBeCloseTo(centred ? x - 6 : x, 6);
    }
  });

  it('stacks tracks under the axis as the screen does, in rem', () => {
    const plot = placePlot(input(600, Date.UTC(1957, 0, 1), Date.UTC(1960, 0, 1)));
    const g = plotGeometry(16);
    const tracks = plot.stage.tracksPerLane;
    expect(plot.lanes.map((l) => l.top)).toEqual([24, 24 + (tracks[0] as number) * 28]);
    for (const { unit, box } of plot.units) {
      const above = unit.lane === 0 ? 0 : (tracks[0] as number);
      expect(box.y).toBeCloseTo(g.axisHeight + (above + unit.track) * g.trackHeight + 2.4);
    }
    expect(plot.height).toBeCloseTo(24 + (tracks[0]! + tracks[1]!) * 28 + 8);
  });

  it('labels the axis with the screen’s ticks, and cuts labels inside bars to fit', () => {
    const plot = placePlot(input(1072, Date.UTC(1958, 2, 1), Date.UTC(1958, 7, 1)));
    expect(plot.ticks.map((t) => t.label)).toContain('Apr');
    for (const { unit, label, box } of plot.units) {
      if (unit.type !== 'mark' || unit.label !== 'inside' || !label) continue;
      expect(measure(label.text, { size: 13 })).toBeLessThanOrEqual(box.width - 10);
    }
  });
});
