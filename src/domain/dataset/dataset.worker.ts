/**
 * The dataset worker: validates a dataset file (JSON parse and schema validation, the costly part
 * for a large file) off the page's main thread, while the page parses the same bytes for itself.
 * The bytes in, a DatasetVerdict out. The page starts it before its download, so that zod, the
 * schema and the EDTF grammar load meanwhile.
 */
import { judgeDataset } from './readDataset';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: unknown): void;
};

// From the worker's creation to its code being ready: how long the page waits for it at least.
const started = { start: performance.timeOrigin, end: performance.timeOrigin + performance.now() };

scope.onmessage = async (event) => {
  const verdict = await judgeDataset(event.data);
  verdict.timings.unshift({ name: 'dataset:worker-start', ...started });
  scope.postMessage(verdict);
};
