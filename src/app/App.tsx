import { useQuery } from '@tanstack/react-query';
import { datasetQueryOptions } from '../dataset/queries';
import { DatasetError } from './DatasetError';
import { DEFAULT_DATASET, resolveDatasetUrl } from './datasetUrl';

function datasetFromPage(): { url: string; notice?: string } {
  const requested = new URLSearchParams(window.location.search).get('dataset');
  const fallback = resolveDatasetUrl(DEFAULT_DATASET, window.location.href);
  if (!fallback.ok) throw new Error('The default dataset URL cannot be resolved.');
  if (requested === null) return { url: fallback.url };
  const resolved = resolveDatasetUrl(requested, window.location.href);
  return resolved.ok
    ? { url: resolved.url }
    : { url: fallback.url, notice: `The dataset parameter was ignored: ${resolved.reason}.` };
}

export function App() {
  const { url, notice } = datasetFromPage();
  const query = useQuery(datasetQueryOptions(url));

  return (
    <div className="min-h-screen bg-stone-50 text-stone-900">
      {notice && (
        <p role="status" className="bg-amber-100 px-4 py-2 text-amber-950">
          {notice}
        </p>
      )}
      {query.isPending && (
        <p role="status" className="p-8 text-lg">
          Loading the timeline…
        </p>
      )}
      {query.isError && <DatasetError error={query.error} onRetry={() => void query.refetch()} />}
      {query.isSuccess && (
        <header className="px-6 py-5">
          <h1 className="text-3xl font-bold">{query.data.title}</h1>
          {query.data.description && (
            <p className="mt-1 max-w-3xl text-stone-700">{query.data.description}</p>
          )}
          <p className="mt-2 text-stone-600">
            {query.data.events.length} events from {query.data.sources.length} sources
          </p>
        </header>
      )}
    </div>
  );
}
