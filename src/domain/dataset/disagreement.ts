import { parseEdtf } from '../dates/edtf';
import type { TimelineEvent } from './schema';

export interface DateClaim {
  /** The date as the evidence gives it (EDTF). */
  date: string;
  /** Ids of the sources that give it, in evidence order. */
  sources: string[];
}

/**
 * Whether the sources of an event give dates that cannot all be true: two evidence dates
 * disagree when their spans do not overlap ("1997" and "1999-06-29"), not when one is only more
 * precise than the other ("1959-10" and "1959-10-15"). Returns the distinct dates with their
 * sources, earliest first, or null when the sources agree or give fewer than two dates.
 */
export function dateDisagreement(event: Pick<TimelineEvent, 'evidence'>): DateClaim[] | null {
  // One passage cannot disagree with itself; most events have one, and indexing asks for each.
  if (event.evidence.length < 2) return null;
  const claims: (DateClaim & { start: number; end: number })[] = [];
  for (const evidence of event.evidence) {
    if (!evidence.date) continue;
    const parsed = parseEdtf(evidence.date);
    if (!parsed.ok) continue;
    const existing = claims.find((c) => c.date === evidence.date);
    if (existing) {
      if (!existing.sources.includes(evidence.source)) existing.sources.push(evidence.source);
      continue;
    }
    claims.push({
      date: evidence.date,
      sources: [evidence.source],
      start: parsed.value.start,
      end: parsed.value.end,
    });
  }
  const disjoint = claims.some((a, i) =>
    claims.slice(i + 1).some((b) => a.end <= b.start || b.end <= a.start),
  );
  if (!disjoint) return null;
  return claims
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map(({ date, sources }) => ({ date, sources }));
}
