import { useEffect, useMemo, useRef, useState } from 'react';
import type { TimelineItem } from '../domain/events/items';
import { useI18n } from '../i18n/useI18n';
import { createAnnouncer } from './announcer';

interface LiveRegionProps {
  /** The selected event, as the timeline names it. */
  selected: TimelineItem | null;
  /** Changes whenever the categories shown or the search change. */
  filters: string;
  /** How many events the filters and search leave. */
  shown: number;
  /** Presenter mode says its slides itself. */
  quiet: boolean;
}

/**
 * The page's one polite live region (accessibility contract): the selected event's title and
 * date when the selection changes, and how many events are shown once filters or a search
 * settle. Nothing is said for the view the page opens on.
 */
export function LiveRegion({ selected, filters, shown, quiet }: LiveRegionProps) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const announcer = useMemo(() => createAnnouncer(setMessage), []);
  useEffect(() => () => announcer.dispose(), [announcer]);

  const said = useRef({ selectedId: selected?.id ?? null, filters });
  useEffect(() => {
    const id = selected?.id ?? null;
    if (id === said.current.selectedId) return;
    said.current.selectedId = id;
    if (selected && !quiet) announcer.now(t.app.selected(selected.title, selected.dateLabel));
  }, [selected, quiet, announcer, t]);
  useEffect(() => {
    if (filters === said.current.filters) return;
    said.current.filters = filters;
    announcer.settled(t.app.eventsShown(shown));
  }, [filters, shown, announcer, t]);

  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}
