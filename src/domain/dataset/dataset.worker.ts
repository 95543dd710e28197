/**
 * The dataset worker: downloads a dataset and reads it (JSON parse and schema validation, the
 * costly part for a large file) off the page's main thread. One URL in, one ReadResult out.
 */
import { downloadAndRead } from './readDataset';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = async (event) => scope.postMessage(await downloadAndRead(event.data));
