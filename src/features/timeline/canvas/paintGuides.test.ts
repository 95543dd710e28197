import { describe, expect, it } from 'vitest';
import type { PlacedAxis } from '../../../domain/stage/ticks';
import type { ZoomTransform } from '../../../domain/stage/viewport';
import { paintAxis, paintOverviewFrame } from './paintGuides';
import type { Context2D } from './paintUnits';

/** A 2D context that records what is drawn, with the style in force for each drawing call. */
function recordingContext() {
  const drawn: { call: string; args: unknown[]; fillStyle: unknown; font: unknown }[] = [];
  const state: Record<string, unknown> = {};
  const context = new Proxy(state, {
    get: (target, key: string) =>
      key in target
        ? target[key]
        : (...args: unknown[]) =>
            drawn.push({ call: key, args, fillStyle: target.fillStyle, font: target.font }),
  }) as unknown as Context2D;
  return { context, drawn };
}

const axis: PlacedAxis = {
  unit: 'year',
  context: null,
  ticks: [
    { time: 0, label: '1958', major: false },
    { time: 1, label: '1960', major: true },
    { time: 2, label: '1962', major: false },
  ],
  offsets: [10, 120, 230],
};

describe('paintAxis', () => {
  it('draws a grid line the plot tall at each tick, darker at a major one', () => {
    const { context, drawn } = recordingContext();
    paintAxis(context, axis, 300, 16, 'sans-serif');
    const lines = drawn.filter((d) => d.call === 'fillRect');
    expect(lines.map((d) => d.args)).toEqual([
      [10, 0, 1, 300],
      [120, 0, 1, 300],
      [230, 0, 1, 300],
    ]);
    expect(lines[1]?.fillStyle).not.toBe(lines[0]?.fillStyle);
    expect(lines[2]?.fillStyle).toBe(lines[0]?.fillStyle);
  });

  it('writes each date beside its line, in small type, bold at a major tick', () => {
    const { context, drawn } = recordingContext();
    paintAxis(context, axis, 300, 20, 'Noto Sans');
    const labels = drawn.filter((d) => d.call === 'fillText');
    expect(labels.map((d) => d.args[0]).sort()).toEqual(['1958', '1960', '1962']);
    const major = labels.find((d) => d.args[0] === '1960');
    expect(major?.args.slice(1)).toEqual([125, 15]);
    expect(major?.font).toBe('700 15px Noto Sans');
    expect(labels.find((d) => d.args[0] === '1958')?.font).toBe('400 15px Noto Sans');
  });

  it('draws nothing for an axis without ticks', () => {
    const { context, drawn } = recordingContext();
    paintAxis(context, { ...axis, ticks: [], offsets: [] }, 300, 16, 'sans-serif');
    expect(drawn.filter((d) => d.call === 'fillRect' || d.call === 'fillText')).toEqual([]);
  });
});

describe('paintOverviewFrame', () => {
  const day = 86_400_000;
  const viewport = { extent: [0, 1000 * day], width: 1000 } as const;
  const strip = { width: 500, height: 38 };
  const zoomedIn: ZoomTransform = { k: 4, x: -1000 }; // the second quarter of the extent

  it('outlines the visible window where the strip shows it, over a cleared strip', () => {
    const { context, drawn } = recordingContext();
    paintOverviewFrame(context, strip, viewport, zoomedIn);
    expect(drawn.find((d) => d.call === 'clearRect')?.args).toEqual([0, 0, 500, 38]);
    const [x, y, width, height] = drawn.find((d) => d.call === 'roundRect')?.args as number[];
    // 125 px to 250 px of the strip, inset by half the 2 px border.
    expect([x, y, width, height]).toEqual([126, 1, 123, 36]);
    expect(drawn.map((d) => d.call)).toEqual(expect.arrayContaining(['fill', 'stroke']));
  });

  it('keeps the whole frame on the strip when the whole extent is shown', () => {
    const { context, drawn } = recordingContext();
    paintOverviewFrame(context, strip, viewport, { k: 1, x: 0 });
    expect(drawn.find((d) => d.call === 'roundRect')?.args).toEqual([1, 1, 498, 36, 4]);
  });
});
