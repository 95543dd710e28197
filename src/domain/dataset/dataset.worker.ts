/**
 * The dataset worker: downloads a dataset and reads it (JSON parse and schema validation, the
 * costly part for a large file) off the page's main thread. One URL in, one ReadResult out.
 * The reader (zod, the schema, the EDTF grammar) loads while the file downloads.
 */
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<string>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = async (event) => {
  const download = fetch(event.data);
  const { downloadAndRead } = await import('./readDataset');
  scope.postMessage(await downloadAndRead(event.data, undefined, download));
};
