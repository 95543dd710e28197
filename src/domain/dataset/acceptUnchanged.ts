import * as z from 'zod/mini';

/**
 * A quick yes to "does the schema accept this value exactly as it is?", for a parsed JSON file.
 *
 * zod/mini parses interpretively and builds a new copy of every object it checks: for 100,000
 * events that is over a second of work and garbage. An acceptor walks the same schema over the
 * value without copying it: objects, arrays, optionals and records are walked here; every other
 * schema (strings with their checks, enums, numbers, dates) and every check and refinement is
 * zod's own, run on the value in place. So the schema stays the single definition.
 *
 * It answers true only when zod would accept the value and give it back unchanged (nothing to
 * trim, no unknown key to strip). Any other answer is "ask zod": it gives the messages, and the
 * changes it makes. acceptUnchanged.test.ts checks this against zod on generated datasets.
 */
export type Acceptor = (value: unknown) => boolean;

type Schema = z.core.$ZodType;
type Payload = z.core.ParsePayload;
interface Check {
  _zod: { def: { when?: (payload: Payload) => boolean }; check(payload: Payload): unknown };
}
interface Def {
  type: string;
  checks?: Check[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  coerce?: boolean;
  keyType?: Schema;
  valueType?: Schema;
}

const SYNC = { async: false } as const;

export function acceptorFor(schema: Schema): Acceptor {
  const def = schema._zod.def as Def;
  const structure = structureAcceptor(schema, def);
  if (!structure) return runInPlace(schema);
  const checks = def.checks ?? [];
  if (checks.length === 0) return structure;
  const checksPass = checksAcceptor(checks);
  return (value) => structure(value) && checksPass(value);
}

/** A schema this walk does not take apart: zod runs it, and must neither complain nor change it. */
function runInPlace(schema: Schema): Acceptor {
  return (value) => {
    const result = schema._zod.run({ value, issues: [] }, SYNC);
    return !(result instanceof Promise) && result.issues.length === 0 && result.value === value;
  };
}

/** The object's or array's own checks and refinements, as zod runs them after its parts. */
function checksAcceptor(checks: Check[]): Acceptor {
  const steps = checks.map((check) => ({ when: check._zod.def.when, zod: check._zod }));
  return (value) => {
    const payload: Payload = { value, issues: [] };
    for (const { when, zod } of steps) {
      if (when && !when(payload)) continue;
      if (zod.check(payload) instanceof Promise) return false;
      if (payload.issues.length > 0 || payload.value !== value) return false;
    }
    return true;
  };
}

function structureAcceptor(schema: Schema, def: Def): Acceptor | undefined {
  switch (def.type) {
    // The plainest leaves, which are most of a dataset, without zod's call overhead. A string
    // with a format (url) or coercion is left to zod: its format check is not in def.checks.
    case 'string':
      return def.coerce || schema._zod.traits.has('$ZodCheck')
        ? undefined
        : (value) => typeof value === 'string';
    case 'enum':
      return enumAcceptor(schema._zod.values);
    case 'object':
      return def.shape && objectAcceptor(def.shape, def.catchall);
    case 'array':
      return def.element && arrayAcceptor(acceptorFor(def.element));
    case 'optional':
      return def.innerType && optionalAcceptor(acceptorFor(def.innerType));
    case 'record':
      return def.keyType && def.valueType && recordAcceptor(def.keyType, def.valueType);
    default:
      return undefined;
  }
}

function enumAcceptor(values: Set<unknown> | undefined): Acceptor | undefined {
  return values && ((value) => values.has(value));
}

function optionalAcceptor(inner: Acceptor): Acceptor {
  return (value) => value === undefined || inner(value);
}

function arrayAcceptor(element: Acceptor): Acceptor {
  return (value) => Array.isArray(value) && value.every((item) => element(item));
}

// zod's own tests of what counts as an object and as a record's plain object.
const { isObject, isPlainObject } = z.core.util;

function objectAcceptor(shape: Record<string, Schema>, catchall: Schema | undefined): Acceptor {
  const fields = new Map(
    Object.entries(shape).map(([key, schema]) => [
      key,
      { required: schema._zod.optin !== 'optional', accepts: acceptorFor(schema) },
    ]),
  );
  const requiredCount = [...fields.values()].filter((field) => field.required).length;
  // Without a catchall zod strips unknown keys (a change); `never` refuses them; `unknown` keeps them.
  const catchallType = (catchall?._zod.def as Def | undefined)?.type;
  const extra: Acceptor =
    catchallType === 'unknown' ? () => true : catchall ? acceptorFor(catchall) : () => false;
  return (value) => {
    if (!isObject(value)) return false;
    // One pass over the value's own keys: V8 reads value[key] in a for-in quickly.
    let required = 0;
    for (const key in value) {
      const field = fields.get(key);
      if (field) {
        if (!field.accepts(value[key])) return false;
        if (field.required) required++;
        // zod never copies a `__proto__` key: leave such a file to zod.
      } else if (key === '__proto__' || !extra(value[key])) return false;
    }
    return required === requiredCount;
  };
}

function recordAcceptor(keyType: Schema, valueType: Schema): Acceptor {
  const acceptsKey = acceptorFor(keyType);
  const acceptsValue = acceptorFor(valueType);
  return (value) => {
    if (!isPlainObject(value)) return false;
    for (const key of Reflect.ownKeys(value)) {
      if (typeof key !== 'string' || key === '__proto__') return false;
      if (!acceptsKey(key) || !acceptsValue(value[key])) return false;
    }
    return true;
  };
}
