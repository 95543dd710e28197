import { describe, expect, it, vi } from 'vitest';
import { createTransformStore, subscribeOncePerFrame } from './transformStore';

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
});
