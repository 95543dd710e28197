import { useQuery } from '@tanstack/react-query';
import { passageChecksQueryOptions } from '../../domain/dataset/queries';
import type { Source, TimelineEvent } from '../../domain/dataset/schema';
import { useI18n } from '../../i18n/useI18n';
import { Evidence, MissingPassage } from './Evidence';

interface EvidenceListProps {
  datasetUrl: string;
  /** The language of the dataset's own words. */
  datasetLanguage: string;
  event: TimelineEvent;
  sources: ReadonlyMap<string, Source>;
  /** Whether the event's sources disagree on the date. */
  disputed: boolean;
  onReadSource: (sourceId: string) => void;
  onCite: () => void;
}

/**
 * The passages that back an event. Once their source texts are loaded, a passage a text does not
 * contain moves out of the evidence (and its count), after it, marked "Not found in its source"; a text
 * whose SHA-256 differs from the dataset's is flagged under each passage quoted from it.
 */
export function EvidenceList({
  datasetUrl,
  datasetLanguage,
  event,
  sources,
  disputed,
  onReadSource,
  onCite,
}: EvidenceListProps) {
  const { t } = useI18n();
  // Until the source texts are loaded and checked, every passage shows as cited.
  const checks = useQuery(passageChecksQueryOptions(datasetUrl, event, sources)).data;
  const passages = event.evidence.map((evidence, i) => ({
    evidence,
    source: sources.get(evidence.source),
    key: i,
  }));
  const counted = passages.filter((_, i) => checks?.passages[i] !== 'missing');
  const missing = passages.filter((_, i) => checks?.passages[i] === 'missing');

  return (
    <>
      <div className="mt-4 flex items-center justify-between gap-2">
        <h3 className="text-sm font-semibold tracking-wide text-stone-700 uppercase">
          {t.evidence.heading(counted.length)}
        </h3>
        <button
          type="button"
          onClick={onCite}
          className="min-h-6 rounded-md border border-stone-400 bg-white px-2.5 py-0.5 text-sm font-medium"
        >
          {t.details.cite}
        </button>
      </div>
      {[...(checks?.checksums.values() ?? [])].some((c) => c.status === 'unverifiable') && (
        <p role="note" className="mt-1 text-sm text-stone-700">
          {t.evidence.checksumUnverifiable}
        </p>
      )}
      <div className="mt-2 space-y-3">
        {counted.length === 0 && <p className="text-stone-800">{t.evidence.noPassageFound}</p>}
        {counted.map(({ evidence, source, key }) => (
          <Evidence
            key={key}
            evidence={evidence}
            source={source}
            datasetLanguage={datasetLanguage}
            showDate={disputed || event.evidence.length > 1}
            checksum={checks?.checksums.get(evidence.source)}
            onReadSource={onReadSource}
          />
        ))}
      </div>
      {missing.length > 0 && (
        <div className="mt-3 space-y-3">
          {missing.map(({ evidence, source, key }) => (
            <MissingPassage
              key={key}
              evidence={evidence}
              source={source}
              onReadSource={onReadSource}
            />
          ))}
        </div>
      )}
    </>
  );
}
