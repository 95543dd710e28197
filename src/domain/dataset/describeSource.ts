import type { Language } from '../../i18n/languages';
import { edtfLabel } from '../dates/edtfLabel';
import type { CslItem, Source } from './schema';

const UNDATED: Record<Language, string> = { en: 'undated', zh: '日期不详' };

/** The CSL `issued` date in words ("12 April 2023", "c. February 2024", "约2024年2月"), or null. */
export function issuedLabel(csl: CslItem, language: Language = 'en'): string | null {
  const parts = csl.issued?.['date-parts']?.[0];
  if (!parts?.length) return csl.issued?.literal ?? null;
  const edtf = parts
    .map((p, i) => (i === 0 ? String(p).padStart(4, '0') : String(p).padStart(2, '0')))
    .join('-');
  return edtfLabel(`${edtf}${csl.issued?.circa ? '~' : ''}`, language);
}

/** Who published a source, the short way: its container or publisher, else its title. */
export function sourceName(source: Source): string {
  return source.csl['container-title'] || source.csl.publisher || source.csl.title;
}

/**
 * A source's byline, "China Daily · 12 April 2023", in its two parts: the publisher (its
 * container or publisher, as the dataset writes it, if known) and the issued date in the
 * interface's words ("undated", "日期不详" when there is none).
 */
export function sourceByline(
  source: Source,
  language: Language = 'en',
): { publisher: string | null; date: string } {
  return {
    publisher: source.csl['container-title'] || source.csl.publisher || null,
    date: issuedLabel(source.csl, language) ?? UNDATED[language],
  };
}
