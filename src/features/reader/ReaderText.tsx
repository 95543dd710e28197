import type { EventIndex } from '../../domain/events/eventIndex';
import { useI18n } from '../../i18n/useI18n';
import type { Segment } from './highlights';

interface ReaderTextProps {
  text: string;
  paragraphs: Segment[][];
  /** The source's language: the text is shown as its source wrote it. */
  lang: string | undefined;
  index: EventIndex;
  eventId: string | null;
  onSelectEvent: (id: string) => void;
  eventHref: (eventId: string) => string;
}

/**
 * A source's text with every cited passage marked. The selected event's passages are strong
 * (deep amber, outlined, bold); the others are pale amber with a thick underline, so they show
 * without colour alone. Each passage is a link that selects its event.
 */
export function ReaderText({
  text,
  paragraphs,
  lang,
  index,
  eventId,
  onSelectEvent,
  eventHref,
}: ReaderTextProps) {
  const { t } = useI18n();
  return (
    <article
      lang={lang}
      className="mx-auto max-w-3xl space-y-3 text-base leading-relaxed break-words whitespace-pre-line text-stone-900"
    >
      {paragraphs.map((segments, i) => (
        <p key={i}>
          {segments.map((segment) => {
            const words = text.slice(segment.start, segment.end);
            if (segment.eventIds.length === 0) return <span key={segment.start}>{words}</span>;
            const current = !!eventId && segment.eventIds.includes(eventId);
            const target = current ? eventId : (segment.eventIds[0] as string);
            const names = segment.eventIds
              .map((id) => index.events.get(id)?.title ?? id)
              .join('; ');
            return (
              <mark
                key={segment.start}
                data-current={current}
                className={
                  current
                    ? 'rounded-sm bg-amber-300 px-0.5 font-semibold text-stone-950 outline-2 outline-amber-700 box-decoration-clone'
                    : 'rounded-sm bg-amber-100 px-0.5 text-stone-950 box-decoration-clone'
                }
              >
                {/* A link, not a button: links flow and wrap inside a line of text. Underlined,
                    so that it is a link by more than colour (and axe's link-in-text-block). */}
                <a
                  href={eventHref(target)}
                  onClick={(click) => {
                    click.preventDefault();
                    onSelectEvent(target);
                  }}
                  title={t.reader.citedBy(names)}
                  className={`text-inherit underline underline-offset-4 ${current ? 'decoration-stone-900 decoration-1' : 'decoration-amber-700 decoration-2'}`}
                >
                  {words}
                </a>
              </mark>
            );
          })}
        </p>
      ))}
    </article>
  );
}
