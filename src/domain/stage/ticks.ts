import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';

export type TickUnit = 'day' | 'month' | 'year' | 'decade' | 'century';

export interface AxisTick {
  time: number;
  label: string;
  /** A boundary of the next unit up (a new year among months, a new month among days). */
  major: boolean;
}

export interface AxisModel {
  unit: TickUnit;
  ticks: AxisTick[];
  /** What the tick labels leave out: the year(s) while months are shown, the month among days. */
  context: string | null;
}

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const MONTH = YEAR / 12;

/** Candidate tick intervals from finest to coarsest, with their rough length. */
const STEPS: { interval: CountableTimeInterval; length: number; unit: TickUnit }[] = [
  { interval: utcDay, length: DAY, unit: 'day' },
  // Weeks, not "every 7th day of the month", so that ticks stay evenly spaced.
  { interval: utcMonday, length: 7 * DAY, unit: 'day' },
  { interval: utcMonth, length: MONTH, unit: 'month' },
  { interval: utcMonth.every(3) as CountableTimeInterval, length: 3 * MONTH, unit: 'month' },
  { interval: utcMonth.every(6) as CountableTimeInterval, length: 6 * MONTH, unit: 'month' },
  ...[1, 2, 5].map((n) => ({
    interval: utcYear.every(n) as CountableTimeInterval,
    length: n * YEAR,
    unit: 'year' as const,
  })),
  ...[10, 20, 50].map((n) => ({
    interval: utcYear.every(n) as CountableTimeInterval,
    length: n * YEAR,
    unit: 'decade' as const,
  })),
  ...[100, 200, 500, 1000].map((n) => ({
    interval: utcYear.every(n) as CountableTimeInterval,
    length: n * YEAR,
    unit: 'century' as const,
  })),
];

const formatYear = utcFormat('%Y');
const formatMonth = utcFormat('%b');
const formatDay = utcFormat('%-d %b');
const formatMonthYear = utcFormat('%B %Y');
const formatMonthName = utcFormat('%B');

/**
 * Ticks for the window [start, end) drawn `width` pixels wide: the finest interval whose ticks
 * stay at least `minSpacing` pixels apart, so labels never crowd.
 */
export function axisTicks(start: number, end: number, width: number, minSpacing = 72): AxisModel {
  const step = tickStep(start, end, width, minSpacing);
  const dates = step.interval.range(new Date(start), new Date(end));
  const ticks = dates.map((date): AxisTick => {
    if (step.unit === 'day') {
      const major = step.length > DAY ? date.getUTCDate() <= 7 : date.getUTCDate() === 1;
      return { time: +date, label: formatDay(date), major };
    }
    if (step.unit === 'month') {
      const major = date.getUTCMonth() === 0;
      return { time: +date, label: major ? formatYear(date) : formatMonth(date), major };
    }
    const years = date.getUTCFullYear();
    const major =
      step.unit === 'year'
        ? years % 10 === 0
        : step.unit === 'decade'
          ? years % 100 === 0
          : years % 1000 === 0;
    return { time: +date, label: formatYear(date), major };
  });
  return { unit: step.unit, ticks, context: contextLabel(step.unit, start, end) };
}

function tickStep(start: number, end: number, width: number, minSpacing: number) {
  const pxPerMs = width / Math.max(1, end - start);
  return (
    STEPS.find((s) => s.length * pxPerMs >= minSpacing) ??
    (STEPS[STEPS.length - 1] as (typeof STEPS)[number])
  );
}

/** The axis's context label alone, without making the ticks (for the toolbar, every frame). */
export function axisContext(
  start: number,
  end: number,
  width: number,
  minSpacing = 72,
): string | null {
  return contextLabel(tickStep(start, end, width, minSpacing).unit, start, end);
}

function contextLabel(unit: TickUnit, start: number, end: number): string | null {
  const first = new Date(start);
  const last = new Date(end - 1);
  if (unit === 'month') {
    const a = formatYear(first);
    const b = formatYear(last);
    return a === b ? a : `${a}–${b}`;
  }
  if (unit === 'day') {
    if (formatMonthYear(first) === formatMonthYear(last)) return formatMonthYear(first);
    if (first.getUTCFullYear() === last.getUTCFullYear()) {
      return `${formatMonthName(first)}–${formatMonthYear(last)}`;
    }
    return `${formatMonthYear(first)} – ${formatMonthYear(last)}`;
  }
  return null;
}
