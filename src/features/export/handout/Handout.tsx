import { useState } from 'react';
import { createPortal } from 'react-dom';
import type { TimelineEvent } from '../../../domain/dataset/schema';
import { dateDisagreement } from '../../../domain/dataset/disagreement';
import { dayWords } from '../../../domain/dates/dateWords';
import { edtfLabel } from '../../../domain/dates/edtfLabel';
import { useI18n } from '../../../i18n/useI18n';
import { readableUrl, type CitedSource } from '../citedSources';
import { composePicture, type PictureRequest } from '../composePicture';
import { canvasMeasure } from '../measureText';
import { pictureFontFamily } from '../picture/renderPicture';
import { InlineSvg } from './InlineSvg';
import './handout.css';

/** A printed page's width in CSS px (A4 less 15 mm margins); the picture is laid out for it. */
const PAGE_WIDTH = 680;
const GUTTER = 150;

/**
 * The printed handout of the current view: title, period and filters, the timeline picture,
 * every event shown in time order with its passages and their sources, then the sources with
 * their addresses and licences, and the link to the view. Rendered into the document's body
 * only while printing; the print style sheet then shows it alone.
 */
export function Handout({ request }: { request: PictureRequest }) {
  const { t, language } = useI18n();
  const words = t.exportPrint.handout;
  const [printedAt] = useState(() => Date.now());
  const measure = canvasMeasure(pictureFontFamily(language));
  const { picture, footer, events } = composePicture(
    { ...request, labelSize: 13, rem: 16 },
    measure,
    { plotWidth: PAGE_WIDTH - 32 - GUTTER, gutter: GUTTER, footer: false },
  );
  const numbers = new Map(footer.sources.map((source, i) => [source.id, i + 1]));

  return createPortal(
    <article className="handout" lang={language === 'zh' ? 'zh-CN' : 'en'}>
      <header>
        <h1>{footer.title}</h1>
        <p className="handout-meta">
          {words.filters(footer.period, footer.categories, footer.query)}
        </p>
      </header>
      <figure className="handout-picture">
        <InlineSvg markup={picture.svg} />
      </figure>
      <section>
        <h2>{words.events(events.length)}</h2>
        {events.length === 0 && <p>{words.noEvents}</p>}
        <ol className="handout-events">
          {events.map((event) => (
            <HandoutEvent key={event.id} event={event} request={request} numbers={numbers} />
          ))}
        </ol>
      </section>
      {footer.sources.length > 0 && (
        <section>
          <h2>{words.sources}</h2>
          <ol className="handout-sources">
            {footer.sources.map((source) => (
              <SourceEntry key={source.id} source={source} />
            ))}
          </ol>
        </section>
      )}
      <p className="handout-view">
        {words.thisView} <a href={footer.link}>{readableUrl(footer.link)}</a>
        <br />
        {words.printed(dayWords(printedAt, language))}
      </p>
    </article>,
    document.body,
  );
}

function HandoutEvent({
  event,
  request,
  numbers,
}: {
  event: TimelineEvent;
  request: PictureRequest;
  numbers: ReadonlyMap<string, number>;
}) {
  const { t, language } = useI18n();
  const words = t.exportPrint.handout;
  const disputed = dateDisagreement(event) !== null;
  const category = request.index.categories.get(event.category);
  const { basis, note } = event.date;
  return (
    <li className="handout-event">
      <p className="handout-date">
        {event.date.label}
        {category && <span> · {category.label}</span>}
        {disputed && <span className="handout-tag">{words.sourcesDiffer}</span>}
        {event.modality && <span className="handout-tag">{words.modality[event.modality]}</span>}
      </p>
      <h3>{event.title}</h3>
      <p className="handout-summary">{event.summary}</p>
      {basis !== 'stated' && note && (
        <p className="handout-note">
          {words.dateBasis[basis]} {note}
        </p>
      )}
      {event.evidence.map((evidence, i) => {
        const source = request.index.sources.get(evidence.source);
        const number = numbers.get(evidence.source);
        const publisher = source && (source.csl['container-title'] || source.csl.publisher);
        const showDate = evidence.date && (disputed || event.evidence.length > 1);
        return (
          <figure key={i} className="handout-quote">
            <blockquote lang={source?.csl.language}>
              {evidence.claimant && <span>{words.says(evidence.claimant)} </span>}“{evidence.exact}”
            </blockquote>
            {evidence.translation && (
              <p>
                {words.translation} “{evidence.translation}”
              </p>
            )}
            <figcaption>
              — <cite lang={source?.csl.language}>{source?.csl.title ?? evidence.source}</cite>
              {publisher && `, ${publisher}`}
              {number && ` [${number}]`}
              {showDate && ` · ${words.sourceDate(edtfLabel(evidence.date!, language))}`}
            </figcaption>
          </figure>
        );
      })}
    </li>
  );
}

function SourceEntry({ source }: { source: CitedSource }) {
  const byline = [source.publisher, source.year].filter(Boolean).join(', ');
  return (
    <li>
      <cite lang={source.language}>{source.title}</cite>
      {byline && ` — ${byline}`}. {source.url && <a href={source.url}>{readableUrl(source.url)}</a>}
      <br />
      <span className="handout-rights">
        {source.rights}
        {source.licenceUrl && (
          <>
            {' '}
            <a href={source.licenceUrl}>{source.licenceUrl}</a>
          </>
        )}
      </span>
    </li>
  );
}
