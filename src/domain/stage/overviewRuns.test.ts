import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { overviewRuns as runsOf } from './overviewRuns';

type Span = { lane: number; x0: number; x1: number };
const overviewRuns = (spans: Span[], laneCount: number, width: number) =>
  runsOf(spans, { lane: (s) => s.lane, x0: (s) => s.x0, x1: (s) => s.x1 }, laneCount, width);

describe('overviewRuns', () => {
  it('merges events that touch or overlap into one run per lane', () => {
    const runs = overviewRuns(
      [
        { lane: 0, x0: 10, x1: 20 },
        { lane: 0, x0: 15, x1: 30 },
        { lane: 0, x0: 30, x1: 31 },
        { lane: 1, x0: 10, x1: 12 },
        { lane: 0, x0: 50.2, x1: 50.3 },
      ],
      2,
      100,
    );
    expect(runs).toEqual([
      { lane: 0, from: 10, to: 32 },
      { lane: 0, from: 50, to: 52 },
      { lane: 1, from: 10, to: 12 },
    ]);
  });

  it('keeps runs inside the strip and ignores unknown lanes', () => {
    expect(
      overviewRuns(
        [
          { lane: 0, x0: -50, x1: 5 },
          { lane: 0, x0: 95, x1: 500 },
          { lane: 3, x0: 10, x1: 20 },
        ],
        1,
        100,
      ),
    ).toEqual([
      { lane: 0, from: 0, to: 5 },
      { lane: 0, from: 95, to: 100 },
    ]);
    expect(overviewRuns([{ lane: 0, x0: 200, x1: 300 }], 1, 100)).toEqual([]);
  });

  it('covers exactly the columns that some event covers', () => {
    const span = fc
      .tuple(
        fc.integer({ min: 0, max: 1 }),
        fc.double({ min: -20, max: 120, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
      )
      .map(([lane, x0, length]) => ({ lane, x0, x1: x0 + length }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 30 }), (spans) => {
        const runs = overviewRuns(spans, 2, 100);
        for (let lane = 0; lane < 2; lane++) {
          for (let x = 0; x < 100; x++) {
            const covered = spans.some(
              (s) =>
                s.lane === lane &&
                Math.floor(s.x0) <= x &&
                x < Math.ceil(Math.max(s.x1, s.x0 + 1.5)),
            );
            const painted = runs.some((r) => r.lane === lane && r.from <= x && x < r.to);
            expect(painted, `lane ${lane} column ${x}`).toBe(covered);
          }
        }
      }),
    );
  });
});
