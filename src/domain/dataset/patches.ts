/**
 * Where validation changed a dataset: the page parses the file itself while the worker validates
 * its own copy, and zod's output may differ from its input (`plainText` trims). The worker sends
 * the differences, and the page applies them to its copy, so both hold the same dataset.
 */
export interface Patch {
  /** Keys and indexes from the root; empty for the root itself. */
  path: (string | number)[];
  value: unknown;
}

/** The places where `output` differs from `input`, as values to set; none when they are equal. */
export function differences(input: unknown, output: unknown): Patch[] {
  const patches: Patch[] = [];
  // One path, grown and shrunk as the walk goes (copied only for a patch): a dataset of
  // 100,000 events has millions of nodes, and almost never a difference.
  const path: (string | number)[] = [];
  const walk = (a: unknown, b: unknown) => {
    if (Object.is(a, b)) return;
    if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      for (let i = 0; i < b.length; i++) {
        path.push(i);
        walk(a[i], b[i]);
        path.pop();
      }
      return;
    }
    if (isRecord(a) && isRecord(b) && sameKeys(a, b)) {
      for (const key of Object.keys(b)) {
        path.push(key);
        walk(a[key], b[key]);
        path.pop();
      }
      return;
    }
    patches.push({ path: [...path], value: b });
  };
  walk(input, output);
  return patches;
}

/** `target` with the patches set into it (in place, except for a patch of the root). */
export function applyPatches(target: unknown, patches: readonly Patch[]): unknown {
  let root = target;
  for (const { path, value } of patches) {
    if (path.length === 0) {
      root = value;
      continue;
    }
    // A file may hold a "__proto__" key; following it would write into Object.prototype.
    if (path.includes('__proto__')) throw new Error('A patch may not go through "__proto__".');
    let parent = root as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path[path.length - 1] as string | number] = value;
  }
  return root;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameKeys(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((key) => Object.hasOwn(a, key));
}
