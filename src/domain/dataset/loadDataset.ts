import type { Dataset } from './schema';
import { validateDataset, type DatasetProblem } from './validate';

/**
 * offline: no network and no saved copy; network: the request failed; http: the server said
 * no (`status`); notFile: a web page came back instead of the file; json: not JSON; invalid: not
 * a dataset (`problems`).
 */
export type DatasetErrorKind = 'offline' | 'network' | 'http' | 'notFile' | 'json' | 'invalid';

/** Why a dataset could not be shown, in words a reader can act on. */
export class DatasetLoadError extends Error {
  readonly kind: DatasetErrorKind;
  readonly url: string;
  readonly problems: DatasetProblem[];
  /** The HTTP status, for `http`. */
  readonly status?: number;

  constructor(
    kind: DatasetErrorKind,
    url: string,
    message: string,
    details: { problems?: DatasetProblem[]; status?: number } = {},
  ) {
    super(message);
    this.name = 'DatasetLoadError';
    this.kind = kind;
    this.url = url;
    this.problems = details.problems ?? [];
    this.status = details.status;
  }
}

export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  const response = await fetchFile(url, 'dataset', signal);
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new DatasetLoadError('json', url, 'The file was downloaded but is not valid JSON.');
  }
  const result = validateDataset(raw);
  if (!result.ok) {
    const count = result.problems.length;
    throw new DatasetLoadError(
      'invalid',
      url,
      `The file is not a valid timeline dataset: ${count} problem${count > 1 ? 's were' : ' was'} found.`,
      { problems: result.problems },
    );
  }
  return result.dataset;
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
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new DatasetLoadError(
      offline ? 'offline' : 'network',
      url,
      offline
        ? `${subject} could not be downloaded: this device is offline and has no saved copy.`
        : `${subject} could not be downloaded: the network request failed.`,
    );
  }
  if (!response.ok) {
    throw new DatasetLoadError(
      'http',
      url,
      `${subject} could not be downloaded: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`,
      { status: response.status },
    );
  }
  if (response.headers.get('content-type')?.includes('text/html')) {
    throw new DatasetLoadError(
      'notFile',
      url,
      `There is no ${what} at this address: the server sent a web page instead, so the file is probably missing.`,
    );
  }
  return response;
}
