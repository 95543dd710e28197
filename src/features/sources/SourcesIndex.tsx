import { useMemo } from 'react';
import { ExternalLink } from '../../components/ExternalLink';
import { OverlayPanel } from '../../components/OverlayPanel';
import type { Dataset } from '../../domain/dataset/schema';
import { safeHttpUrl } from '../../domain/quotes/textFragment';
import { foreignLang } from '../../domain/dataset/localize';
import { SourceByline } from '../../components/SourceByline';
import { useI18n } from '../../i18n/useI18n';

/** Every source with what it is, how much of it is held, its licence and how often it is cited. */
export function SourcesIndex({
  dataset,
  onOpen,
  onClose,
}: {
  dataset: Dataset;
  onOpen: (id: string) => void;
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const datasetLanguage = dataset.language ?? 'en';
  const citing = useMemo(() => {
    const counts = new Map<string, number>();
    for (const event of dataset.events) {
      for (const id of new Set(event.evidence.map((e) => e.source)))
        counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  }, [dataset]);

  return (
    <OverlayPanel
      title={t.sources.heading(dataset.sources.length)}
      closeLabel={t.sources.close}
      onClose={onClose}
    >
      <ul className="min-h-0 flex-1 space-y-2 overflow-y-auto px-4 py-3">
        {dataset.sources.map((source) => {
          const url = safeHttpUrl(source.csl.URL);
          const count = citing.get(source.id) ?? 0;
          return (
            <li key={source.id} className="rounded-md border border-stone-300 bg-white p-3">
              <p className="font-semibold" lang={source.csl.language}>
                {source.csl.title}
              </p>
              <p className="text-sm text-stone-700">
                <SourceByline source={source} datasetLanguage={datasetLanguage} /> ·{' '}
                {source.coverage === 'full' ? t.common.fullText : t.common.excerpt} ·{' '}
                {t.sources.citedBy(count)}
              </p>
              <p
                className="mt-1 text-xs text-stone-600"
                lang={foreignLang(datasetLanguage, language)}
              >
                {source.rights}
              </p>
              <div className="mt-1 flex flex-wrap gap-x-4 text-sm">
                <button
                  type="button"
                  onClick={() => onOpen(source.id)}
                  className="min-h-6 font-medium text-blue-800 underline"
                  aria-label={t.sources.readLabel(source.csl.title)}
                >
                  {t.sources.read}
                </button>
                {url && <ExternalLink href={url}>{t.sources.originalPage}</ExternalLink>}
              </div>
            </li>
          );
        })}
      </ul>
    </OverlayPanel>
  );
}
