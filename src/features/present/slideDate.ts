import { parseEdtf } from '../../domain/dates/edtf';
import type { Messages } from '../../i18n/messages/en';

/**
 * How precise an event's date is, in words beside its label: "to the day", "approximate, to the
 * year", "a period with no known end". Null when the date does not parse (the label says it all).
 */
export function precisionPhrase(edtf: string, words: Messages['present']['precision']) {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return null;
  const span = parsed.value;
  const unit =
    span.kind === 'point'
      ? words[span.precision]
      : span.openEnd
        ? words.openEnd
        : span.openStart
          ? words.openStart
          : words.period;
  const qualifiers = [
    span.approximate ? words.approximate : null,
    span.uncertain ? words.uncertain : null,
  ].filter((word): word is string => word !== null);
  return [...qualifiers, unit].join(words.separator);
}
