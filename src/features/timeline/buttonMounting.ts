import type { RenderUnit } from '../../domain/stage/renderStage';

/**
 * New buttons mounted per animation frame. Mounting a button (React, then style, layout and paint
 * of it, its shape and its label) took about 0.25 ms at 1,000 events, four times that with the CPU
 * slowed 4×: mounted all at once after a gesture, the ~300 of a screen made a task of 75 ms.
 */
export const BUTTONS_PER_FRAME = 40;

export interface Mounting {
  units: readonly RenderUnit[];
  /** Units whose buttons were already mounted, or that must be at once (focus, selection). */
  carried: ReadonlySet<string>;
  /** Frames of new buttons mounted so far. */
  rounds: number;
}

export function allAtOnce(units: readonly RenderUnit[]): Mounting {
  return { units, carried: new Set(units.map((unit) => unit.id)), rounds: 0 };
}

/**
 * How to mount `wanted` after `previous`: the buttons mounted until now stay (none is taken away
 * and mounted again), and so do the ones in `keep`; the others come a frame's worth at a time.
 * The first buttons (after none) are mounted at once, for the first picture.
 */
export function nextMounting(
  previous: Mounting,
  wanted: readonly RenderUnit[],
  keep: readonly (string | null)[],
): Mounting {
  if (previous.units.length === 0) return allAtOnce(wanted);
  const mounted = new Set(mountedUnits(previous).map((unit) => unit.id));
  const carried = wanted.filter((unit) => mounted.has(unit.id) || keep.includes(unit.id));
  return { units: wanted, carried: new Set(carried.map((unit) => unit.id)), rounds: 1 };
}

/** The units carried over, and the first new ones for the frames so far, in the stage's order. */
export function mountedUnits({ units, carried, rounds }: Mounting): RenderUnit[] {
  const limit = rounds * BUTTONS_PER_FRAME;
  let fresh = 0;
  return units.filter((unit) => carried.has(unit.id) || fresh++ < limit);
}
