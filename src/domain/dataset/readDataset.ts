import { isCommonEdtf } from '../dates/edtf';
import { DatasetLoadError, fetchFile, type DatasetErrorKind } from './fetchFile';
import type { Dataset } from './schema';
import { validateDataset, type DatasetProblem } from './validate';

/** A span of the reading, in epoch ms, so that the page can show it on its own timeline. */
export interface ReadTiming {
  name: 'dataset:fetch' | 'dataset:decode' | 'dataset:parse' | 'dataset:validate' | 'dataset:dates';
  start: number;
  end: number;
}

/** What reading gives: plain data, so that a worker can post it. */
export type ReadResult = (
  | {
      ok: true;
      dataset: Dataset;
      /** Some date is outside the common forms: the page must load the full EDTF grammar. */
      needsGeneralEdtf: boolean;
    }
  | {
      ok: false;
      kind: DatasetErrorKind;
      message: string;
      problems: DatasetProblem[];
      /** The HTTP status, for `http`. */
      status?: number;
    }
) & { timings: ReadTiming[] };

const now = () => performance.timeOrigin + performance.now();

/**
 * Downloads a dataset file and reads it: what the dataset worker does. A file that cannot be
 * downloaded gives the reason as a result, like a file that cannot be read.
 */
export async function downloadAndRead(
  url: string,
  signal?: AbortSignal,
  /** The request, when it was started already (the worker starts it before loading this). */
  request?: Promise<Response>,
): Promise<ReadResult> {
  const start = now();
  let bytes: ArrayBuffer;
  try {
    bytes = await (await fetchFile(url, 'dataset', signal, request)).arrayBuffer();
  } catch (error) {
    if (!(error instanceof DatasetLoadError)) throw error;
    const { kind, message, problems, status } = error;
    return { ok: false, kind, message, problems, status, timings: [] };
  }
  const result = readDataset(bytes);
  result.timings.unshift({ name: 'dataset:fetch', start, end: result.timings[0]?.start ?? now() });
  return result;
}

/**
 * A downloaded dataset file, read: decoded, parsed as JSON and validated against the schema.
 * Pure and synchronous; the page runs it in a worker (dataset.worker.ts) so that a file of
 * 100,000 events does not hold up the page, the checker and the tests run it directly.
 */
export function readDataset(bytes: ArrayBuffer | Uint8Array): ReadResult {
  const timings: ReadTiming[] = [];
  const timed = <T>(name: ReadTiming['name'], work: () => T): T => {
    const start = now();
    const result = work();
    timings.push({ name, start, end: now() });
    return result;
  };

  const text = timed('dataset:decode', () => new TextDecoder().decode(bytes));
  let raw: unknown;
  try {
    raw = timed('dataset:parse', () => JSON.parse(text) as unknown);
  } catch {
    const message = 'The file was downloaded but is not valid JSON.';
    return { ok: false, kind: 'json', message, problems: [], timings };
  }
  const result = timed('dataset:validate', () => validateDataset(raw));
  if (!result.ok) {
    const count = result.problems.length;
    const message = `The file is not a valid timeline dataset: ${count} problem${count > 1 ? 's were' : ' was'} found.`;
    return { ok: false, kind: 'invalid', message, problems: result.problems, timings };
  }
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
