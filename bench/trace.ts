/**
 * Where the main thread's time goes in a Chromium trace (`browser.startTracing` with the
 * devtools.timeline category): totals per kind of work on the renderer's main thread, and how
 * many elements style recalculation touched. Nested events are counted in their own row and in
 * their parent's (a forced layout inside a script call counts in both), so rows do not add up.
 */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string; elementCount?: number; data?: { elementCount?: number } };
}

const KINDS: Record<string, string> = {
  RunTask: 'all tasks',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'pre-paint',
  Paint: 'paint',
  Layerize: 'layerize',
  Commit: 'commit',
  FunctionCall: 'script (calls)',
  EventDispatch: 'event dispatch',
  FireAnimationFrame: 'animation frames',
  MajorGC: 'GC (major)',
  MinorGC: 'GC (minor)',
};

export interface TraceSummary {
  /** ms per kind of work on the main thread. */
  totals: Record<string, number>;
  /** Style recalculations and the elements they restyled. */
  styleRecalcs: number;
  restyledElements: number;
}

export function summariseTrace(json: string): TraceSummary {
  const { traceEvents } = JSON.parse(json) as { traceEvents: TraceEvent[] };
  const mainThreads = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const totals: Record<string, number> = {};
  let styleRecalcs = 0;
  let restyledElements = 0;
  for (const event of traceEvents) {
    if (event.ph !== 'X' || !mainThreads.has(`${event.pid}:${event.tid}`)) continue;
    const kind = KINDS[event.name];
    if (!kind) continue;
    totals[kind] = (totals[kind] ?? 0) + (event.dur ?? 0) / 1000;
    if (event.name === 'UpdateLayoutTree') {
      styleRecalcs++;
      restyledElements += event.args?.elementCount ?? event.args?.data?.elementCount ?? 0;
    }
  }
  for (const kind of Object.keys(totals)) totals[kind] = Math.round(totals[kind] as number);
  return { totals, styleRecalcs, restyledElements };
}
