import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { searchMatches } from '../events/filter';
import { buildTimelineModel } from '../events/items';
import {
  buildStage,
  frameFor,
  frameStillValid,
  screenBox,
  showsMark,
  tabbableMark,
  tracksAbove,
  unitsOnScreen,
  type RenderMark,
  type StageInput,
} from './renderStage';
import { baseX, transformForWindow, type Viewport } from './viewport';

const events: [string, string, string][] = [
  ['ore', '1927', 'origins'],
  ['founded', '1954-05', 'origins'],
  ['iron', '1959-09-26', 'production'],
  ['furnace', '1959-10-01', 'production'],
  ['ribbon', '1959-10-15', 'production'],
  ['union', '1997/1999-06-29', 'origins'],
  ['anniversary', '2024', 'production'],
];

const dataset: Dataset = {
  format: 'timeline/1',
  title: 'T',
  categories: [
    { id: 'origins', label: 'Origins', color: '#1d4ed8' },
    { id: 'production', label: 'Production', color: '#9a3412' },
  ],
  sources: [],
  events: events.map(([id, edtf, category]) => ({
    id,
    title: `The ${id} event`,
    summary: 'Summary',
    date: { edtf, label: edtf, basis: 'stated' as const },
    category,
    evidence: [{ source: 's', exact: 'x' }],
  })),
};
const model = buildTimelineModel(dataset);
const viewport: Viewport = { extent: model.extent, width: 1000 };
const lanes = new Map([
  ['origins', 0],
  ['production', 1],
]);

function input(overrides: Partial<StageInput> = {}): StageInput {
  return {
    items: model.items,
    maxDuration: model.maxDuration,
    viewport,
    frame: frameFor(viewport, { k: 1, x: 0 }),
    laneOf: (id) => lanes.get(id) ?? 0,
    laneCount: 2,
    colorOf: (id) => (id === 'origins' ? '#1d4ed8' : '#9a3412'),
    labelWidth: (title) => title.length * 7,
    selectedId: null,
    matches: null,
    ...overrides,
  };
}

const marks = (units: ReturnType<typeof buildStage>['units']) =>
  units.filter((u): u is RenderMark => u.type === 'mark');

describe('buildStage', () => {
  it('places every event at its time, in its category’s lane and colour', () => {
    const stage = buildStage(input());
    const ids = stage.units.flatMap((u) => (u.type === 'mark' ? [u.id] : []));
    expect(ids.length + stage.units.filter((u) => u.type === 'cluster').length).toBeGreaterThan(0);
    for (const mark of marks(stage.units)) {
      expect(mark.x).toBeCloseTo(baseX(viewport, mark.item.start));
      expect(mark.lane).toBe(lanes.get(mark.item.categoryId));
      expect(mark.color).toBe(mark.item.categoryId === 'origins' ? '#1d4ed8' : '#9a3412');
    }
  });

  it('clusters close events when zoomed out and separates them when zoomed in', () => {
    const wide = buildStage(input());
    // Three events within three weeks cannot share two tracks a century wide.
    expect(wide.units.some((u) => u.type === 'cluster' && u.count >= 2)).toBe(true);
    const close = transformForWindow(viewport, Date.UTC(1959, 8, 1), Date.UTC(1959, 10, 1));
    const zoomed = buildStage(input({ frame: frameFor(viewport, close) }));
    expect(marks(zoomed.units).map((m) => m.id)).toEqual(
      expect.arrayContaining(['iron', 'furnace', 'ribbon']),
    );
    expect(zoomed.units.some((u) => u.type === 'cluster')).toBe(false);
  });

  it('never clusters the selected event, and draws it even outside the frame', () => {
    const selected = buildStage(input({ selectedId: 'ribbon' }));
    const ribbon = marks(selected.units).find((m) => m.id === 'ribbon');
    expect(ribbon?.emphasis).toBe('selected');
    expect(selected.tabbableId).toBe('ribbon');
    const early = transformForWindow(viewport, Date.UTC(1926, 0, 1), Date.UTC(1930, 0, 1));
    const elsewhere = buildStage(
      input({ frame: frameFor(viewport, early), selectedId: 'anniversary' }),
    );
    expect(marks(elsewhere.units).map((m) => m.id)).toContain('anniversary');
  });

  it('dims what the search does not match, clusters included', () => {
    const items = model.items;
    const stage = buildStage(input({ matches: searchMatches(items, 'union') }));
    for (const unit of stage.units) {
      if (unit.type === 'mark')
        expect(unit.emphasis).toBe(unit.id === 'union' ? 'normal' : 'dimmed');
      else expect(unit.dimmed).toBe(true);
    }
  });

  it('gives Tab to the focused mark, else the selected one, else the first', () => {
    expect(buildStage(input()).tabbableId).toBe(marks(buildStage(input()).units)[0]?.id);
    expect(buildStage(input({ selectedId: 'ore', focusedId: 'anniversary' })).tabbableId).toBe(
      'anniversary',
    );
    expect(buildStage(input({ selectedId: 'nope' })).tabbableId).not.toBe('nope');
  });

  it('gives Tab to a focused event the stage shows as a mark, without laying it out again', () => {
    const stage = buildStage(input());
    const shown = marks(stage.units).at(-1)?.id ?? '';
    const clustered = model.items.find((item) => !showsMark(stage, item.id))?.id ?? '';
    expect(showsMark(stage, shown)).toBe(true);
    expect(tabbableMark(stage, shown)).toBe(shown);
    // Folded into a cluster: Tab stays where the stage put it until a layout pins the event.
    expect(clustered).not.toBe('');
    expect(tabbableMark(stage, clustered)).toBe(stage.tabbableId);
    expect(tabbableMark(stage, null)).toBe(stage.tabbableId);
  });

  it('draws nothing, and takes no Tab, when no event is shown', () => {
    expect(buildStage(input({ items: [], laneCount: 0 }))).toEqual({
      units: [],
      tracksPerLane: [],
      tabbableId: null,
    });
  });
});

describe('frames and geometry', () => {
  it('keeps a frame while zooming in a little inside it, not when zooming out or panning away', () => {
    const frame = frameFor(viewport, { k: 2, x: -500 });
    expect(frameStillValid(frame, viewport, { k: 2, x: -500 })).toBe(true);
    expect(frameStillValid(frame, viewport, { k: 3, x: -900 })).toBe(true);
    expect(frameStillValid(frame, viewport, { k: 1.5, x: -300 })).toBe(false);
    expect(frameStillValid(frame, viewport, { k: 2, x: -1900 })).toBe(false);
    expect(frameStillValid(frame, viewport, { k: 40, x: -20_000 })).toBe(false);
  });

  it('maps base positions to the screen as x · k + tx', () => {
    expect(screenBox({ x: 100, width: 10 }, { k: 3, x: -50 })).toEqual({ x: 250, width: 30 });
  });

  it('stacks lanes by their tracks', () => {
    expect(tracksAbove([2, 1, 3])).toEqual([0, 2, 3]);
    expect(tracksAbove([])).toEqual([]);
  });
});

describe('unitsOnScreen', () => {
  // Zoomed to 1930–1950: the frame (half a screen more on each side, 1920–1960) also holds 1954's
  // founding and 1959's events (one of them on its own), beyond the right edge, and 1927's ore, 150 px before the left.
  const transform = transformForWindow(viewport, Date.UTC(1930, 0), Date.UTC(1950, 0));
  const stage = buildStage(input({ frame: frameFor(viewport, transform) }));
  const ids = (keep: (string | null)[] = []) =>
    unitsOnScreen(stage.units, transform, viewport.width, keep).map((u) => u.id);

  it('draws what is on screen, and not what the frame holds beyond it', () => {
    expect(stage.units.map((u) => u.type)).toHaveLength(4);
    expect(ids()).toEqual(['ore']);
  });

  it('keeps a mark whose label may reach the screen from the left', () => {
    // 1947: its label runs to the right, into a window that opens in 1950.
    const nearLeft = transformForWindow(viewport, Date.UTC(1955, 0), Date.UTC(1975, 0));
    const near = buildStage(input({ frame: frameFor(viewport, nearLeft) }));
    const founded = near.units.find((u) => u.id === 'founded')!;
    expect(screenBox(founded, nearLeft).x).toBeLessThan(0);
    expect(screenBox(founded, nearLeft).x).toBeGreaterThan(-400);
    expect(unitsOnScreen(near.units, nearLeft, viewport.width, []).map((u) => u.id)).toContain(
      'founded',
    );
  });

  it('keeps the focused, selected or tabbable event wherever it is', () => {
    expect(ids(['founded', null])).toEqual(['ore', 'founded']);
    expect(ids([null])).toEqual(['ore']);
  });

  it('draws nothing of an empty stage', () => {
    expect(unitsOnScreen([], transform, viewport.width, ['iron'])).toEqual([]);
  });
});
