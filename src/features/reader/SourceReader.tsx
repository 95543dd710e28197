import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useRef } from 'react';
import { ExternalLink } from '../../components/ExternalLink';
import { OverlayPanel } from '../../components/OverlayPanel';
import type { Dataset, Source } from '../../domain/dataset/schema';
import type { EventIndex } from '../../domain/events/eventIndex';
import { sourceChecksumQueryOptions, sourceTextQueryOptions } from '../../domain/dataset/queries';
import { passageStart } from '../../domain/dataset/verifySource';
import { useI18n } from '../../i18n/useI18n';
import { foreignLang } from '../../domain/dataset/localize';
import { SourceByline } from '../../components/SourceByline';
import { DatasetLoadError } from '../../domain/dataset/fetchFile';
import type { Messages } from '../../i18n/messages/en';
import { highlightsForSource, paragraphs, segmentsWithin, segmentText } from './highlights';
import { ReaderText } from './ReaderText';
import { safeHttpUrl, textFragmentUrl } from '../../domain/quotes/textFragment';

interface SourceReaderProps {
  dataset: Dataset;
  index: EventIndex;
  datasetUrl: string;
  source: Source;
  /** The selected event: its passages are emphasised and scrolled into view. */
  eventId: string | null;
  onSelectEvent: (id: string) => void;
  /** A link to this view with the given event selected (and this source open). */
  eventHref: (eventId: string) => string;
  onClose: () => void;
}

/**
 * The whole text of a source, with every passage any event cites marked; the selected event's
 * passages are emphasised and brought into view. Activating a passage selects its event.
 */
export function SourceReader({
  dataset,
  index,
  datasetUrl,
  source,
  eventId,
  onSelectEvent,
  eventHref,
  onClose,
}: SourceReaderProps) {
  const { t, language } = useI18n();
  const datasetLanguage = dataset.language ?? 'en';
  const query = useQuery(sourceTextQueryOptions(datasetUrl, source.text));
  // Hashed once the text is there, after it has been painted.
  const checksum = useQuery({
    ...sourceChecksumQueryOptions(datasetUrl, source),
    enabled: query.data !== undefined,
  }).data;
  const bodyRef = useRef<HTMLDivElement>(null);

  const view = useMemo(() => {
    if (!query.data) return null;
    const text = query.data;
    const { highlights, missing } = highlightsForSource(dataset, source.id, text);
    const segments = segmentText(text.length, highlights);
    return { text, missing, paragraphs: paragraphs(text).map((p) => segmentsWithin(segments, p)) };
  }, [query.data, dataset, source.id]);

  // Bring the selected event's first passage into view once the text is there, and keep it
  // there while the text reflows (the details panel arriving beside a deep-linked reader narrows
  // its column), until the reader scrolls by hand.
  useEffect(() => {
    const body = bodyRef.current;
    if (!view || !eventId || !body) return;
    const bringIntoView = () => {
      const mark = body.querySelector<HTMLElement>(`mark[data-current="true"]`);
      if (!mark) return;
      // Scroll the reader only, not the page around it (which scrollIntoView would also move).
      const offset = mark.getBoundingClientRect().top - body.getBoundingClientRect().top;
      body.scrollTop += offset - body.clientHeight / 3;
    };
    bringIntoView();
    const observer = new ResizeObserver(bringIntoView);
    observer.observe(body);
    const byHand = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
    const stop = () => observer.disconnect();
    for (const type of byHand) body.addEventListener(type, stop, { passive: true });
    return () => {
      observer.disconnect();
      for (const type of byHand) body.removeEventListener(type, stop);
    };
  }, [view, eventId]);

  const original = safeHttpUrl(source.csl.URL);
  const firstPassage = index.events
    .get(eventId ?? '')
    ?.evidence.find((e) => e.source === source.id);
  const originalWithPassage =
    original && firstPassage ? textFragmentUrl(original, firstPassage.exact) : original;

  return (
    <OverlayPanel
      title={source.csl.title}
      titleLang={source.csl.language}
      eyebrow={t.reader.eyebrow}
      closeLabel={t.reader.close}
      onClose={onClose}
      focusKey={source.id}
      details={
        <>
          <p className="mt-0.5 text-sm text-stone-700">
            <SourceByline source={source} datasetLanguage={datasetLanguage} />
          </p>
          {source.coverage === 'excerpt' && (
            <p className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-950">
              <strong>{t.reader.excerpt}</strong>
              {t.reader.excerptNote(!!original)}
            </p>
          )}
          <div className="mt-2 flex flex-wrap gap-x-4 text-sm">
            {originalWithPassage && (
              <ExternalLink href={originalWithPassage}>{t.common.openOriginal}</ExternalLink>
            )}
            <span className="text-stone-600" lang={foreignLang(datasetLanguage, language)}>
              {source.rights}
            </span>
          </div>
          {checksum?.status === 'mismatch' && (
            <p role="note" className="mt-2 rounded bg-red-50 p-2 text-sm text-red-950">
              <span aria-hidden="true">⚠ </span>
              {t.evidence.checksumMismatch}
            </p>
          )}
          {checksum?.status === 'unverifiable' && (
            <p role="note" className="mt-2 text-sm text-stone-700">
              {t.evidence.checksumUnverifiable}
            </p>
          )}
        </>
      }
    >
      <div ref={bodyRef} className="min-h-0 flex-1 overflow-y-auto px-4 py-4">
        {query.isPending && <p role="status">{t.reader.loading}</p>}
        {query.isError && (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-3 text-red-950">
            <p>{t.reader.loadFailed(describeTextError(query.error, t.reader.loadError))}</p>
            <button
              type="button"
              onClick={() => void query.refetch()}
              className="mt-2 rounded-md bg-red-800 px-3 py-1 text-white"
            >
              {t.app.retry}
            </button>
          </div>
        )}
        {view && view.missing.length > 0 && (
          <div
            role="note"
            className="mx-auto mb-4 max-w-3xl rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-950"
          >
            <p className="font-semibold">{t.evidence.readerMissing(view.missing.length)}</p>
            <ul className="mt-1 list-disc pl-5">
              {view.missing.map((passage) => (
                <li key={`${passage.eventId}:${passage.index}`}>
                  {t.evidence.readerMissingPassage(
                    passageStart(passage.exact),
                    index.events.get(passage.eventId)?.title ?? passage.eventId,
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        {view && (
          <ReaderText
            text={view.text}
            paragraphs={view.paragraphs}
            lang={source.csl.language}
            index={index}
            eventId={eventId}
            onSelectEvent={onSelectEvent}
            eventHref={eventHref}
          />
        )}
      </div>
    </OverlayPanel>
  );
}

/** Why the text could not be loaded, in the interface's words; nothing for an unexpected error. */
function describeTextError(error: Error, words: Messages['reader']['loadError']): string {
  if (!(error instanceof DatasetLoadError)) return '';
  switch (error.kind) {
    case 'http':
      return words.http(error.status ?? 0);
    case 'offline':
    case 'network':
    case 'notFile':
      return words[error.kind];
    default:
      return '';
  }
}
