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
