import { DatasetLoadError } from '../domain/dataset/loadDataset';

const SHOWN_PROBLEMS = 10;

/** What went wrong loading a dataset, with a way to try again; never a blank page. */
export function DatasetError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const loadError = error instanceof DatasetLoadError ? error : null;
  const problems = loadError?.problems ?? [];
  return (
    <div
      role="alert"
      className="mx-auto mt-10 max-w-2xl rounded-lg border border-red-300 bg-red-50 p-6 text-red-950"
    >
      <h2 className="text-xl font-semibold">The timeline could not be loaded</h2>
      <p className="mt-2">{error.message}</p>
      {loadError && (
        <p className="mt-1 text-sm break-all">
          Dataset: <code>{loadError.url}</code>
        </p>
      )}
      {problems.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">
            {problems.length > SHOWN_PROBLEMS ? `The first ${SHOWN_PROBLEMS} problems` : 'Problems'}
          </h3>
          <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
            {problems.slice(0, SHOWN_PROBLEMS).map((p) => (
              <li key={`${p.path}: ${p.message}`}>
                <code className="font-semibold">{p.path}</code>
                {p.eventId && <> (event “{p.eventId}”)</>}: {p.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="mt-5 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onRetry}
          className="rounded-md bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900"
        >
          Retry
        </button>
        <a className="rounded-md px-4 py-2 font-medium text-red-900 underline" href="?">
          Open the Baogang timeline
        </a>
      </div>
    </div>
  );
}
