import { useId, useMemo } from 'react';
import { CategoryName } from '../../components/CategoryName';
import { dateDisagreement } from '../../domain/dataset/disagreement';
import { datasetTextLang, foreignLang } from '../../domain/dataset/localize';
import type { TimelineEvent } from '../../domain/dataset/schema';
import type { EventIndex } from '../../domain/events/eventIndex';
import { edtfLabel } from '../../domain/dates/edtfLabel';
import { sourceName } from '../../domain/dataset/describeSource';
import { useI18n } from '../../i18n/useI18n';
import { EventFacts } from './EventFacts';
import { EvidenceList } from './EvidenceList';
import { describeDateBasis, precisionWords } from './format/dateBasis';

interface DetailsPanelProps {
  index: EventIndex;
  /** Where the dataset was loaded from: its source texts are loaded to check the passages. */
  datasetUrl: string;
  event: TimelineEvent;
  /** The previous and next events in time order, among those shown. */
  previous: TimelineEvent | null;
  next: TimelineEvent | null;
  onSelect: (id: string) => void;
  onClose: () => void;
  onReadSource: (sourceId: string) => void;
  /** Opens the citations of this event's sources. */
  onCite: () => void;
}

const STEP_BUTTON =
  'min-h-8 rounded-md border border-stone-400 bg-white px-2.5 py-1 font-medium disabled:opacity-40';

/**
 * What happened, when and how sure we are, and every passage that says so. A complementary
 * landmark beside the timeline on wide screens, a bottom sheet on phones.
 */
export function DetailsPanel({
  index,
  datasetUrl,
  event,
  previous,
  next,
  onSelect,
  onClose,
  onReadSource,
  onCite,
}: DetailsPanelProps) {
  const { t, language } = useI18n();
  const words = t.details;
  const headingId = useId();
  const category = index.categories.get(event.category);
  const { sources } = index;
  const disagreement = useMemo(() => dateDisagreement(event), [event]);
  const basis = describeDateBasis(event.date, words);
  const translated = event.translations?.[language];

  return (
    <aside
      aria-labelledby={headingId}
      onKeyDown={(keydown) => {
        if (keydown.key === 'Escape') {
          keydown.stopPropagation();
          onClose();
        }
      }}
      className="fixed inset-x-0 bottom-0 z-20 max-h-[58vh] overflow-y-auto rounded-t-2xl border-t border-stone-300 bg-stone-50 p-4 shadow-[0_-8px_24px_rgba(0,0,0,0.15)] sm:static sm:z-auto sm:max-h-none sm:min-h-0 sm:w-[26rem] sm:shrink-0 sm:rounded-none sm:border-t-0 sm:border-l sm:shadow-none lg:w-[30rem]"
    >
      {/* Title, close and previous/next stay in reach while the passages scroll (a bottom sheet
          on phones keeps them under the thumb). */}
      <div className="sticky -top-4 z-10 -mx-4 -mt-4 border-b border-stone-200 bg-stone-50 px-4 pt-4 pb-2">
        <div className="flex items-start justify-between gap-3">
          <h2
            id={headingId}
            tabIndex={-1}
            lang={datasetTextLang(translated?.title, language, index.language)}
            className="text-xl leading-tight font-bold"
          >
            {event.title}
          </h2>
          <button
            type="button"
            onClick={onClose}
            aria-label={words.close}
            className="inline-flex size-8 shrink-0 items-center justify-center rounded-md border border-stone-400 bg-white text-lg leading-none"
          >
            ×
          </button>
        </div>
        {event.modality && (
          <p className="mt-1 w-fit rounded border border-violet-800 bg-violet-50 px-1.5 text-sm font-semibold text-violet-950">
            {t.evidence.modality[event.modality]}
          </p>
        )}
        <nav aria-label={words.otherEvents} className="mt-2 flex justify-between gap-2 text-sm">
          <button
            type="button"
            disabled={!previous}
            onClick={() => previous && onSelect(previous.id)}
            className={STEP_BUTTON}
            aria-label={words.previousEvent(previous?.title ?? null)}
          >
            {words.previous}
          </button>
          <button
            type="button"
            disabled={!next}
            onClick={() => next && onSelect(next.id)}
            className={STEP_BUTTON}
            aria-label={words.nextEvent(next?.title ?? null)}
          >
            {words.next}
          </button>
        </nav>
      </div>

      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="font-semibold text-stone-700">{words.when}</dt>
        <dd>
          <span className="font-semibold">{event.date.label}</span>{' '}
          <span className="text-stone-700">
            {words.dateQuality(precisionWords(event.date.edtf, words), basis.basis)}
          </span>
          {basis.explanation && (
            <p className="mt-0.5 text-stone-700" lang={foreignLang(index.language, language)}>
              {basis.explanation}
            </p>
          )}
        </dd>
        <dt className="font-semibold text-stone-700">{words.category}</dt>
        <dd
          className="flex items-center gap-1.5"
          lang={datasetTextLang(
            category?.translations?.[language]?.label,
            language,
            index.language,
          )}
        >
          <CategoryName category={category} fallback={event.category} />
        </dd>
      </dl>

      {disagreement && (
        <p
          role="note"
          className="mt-3 rounded-md border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950"
        >
          <strong>{words.sourcesDiffer}</strong>
          {disagreement.map((claim, i) => (
            <span key={claim.date}>
              {i > 0 && words.claimSeparator}
              {edtfLabel(claim.date, language)} —{' '}
              {claim.sources.map((id, j) => {
                const source = sources.get(id);
                return (
                  <span key={id}>
                    {j > 0 && words.nameSeparator}
                    <span lang={foreignLang(index.language, language)}>
                      {source ? sourceName(source) : id}
                    </span>
                  </span>
                );
              })}
            </span>
          ))}
        </p>
      )}

      <p
        className="mt-3 text-stone-900"
        lang={datasetTextLang(translated?.summary, language, index.language)}
      >
        {event.summary}
      </p>

      <EventFacts event={event} datasetLanguage={index.language} />

      <EvidenceList
        datasetUrl={datasetUrl}
        datasetLanguage={index.language}
        event={event}
        sources={sources}
        disputed={!!disagreement}
        onReadSource={onReadSource}
        onCite={onCite}
      />
    </aside>
  );
}
