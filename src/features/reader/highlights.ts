import { prepareText, type TextRange } from '../../domain/quotes/anchor';
import type { Dataset } from '../../domain/dataset/schema';
import { locatePassage, type MissingPassage } from '../../domain/dataset/verifySource';

/** A passage of a source cited by an event, located in the source's text. */
export interface Highlight {
  eventId: string;
  range: TextRange;
}

/** A run of text with the events whose passages cover all of it (none for plain text). */
export interface Segment {
  start: number;
  end: number;
  eventIds: string[];
}

/**
 * Where every passage cited from one source falls in its text, found with the same matcher as
 * `npm run data:check`, so white-space and quote-style differences do not matter. Passages the
 * text does not contain are returned separately, to be named rather than silently dropped.
 */
export function highlightsForSource(
  dataset: Pick<Dataset, 'events'>,
  sourceId: string,
  text: string,
): { highlights: Highlight[]; missing: MissingPassage[] } {
  const prepared = prepareText(text);
  const highlights: Highlight[] = [];
  const missing: MissingPassage[] = [];
  for (const event of dataset.events) {
    event.evidence.forEach((evidence, index) => {
      if (evidence.source !== sourceId) return;
      const range = locatePassage(prepared, evidence);
      if (range) highlights.push({ eventId: event.id, range });
      else missing.push({ eventId: event.id, index, exact: evidence.exact });
    });
  }
  return { highlights, missing };
}

/**
 * Cuts [0, length) into runs at every highlight boundary, so that overlapping passages of two
 * events become three runs: one event, both, the other. Runs are in text order, cover the whole
 * text, and list covering events in the order the highlights were given.
 */
export function segmentText(length: number, highlights: readonly Highlight[]): Segment[] {
  const cuts = new Set([0, length]);
  for (const { range } of highlights) {
    cuts.add(Math.max(0, Math.min(length, range.start)));
    cuts.add(Math.max(0, Math.min(length, range.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (start === end) continue;
    const eventIds = [
      ...new Set(
        highlights
          .filter((h) => h.range.start <= start && h.range.end >= end)
          .map((h) => h.eventId),
      ),
    ];
    segments.push({ start, end, eventIds });
  }
  return segments;
}

/** The paragraphs of a plain text: runs separated by one or more blank lines. */
export function paragraphs(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  const separator = /\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+/g;
  let start = 0;
  for (const match of text.matchAll(separator)) {
    ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((r) => text.slice(r.start, r.end).trim() !== '');
}

/** The parts of `segments` inside one paragraph, cut at its edges. */
export function segmentsWithin(segments: readonly Segment[], paragraph: TextRange): Segment[] {
  return segments
    .filter((s) => s.end > paragraph.start && s.start < paragraph.end)
    .map((s) => ({
      ...s,
      start: Math.max(s.start, paragraph.start),
      end: Math.min(s.end, paragraph.end),
    }));
}
