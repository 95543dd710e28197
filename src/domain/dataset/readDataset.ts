import { isCommonEdtf } from '../dates/edtf';
import type { Dataset } from './schema';
import { validateDataset, type DatasetProblem } from './validate';

/** A span of the reading, in epoch ms, so that the page can show it on its own timeline. */
export interface ReadTiming {
  name: 'dataset:decode' | 'dataset:parse' | 'dataset:validate' | 'dataset:dates';
  start: number;
  end: number;
}

export type ReadResult = (
  | {
      ok: true;
      dataset: Dataset;
      /** Some date is outside the common forms: the page must load the full EDTF grammar. */
      needsGeneralEdtf: boolean;
    }
  | { ok: false; kind: 'json' | 'invalid'; problems: DatasetProblem[] }
) & { timings: ReadTiming[] };

/**
 * A downloaded dataset file, read: decoded, parsed as JSON and validated against the schema.
 * Pure and synchronous; the page runs it in a worker (dataset.worker.ts) so that a file of
 * 100,000 events does not hold up the page, the checker and the tests run it directly.
 */
export function readDataset(bytes: ArrayBuffer | Uint8Array): ReadResult {
  const timings: ReadTiming[] = [];
  const timed = <T>(name: ReadTiming['name'], work: () => T): T => {
    const start = performance.timeOrigin + performance.now();
    const result = work();
    timings.push({ name, start, end: performance.timeOrigin + performance.now() });
    return result;
  };

  const text = timed('dataset:decode', () => new TextDecoder().decode(bytes));
  let raw: unknown;
  try {
    raw = timed('dataset:parse', () => JSON.parse(text) as unknown);
  } catch {
    return { ok: false, kind: 'json', problems: [], timings };
  }
  const result = timed('dataset:validate', () => validateDataset(raw));
  if (!result.ok) return { ok: false, kind: 'invalid', problems: result.problems, timings };
  const needsGeneralEdtf = timed('dataset:dates', () => usesGeneralEdtf(result.dataset));
  return { ok: true, dataset: result.dataset, needsGeneralEdtf, timings };
}

function usesGeneralEdtf(dataset: Dataset): boolean {
  return dataset.events.some(
    (event) =>
      !isCommonEdtf(event.date.edtf) ||
      event.evidence.some(
        (evidence) => evidence.date !== undefined && !isCommonEdtf(evidence.date),
      ),
  );
}
