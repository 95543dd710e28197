import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAutoplay } from './autoplay';

/** A talk of `count` slides driven by autoplay, as the presenter view drives it. */
function talk(count: number, seconds = 5, playing = true) {
  let slide = 0;
  const autoplay = createAutoplay({ seconds, playing });
  autoplay.onAdvance(() => {
    slide += 1;
    autoplay.showSlide(slide === count - 1);
  });
  autoplay.showSlide(count === 1);
  return { autoplay, slide: () => slide };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createAutoplay', () => {
  it('moves on every N seconds, not before', () => {
    const { slide } = talk(5, 5);
    vi.advanceTimersByTime(4999);
    expect(slide()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(slide()).toBe(1);
    vi.advanceTimersByTime(10_000);
    expect(slide()).toBe(3);
  });

  it('stops at the last slide', () => {
    const { autoplay, slide } = talk(3, 3);
    vi.advanceTimersByTime(60_000);
    expect(slide()).toBe(2);
    expect(autoplay.isPlaying()).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does nothing until played, and holds a pause', () => {
    const { autoplay, slide } = talk(5, 3, false);
    vi.advanceTimersByTime(10_000);
    expect(slide()).toBe(0);
    autoplay.play();
    vi.advanceTimersByTime(3000);
    expect(slide()).toBe(1);
    autoplay.pause();
    vi.advanceTimersByTime(60_000);
    expect(slide()).toBe(1);
    expect(autoplay.isPlaying()).toBe(false);
  });

  it('gives a slide its full time again when one is shown by hand', () => {
    const { autoplay, slide } = talk(5, 5);
    vi.advanceTimersByTime(4000);
    autoplay.showSlide(false);
    vi.advanceTimersByTime(4000);
    expect(slide()).toBe(0);
    vi.advanceTimersByTime(1000);
    expect(slide()).toBe(1);
  });

  it('waits while the page is hidden, then gives the slide its full time', () => {
    const { autoplay, slide } = talk(5, 5);
    vi.advanceTimersByTime(4000);
    autoplay.setHidden(true);
    vi.advanceTimersByTime(60_000);
    expect(slide()).toBe(0);
    expect(autoplay.isPlaying()).toBe(true);
    autoplay.setHidden(false);
    vi.advanceTimersByTime(4999);
    expect(slide()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(slide()).toBe(1);
  });

  it('tells its listeners when it plays or pauses, and stops the countdown when disposed', () => {
    const { autoplay } = talk(5, 5, false);
    const heard = vi.fn();
    autoplay.subscribe(heard);
    autoplay.play();
    autoplay.play();
    autoplay.pause();
    expect(heard).toHaveBeenCalledTimes(2);
    autoplay.play();
    autoplay.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a one-slide talk never plays on', () => {
    const { autoplay, slide } = talk(1, 3);
    expect(autoplay.isPlaying()).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(slide()).toBe(0);
  });
});
