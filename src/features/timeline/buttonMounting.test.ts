import { describe, expect, it } from 'vitest';
import type { RenderCluster } from '../../domain/stage/renderStage';
import { allAtOnce, BUTTONS_PER_FRAME, mountedUnits, nextMounting } from './buttonMounting';

const unit = (id: string): RenderCluster => ({
  type: 'cluster',
  id,
  lane: 0,
  track: 0,
  x: 0,
  width: 1,
  color: '#000000',
  count: 2,
  start: 0,
  end: 1,
  dimmed: false,
});
const units = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, i) => unit(`${prefix}${i}`));
const ids = (list: { id: string }[]) => list.map((u) => u.id);

describe('button mounting', () => {
  it('mounts the first buttons at once, and after none', () => {
    const first = allAtOnce(units('a', 300));
    expect(mountedUnits(first)).toHaveLength(300);
    const afterNone = nextMounting(allAtOnce([]), units('a', 300), []);
    expect(mountedUnits(afterNone)).toHaveLength(300);
  });

  it('keeps the buttons already mounted, and mounts new ones a frame at a time in order', () => {
    const before = allAtOnce(units('a', 10));
    // Half the old units stay (a5–a9), with 100 new ones around them.
    const wanted = [...units('b', 50), ...units('a', 10).slice(5), ...units('c', 50)];
    let mounting = nextMounting(before, wanted, []);
    const frames: number[] = [];
    while (mountedUnits(mounting).length < wanted.length) {
      frames.push(mountedUnits(mounting).length);
      mounting = { ...mounting, rounds: mounting.rounds + 1 };
    }
    expect(frames[0]).toBe(5 + BUTTONS_PER_FRAME);
    expect(frames).toEqual(frames.map((_, i) => 5 + (i + 1) * BUTTONS_PER_FRAME));
    // Whatever is mounted keeps the stage's order.
    const partway = mountedUnits({ ...mounting, rounds: 1 });
    expect(ids(partway)).toEqual(ids(wanted).filter((id) => ids(partway).includes(id)));
    expect(ids(partway).slice(0, BUTTONS_PER_FRAME)).toEqual(ids(units('b', BUTTONS_PER_FRAME)));
  });

  it('mounts the focused, selected or tabbable event at once, wherever it comes', () => {
    const wanted = units('b', 200);
    const mounting = nextMounting(allAtOnce(units('a', 3)), wanted, ['b150', null]);
    expect(ids(mountedUnits(mounting))).toContain('b150');
    expect(mountedUnits(mounting)).toHaveLength(BUTTONS_PER_FRAME + 1);
  });

  it('carries over only what was mounted, not what was still waiting', () => {
    const waiting = nextMounting(allAtOnce(units('a', 1)), units('b', 200), []);
    const next = nextMounting(waiting, units('b', 200), []);
    expect(mountedUnits(next)).toHaveLength(2 * BUTTONS_PER_FRAME);
  });

  it('mounts nothing of nothing', () => {
    expect(mountedUnits(nextMounting(allAtOnce(units('a', 5)), [], ['a1']))).toEqual([]);
  });
});
