import { queryOptions } from '@tanstack/react-query';
import { DatasetLoadError } from './fetchFile';
import { fetchDataset, fetchSourceText, sourceTextUrl } from './loadDataset';
import type { Dataset, Source, TimelineEvent } from './schema';

/** Query keys for everything loaded over the network; nothing else lives in the query cache. */
export const datasetKeys = {
  all: ['dataset'] as const,
  dataset: (url: string) => [...datasetKeys.all, url] as const,
  sourceText: (datasetUrl: string, textPath: string) =>
    [...datasetKeys.dataset(datasetUrl), 'source-text', textPath] as const,
  sourceChecksum: (datasetUrl: string, textPath: string, sha256: string) =>
    [...datasetKeys.sourceText(datasetUrl, textPath), 'sha256', sha256] as const,
  passageChecks: (datasetUrl: string, eventId: string) =>
    [...datasetKeys.dataset(datasetUrl), 'passage-checks', eventId] as const,
};

/**
 * A dataset, with what `prepare` makes of it while it is validated (see fetchDataset). The key
 * is the URL alone: give one `prepare` per app.
 */
export function datasetQueryOptions<T>(url: string, prepare: (dataset: Dataset) => T) {
  return queryOptions({
    queryKey: datasetKeys.dataset(url),
    queryFn: ({ signal }) => fetchDataset(url, prepare, signal),
    staleTime: Infinity,
    // A dataset that is invalid or missing will not fix itself on a retry.
    retry: false,
  });
}

export function sourceTextQueryOptions(datasetUrl: string, textPath: string) {
  return queryOptions({
    queryKey: datasetKeys.sourceText(datasetUrl, textPath),
    queryFn: ({ signal }) => fetchSourceText(sourceTextUrl(datasetUrl, textPath), signal),
    staleTime: Infinity,
    retry: retryTransient,
  });
}

/** Tries after a failure: at most this many more times. */
const RETRIES = 3;

/**
 * Whether to try a source text again: after a failure that may pass (the network, a server
 * error, "too many requests"), up to three times; not after an answer that will not change
 * (missing, forbidden, a web page instead of the text), which the reader shows at once.
 */
export function retryTransient(failures: number, error: Error): boolean {
  if (failures >= RETRIES) return false;
  if (!(error instanceof DatasetLoadError)) return true;
  if (error.kind === 'network' || error.kind === 'offline') return true;
  const status = error.status ?? 0;
  return error.kind === 'http' && (status >= 500 || status === 408 || status === 429);
}

/**
 * Whether a source text is the one its dataset's `sha256` describes. Enable it only once the text
 * is loaded (the details panel and the reader load it anyway): it hashes the cached text off the
 * first paint and never downloads anything itself.
 */
export function sourceChecksumQueryOptions(
  datasetUrl: string,
  source: Pick<Source, 'text' | 'sha256'>,
) {
  return queryOptions({
    queryKey: datasetKeys.sourceChecksum(datasetUrl, source.text, source.sha256),
    queryFn: async ({ client }) => {
      const [{ checkChecksum }, text] = await Promise.all([
        import('./verifySource'),
        client.ensureQueryData(sourceTextQueryOptions(datasetUrl, source.text)),
      ]);
      return checkChecksum(text, source.sha256);
    },
    staleTime: Infinity,
  });
}

/**
 * Every passage of an event checked against its source text, and those texts against their
 * SHA-256 (see verifySource.ts). The texts go through the source-text query, so the reader
 * reuses them; the anchoring and hashing run after the details panel has painted.
 */
export function passageChecksQueryOptions(
  datasetUrl: string,
  event: Pick<TimelineEvent, 'id' | 'evidence'>,
  sources: ReadonlyMap<string, Source>,
) {
  return queryOptions({
    queryKey: datasetKeys.passageChecks(datasetUrl, event.id),
    // The checking code loads with the first event opened, not with the page.
    queryFn: async ({ client }) =>
      (await import('./verifySource')).checkEventPassages(event.evidence, sources, (source) =>
        client.ensureQueryData(sourceTextQueryOptions(datasetUrl, source.text)),
      ),
    staleTime: Infinity,
  });
}
