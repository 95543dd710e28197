import { describe, expect, it, vi } from 'vitest';
import { createTransformStore } from './transformStore';

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
