import { GeneralGrammarMissing, isCommonEdtf } from '../dates/edtf';
import { NOT_JSON, type DatasetErrorKind } from './fetchFile';
import { differences, type Patch } from './patches';
import type { Dataset } from './schema';
import { validateDataset, type DatasetProblem, type ValidationResult } from './validate';

/** A span of the reading, in epoch ms, so that the page can show it on its own timeline. */
export interface ReadTiming {
  name:
    | 'dataset:worker-start'
    | 'dataset:receive'
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

/** Now, in epoch ms: a worker's clock and the page's start at different moments. */
export const epochNow = () => performance.timeOrigin + performance.now();

function timer(timings: ReadTiming[]) {
  return <T>(name: ReadTiming['name'], work: () => T): T => {
    const start = epochNow();
    const result = work();
    timings.push({ name, start, end: epochNow() });
    return result;
  };
}

/**
 * A downloaded dataset file, read: decoded, parsed as JSON and validated against the schema,
 * with the full EDTF grammar loaded when one of its dates needs it. A large file is read
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
  let result: ValidationResult;
  try {
    result = timed('dataset:validate', () => validateDataset(parsed));
  } catch (error) {
    // A date outside the common forms: validated again once the full grammar has loaded.
    if (!(error instanceof GeneralGrammarMissing)) throw error;
    await import('../dates/edtfGeneral');
    result = timed('dataset:validate', () => validateDataset(parsed));
  }
  if (!result.ok) {
    const count = result.problems.length;
    const message = `The file is not a valid timeline dataset: ${count} problem${count > 1 ? 's were' : ' was'} found.`;
    return { ok: false, kind: 'invalid', message, problems: result.problems, timings };
  }
  const { dataset } = result;
  const needsGeneralEdtf = timed('dataset:dates', () => usesGeneralEdtf(dataset));
  return { ok: true, dataset, parsed, needsGeneralEdtf, timings };
}

/** The checker's answer for a dataset file's bytes. */
export async function judgeDataset(bytes: ArrayBuffer | Uint8Array): Promise<DatasetVerdict> {
  const read = await readDataset(bytes);
  if (!read.ok) return read;
  const { dataset, parsed, needsGeneralEdtf, timings } = read;
  const patches = timer(timings)('dataset:compare', () => differences(parsed, dataset));
  return { ok: true, patches, needsGeneralEdtf, timings };
}

/** Whether a date is outside the common forms: the page must then load the full grammar. */
function usesGeneralEdtf(dataset: Dataset): boolean {
  // Validation has just read every date, and isCommonEdtf remembers its answers.
  return dataset.events.some(
    (event) =>
      !isCommonEdtf(event.date.edtf) ||
      event.evidence.some(
        (evidence) => evidence.date !== undefined && !isCommonEdtf(evidence.date),
      ),
  );
}
