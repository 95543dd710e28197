/**
 * The dataset worker: validates a dataset file (JSON parse and schema validation, the costly part
 * for a large file) off the page's main thread, while the page parses the same bytes for itself.
 * The downloaded file (a Blob) in, a DatasetVerdict out. The page starts it before its download, so that zod, the
 * schema and the EDTF grammar load meanwhile.
 */
import type { WorkerMessage } from './datasetCheckers';
import { epochNow, judgeDataset } from './readDataset';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

// From the worker's creation to its code being ready: how long the page waits for it at least.
const started = { start: performance.timeOrigin, end: epochNow() };

scope.onmessage = async (event) => {
  const receiving = epochNow();
  scope.postMessage({ type: 'received' });
  const bytes = await event.data.arrayBuffer();
  const received = { name: 'dataset:receive' as const, start: receiving, end: epochNow() };
  const verdict = await judgeDataset(bytes);
  verdict.timings.unshift({ name: 'dataset:worker-start', ...started }, received);
  scope.postMessage({ type: 'verdict', verdict });
};
