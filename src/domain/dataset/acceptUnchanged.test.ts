import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
// An edited date may need the full grammar: loaded, so that both sides can judge any date.
import '../dates/edtfGeneral';
import { acceptorFor } from './acceptUnchanged';
import { differences } from './patches';
import { datasetSchema } from './schema';

/** What the acceptor must answer: zod accepts the value and gives it back unchanged. */
function zodKeepsAsIs(schema: z.ZodMiniType, value: unknown): boolean {
  const result = z.safeParse(schema, value);
  return result.success && differences(value, result.data).length === 0;
}

function expectAgreement(schema: z.ZodMiniType, values: unknown[]) {
  const accepts = acceptorFor(schema);
  for (const value of values) {
    expect(accepts(value), JSON.stringify(value)).toBe(zodKeepsAsIs(schema, value));
  }
}

describe('an acceptor agrees with zod', () => {
  it('on strict, loose and stripping objects', () => {
    const shape = { a: z.string(), b: z.optional(z.number()) };
    const values = [{ a: 'x' }, { a: 'x', b: 1 }, { a: 'x', c: 1 }, { b: 1 }, [], null, 'a', {}];
    expectAgreement(z.strictObject(shape), values);
    expectAgreement(z.looseObject(shape), values);
    // zod drops an unknown key here: a change, so not "as is".
    expectAgreement(z.object(shape), values);
    expect(acceptorFor(z.object(shape))({ a: 'x', c: 1 })).toBe(false);
  });

  it('on text that zod trims or refuses', () => {
    const plain = z.string().check(z.trim(), z.minLength(1));
    expectAgreement(plain, ['word', ' word', 'word\n', '', '   ', 3, undefined]);
  });

  it('on formats, enums, integers and literals, which zod itself runs', () => {
    expectAgreement(z.url({ protocol: /^https?$/ }), ['https://a.org', 'ftp://a.org', 'no', 1]);
    expectAgreement(z.enum(['a', 'b']), ['a', 'c', undefined]);
    expectAgreement(z.int(), [1, 1.5, '1', Number.MAX_SAFE_INTEGER + 2]);
    expectAgreement(z.literal('timeline/1'), ['timeline/1', 'timeline/2']);
  });

  it('on arrays with bounds, records with checked keys, and refinements', () => {
    expectAgreement(z.array(z.int()).check(z.minLength(1), z.maxLength(2)), [[], [1], [1, 2, 3]]);
    const record = z.record(z.string().check(z.regex(/^[a-z]{2}$/)), z.string());
    expectAgreement(record, [{ zh: 'x' }, { ZH: 'x' }, { zh: 1 }, {}, new Map()]);
    const pair = z
      .strictObject({ from: z.int(), to: z.int() })
      .check(z.refine((p) => p.from <= p.to, 'from after to'));
    expectAgreement(pair, [
      { from: 1, to: 2 },
      { from: 2, to: 1 },
    ]);
  });

  it('leaves a __proto__ key to zod', () => {
    const value = JSON.parse('{"a":"x","__proto__":{"b":1}}') as unknown;
    expect(acceptorFor(z.looseObject({ a: z.string() }))(value)).toBe(false);
  });
});

const readJson = (path: string) =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const baseDatasets = [
  readJson('./test-fixtures/valid.timeline.json'),
  readJson('../../../data/baogang.timeline.json'),
];

type Path = (string | number)[];

/** Every place in a JSON value, as a path from the root. */
function pathsIn(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value))
    return [path, ...value.flatMap((item, i) => pathsIn(item, [...path, i]))];
  if (value && typeof value === 'object')
    return [path, ...Object.entries(value).flatMap(([k, v]) => pathsIn(v, [...path, k]))];
  return [path];
}

type Container = Record<string | number, unknown>;

/** One small edit of the kind an author or a broken export makes. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), value: fc.jsonValue({ maxDepth: 2 }) }),
  fc.record({ kind: fc.constant('pad' as const), space: fc.constantFrom(' ', '\n', '\t') }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'empty' as const, 'repeat' as const) }),
  fc.record({
    kind: fc.constant('add' as const),
    key: fc.constantFrom('extra', 'note', 'label', 'zh', '__proto__'),
    value: fc.jsonValue({ maxDepth: 1 }),
  }),
);

type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function applyEdit(root: unknown, path: Path, change: Edit) {
  const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Container)[key], root);
  const key = path[path.length - 1];
  const target = key === undefined ? root : (parent as Container)[key];
  switch (change.kind) {
    case 'set':
      if (key !== undefined) (parent as Container)[key] = change.value;
      return;
    case 'pad':
      if (key !== undefined && typeof target === 'string')
        (parent as Container)[key] = change.space + target;
      return;
    case 'empty':
      if (key !== undefined && typeof target === 'string') (parent as Container)[key] = '';
      return;
    case 'delete':
      if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
      else if (key !== undefined) delete (parent as Container)[key];
      return;
    case 'repeat':
      // A copied event, source or category: a repeated id.
      if (Array.isArray(parent) && typeof key === 'number') parent.push(structuredClone(target));
      return;
    case 'add':
      if (target && typeof target === 'object' && !Array.isArray(target))
        Object.defineProperty(target, change.key, {
          value: change.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      return;
  }
}

describe('the dataset acceptor', () => {
  it('accepts the real datasets as they are', () => {
    for (const dataset of baseDatasets) expect(acceptorFor(datasetSchema)(dataset)).toBe(true);
  });

  it('agrees with zod on datasets edited at random', () => {
    const accepts = acceptorFor(datasetSchema);
    const edited = fc
      .tuple(
        fc.constantFrom(...baseDatasets),
        fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 3 }),
      )
      .map(([base, edits]) => {
        const copy = structuredClone(base);
        for (const [at, change] of edits) {
          const paths = pathsIn(copy);
          applyEdit(copy, paths[at % paths.length] as Path, change);
        }
        return copy;
      });
    fc.assert(
      fc.property(edited, (dataset) => {
        expect(accepts(dataset)).toBe(zodKeepsAsIs(datasetSchema, dataset));
      }),
      { numRuns: 400 },
    );
  });
});
