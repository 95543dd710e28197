import { utcDay, utcMonday, utcMonth, utcYear, type CountableTimeInterval } from 'd3-time';
import type { Language } from '../../i18n/languages';
import { dayMonthShort, monthName, monthShort, monthYearWords, yearText } from '../dates/dateWords';
import { DAY, MONTH, YEAR } from '../dates/time';
import { visibleWindow, type Viewport, type ZoomTransform } from './viewport';

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

const formatYear = (date: Date, language: Language) => yearText(date.getUTCFullYear(), language);

/**
 * Ticks for the window [start, end) drawn `width` pixels wide: the finest interval whose ticks
 * stay at least `minSpacing` pixels apart, so labels never crowd.
 */
export function axisTicks(
  start: number,
  end: number,
  width: number,
  language: Language = 'en',
  minSpacing = 72,
): AxisModel {
  const step = tickStep(start, end, width, minSpacing);
  const dates = step.interval.range(new Date(start), new Date(end));
  const ticks = dates.map((date): AxisTick => {
    if (step.unit === 'day') {
      const major = step.length > DAY ? date.getUTCDate() <= 7 : date.getUTCDate() === 1;
      return { time: +date, label: dayMonthShort(+date, language), major };
    }
    if (step.unit === 'month') {
      const major = date.getUTCMonth() === 0;
      return {
        time: +date,
        label: major ? formatYear(date, language) : monthShort(date.getUTCMonth(), language),
        major,
      };
    }
    const years = date.getUTCFullYear();
    const major =
      step.unit === 'year'
        ? years % 10 === 0
        : step.unit === 'decade'
          ? years % 100 === 0
          : years % 1000 === 0;
    return { time: +date, label: formatYear(date, language), major };
  });
  return { unit: step.unit, ticks, context: contextLabel(step.unit, start, end, language) };
}

/** The axis under a zoom transform, with each tick's offset from the plot's left edge (whole px). */
export type PlacedAxis = AxisModel & { offsets: number[] };

/** The axis as the screen draws it (Axis.tsx) and as a painted gesture does (canvas/paintGuides.ts). */
export function placedAxis(
  viewport: Viewport,
  transform: ZoomTransform,
  language: Language,
): PlacedAxis {
  const [start, end] = visibleWindow(viewport, transform);
  const axis = axisTicks(start, end, viewport.width, language);
  const offsets = axis.ticks.map((tick) =>
    Math.round(((tick.time - start) / (end - start)) * viewport.width),
  );
  return { ...axis, offsets };
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
  language: Language = 'en',
  minSpacing = 72,
): string | null {
  return contextLabel(tickStep(start, end, width, minSpacing).unit, start, end, language);
}

function contextLabel(unit: TickUnit, start: number, end: number, language: Language) {
  const first = new Date(start);
  const last = new Date(end - 1);
  if (unit === 'month') {
    const a = formatYear(first, language);
    const b = formatYear(last, language);
    const range = a === b ? a : `${a}–${b}`;
    return language === 'zh' ? `${range}年` : range;
  }
  if (unit === 'day') {
    const [a, b] = [monthYearWords(start, language), monthYearWords(end - 1, language)];
    if (a === b) return a;
    if (first.getUTCFullYear() === last.getUTCFullYear()) {
      return language === 'zh'
        ? `${a}–${monthName(last.getUTCMonth(), language)}`
        : `${monthName(first.getUTCMonth(), language)}–${b}`;
    }
    return `${a} – ${b}`;
  }
  return null;
}
