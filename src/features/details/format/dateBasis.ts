import type { TimelineEvent } from '../../../domain/dataset/schema';
import { parseEdtf } from '../../../domain/dates/edtf';
import type { Messages } from '../../../i18n/messages/en';

type EventDate = TimelineEvent['date'];
type DetailsWords = Messages['details'];

export interface DateBasisDescription {
  /** How the date was obtained, in words: "stated in the source", "来源明确记载". */
  basis: string;
  /** The editors' note on the date, trimmed; null when there is none. */
  explanation: string | null;
}

/** For the panel line "When: 1954 (a year, stated in the source)", with the note as the explanation. */
export function describeDateBasis(date: EventDate, words: DetailsWords): DateBasisDescription {
  const note = date.note?.trim();
  return { basis: words.basis[date.basis], explanation: note ? note : null };
}

/**
 * What an EDTF date pins down, in the interface's words: "a day", "about a year" (1998~),
 * "an uncertain year" (1997?), "a decade" (198X), "a period" (1955/1963), "a period with no
 * known end" (1978/..); in Chinese "精确到日", "精确到年，约数". "a date" when the text is not EDTF.
 */
export function precisionWords(edtf: string, words: DetailsWords): string {
  const { precision } = words;
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return precision.unknown;
  const span = parsed.value;
  if (span.kind === 'interval') {
    if (span.openEnd) return precision.openEnd;
    if (span.openStart) return precision.openStart;
    return precision.period;
  }
  const unit = precision.units[span.precision];
  if (span.approximate && span.uncertain) return precision.uncertainApproximate(unit);
  if (span.approximate) return precision.approximate(unit);
  if (span.uncertain) return precision.uncertain(unit);
  return precision.exact(unit);
}
