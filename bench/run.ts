// `npm run bench`: builds the app, serves it with synthetic datasets of 1,000, 10,000 and 100,000
// events, and drives headless Chromium at 1280×720 through a fixed script (40 wheel steps in and
// 40 out at the centre, then a 30-step drag) while recording frame intervals with
// requestAnimationFrame and long tasks with a PerformanceObserver. Prints one row per dataset (the
// Baogang dataset first) and
// writes bench-results/results.json. Figures vary with the machine: compare runs on one machine.
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/support/findChromium';
import { syntheticDataset } from './syntheticDataset';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const DIST = 'dist';
const OUT = 'bench-results';

if (!process.argv.includes('--no-build'))
  execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
mkdirSync(`${OUT}/data`, { recursive: true });
const datasets = new Map<string, string>();
for (const size of SIZES)
  datasets.set(`/bench/synthetic-${size}.json`, JSON.stringify(syntheticDataset(size)));

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
  const generated = datasets.get(path);
  if (generated) {
    response.writeHead(200, { 'content-type': 'application/json' }).end(generated);
    return;
  }
  const file = join(DIST, normalize(path === '/' ? '/index.html' : path));
  try {
    const body = readFileSync(file);
    response
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as { port: number }).port;

const jsGzip = readdirSync(`${DIST}/assets`)
  .filter((f) => f.endsWith('.js'))
  .reduce((sum, f) => sum + gzipSync(readFileSync(`${DIST}/assets/${f}`), { level: 9 }).length, 0);

/**
 * Installed before the app's own code: timestamps of frames, long tasks and the first mark.
 * A string, not a function, so that no compiler helper leaks into the page.
 */
const RECORDER = `
  window.__bench = { frames: [], longTasks: [], firstMark: null, recording: false };
  const tick = (time) => {
    if (window.__bench.recording) window.__bench.frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    if (window.__bench.recording) for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  new MutationObserver((_, observer) => {
    if (document.querySelector('.tl-plot .tl-unit')) {
      window.__bench.firstMark = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

async function driveScript(page: Page) {
  const box = (await page.locator('.tl-plot').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(x, y);
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(16);
  }
  for (let i = 0; i < 40; i++) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(16);
  }
  // Zoom in a little first so that there is room to drag.
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, -120);
    await page.waitForTimeout(16);
  }
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(x - i * 15, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
}

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
const rows = [];
// The Baogang dataset itself first (its first render has a budget of its own), then the sizes.
const CASES = [
  { name: 'Baogang (57)', query: '' },
  ...SIZES.map((size) => ({
    name: size.toLocaleString('en'),
    query: `?dataset=/bench/synthetic-${size}.json`,
  })),
];
for (const { name, query } of CASES) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript({ content: RECORDER });
  await page.goto(`http://127.0.0.1:${port}/${query}`);
  await page.waitForSelector('.tl-plot .tl-unit', { timeout: 60_000 });
  const firstRender = await page.evaluate(
    () => (window as unknown as { __bench: { firstMark: number } }).__bench.firstMark,
  );
  await page.waitForTimeout(500);
  await page.evaluate(
    () => ((window as unknown as { __bench: { recording: boolean } }).__bench.recording = true),
  );
  await driveScript(page);
  const { frames, longTasks } = await page.evaluate(() => {
    const bench = (
      window as unknown as {
        __bench: { frames: number[]; longTasks: number[]; recording: boolean };
      }
    ).__bench;
    bench.recording = false;
    return bench;
  });
  const intervals = frames
    .slice(1)
    .map((t, i) => t - (frames[i] as number))
    .sort((a, b) => a - b);
  const markCount = await page.locator('.tl-plot .tl-unit').count();
  rows.push({
    events: name,
    firstRenderMs: Math.round(firstRender),
    frames: intervals.length,
    p50: +percentile(intervals, 50).toFixed(1),
    p95: +percentile(intervals, 95).toFixed(1),
    max: +(intervals.at(-1) ?? NaN).toFixed(1),
    longTaskTotalMs: Math.round(longTasks.reduce((a, b) => a + b, 0)),
    marksInDom: markCount,
  });
  console.log(`measured ${name}`);
  await page.close();
}
await browser.close();
server.close();

console.log(`\nJavaScript shipped, gzipped: ${(jsGzip / 1024).toFixed(1)} KB (budget 150 KB)\n`);
console.log(
  '| events | first render | frames | p50 frame | p95 frame | max frame | long tasks | marks in DOM |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(
    `| ${r.events} | ${r.firstRenderMs} ms | ${r.frames} | ${r.p50} ms | ${r.p95} ms | ${r.max} ms | ${r.longTaskTotalMs} ms | ${r.marksInDom} |`,
  );
}
writeFileSync(
  `${OUT}/results.json`,
  `${JSON.stringify({ date: new Date().toISOString(), jsGzipBytes: jsGzip, rows }, null, 2)}\n`,
);
