import { useId, useRef } from 'react';
import { CategoryName } from '../../components/CategoryName';
import { sourceName } from '../../domain/dataset/describeSource';
import { datasetTextLang, foreignLang } from '../../domain/dataset/localize';
import type { Category, Source, TimelineEvent } from '../../domain/dataset/schema';
import { useI18n } from '../../i18n/useI18n';
import { precisionPhrase } from './slideDate';
import { useFitText } from './useFitText';

interface SlideProps {
  event: TimelineEvent;
  category: Category | undefined;
  /** The source of the event's first quoted passage. */
  source: Source | undefined;
  /** The language of the dataset's own text (the editors' translations, source names). */
  datasetLanguage: string;
}

/**
 * One event as a slide: date and how precise it is, title, summary, and its first quoted
 * passage with the source's name (and the editors' translation where the passage is in another
 * language than the interface's). Type as large as the box allows, down to half size.
 */
export function Slide({ event, category, source, datasetLanguage }: SlideProps) {
  const { t, language } = useI18n();
  const boxRef = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const passage = event.evidence[0];
  const passageLanguage = source?.csl.language;
  const showTranslation =
    passage?.translation && passageLanguage?.split('-')[0] !== language.split('-')[0];
  const precision = precisionPhrase(event.date.edtf, t.present.precision);
  const name = source ? sourceName(source) : passage?.source;
  useFitText(boxRef, `${event.id} ${language}`);
  // Dataset text shown as written is marked with its language, so that it is read as such.
  const editorsLang = foreignLang(datasetLanguage, language);
  const translated = event.translations?.[language];

  return (
    <div ref={boxRef} className="present-fit min-h-0 flex-1 overflow-y-auto px-[4vw] py-[2vh]">
      {/* A new slide fades in, unless the reader prefers reduced motion. */}
      <article
        key={event.id}
        aria-labelledby={headingId}
        aria-roledescription={t.present.slide}
        className="present-slide mx-auto flex min-h-full max-w-[80rem] flex-col justify-center"
      >
        <p className="present-date flex flex-wrap items-baseline gap-x-[0.6em] text-stone-700">
          <span className="font-bold text-stone-950">{event.date.label}</span>
          {precision && <span>{t.present.aside(precision)}</span>}
          <span className="present-category inline-flex items-center gap-[0.35em] text-stone-700">
            <CategoryName category={category} fallback={event.category} />
          </span>
        </p>
        <h2
          id={headingId}
          lang={datasetTextLang(translated?.title, language, datasetLanguage)}
          className="present-title mt-[0.2em] font-bold text-balance"
        >
          {event.title}
        </h2>
        <p
          lang={datasetTextLang(translated?.summary, language, datasetLanguage)}
          className="present-summary mt-[0.6em] text-pretty text-stone-900"
        >
          {event.summary}
        </p>
        {passage && (
          <figure className="present-quote mt-[0.9em] border-l-[0.3em] border-stone-500 pl-[0.8em]">
            <blockquote lang={passageLanguage} className="text-stone-900 italic">
              <p>“{passage.exact}”</p>
            </blockquote>
            {showTranslation && (
              <p className="mt-[0.3em] text-stone-800">
                <span className="font-semibold">{t.present.translation}</span>
                <span lang={editorsLang}>{`“${passage.translation}”`}</span>
              </p>
            )}
            <figcaption className="present-cite mt-[0.4em] text-stone-700">
              —{' '}
              <cite lang={passageLanguage} className="font-semibold text-stone-900 not-italic">
                {source?.csl.title ?? passage.source}
              </cite>
              {name && name !== source?.csl.title && (
                <>
                  , <span lang={editorsLang}>{name}</span>
                </>
              )}
            </figcaption>
          </figure>
        )}
      </article>
    </div>
  );
}
