import { ExternalLink } from '../../components/ExternalLink';
import type { Evidence as EvidenceEntry, Source } from '../../domain/dataset/schema';
import { edtfLabel } from '../../domain/dates/edtfLabel';
import { safeHttpUrl, textFragmentUrl } from '../../domain/quotes/textFragment';
import { sourceByline } from '../../domain/dataset/describeSource';

interface EvidenceProps {
  evidence: EvidenceEntry;
  source: Source | undefined;
  /** Whether the event's sources disagree, so each passage says which date it gives. */
  showDate: boolean;
  onReadSource: (sourceId: string) => void;
}

/** One passage, in the source's own words and language, with where it comes from. */
export function Evidence({ evidence, source, showDate, onReadSource }: EvidenceProps) {
  const language = source?.csl.language;
  const original = textFragmentUrl(safeHttpUrl(source?.csl.URL) ?? '', evidence.exact);
  return (
    <figure className="rounded-md border border-stone-300 bg-white p-3">
      <blockquote
        lang={language}
        className="border-l-4 border-stone-400 pl-3 text-stone-900 italic"
      >
        <p>“{evidence.exact}”</p>
      </blockquote>
      {evidence.translation && (
        <p className="mt-2 pl-4 text-sm text-stone-800">
          <span className="font-semibold not-italic">Editors’ translation: </span>“
          {evidence.translation}”
        </p>
      )}
      <figcaption className="mt-2 text-sm text-stone-700">
        —{' '}
        <cite className="font-semibold text-stone-900 not-italic">
          {source?.csl.title ?? evidence.source}
        </cite>
        {source && <>, {sourceByline(source)}</>}
        {source?.coverage === 'excerpt' && (
          <>
            {' '}
            <span className="rounded bg-stone-200 px-1 text-xs">excerpt</span>
          </>
        )}
        {showDate && evidence.date && (
          <span className="block">
            This source dates it: <strong>{edtfLabel(evidence.date)}</strong>
          </span>
        )}
      </figcaption>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {source && (
          <button
            type="button"
            onClick={() => onReadSource(source.id)}
            className="font-medium text-blue-800 underline"
            aria-label={`Read in source: ${source.csl.title}`}
          >
            Read in source
          </button>
        )}
        {original && <ExternalLink href={original}>Open original</ExternalLink>}
      </div>
    </figure>
  );
}
