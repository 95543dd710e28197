import { useId } from 'react';
import { ExternalLink } from '../../components/ExternalLink';
import type { Evidence as EvidenceEntry, Source } from '../../domain/dataset/schema';
import type { ChecksumCheck } from '../../domain/dataset/verifySource';
import { edtfLabel } from '../../domain/dates/edtfLabel';
import { safeHttpUrl, textFragmentUrl } from '../../domain/quotes/textFragment';
import { foreignLang } from '../../domain/dataset/localize';
import { SourceByline } from '../../components/SourceByline';
import { useI18n } from '../../i18n/useI18n';

interface EvidenceProps {
  evidence: EvidenceEntry;
  source: Source | undefined;
  /** The language of the dataset's own words (claimants, translations, publishers). */
  datasetLanguage: string;
  /** Whether the event's sources disagree, so each passage says which date it gives. */
  showDate: boolean;
  /** What the app found when it hashed the source's text, once it has. */
  checksum: ChecksumCheck | undefined;
  onReadSource: (sourceId: string) => void;
}

/**
 * One passage, in the source's own words and language, with where it comes from. A passage in
 * which a party speaks about itself is attributed to it ("Baogang Group says:"), in sight and in
 * the quotation's accessible name.
 */
export function Evidence({
  evidence,
  source,
  datasetLanguage,
  showDate,
  checksum,
  onReadSource,
}: EvidenceProps) {
  const { t, language } = useI18n();
  const words = t.details;
  const editorsLang = foreignLang(datasetLanguage, language);
  const claimantId = useId();
  const sourceLang = source?.csl.language;
  const original = textFragmentUrl(safeHttpUrl(source?.csl.URL) ?? '', evidence.exact);
  return (
    <figure className="rounded-md border border-stone-300 bg-white p-3">
      {evidence.claimant && (
        <p id={claimantId} className="mb-1 text-sm font-semibold text-stone-800">
          <span lang={editorsLang}>{evidence.claimant}</span>
          {t.evidence.says}
        </p>
      )}
      <blockquote
        lang={sourceLang}
        aria-labelledby={evidence.claimant ? claimantId : undefined}
        // Chinese and Japanese have no italics: a slanted Han character is a distortion.
        className="border-l-4 border-stone-400 pl-3 text-stone-900 italic [&:is(:lang(zh),:lang(ja),:lang(ko))]:not-italic"
      >
        <p>“{evidence.exact}”</p>
      </blockquote>
      {evidence.translation && (
        <p className="mt-2 pl-4 text-sm text-stone-800">
          <span className="font-semibold not-italic">{words.translation}</span>
          <span lang={editorsLang}>“{evidence.translation}”</span>
        </p>
      )}
      <figcaption className="mt-2 text-sm text-stone-700">
        —{' '}
        <cite lang={sourceLang} className="font-semibold text-stone-900 not-italic">
          {source?.csl.title ?? evidence.source}
        </cite>
        {source && (
          <>
            {words.bylineSeparator}
            <SourceByline source={source} datasetLanguage={datasetLanguage} />
          </>
        )}
        {source?.coverage === 'excerpt' && (
          <>
            {' '}
            <span className="rounded bg-stone-200 px-1 text-xs">{t.common.excerpt}</span>
          </>
        )}
        {showDate && evidence.date && (
          <span className="block">
            {words.sourceDates}
            <strong>{edtfLabel(evidence.date, language)}</strong>
          </span>
        )}
        {checksum?.status === 'mismatch' && <ChecksumWarning />}
      </figcaption>
      <SourceLinks source={source} original={original} onReadSource={onReadSource} />
    </figure>
  );
}

/**
 * A passage the dataset cites but its source's text does not contain: shown for what it is, not
 * as a quotation, and not counted as evidence.
 */
export function MissingPassage({
  evidence,
  source,
  onReadSource,
}: Pick<EvidenceProps, 'evidence' | 'source' | 'onReadSource'>) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <div
      role="group"
      aria-labelledby={headingId}
      className="rounded-md border-2 border-dashed border-red-700 bg-red-50 p-3 text-red-950"
    >
      <p id={headingId} className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {t.evidence.notFound}
      </p>
      <p lang={source?.csl.language} className="mt-1 text-stone-800">
        “{evidence.exact}”
      </p>
      <p className="mt-1 text-sm">
        {t.evidence.notFoundExplained(source?.csl.title ?? evidence.source)}
      </p>
      <SourceLinks source={source} original={null} onReadSource={onReadSource} />
    </div>
  );
}

function ChecksumWarning() {
  const { t } = useI18n();
  return (
    <span role="note" className="mt-1 block font-medium text-red-900">
      <span aria-hidden="true">⚠ </span>
      {t.evidence.checksumMismatch}
    </span>
  );
}

function SourceLinks({
  source,
  original,
  onReadSource,
}: {
  source: Source | undefined;
  original: string | null;
  onReadSource: (sourceId: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
      {source && (
        <button
          type="button"
          onClick={() => onReadSource(source.id)}
          className="min-h-6 font-medium text-blue-800 underline"
          aria-label={`${t.details.readInSource}${t.common.colon}${source.csl.title}`}
        >
          {t.details.readInSource}
        </button>
      )}
      {original && <ExternalLink href={original}>{t.common.openOriginal}</ExternalLink>}
    </div>
  );
}
