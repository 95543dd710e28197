import { queryOptions } from '@tanstack/react-query';
import { fetchDataset, fetchSourceText, sourceTextUrl } from './loadDataset';

/** Query keys for everything loaded over the network; nothing else lives in the query cache. */
export const datasetKeys = {
  all: ['dataset'] as const,
  dataset: (url: string) => [...datasetKeys.all, url] as const,
  sourceText: (datasetUrl: string, textPath: string) =>
    [...datasetKeys.dataset(datasetUrl), 'source-text', textPath] as const,
};

export function datasetQueryOptions(url: string) {
  return queryOptions({
    queryKey: datasetKeys.dataset(url),
    queryFn: ({ signal }) => fetchDataset(url, signal),
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
  });
}
