import type { Browser, CDPSession, Page } from '@playwright/test';

/** One page the benchmark opens: the app, the app's list view, or the vis-timeline peer. */
export interface BenchCase {
  name: string;
  kind: 'app' | 'list' | 'peer';
  /** Path and query on the bench server. */
  path: string;
  /** CPU slowdown (Emulation.setCPUThrottlingRate); 1 = none. */
  throttle: number;
}

export interface Measurement {
  /** ms from navigation to the first event drawn (the first list row for the list view). */
  firstRender: number;
  /** Steps of loading, ms (app only): dataset:fetch, dataset:parse… and first marks. */
  split: Record<string, number>;
  /** ms from the dataset being ready to the first list row (list only). */
  listAfterReady?: number;
  frames?: number;
  p50?: number;
  p95?: number;
  max?: number;
  /** Sum of long tasks (over 50 ms) during the script. */
  longTasks?: number;
  /** Main-thread time during the script, from CDP Performance.getMetrics: all, style, layout, script. */
  busy?: number;
  style?: number;
  layout?: number;
  script?: number;
  /** JS heap after the script and a garbage collection, MB. */
  heapMb?: number;
  /** Event elements in the DOM after the script. */
  elements?: number;
}

const FIRST: Record<BenchCase['kind'], string> = {
  app: '.tl-plot .tl-unit',
  list: 'ol[aria-labelledby] li',
  peer: '.vis-item',
};
const PLOT: Record<BenchCase['kind'], string> = {
  app: '.tl-plot',
  list: 'ol[aria-labelledby]',
  peer: '.vis-timeline',
};

/**
 * Installed before the page's own code: timestamps of frames, long tasks and the first drawn
 * event. A string, not a function, so that no compiler helper leaks into the page.
 */
const recorder = (selector: string) => `
  window.__bench = { frames: [], longTasks: [], first: null, recording: false };
  const tick = (time) => {
    if (window.__bench.recording) window.__bench.frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  new PerformanceObserver((list) => {
    if (window.__bench.recording) for (const entry of list.getEntries()) window.__bench.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: false });
  new MutationObserver((_, observer) => {
    if (document.querySelector(${JSON.stringify(selector)})) {
      window.__bench.first = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

interface Recorded {
  frames: number[];
  longTasks: number[];
  first: number;
  recording: boolean;
}

/** 40 wheel steps in and 40 out at the centre, 10 more in, then a 30-step drag. */
async function driveScript(page: Page, plot: string) {
  const box = (await page.locator(plot).first().boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + Math.min(box.height / 2, 200);
  await page.mouse.move(x, y);
  const wheel = async (steps: number, delta: number) => {
    for (let i = 0; i < steps; i++) {
      await page.mouse.wheel(0, delta);
      await page.waitForTimeout(16);
    }
  };
  await wheel(40, -120);
  await wheel(40, 120);
  // Zoom in a little first so that there is room to drag.
  await wheel(10, -120);
  await page.mouse.down();
  for (let i = 1; i <= 30; i++) {
    await page.mouse.move(x - i * 15, y);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
}

async function metrics(session: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await session.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

const round = (n: number, digits = 0) => +n.toFixed(digits);

/**
 * Opens one case in a fresh page, waits for its first drawn event, then (except for the list)
 * runs the zoom-and-drag script while recording frames, long tasks and main-thread time.
 * `trace` receives the page to trace the script with, when the caller wants a trace.
 */
export async function measureCase(
  browser: Browser,
  origin: string,
  benchCase: BenchCase,
  trace?: { start(page: Page): Promise<void>; stop(): Promise<void> },
): Promise<Measurement> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  if (benchCase.throttle > 1)
    await session.send('Emulation.setCPUThrottlingRate', { rate: benchCase.throttle });
  await page.addInitScript({ content: recorder(FIRST[benchCase.kind]) });
  await page.goto(`${origin}${benchCase.path}`);
  await page.waitForSelector(FIRST[benchCase.kind], { timeout: 180_000 });
  const { first, split, ready } = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Recorded }).__bench;
    const steps: Record<string, number> = {};
    for (const entry of performance.getEntriesByType('measure'))
      if (entry.name.startsWith('dataset:')) steps[entry.name] = entry.duration;
    const readyMark = performance.getEntriesByName('dataset:ready')[0];
    return { first: bench.first, split: steps, ready: readyMark?.startTime ?? null };
  });
  const result: Measurement = { firstRender: round(first), split: {} };
  for (const [name, ms] of Object.entries(split)) result.split[name] = round(ms);
  if (ready !== null) result.split['ready→first event'] = round(first - ready);
  if (benchCase.kind === 'list') {
    if (ready !== null) result.listAfterReady = round(first - ready);
    await page.close();
    return result;
  }

  await page.waitForTimeout(500);
  const before = await metrics(session);
  await trace?.start(page);
  await page.evaluate(
    () => ((window as unknown as { __bench: Recorded }).__bench.recording = true),
  );
  await driveScript(page, PLOT[benchCase.kind]);
  const { frames, longTasks } = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: Recorded }).__bench;
    bench.recording = false;
    return bench;
  });
  await trace?.stop();
  const after = await metrics(session);
  const delta = (name: string) => round(((after[name] ?? 0) - (before[name] ?? 0)) * 1000);
  const intervals = frames
    .slice(1)
    .map((t, i) => t - (frames[i] as number))
    .sort((a, b) => a - b);
  await session.send('HeapProfiler.collectGarbage');
  const heap = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  Object.assign(result, {
    frames: intervals.length,
    p50: round(percentile(intervals, 50), 1),
    p95: round(percentile(intervals, 95), 1),
    max: round(intervals.at(-1) ?? NaN, 1),
    longTasks: round(longTasks.reduce((a, b) => a + b, 0)),
    busy: delta('TaskDuration'),
    style: delta('RecalcStyleDuration'),
    layout: delta('LayoutDuration'),
    script: delta('ScriptDuration'),
    heapMb: round(heap.usedSize / 2 ** 20, 1),
    elements: await page.locator(benchCase.kind === 'peer' ? '.vis-item' : '.tl-unit').count(),
  });
  await page.close();
  return result;
}
