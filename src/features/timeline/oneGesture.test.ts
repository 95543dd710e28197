import { describe, expect, it, vi } from 'vitest';
import { oneGesture } from './attachZoom';

describe('overlapping d3-zoom gestures', () => {
  it('are one gesture: a drag begun while the wheel winds down does not end with it', () => {
    const events = { onStart: vi.fn(), onEnd: vi.fn() };
    const gestures = oneGesture(events);
    gestures.start(); // wheel
    gestures.start(); // drag, before the wheel's gesture has ended
    gestures.end({ k: 2, x: 0 }); // the wheel's gesture ends mid-drag
    expect(events.onEnd).not.toHaveBeenCalled();
    gestures.end({ k: 2, x: -40 }); // the drag ends
    expect(events.onStart).toHaveBeenCalledTimes(1);
    expect(events.onEnd).toHaveBeenCalledExactlyOnceWith({ k: 2, x: -40 });
  });

  it('ends at once for an end without a start, and starts again after', () => {
    const events = { onStart: vi.fn(), onEnd: vi.fn() };
    const gestures = oneGesture(events);
    gestures.end({ k: 1, x: 0 });
    gestures.start();
    gestures.end({ k: 1, x: 5 });
    expect(events.onStart).toHaveBeenCalledTimes(1);
    expect(events.onEnd).toHaveBeenCalledTimes(2);
  });
});
