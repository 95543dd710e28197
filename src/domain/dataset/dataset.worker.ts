/**
 * The dataset worker: reads a downloaded dataset (JSON parse and schema validation, the costly
 * part for a large file) off the page's main thread. One file in, one ReadResult out.
 */
import { readDataset } from './readDataset';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ArrayBuffer>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => scope.postMessage(readDataset(event.data));
