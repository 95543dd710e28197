import type { TimelineEvent } from '../../domain/dataset/schema';
import { foreignLang } from '../../domain/dataset/localize';
import { useI18n } from '../../i18n/useI18n';
import { figureLabel, formatFigure } from './format/figures';

const SECTION_HEADING = 'mt-4 text-sm font-semibold tracking-wide text-stone-700 uppercase';

/**
 * An event's figures and the people, places and organisations it names. Numbers and the words
 * around them are the interface's; labels and names are the dataset's, marked with its language.
 */
export function EventFacts({
  event,
  datasetLanguage,
}: {
  event: TimelineEvent;
  datasetLanguage: string;
}) {
  const { t, language } = useI18n();
  const words = t.details;
  const contentLang = foreignLang(datasetLanguage, language);
  return (
    <>
      {event.figures && event.figures.length > 0 && (
        <>
          <h3 className={SECTION_HEADING}>{words.figures}</h3>
          <dl className="mt-1 space-y-1 text-sm">
            {event.figures.map((figure, i) => {
              const label = figureLabel(figure);
              return (
                <div key={i} className="flex flex-wrap gap-x-2">
                  <dt className="font-semibold tabular-nums">
                    {formatFigure(figure, language, words.figure)}
                  </dt>
                  <dd className="text-stone-700" lang={label ? contentLang : undefined}>
                    {label ?? words.figure.kinds[figure.kind]}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}

      {event.entities && event.entities.length > 0 && (
        <>
          <h3 className={SECTION_HEADING}>{words.entities}</h3>
          <ul className="mt-1 flex flex-wrap gap-1.5 text-sm">
            {event.entities.map((entity) => (
              <li
                key={`${entity.type}:${entity.name}`}
                className="rounded-full border border-stone-300 bg-white px-2 py-0.5"
              >
                <span lang={contentLang}>{entity.name}</span>{' '}
                <span className="text-xs text-stone-600">{words.entityTypes[entity.type]}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
