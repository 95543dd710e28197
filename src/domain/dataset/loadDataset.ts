import { DatasetLoadError, fetchFile } from './fetchFile';
import type { ReadTiming } from './readDataset';
import { loadInWorker, type DatasetLoader } from './loadInWorker';
import type { Dataset } from './schema';

/**
 * Downloads and reads a dataset (in a worker, unless another loader is given), loading the full
 * EDTF grammar first when one of its dates needs it. Each step is a `performance` measure named
 * `dataset:…`, which the benchmark reports.
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  load: DatasetLoader = loadInWorker,
): Promise<Dataset> {
  const result = await load(url, signal);
  recordTimings(result.timings);
  if (!result.ok) {
    const { kind, message, problems, status } = result;
    throw new DatasetLoadError(kind, url, message, { problems, status });
  }
  if (result.needsGeneralEdtf) await import('../dates/edtfGeneral');
  performance.mark('dataset:ready');
  return result.dataset;
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
