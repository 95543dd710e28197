import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centreOn,
  maxZoom,
  NARROWEST_WINDOW,
  overviewFrame,
  transformForWindow,
  visibleWindow,
  zoomAround,
  type Viewport,
} from './viewport';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const viewport: Viewport = { extent: [utc('1920-01-01'), utc('2030-01-01')], width: 1000 };

describe('viewport', () => {
  it('shows the whole extent at zoom 1', () => {
    expect(visibleWindow(viewport, { k: 1, x: 0 })).toEqual([utc('1920-01-01'), utc('2030-01-01')]);
  });

  it('round-trips a window through its transform', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: utc('1920-01-01'), max: utc('2020-01-01') }),
        fc.integer({ min: NARROWEST_WINDOW, max: 10 * 365 * 86_400_000 }),
        (start, span) => {
          const [a, b] = visibleWindow(viewport, transformForWindow(viewport, start, start + span));
          expect(a).toBeCloseTo(start, -3);
          expect(b).toBeCloseTo(start + span, -3);
        },
      ),
    );
  });

  it('widens a window narrower than a week and keeps windows inside the extent', () => {
    const [a, b] = visibleWindow(
      viewport,
      transformForWindow(viewport, utc('1959-09-26'), utc('1959-09-27')),
    );
    expect(b - a).toBeCloseTo(NARROWEST_WINDOW, -3);
    expect((a + b) / 2).toBeCloseTo(utc('1959-09-26') + 43_200_000, -3);
    const [c, d] = visibleWindow(
      viewport,
      transformForWindow(viewport, utc('2025-01-01'), utc('2045-01-01')),
    );
    expect(d).toBeCloseTo(utc('2030-01-01'), -3);
    expect(d - c).toBeCloseTo(utc('2045-01-01') - utc('2025-01-01'), -3);
  });

  it('zooms around an anchor, which stays put', () => {
    const start = { k: 1, x: 0 };
    const zoomed = zoomAround(viewport, start, 2, 250);
    expect(zoomed.k).toBeCloseTo(2);
    const [a, b] = visibleWindow(viewport, zoomed);
    const [c, d] = visibleWindow(viewport, start);
    expect(a + (b - a) / 4).toBeCloseTo(c + (d - c) / 4, -3);
    expect(zoomAround(viewport, start, 0.5, 500)).toEqual({ k: 1, x: 0 });
    expect(zoomAround(viewport, { k: maxZoom(viewport), x: 0 }, 2, 500).k).toBeCloseTo(
      maxZoom(viewport),
    );
  });

  it('centres on a time', () => {
    const t = centreOn(viewport, { k: 10, x: 0 }, utc('1959-01-01'));
    const [a, b] = visibleWindow(viewport, t);
    expect((a + b) / 2).toBeCloseTo(utc('1959-01-01'), -3);
  });
});

describe('overviewFrame', () => {
  it('spans the whole strip at zoom 1, however wide the strip', () => {
    expect(overviewFrame(viewport, { k: 1, x: 0 }, 400)).toMatchObject({ x: 0, width: 400 });
    expect(overviewFrame(viewport, { k: 1, x: 0 }, 800)).toMatchObject({ x: 0, width: 800 });
  });

  it('puts the window where its times fall on the strip', () => {
    const transform = transformForWindow(viewport, utc('1975-01-01'), utc('1986-01-01'));
    const frame = overviewFrame(viewport, transform, 1100);
    // 1100 px for 110 years: 10 px a year, from 1920.
    expect(frame.x).toBeCloseTo(550.4, 0);
    expect(frame.width).toBeCloseTo(110, 0);
    expect([frame.start, frame.end]).toEqual(visibleWindow(viewport, transform));
  });

  it('keeps a frame for a narrow window at least 4 px wide, to be seen and grabbed', () => {
    const transform = transformForWindow(viewport, utc('1959-09-20'), utc('1959-09-27'));
    const frame = overviewFrame(viewport, transform, 1100);
    expect(frame.width).toBe(4);
    expect(frame.x).toBeCloseTo(
      ((utc('1959-09-20') - utc('1920-01-01')) / 86_400_000 / 365.25) * 10,
      0,
    );
  });
});
