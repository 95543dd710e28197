import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisContext, axisTicks, placedAxis } from './ticks';
import { transformForWindow, type Viewport } from './viewport';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('axisTicks', () => {
  it('shows decades across a century', () => {
    const axis = axisTicks(utc('1925-01-01'), utc('2028-01-01'), 1200);
    expect(axis.unit).toBe('decade');
    expect(axis.ticks.map((t) => t.label)).toEqual([
      '1930',
      '1940',
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2020',
    ]);
    expect(axis.ticks.find((t) => t.label === '2000')?.major).toBe(true);
    expect(axis.context).toBeNull();
  });

  it('shows years across a decade', () => {
    const axis = axisTicks(utc('1954-01-01'), utc('1964-01-01'), 1200);
    expect(axis.unit).toBe('year');
    expect(axis.ticks[0]?.label).toBe('1954');
    expect(axis.ticks).toHaveLength(10);
  });

  it('shows months with the year as context and as a major tick', () => {
    const axis = axisTicks(utc('1959-03-01'), utc('1960-03-01'), 1200);
    expect(axis.unit).toBe('month');
    expect(axis.ticks.map((t) => t.label)).toEqual([
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      '1960',
      'Feb',
    ]);
    expect(axis.ticks.find((t) => t.label === '1960')?.major).toBe(true);
    expect(axis.context).toBe('1959–1960');
  });

  it('shows days with the month as context down to a week', () => {
    const axis = axisTicks(utc('1959-09-22'), utc('1959-09-29'), 1200);
    expect(axis.unit).toBe('day');
    expect(axis.ticks.map((t) => t.label)).toEqual([
      '22 Sep',
      '23 Sep',
      '24 Sep',
      '25 Sep',
      '26 Sep',
      '27 Sep',
      '28 Sep',
    ]);
    expect(axis.context).toBe('September 1959');
    expect(axisTicks(utc('1959-09-28'), utc('1959-10-03'), 1200).context).toBe(
      'September–October 1959',
    );
    expect(axisContext(utc('1959-09-28'), utc('1959-10-03'), 1200)).toBe('September–October 1959');
    expect(axisContext(utc('1925-01-01'), utc('2028-01-01'), 1200)).toBeNull();
  });

  it('keeps ticks at least the minimum spacing apart at any zoom', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc('1800-01-01'), max: utc('2100-01-01') }),
        fc.double({ min: 2 * 86_400_000, max: 300 * 365 * 86_400_000, noNaN: true }),
        fc.integer({ min: 300, max: 2000 }),
        (start, span, width) => {
          const axis = axisTicks(start, start + span, width, 'en', 72);
          const xs = axis.ticks.map((t) => ((t.time - start) / span) * width);
          for (let i = 1; i < xs.length; i++) {
            // Month lengths vary (28–31 days), so allow their unevenness.
            expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(
              72 * (28 / 30.44) - 1e-6,
            );
          }
        },
      ),
    );
  });
});

describe('placedAxis', () => {
  const viewport: Viewport = { extent: [utc('1920-01-01'), utc('2030-01-01')], width: 1100 };

  it('places the ticks of the visible window in whole pixels from the left edge', () => {
    const transform = transformForWindow(viewport, utc('1950-01-01'), utc('1970-01-01'));
    const axis = placedAxis(viewport, transform, 'en');
    expect(axis.ticks.map((tick) => tick.label)).toEqual([
      '1950',
      '1952',
      '1954',
      '1956',
      '1958',
      '1960',
      '1962',
      '1964',
      '1966',
      '1968',
    ]);
    expect(axis.offsets[0]).toBe(0);
    expect(axis.offsets[5]).toBe(550);
    for (const offset of axis.offsets) expect(Number.isInteger(offset)).toBe(true);
  });

  it('writes the labels in the language asked for', () => {
    const transform = transformForWindow(viewport, utc('1959-08-01'), utc('1959-12-01'));
    const en = placedAxis(viewport, transform, 'en');
    const zh = placedAxis(viewport, transform, 'zh');
    expect(en.offsets).toEqual(zh.offsets);
    expect(en.ticks.map((tick) => tick.label)).not.toEqual(zh.ticks.map((tick) => tick.label));
  });
});
