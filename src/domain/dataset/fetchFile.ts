import type { DatasetProblem } from './validate';

/**
 * offline: no network and no saved copy; network: the request failed; http: the server said
 * no (`status`); notFile: a web page came back instead of the file; json: not JSON; invalid: not
 * a dataset (`problems`).
 */
export type DatasetErrorKind = 'offline' | 'network' | 'http' | 'notFile' | 'json' | 'invalid';

export const NOT_JSON = 'The file was downloaded but is not valid JSON.';

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

/**
 * A dataset or source file, or a DatasetLoadError that says why not: the network failed, the
 * server said no, or it answered with a web page (a single-page fallback serving the app's own
 * page for a missing file).
 */
export async function fetchFile(
  url: string,
  what: 'dataset' | 'source text',
  signal?: AbortSignal,
  request = fetch(url, { signal }),
): Promise<Response> {
  const subject = what === 'dataset' ? 'The dataset' : 'The source text';
  let response: Response;
  try {
    response = await request;
  } catch (error) {
    if (signal?.aborted) throw error;
    // Also true in a worker: WorkerNavigator has onLine.
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
