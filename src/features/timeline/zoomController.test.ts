import { describe, expect, it, vi } from 'vitest';
import { visibleWindow, type Viewport, type ZoomTransform } from '../../domain/stage/viewport';
import { createZoomController } from './zoomController';

const YEAR = Date.UTC(2001, 0, 1) - Date.UTC(2000, 0, 1);
const [first, last] = [Date.UTC(1900, 0, 1), Date.UTC(2000, 0, 1)];
const viewport: Viewport = { extent: [first, last], width: 1000 };

/** A controller attached to a stand-in for d3-zoom that applies moves at once. */
function attached() {
  const controller = createZoomController();
  const moves: { transform: ZoomTransform; animate: boolean }[] = [];
  controller.attach(viewport, (transform, animate) => {
    moves.push({ transform, animate });
    controller.store.set(transform);
  });
  /** The visible window as fractions of the extent, to a thousandth. */
  const window = () =>
    visibleWindow(viewport, controller.store.get()).map(
      (t) => Math.round(((t - first) / (last - first)) * 1000) / 1000,
    );
  return { controller, moves, window };
}

describe('the zoom controller', () => {
  it('does nothing until the timeline attaches', () => {
    const controller = createZoomController();
    controller.zoomIn();
    controller.showWindow(0, 1);
    expect(controller.store.get()).toEqual({ k: 1, x: 0 });
    expect(controller.viewport()).toBeNull();
  });

  it('zooms in around the centre, or around a time on screen, keeping that time in place', () => {
    const { controller, window } = attached();
    controller.zoomIn();
    expect(window()).toEqual([0.25, 0.75]);
    controller.showAll();
    const anchor = Date.UTC(1910, 0, 1);
    controller.zoomIn(anchor);
    const [start, end] = visibleWindow(viewport, controller.store.get());
    expect((anchor - start) / (end - start)).toBeCloseTo(0.1, 4);
  });

  it('zooms around the centre when the anchor is off screen', () => {
    const { controller, window } = attached();
    controller.showWindow(first + 0.5 * (last - first), first + 0.6 * (last - first));
    controller.zoomOut(Date.UTC(1990, 0, 1));
    expect(window()).toEqual([0.45, 0.65]);
  });

  it('leaves the view alone when the event is already well in view, and pans to it otherwise', () => {
    const { controller, moves } = attached();
    controller.showWindow(Date.UTC(1950, 0, 1), Date.UTC(1960, 0, 1));
    const before = moves.length;
    controller.bringIntoView(Date.UTC(1955, 0, 1), Date.UTC(1955, 0, 2));
    expect(moves.length).toBe(before);
    controller.bringIntoView(Date.UTC(1980, 5, 1), Date.UTC(1980, 5, 2));
    const [start, end] = visibleWindow(viewport, controller.store.get());
    expect(end - start).toBeCloseTo(10 * YEAR, -10);
    expect(start).toBeLessThan(Date.UTC(1980, 5, 1));
    expect(end).toBeGreaterThan(Date.UTC(1980, 5, 1));
  });

  it('says how each move goes into the URL: gestures and commands push, following replaces, quiet writes nothing', () => {
    const { controller } = attached();
    controller.zoomIn();
    expect(controller.takeEndWrite()).toBe('push');
    controller.bringIntoView(Date.UTC(1990, 0, 1), Date.UTC(1990, 0, 2));
    expect(controller.takeEndWrite()).toBe('replace');
    controller.showAll({ quiet: true });
    expect(controller.takeEndWrite()).toBe('none');
    // A gesture goes through d3-zoom alone, after a command has been taken.
    expect(controller.takeEndWrite()).toBe('push');
  });

  it('asks for no animation when told so', () => {
    const { controller, moves } = attached();
    controller.showWindow(Date.UTC(1950, 0, 1), Date.UTC(1960, 0, 1), { animate: false });
    expect(moves.at(-1)?.animate).toBe(false);
  });

  it('tells its viewport to listeners, and forgets a timeline that detaches', () => {
    const controller = createZoomController();
    const listener = vi.fn();
    controller.subscribeViewport(listener);
    const detach = controller.attach(viewport, () => {});
    expect(listener).toHaveBeenCalledTimes(1);
    expect(controller.viewport()).toBe(viewport);
    detach();
    expect(controller.viewport()).toBeNull();
  });
});
