import type { DatasetVerdict } from './readDataset';

/** A dataset checker, started as the file begins to arrive so that its code loads meanwhile. */
export interface DatasetChecker {
  /** The downloaded file, which the checker reads for itself. */
  judge(file: Blob): Judgement;
  stop(): void;
}

export interface Judgement {
  /** The checker holds the file: the page may now keep its thread busy without holding it up. */
  received: Promise<void>;
  verdict: Promise<DatasetVerdict>;
}

/** What the dataset worker posts: that it has the file, then its verdict. */
export type WorkerMessage = { type: 'received' } | { type: 'verdict'; verdict: DatasetVerdict };

/**
 * Files up to this size (as sent, from Content-Length) are validated on the page: for them,
 * starting a worker (a new JavaScript engine, its code loaded and compiled) takes longer than
 * the validation itself. The Baogang file is 141 KB.
 */
export const SMALL_FILE_BYTES = 256 * 1024;

/** The checker for a file of this size (null: unknown, as for a streamed answer). */
export function checkerFor(size: number | null): DatasetChecker {
  return size !== null && size <= SMALL_FILE_BYTES ? checkOnPage() : checkInWorker();
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
    judge(file) {
      let received!: () => void;
      const receipt = new Promise<void>((resolve) => (received = resolve));
      const verdict = new Promise<DatasetVerdict>((resolve, reject) => {
        worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
          if (data.type === 'received') received();
          else resolve(data.verdict);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          received();
          checkOnPage().judge(file).verdict.then(resolve, reject);
        };
        // A Blob is posted as a handle: the worker reads the bytes on its own thread.
        worker.postMessage(file);
      });
      return { received: receipt, verdict };
    },
    stop: () => worker.terminate(),
  };
}

/** Validates on the page, its code loading from now on. */
export function checkOnPage(): DatasetChecker {
  const reader = import('./readDataset');
  return {
    judge: (file) => ({
      received: Promise.resolve(),
      verdict: reader.then(async ({ judgeDataset }) => judgeDataset(await file.arrayBuffer())),
    }),
    stop: () => {},
  };
}
