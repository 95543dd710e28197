import { isCommonEdtf } from '../dates/edtf';
import { NOT_JSON, type DatasetErrorKind } from './fetchFile';
import { differences, type Patch } from './patches';
import type { Dataset } from './schema';
import { validateDataset, type DatasetProblem } from './validate';

/** A span of the reading, in epoch ms, so that the page can show it on its own timeline. */
export interface ReadTiming {
  name:
    | 'dataset:worker-start'
    | 'dataset:decode'
    | 'dataset:parse'
    | 'dataset:validate'
    | 'dataset:dates'
    | 'dataset:compare';
  start: number;
  end: number;
}

/** Why a file is not a dataset: plain data, so that a worker can post it. */
export interface ReadFailure {
  ok: false;
  kind: DatasetErrorKind;
  message: string;
  problems: DatasetProblem[];
  /** The HTTP status, for `http`. */
  status?: number;
  timings: ReadTiming[];
}

export type ReadResult =
  | {
      ok: true;
      dataset: Dataset;
      /** The file as parsed, before validation (which trims text). */
      parsed: unknown;
      /** Some date is outside the common forms: the page must load the full EDTF grammar. */
      needsGeneralEdtf: boolean;
      timings: ReadTiming[];
    }
  | ReadFailure;

/**
 * What the dataset worker sends back: not the dataset, which the page parses from the same bytes
 * meanwhile, but whether it is valid, and what validation changed in it.
 */
export type DatasetVerdict =
  { ok: true; patches: Patch[]; needsGeneralEdtf: boolean; timings: ReadTiming[] } | ReadFailure;

const now = () => performance.timeOrigin + performance.now();

function timer(timings: ReadTiming[]) {
  return <T>(name: ReadTiming['name'], work: () => T): T => {
    const start = now();
    const result = work();
    timings.push({ name, start, end: now() });
    return result;
  };
}

/**
 * A downloaded dataset file, read: decoded, parsed as JSON and validated against the schema,
 * with the full EDTF grammar loaded first when one of its dates needs it. A large file is read
 * in a worker (dataset.worker.ts) so that it does not hold up the page; a small one on the page.
 */
export async function readDataset(bytes: ArrayBuffer | Uint8Array): Promise<ReadResult> {
  const timings: ReadTiming[] = [];
  const timed = timer(timings);
  const text = timed('dataset:decode', () => new TextDecoder().decode(bytes));
  let parsed: unknown;
  try {
    parsed = timed('dataset:parse', () => JSON.parse(text) as unknown);
  } catch {
    return { ok: false, kind: 'json', message: NOT_JSON, problems: [], timings };
  }
  const needsGeneralEdtf = timed('dataset:dates', () => usesGeneralEdtf(parsed));
  if (needsGeneralEdtf) await import('../dates/edtfGeneral');
  const result = timed('dataset:validate', () => validateDataset(parsed));
  if (!result.ok) {
    const count = result.problems.length;
    const message = `The file is not a valid timeline dataset: ${count} problem${count > 1 ? 's were' : ' was'} found.`;
    return { ok: false, kind: 'invalid', message, problems: result.problems, timings };
  }
  return { ok: true, dataset: result.dataset, parsed, needsGeneralEdtf, timings };
}

/** The checker's answer for a dataset file's bytes. */
export async function judgeDataset(bytes: ArrayBuffer | Uint8Array): Promise<DatasetVerdict> {
  const read = await readDataset(bytes);
  if (!read.ok) return read;
  const { dataset, parsed, needsGeneralEdtf, timings } = read;
  const patches = timer(timings)('dataset:compare', () => differences(parsed, dataset));
  return { ok: true, patches, needsGeneralEdtf, timings };
}

/**
 * Whether a date of the file, as parsed and not yet validated, is outside the common forms: the
 * full grammar must then be loaded before validating (and by the page, before showing it).
 */
function usesGeneralEdtf(parsed: unknown): boolean {
  const events = (parsed as { events?: unknown } | null)?.events;
  if (!Array.isArray(events)) return false;
  const needsGrammar = (date: unknown) => typeof date === 'string' && !isCommonEdtf(date);
  return events.some((event: unknown) => {
    const { date, evidence } = (event ?? {}) as { date?: { edtf?: unknown }; evidence?: unknown };
    return (
      needsGrammar(date?.edtf) ||
      (Array.isArray(evidence) &&
        evidence.some((item: unknown) => needsGrammar((item as { date?: unknown } | null)?.date)))
    );
  });
}
