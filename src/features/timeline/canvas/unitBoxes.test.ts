import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../domain/events/items';
import type { RenderUnit, Stage } from '../../../domain/stage/renderStage';
import { cssLengthPx, type PlotMetrics } from './plotMetrics';
import { mixWithWhite, unitBoxes, withAlpha } from './unitBoxes';

const metrics: PlotMetrics = { axis: 24, laneLabel: 0, track: 28, rem: 16, mark: 12 };

function mark(
  id: string,
  x: number,
  width: number,
  shape: 'point' | 'span',
  lane = 0,
  track = 0,
): RenderUnit {
  const item = { id, shape } as TimelineItem;
  return {
    type: 'mark',
    id,
    item,
    lane,
    track,
    x,
    width,
    color: '#000000',
    label: null,
    emphasis: 'normal',
  };
}

describe('unitBoxes', () => {
  const stage: Stage = {
    units: [
      mark('dot', 100, 1, 'point'),
      mark('bar', 200, 2, 'span', 1, 1),
      {
        type: 'cluster',
        id: 'c',
        lane: 0,
        track: 1,
        x: 300,
        width: 4,
        color: '#000000',
        count: 3,
        start: 0,
        end: 1,
        dimmed: false,
      },
      mark('far', 5000, 1, 'point'),
    ],
    tracksPerLane: [2, 2],
    tabbableId: null,
  };

  it('places buttons as the stylesheet does, zoomed and panned', () => {
    const boxes = unitBoxes(stage, { k: 2, x: -50 }, metrics, 1000);
    const byId = new Map(boxes.map((b) => [b.unit.id, b]));
    // A point is centred on its date and a mark wide.
    expect(byId.get('dot')).toMatchObject({ x: 150 - 6, width: 12, y: 24 + 2.4, height: 28 - 4 });
    // A bar spans its period, at least a mark wide; lane 1 starts below lane 0's two tracks.
    expect(byId.get('bar')).toMatchObject({ x: 350, width: 12, y: 24 + 3 * 28 + 2.4 });
    // A cluster pill starts half a mark early and is at least two marks wide.
    expect(byId.get('c')).toMatchObject({ x: 550 - 6, width: 24, y: 24 + 28 + 2.4 });
  });

  it('leaves out what is far off screen', () => {
    expect(unitBoxes(stage, { k: 1, x: 0 }, metrics, 1000).map((b) => b.unit.id)).not.toContain(
      'far',
    );
    expect(unitBoxes(stage, { k: 1, x: -4500 }, metrics, 1000).map((b) => b.unit.id)).toEqual([
      'far',
    ]);
  });

  it('keeps what a label may carry in from the left, not what begins past the right edge', () => {
    const ids = (x: number) => unitBoxes(stage, { k: 1, x }, metrics, 1000).map((b) => b.unit.id);
    // The dot 300 px before the left edge: its label, drawn after it, may reach the screen.
    expect(ids(-400)).toContain('dot');
    expect(ids(-600)).not.toContain('dot');
    // A dot begins 6 px before its date: at 1024 px it is past the edge even with its ≠ badge
    // (0.35rem to the left); at 994 px it is on screen.
    expect(ids(930)).not.toContain('dot');
    expect(ids(900)).toContain('dot');
  });
});

describe('colours', () => {
  it('mixes with white as color-mix does, and adds opacity', () => {
    expect(mixWithWhite('#9a3412', 0.26)).toBe('rgb(229,202,193)');
    expect(mixWithWhite('#000000', 1)).toBe('rgb(0,0,0)');
    expect(withAlpha('#1d4ed8', 0.35)).toBe('rgba(29,78,216,0.35)');
  });
});

describe('cssLengthPx', () => {
  it('reads the lengths the stylesheet uses', () => {
    expect(cssLengthPx('1.75rem', 16)).toBe(28);
    expect(cssLengthPx(' 12px', 16)).toBe(12);
    expect(cssLengthPx('0rem', 16)).toBe(0);
    expect(cssLengthPx('calc(1px + 1rem)', 16)).toBe(0);
  });
});
