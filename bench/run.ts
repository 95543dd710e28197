// `npm run bench`: builds the app, serves it with synthetic datasets, and drives headless
// Chromium at 1280×720 through a fixed script (40 wheel steps in and 40 out at the centre, 10 in,
// then a 30-step drag) on the app and on the vis-timeline peer, recording frame intervals, long
// tasks and main-thread time. Prints one table and writes bench-results/results.json.
// Flags (bench/README.md): --runs N, --throttle N, --no-peer, --no-build, --trace TEXT.
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, findChromium } from '../e2e/support/findChromium';
import { measureDist } from '../scripts/startup-size';
import { measureCase, type BenchCase, type Measurement } from './measure';
import { startBenchServer } from './server';
import { syntheticDataset } from './syntheticDataset';
import { summariseTrace } from './trace';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
};
const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(option('--runs') ?? 1);
const THROTTLE = Number(option('--throttle') ?? 1);
const TRACE = option('--trace');
const PEER = !flag('--no-peer');
const OUT = 'bench-results';

if (!flag('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
mkdirSync(OUT, { recursive: true });
const sizes = new Set([...SIZES, ...(THROTTLE > 1 ? [1000, 10_000] : [])]);
const datasets = new Map<string, string>();
for (const size of sizes)
  datasets.set(`/bench/synthetic-${size}.json`, JSON.stringify(syntheticDataset(size)));
const dataset = (size: number) => `?dataset=/bench/synthetic-${size}.json`;
const label = (size: number) => size.toLocaleString('en');

const cases: BenchCase[] = [
  { name: 'app, Baogang (57)', kind: 'app', path: '/', throttle: 1 },
  ...SIZES.map((size) => ({
    name: `app, ${label(size)}`,
    kind: 'app' as const,
    path: `/${dataset(size)}`,
    throttle: 1,
  })),
  ...(PEER
    ? SIZES.filter((size) => size <= 10_000).map((size) => ({
        name: `vis-timeline, ${label(size)}`,
        kind: 'peer' as const,
        path: `/bench/peer/vis-timeline.html${dataset(size)}`,
        throttle: 1,
      }))
    : []),
  ...SIZES.filter((size) => size === Math.max(...SIZES)).map((size) => ({
    name: `app list view, ${label(size)}`,
    kind: 'list' as const,
    path: `/${dataset(size)}&view=list`,
    throttle: 1,
  })),
  ...(THROTTLE > 1
    ? [1000, 10_000].flatMap((size) => [
        {
          name: `app, ${label(size)}, CPU ÷${THROTTLE}`,
          kind: 'app' as const,
          path: `/${dataset(size)}`,
          throttle: THROTTLE,
        },
        ...(PEER
          ? [
              {
                name: `vis-timeline, ${label(size)}, CPU ÷${THROTTLE}`,
                kind: 'peer' as const,
                path: `/bench/peer/vis-timeline.html${dataset(size)}`,
                throttle: THROTTLE,
              },
            ]
          : []),
      ])
    : []),
];

const { server, port } = await startBenchServer('dist', datasets);
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs() });
const runs: Record<string, Measurement[]> = {};
const traces: Record<string, ReturnType<typeof summariseTrace>> = {};
for (let run = 1; run <= RUNS; run++) {
  for (const benchCase of cases) {
    const traced = TRACE !== undefined && run === 1 && benchCase.name.includes(TRACE);
    const tracer = traced
      ? {
          start: (page: Page) =>
            browser.startTracing(page, {
              categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
            }),
          async stop() {
            const json = (await browser.stopTracing()).toString();
            const file = `${OUT}/trace-${benchCase.name.replace(/\W+/g, '-')}.json`;
            writeFileSync(file, json);
            traces[benchCase.name] = summariseTrace(json);
          },
        }
      : undefined;
    const started = Date.now();
    const measured = await measureCase(browser, `http://127.0.0.1:${port}`, benchCase, tracer);
    (runs[benchCase.name] ??= []).push(measured);
    console.log(
      `run ${run}/${RUNS}: ${benchCase.name} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
}
await browser.close();
server.close();

/** The median of each figure over the runs. */
function median(list: Measurement[], pick: (m: Measurement) => number | undefined): number {
  const values = list.map(pick).filter((v): v is number => v !== undefined && !Number.isNaN(v));
  if (values.length === 0) return NaN;
  values.sort((a, b) => a - b);
  const mid = values.length >> 1;
  return values.length % 2
    ? (values[mid] as number)
    : ((values[mid - 1] as number) + (values[mid] as number)) / 2;
}
const ms = (n: number) => (Number.isNaN(n) ? '–' : `${+n.toFixed(1)} ms`);
const sizesKb = measureDist('dist');

console.log(
  `\nMedians of ${RUNS} run${RUNS > 1 ? 's' : ''}. Start-up JavaScript (index.html), gzipped: ` +
    `${sizesKb.total.toFixed(1)} KB (budget 110 KB); loaded on demand or by the dataset worker: ` +
    `${sizesKb.onDemand.reduce((sum, f) => sum + f.kb, 0).toFixed(1)} KB in ${sizesKb.onDemand.length} files.\n`,
);
console.log(
  '| case | first render | p95 frame | max frame | long tasks | main thread busy | style | layout | script | heap | elements |',
);
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const benchCase of cases) {
  const list = runs[benchCase.name] ?? [];
  const m = (pick: (x: Measurement) => number | undefined) => median(list, pick);
  const first =
    benchCase.kind === 'list'
      ? `${ms(m((x) => x.firstRender))} (${ms(m((x) => x.listAfterReady))} after ready)`
      : ms(m((x) => x.firstRender));
  const heap = m((x) => x.heapMb);
  console.log(
    `| ${benchCase.name} | ${first} | ${ms(m((x) => x.p95))} | ${ms(m((x) => x.max))} | ${ms(m((x) => x.longTasks))} | ${ms(m((x) => x.busy))} | ${ms(m((x) => x.style))} | ${ms(m((x) => x.layout))} | ${ms(m((x) => x.script))} | ${Number.isNaN(heap) ? '–' : `${heap} MB`} | ${m((x) => x.elements) || '–'} |`,
  );
}

// Ratios against the peer in the same run, for the budgets stated as ratios.
for (const suffix of ['', `, CPU ÷${THROTTLE}`]) {
  const app = runs[`app, 1,000${suffix}`];
  const peer = runs[`vis-timeline, 1,000${suffix}`];
  if (!app || !peer) continue;
  const ratio = median(app, (x) => x.longTasks) / median(peer, (x) => x.longTasks);
  console.log(`\nLong tasks at 1,000 events${suffix}: app / vis-timeline = ${ratio.toFixed(3)}`);
}

console.log('\nLoading, ms (medians): dataset:fetch … in the worker … ready→first event');
for (const benchCase of cases.filter((c) => c.kind !== 'peer')) {
  const list = runs[benchCase.name] ?? [];
  const names = [...new Set(list.flatMap((x) => Object.keys(x.split)))];
  const parts = names.map(
    (name) => `${name.replace('dataset:', '')} ${median(list, (x) => x.split[name])}`,
  );
  console.log(`  ${benchCase.name}: ${parts.join(', ')}`);
}
for (const [name, summary] of Object.entries(traces)) {
  console.log(`\nTrace of the script, ${name} (ms on the main thread; nested work counts twice):`);
  console.log(`  ${JSON.stringify(summary.totals)}`);
  console.log(
    `  ${summary.styleRecalcs} style recalculations restyled ${summary.restyledElements} elements`,
  );
}
writeFileSync(
  `${OUT}/results.json`,
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, throttle: THROTTLE, startupKb: sizesKb.total, results: runs, traces }, null, 2)}\n`,
);
