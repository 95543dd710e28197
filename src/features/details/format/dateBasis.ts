import type { TimelineEvent } from '../../../domain/dataset/schema';
import { parseEdtf, type DatePrecision } from '../../../domain/dates/edtf';

type EventDate = TimelineEvent['date'];

export interface DateBasisDescription {
  /** How the date was obtained, in words: "stated in the source". */
  basis: string;
  /** The editors' note on the date, trimmed; null when there is none. */
  explanation: string | null;
}

const BASIS_WORDS: Record<EventDate['basis'], string> = {
  stated: 'stated in the source',
  derived: 'derived from the source',
  inferred: 'inferred',
};

/** For the panel line "When: 1954 — stated in the source", with the note as the explanation. */
export function describeDateBasis(date: EventDate): DateBasisDescription {
  const note = date.note?.trim();
  return { basis: BASIS_WORDS[date.basis], explanation: note ? note : null };
}

const PRECISION_WORDS: Record<DatePrecision, string> = {
  day: 'day',
  month: 'month',
  season: 'season',
  year: 'year',
  decade: 'decade',
  century: 'century',
};

/**
 * What an EDTF date pins down, in plain words: "a day", "a month", "about a year" (1998~),
 * "an uncertain year" (1997?), "a decade" (198X), "a period" (1955/1963), "a period with no
 * known end" (1978/..). "a date" when the text is not EDTF.
 */
export function precisionWords(edtf: string): string {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return 'a date';
  const span = parsed.value;
  if (span.kind === 'interval') {
    if (span.openEnd) return 'a period with no known end';
    if (span.openStart) return 'a period with no known start';
    return 'a period';
  }
  const unit = PRECISION_WORDS[span.precision];
  if (span.approximate && span.uncertain) return `an uncertain, approximate ${unit}`;
  if (span.approximate) return `about a ${unit}`;
  if (span.uncertain) return `an uncertain ${unit}`;
  return `a ${unit}`;
}
