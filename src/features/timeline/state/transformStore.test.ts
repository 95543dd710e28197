import { describe, expect, it, vi } from 'vitest';
import { createTransformStore, followTransform, subscribeOncePerFrame } from './transformStore';

describe('the transform store', () => {
  it('tells its listeners about each new transform, and only about new ones', () => {
    const store = createTransformStore({ k: 1, x: 0 });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ k: 2, x: -10 });
    store.set({ k: 2, x: -10 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ k: 2, x: -10 });
    unsubscribe();
    store.set({ k: 3, x: 0 });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('holding what follows the transform', () => {
  it('goes on telling its listeners while held, and tells who waits for the release once', () => {
    const store = createTransformStore({ k: 1, x: 0 });
    const listener = vi.fn();
    const released = vi.fn(() => store.get());
    store.subscribe(listener);
    store.onRelease(released);
    expect(store.isHeld()).toBe(false);
    store.hold(true);
    store.hold(true);
    expect(store.isHeld()).toBe(true);
    store.set({ k: 2, x: 0 });
    store.set({ k: 3, x: 0 });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(released).not.toHaveBeenCalled();
    store.hold(false);
    store.hold(false);
    expect(released).toHaveBeenCalledTimes(1);
    expect(released).toHaveReturnedWith({ k: 3, x: 0 });
  });

  it('tells no one of a release after they unsubscribe, nor of one without a hold', () => {
    const store = createTransformStore({ k: 1, x: 0 });
    const released = vi.fn();
    const unsubscribe = store.onRelease(released);
    store.hold(false);
    expect(released).not.toHaveBeenCalled();
    unsubscribe();
    store.hold(true);
    store.hold(false);
    expect(released).not.toHaveBeenCalled();
  });
});

describe('listening once per frame', () => {
  /** Animation frames that run when the test says. */
  function fakeFrames() {
    const callbacks = new Map<number, FrameRequestCallback>();
    let next = 1;
    return {
      requestAnimationFrame: (callback: FrameRequestCallback) => {
        callbacks.set(next, callback);
        return next++;
      },
      cancelAnimationFrame: (id: number) => void callbacks.delete(id),
      draw() {
        const due = [...callbacks.values()];
        callbacks.clear();
        for (const callback of due) callback(0);
      },
    };
  }

  it('hears many transforms within a frame once, when the frame is drawn', () => {
    const store = createTransformStore({ k: 1, x: 0 });
    const frames = fakeFrames();
    const notify = vi.fn(() => store.get());
    subscribeOncePerFrame(store, notify, frames);
    store.set({ k: 2, x: 0 });
    store.set({ k: 3, x: 0 });
    store.set({ k: 4, x: 0 });
    expect(notify).not.toHaveBeenCalled();
    frames.draw();
    expect(notify).toHaveBeenCalledTimes(1);
    expect(notify).toHaveReturnedWith({ k: 4, x: 0 });
    frames.draw();
    expect(notify).toHaveBeenCalledTimes(1);
    store.set({ k: 5, x: 0 });
    frames.draw();
    expect(notify).toHaveBeenCalledTimes(2);
  });

  it('hears nothing after unsubscribing, not even a frame already asked for', () => {
    const store = createTransformStore({ k: 1, x: 0 });
    const frames = fakeFrames();
    const notify = vi.fn();
    const unsubscribe = subscribeOncePerFrame(store, notify, frames);
    store.set({ k: 2, x: 0 });
    unsubscribe();
    frames.draw();
    store.set({ k: 3, x: 0 });
    frames.draw();
    expect(notify).not.toHaveBeenCalled();
  });

  it('follows the transform once per frame, not while held, and at once on release', () => {
    const store = createTransformStore({ k: 1, x: 0 });
    const frames = fakeFrames();
    const notify = vi.fn(() => store.get());
    const stop = followTransform(store, notify, frames);
    store.set({ k: 2, x: 0 });
    frames.draw();
    expect(notify).toHaveBeenCalledTimes(1);
    store.hold(true);
    store.set({ k: 3, x: 0 });
    frames.draw();
    expect(notify).toHaveBeenCalledTimes(1);
    store.hold(false);
    expect(notify).toHaveBeenCalledTimes(2);
    expect(notify).toHaveReturnedWith({ k: 3, x: 0 });
    stop();
    store.set({ k: 4, x: 0 });
    store.hold(true);
    store.hold(false);
    frames.draw();
    expect(notify).toHaveBeenCalledTimes(2);
  });
});
