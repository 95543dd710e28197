import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../domain/events/items';
import type { RenderCluster, Stage } from '../../../domain/stage/renderStage';
import { sceneOf } from './scene';

const item = {
  id: 'first-iron',
  title: 'No. 1 blast furnace taps its first iron',
  dateLabel: '26 September 1959',
  start: 0,
  end: 1,
  shape: 'point',
  precision: 'day',
  kind: 'point',
  approximate: true,
  uncertain: false,
  openStart: false,
  openEnd: true,
  categoryId: 'production',
  disputed: true,
  searchText: 'no. 1 blast furnace',
  // What an index's items carry beyond the item: the event, with its sources and passages.
  event: { id: 'first-iron', evidence: [{ quote: 'a passage' }], toString: () => 'x' },
} as unknown as TimelineItem;

const cluster: RenderCluster = {
  type: 'cluster',
  id: 'cluster-1',
  lane: 1,
  track: 0,
  x: 40,
  width: 8,
  color: '#1d4ed8',
  count: 3,
  start: 0,
  end: 5,
  dimmed: true,
};

/** Where the mark is and how it is drawn: the same in the stage and in its scene. */
const placement = {
  lane: 0,
  track: 1,
  x: 10,
  width: 0,
  color: '#b91c1c',
  label: 'after',
  emphasis: 'selected',
} as const;

const stage: Stage = {
  units: [{ type: 'mark', id: item.id, item, ...placement }, cluster],
  tracksPerLane: [2, 1],
  tabbableId: item.id,
};

describe('sceneOf', () => {
  it('keeps what painting reads of each mark and cluster, and nothing of the event', () => {
    const scene = sceneOf(stage);
    expect(scene.units[0]).toEqual({
      type: 'mark',
      id: 'first-iron',
      ...placement,
      item: {
        id: 'first-iron',
        title: 'No. 1 blast furnace taps its first iron',
        shape: 'point',
        approximate: true,
        uncertain: false,
        openStart: false,
        openEnd: true,
        disputed: true,
      },
    });
    expect(scene.units[1]).toEqual(cluster);
    expect(scene.tracksPerLane).toEqual([2, 1]);
  });

  it('can be posted to a worker (the event, which holds a function, could not)', () => {
    expect(() => structuredClone(stage)).toThrow();
    const scene = sceneOf(stage);
    expect(structuredClone(scene)).toEqual(scene);
  });

  it('makes an empty scene of an empty stage', () => {
    expect(sceneOf({ units: [], tracksPerLane: [1], tabbableId: null })).toEqual({
      units: [],
      tracksPerLane: [1],
    });
  });
});
