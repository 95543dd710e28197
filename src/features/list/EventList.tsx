import { useEffect, useRef } from 'react';
import { CategoryName } from '../../components/CategoryName';
import type { Category, TimelineEvent } from '../../domain/dataset/schema';
import type { TimelineItem } from '../../domain/events/items';
import { useI18n } from '../../i18n/useI18n';

interface EventListProps {
  /** The events shown, in time order. */
  items: readonly TimelineItem[];
  events: ReadonlyMap<string, TimelineEvent>;
  categories: ReadonlyMap<string, Category>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/**
 * The same events as a list in time order (`view=list`): for reading straight through, for
 * screen readers, and for screens too small for lanes. Filters and search apply as on the timeline.
 */
export function EventList({ items, events, categories, selectedId, onSelect }: EventListProps) {
  const { t } = useI18n();
  const listRef = useRef<HTMLOListElement>(null);
  // Bring the selected event into view when it is out of sight (in the list, or on a phone the page).
  useEffect(() => {
    const list = listRef.current;
    const entry = list?.querySelector<HTMLElement>('[aria-current="true"]')?.closest('li');
    if (!list || !entry) return;
    const shown = list.getBoundingClientRect();
    const { top, bottom } = entry.getBoundingClientRect();
    if (top >= shown.top && bottom <= Math.min(shown.bottom, window.innerHeight)) return;
    // The list scrolls by itself on wide screens; on a phone the page scrolls instead.
    if (list.scrollHeight > list.clientHeight) list.scrollTop += top - shown.top - 8;
    else window.scrollBy(0, top - 8);
  }, [selectedId]);

  if (items.length === 0) {
    return (
      <p className="px-4 py-6 text-stone-700">No event matches the categories and search chosen.</p>
    );
  }
  return (
    <ol
      ref={listRef}
      aria-label="Events in time order"
      className="min-h-0 flex-1 space-y-2 overflow-y-auto px-4 pb-4"
    >
      {items.map((item) => {
        const event = events.get(item.id);
        const category = categories.get(item.categoryId);
        if (!event) return null;
        const selected = item.id === selectedId;
        return (
          <li
            key={item.id}
            className={`rounded-md border bg-white p-3 ${selected ? 'border-stone-900 ring-2 ring-stone-900' : 'border-stone-300'}`}
          >
            <p className="text-sm font-semibold text-stone-700">
              {item.dateLabel}
              {item.disputed && (
                <span className="ml-2 rounded bg-amber-100 px-1 text-amber-950">
                  ≠ sources differ
                </span>
              )}
              {event.modality && (
                <span className="ml-2 rounded border border-violet-800 bg-violet-50 px-1 text-violet-950">
                  {t.evidence.modality[event.modality]}
                </span>
              )}
            </p>
            <h3 className="mt-0.5 text-lg leading-snug font-semibold">
              <button
                type="button"
                onClick={() => onSelect(item.id)}
                aria-current={selected ? 'true' : undefined}
                className="text-left text-blue-900 underline decoration-stone-400 underline-offset-2 hover:decoration-blue-900"
              >
                {item.title}
              </button>
            </h3>
            <p className="mt-1 flex items-center gap-1.5 text-sm text-stone-700">
              <CategoryName category={category} fallback={item.categoryId} />
              <span aria-hidden="true">·</span>
              {event.evidence.length} passage{event.evidence.length > 1 ? 's' : ''}
            </p>
            <p className="mt-1 text-stone-900">{event.summary}</p>
          </li>
        );
      })}
    </ol>
  );
}
