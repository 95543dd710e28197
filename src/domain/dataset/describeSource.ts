import { edtfLabel } from '../dates/edtfLabel';
import type { CslItem, Source } from './schema';

/** The CSL `issued` date in words ("12 April 2023", "c. February 2024"), or null. */
export function issuedLabel(csl: CslItem): string | null {
  const parts = csl.issued?.['date-parts']?.[0];
  if (!parts?.length) return csl.issued?.literal ?? null;
  const edtf = parts
    .map((p, i) => (i === 0 ? String(p).padStart(4, '0') : String(p).padStart(2, '0')))
    .join('-');
  return `${csl.issued?.circa ? 'c. ' : ''}${edtfLabel(edtf)}`;
}

/** Who published a source, the short way: its container or publisher, else its title. */
export function sourceName(source: Source): string {
  return source.csl['container-title'] || source.csl.publisher || source.csl.title;
}

/** "China Daily · 12 April 2023" — publisher and date, whatever of them is known. */
export function sourceByline(source: Source): string {
  const publisher = source.csl['container-title'] || source.csl.publisher;
  const date = issuedLabel(source.csl);
  return [publisher, date ?? 'undated'].filter(Boolean).join(' · ');
}
