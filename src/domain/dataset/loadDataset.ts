import { checkerFor, type DatasetChecker } from './datasetCheckers';
import { DatasetLoadError, NOT_JSON, fetchFile } from './fetchFile';
import { applyPatches } from './patches';
import type { ReadTiming } from './readDataset';
import type { Dataset } from './schema';

/** A dataset, and what the page prepared from it while the worker validated it. */
export interface LoadedDataset<T> {
  dataset: Dataset;
  prepared: T;
}

/**
 * Downloads a dataset and reads it twice at once: a checker (a worker, for a large file)
 * validates the file while the page parses its own copy and runs `prepare` (the app indexes the
 * events), so that neither waits for the other and nothing large is copied between them. The
 * page's copy is used only once the file is found valid, with validation's own changes (trimmed
 * text) applied to it. Each step is a `performance` measure named `dataset:…`, which the
 * benchmark reports.
 */
export async function fetchDataset<T>(
  url: string,
  prepare: (dataset: Dataset) => T,
  signal?: AbortSignal,
  chooseChecker: (size: number | null) => DatasetChecker = checkerFor,
): Promise<LoadedDataset<T>> {
  const fetchStart = performance.now();
  const response = await fetchFile(url, 'dataset', signal);
  // Chosen as soon as the size is known, so that its code loads while the body downloads.
  const checker = chooseChecker(contentLength(response));
  try {
    // A Blob, not an ArrayBuffer: the page's main thread then does not copy the body in as it
    // arrives (for 22 MB that kept it busy for as long as the download), and the checker reads
    // the same Blob for itself instead of being sent a copy.
    const file = await response.blob();
    performance.measure('dataset:fetch', { start: fetchStart });
    const { received, verdict } = checker.judge(file);
    const bytesStart = performance.now();
    const bytes = await file.arrayBuffer();
    performance.measure('dataset:bytes', { start: bytesStart });
    // A message to a worker that is still starting waits for a task on this thread: parsing
    // first would hold the worker back until the page had parsed and indexed (1.7 s at 100k).
    const waitStart = performance.now();
    await abortable(received, signal);
    performance.measure('dataset:handover', { start: waitStart });
    const parsed = measured('dataset:read', () => parseJson(bytes, url));
    // An invalid file may make preparing fail; the verdict then says why.
    let prepared = attempt(() => measured('dataset:index', () => prepare(parsed as Dataset)));
    const result = await abortable(verdict, signal);
    recordTimings(result.timings);
    if (!result.ok) {
      const { kind, message, problems, status } = result;
      throw new DatasetLoadError(kind, url, message, { problems, status });
    }
    if (result.needsGeneralEdtf) await import('../dates/edtfGeneral');
    const dataset = applyPatches(parsed, result.patches) as Dataset;
    // Prepared again only when validation changed the data, or a date needed the full grammar.
    if (!prepared.ok || result.patches.length) prepared = { ok: true, value: prepare(dataset) };
    performance.mark('dataset:ready');
    return { dataset, prepared: prepared.value };
  } finally {
    checker.stop();
  }
}

function contentLength(response: Response): number | null {
  const length = Number(response.headers.get('content-length') ?? NaN);
  return Number.isFinite(length) ? length : null;
}

function parseJson(bytes: ArrayBuffer, url: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    throw new DatasetLoadError('json', url, NOT_JSON);
  }
}

function measured<T>(name: string, work: () => T): T {
  const start = performance.now();
  const result = work();
  performance.measure(name, { start });
  return result;
}

function attempt<T>(work: () => T): { ok: true; value: T } | { ok: false } {
  try {
    return { ok: true, value: work() };
  } catch {
    return { ok: false };
  }
}

function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}

/** The worker's steps as measures on the page's own timeline. */
function recordTimings(timings: readonly ReadTiming[]): void {
  for (const { name, start, end } of timings) {
    performance.measure(name, {
      start: start - performance.timeOrigin,
      end: end - performance.timeOrigin,
    });
  }
}

/** Source texts are fetched relative to the dataset file, as the format says. */
export function sourceTextUrl(datasetUrl: string, textPath: string): string {
  return new URL(textPath, new URL(datasetUrl, document.baseURI)).href;
}

export async function fetchSourceText(url: string, signal?: AbortSignal): Promise<string> {
  return (await fetchFile(url, 'source text', signal)).text();
}
