import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centreOn,
  maxZoom,
  NARROWEST_WINDOW,
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
