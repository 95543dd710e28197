import type { Language } from '../../i18n/languages';
import { dayWords, monthYearWords, yearText, yearWords } from './dateWords';
import { parseEdtf, type EdtfSpan } from './edtf';

/**
 * An EDTF date in words, as precise as it is and no more. English: "29 June 1999", "June 1999",
 * "1999", "c. 1998", "1997?", "1955–1963", "1978 onwards". Chinese: "1999年6月29日", "约1998年",
 * "1997年？", "1955–1963年", "1978年起". Used wherever a date has no editor's label of its own
 * (evidence dates, source dates, every date in Chinese). Returns the EDTF itself when it does
 * not parse.
 */
export function edtfLabel(edtf: string, language: Language = 'en'): string {
  const parsed = parseEdtf(edtf);
  if (!parsed.ok) return edtf;
  const span = parsed.value;
  if (span.kind === 'point') return qualified(pointLabel(span, language), span, language);
  const [lower, upper] = edtf.split('/');
  const from = lower && lower !== '..' ? edtfLabel(lower, language) : null;
  const to = upper && upper !== '..' ? edtfLabel(upper, language) : null;
  if (from && to) return joinRange(from, to, language);
  if (language === 'zh') return from ? `${from}起` : `至${to}`;
  return from ? `${from} onwards` : `until ${to}`;
}

function pointLabel(span: EdtfSpan, language: Language): string {
  const year = new Date(span.start).getUTCFullYear();
  switch (span.precision) {
    case 'day':
      return dayWords(span.start, language);
    case 'month':
      return monthYearWords(span.start, language);
    case 'decade':
      return language === 'zh'
        ? `${yearText(year, language)}年代`
        : `the ${yearText(year, language)}s`;
    case 'century':
      return joinRange(
        yearWords(year, language),
        yearWords(new Date(span.end - 1).getUTCFullYear(), language),
        language,
      );
    default:
      return yearWords(year, language);
  }
}

/** "1955–1963"; in Chinese one 年 for two bare years: "1955–1963年". */
function joinRange(from: string, to: string, language: Language): string {
  if (language === 'zh' && /^\d+年$/.test(from) && /^\d+年$/.test(to))
    return `${from.slice(0, -1)}–${to}`;
  return `${from}–${to}`;
}

function qualified(label: string, span: EdtfSpan, language: Language): string {
  if (language === 'zh')
    return `${span.approximate ? '约' : ''}${label}${span.uncertain ? '？' : ''}`;
  return `${span.approximate ? 'c. ' : ''}${label}${span.uncertain ? '?' : ''}`;
}
