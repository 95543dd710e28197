import type { ReadResult } from './readDataset';

/** Downloads and reads a dataset file. */
export type DatasetLoader = (url: string, signal?: AbortSignal) => Promise<ReadResult>;

/**
 * Downloads and reads in a worker (dataset.worker.ts), so that neither the download of a large
 * file nor its parsing and validation hold up the page: the page receives the dataset, ready.
 * Where module workers are unavailable, the same code runs on the page, loaded then.
 */
export const loadInWorker: DatasetLoader = (url, signal) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return loadOnPage(url, signal);
  }
  return new Promise<ReadResult>((resolve, reject) => {
    const stop = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      stop();
      reject(signal.reason);
    });
    worker.onmessage = (event: MessageEvent<ReadResult>) => {
      stop();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      stop();
      loadOnPage(url, signal).then(resolve, reject);
    };
    worker.postMessage(url);
  });
};

const loadOnPage: DatasetLoader = async (url, signal) =>
  (await import('./readDataset')).downloadAndRead(url, signal);
