import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatches, differences } from './patches';

const clone = <T>(value: T): T => structuredClone(value);

describe('differences and applyPatches', () => {
  it('finds nothing between equal values', () => {
    const data = { events: [{ id: 'a', title: 'T', tags: [1, 2] }], n: null };
    expect(differences(data, clone(data))).toEqual([]);
  });

  it('gives the trimmed strings of a validated copy as patches that make the page copy equal', () => {
    const input = {
      title: ' Baogang ',
      events: [
        { id: 'a', title: 'x' },
        { id: 'b', title: 'y ' },
      ],
    };
    const output = {
      title: 'Baogang',
      events: [
        { id: 'a', title: 'x' },
        { id: 'b', title: 'y' },
      ],
    };
    const patches = differences(input, output);
    expect(patches).toEqual([
      { path: ['title'], value: 'Baogang' },
      { path: ['events', 1, 'title'], value: 'y' },
    ]);
    const page = clone(input);
    expect(applyPatches(page, patches)).toBe(page);
    expect(page).toEqual(output);
  });

  it('replaces a whole subtree whose shape changed, and the root itself', () => {
    const input = { a: { b: 1 }, list: [1, 2, 3] };
    const output = { a: { b: 1, c: 2 }, list: [1, 2] };
    const page = clone(input);
    applyPatches(page, differences(input, output));
    expect(page).toEqual(output);
    expect(applyPatches([1], differences([1], 'other'))).toBe('other');
  });

  it('refuses a path through "__proto__", which would reach Object.prototype', () => {
    const page = JSON.parse('{"__proto__": {"x": 1}}') as unknown;
    expect(() => applyPatches(page, [{ path: ['__proto__', 'x'], value: 2 }])).toThrow();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('makes any JSON value equal to any other', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (input, output) => {
        const page = clone(input);
        expect(applyPatches(page, differences(input, output))).toEqual(output);
      }),
    );
  });
});
