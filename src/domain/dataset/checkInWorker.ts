import type { DatasetVerdict } from './readDataset';

/** A dataset checker, started before the file arrives so that its code loads meanwhile. */
export interface DatasetChecker {
  judge(bytes: ArrayBuffer): Promise<DatasetVerdict>;
  stop(): void;
}

/**
 * Validates in a worker (dataset.worker.ts), so that validating a large file does not hold up
 * the page, which meanwhile parses and indexes its own copy. Where module workers are
 * unavailable, the same code runs on the page, loaded then.
 */
export function checkInWorker(): DatasetChecker {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return checkOnPage();
  }
  return {
    judge: (bytes) =>
      new Promise<DatasetVerdict>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<DatasetVerdict>) => resolve(event.data);
        worker.onerror = (event) => {
          event.preventDefault();
          checkOnPage().judge(bytes).then(resolve, reject);
        };
        // A copy (a fast memory copy, not a transfer): the page reads the same bytes meanwhile.
        worker.postMessage(bytes);
      }),
    stop: () => worker.terminate(),
  };
}

export function checkOnPage(): DatasetChecker {
  return {
    judge: async (bytes) => (await import('./readDataset')).judgeDataset(bytes),
    stop: () => {},
  };
}
