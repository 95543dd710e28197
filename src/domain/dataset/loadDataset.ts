import type { ReadTiming } from './readDataset';
import { readInWorker, type DatasetReader } from './readInWorker';
import type { Dataset } from './schema';
import type { DatasetProblem } from './validate';

export type DatasetErrorKind = 'network' | 'http' | 'json' | 'invalid';

/** Why a dataset could not be shown, in words a reader can act on. */
export class DatasetLoadError extends Error {
  readonly kind: DatasetErrorKind;
  readonly url: string;
  readonly problems: DatasetProblem[];

  constructor(
    kind: DatasetErrorKind,
    url: string,
    message: string,
    problems: DatasetProblem[] = [],
  ) {
    super(message);
    this.name = 'DatasetLoadError';
    this.kind = kind;
    this.url = url;
    this.problems = problems;
  }
}

/**
 * Downloads a dataset and reads it (in a worker, unless another reader is given), loading the
 * full EDTF grammar first when one of its dates needs it. Each step is a `performance` mark or
 * measure named `dataset:…`, which the benchmark reports.
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  read: DatasetReader = readInWorker,
): Promise<Dataset> {
  performance.mark('dataset:fetch-start');
  const bytes = fetchFile(url, 'dataset', signal).then(async (response) => {
    const buffer = await response.arrayBuffer();
    performance.measure('dataset:fetch', 'dataset:fetch-start');
    return buffer;
  });
  const result = await read(bytes);
  recordTimings(result.timings);
  if (!result.ok && result.kind === 'json') {
    throw new DatasetLoadError('json', url, 'The file was downloaded but is not valid JSON.');
  }
  if (!result.ok) {
    const count = result.problems.length;
    throw new DatasetLoadError(
      'invalid',
      url,
      `The file is not a valid timeline dataset: ${count} problem${count > 1 ? 's were' : ' was'} found.`,
      result.problems,
    );
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

/**
 * A dataset or source file, or a DatasetLoadError that says why not: the network failed, the
 * server said no, or it answered with a web page (a single-page fallback serving the app's own
 * page for a missing file).
 */
async function fetchFile(
  url: string,
  what: 'dataset' | 'source text',
  signal?: AbortSignal,
): Promise<Response> {
  const subject = what === 'dataset' ? 'The dataset' : 'The source text';
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(
      'network',
      url,
      `${subject} could not be downloaded: the network request failed.`,
    );
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      'http',
      url,
      `${subject} could not be downloaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
    );
  }
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new DatasetLoadError(
      'http',
      url,
      `There is no ${what} at this address: the server sent a web page instead, so the file is probably missing.`,
    );
  }
  return response;
}
