import type { ReadResult } from './readDataset';

/** Reads a dataset file, given the promise of its bytes. */
export type DatasetReader = (bytes: Promise<ArrayBuffer>) => Promise<ReadResult>;

/**
 * Reads in a worker that is started at once, so that it loads while the file downloads. Where
 * module workers are unavailable (or blocked), the same reader runs on the page, loaded then.
 */
export const readInWorker: DatasetReader = (bytes) => {
  let started: Worker;
  try {
    started = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return readOnPage(bytes);
  }
  return new Promise<ReadResult>((resolve, reject) => {
    const finish = () => started.terminate();
    started.onmessage = (event: MessageEvent<ReadResult>) => {
      finish();
      resolve(event.data);
    };
    started.onerror = (event) => {
      event.preventDefault();
      finish();
      readOnPage(bytes).then(resolve, reject);
    };
    bytes.then(
      // Copied, not transferred: should the worker fail, the page reads the same bytes.
      (buffer) => started.postMessage(buffer),
      (error: unknown) => {
        finish();
        reject(error);
      },
    );
  });
};

const readOnPage: DatasetReader = async (bytes) => {
  const [{ readDataset }, buffer] = await Promise.all([import('./readDataset'), bytes]);
  return readDataset(buffer);
};
