import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Folders served besides the built app, for the peer page: its own files and the peer library. */
const EXTRA = ['/bench/peer/', '/node_modules/vis-timeline/'];

/**
 * A local server for the benchmark: the built app from `dist/`, the synthetic datasets at
 * `/bench/synthetic-N.json`, and the vis-timeline peer page at `/bench/peer/vis-timeline.html`.
 * Resolves to the server and its port.
 */
export async function startBenchServer(
  dist: string,
  datasets: ReadonlyMap<string, string>,
): Promise<{ server: Server; port: number }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const generated = datasets.get(path);
    // Content-Length, as a static file server sends it: the app chooses where to validate a
    // dataset by its size.
    if (generated) {
      const body = Buffer.from(generated);
      response
        .writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
        .end(body);
      return;
    }
    const file = EXTRA.some((prefix) => path.startsWith(prefix))
      ? join('.', normalize(path))
      : join(dist, normalize(path === '/' ? '/index.html' : path));
    try {
      const body = readFileSync(file);
      response
        .writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'content-length': body.length,
        })
        .end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as { port: number }).port };
}
