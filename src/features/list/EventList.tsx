import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { CategoryName } from '../../components/CategoryName';
import { datasetTextLang } from '../../domain/dataset/localize';
import type { Category } from '../../domain/dataset/schema';
import type { EventLookup } from '../../domain/events/eventIndex';
import type { TimelineItem } from '../../domain/events/items';
import { useI18n } from '../../i18n/useI18n';

interface EventListProps {
  /** The events shown, in time order. */
  items: readonly TimelineItem[];
  events: EventLookup;
  categories: ReadonlyMap<string, Category>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** The language of the dataset's own text, shown where it has no translation. */
  datasetLanguage: string;
}

/**
 * The same events as a list in time order (`view=list`): for reading straight through, for
 * screen readers, and for screens too small for lanes. Filters and search apply as on the timeline.
 * Windowed with TanStack Virtual: find-in-page and Tab reach the rows in and near view, and
 * scrolling (which focus moving down the list does) brings in the next ones.
 */
export function EventList({
  items,
  events,
  categories,
  selectedId,
  onSelect,
  datasetLanguage,
}: EventListProps) {
  const { t, language } = useI18n();
  // Dataset text without a translation shows as written, marked with its language.
  const textLang = (translation: string | undefined) =>
    datasetTextLang(translation, language, datasetLanguage);
  const headingId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  // The rows around the focused one are always in the page, so that Tab, pressed faster than
  // the list scrolls, still finds the next row rather than leaving the list.
  const [focusedIndex, setFocusedIndex] = useState(-1);
  const rangeExtractor = useCallback(
    (range: Parameters<typeof defaultRangeExtractor>[0]) => {
      const shown = new Set(defaultRangeExtractor(range));
      for (let i = focusedIndex - 3; i <= focusedIndex + 3; i++)
        if (focusedIndex >= 0 && i >= 0 && i < range.count) shown.add(i);
      return [...shown].sort((a, b) => a - b);
    },
    [focusedIndex],
  );
  // Kept while the items are: a new key function makes the virtualiser measure every row again
  // (100,000 map lookups) on each render.
  const getItemKey = useCallback((index: number) => items[index]?.id ?? index, [items]);
  // Only the rows in and near view are in the page: 100,000 events show as fast as 10.
  // eslint-disable-next-line react-hooks/incompatible-library -- no React Compiler here
  const rows = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 132,
    overscan: 8,
    getItemKey,
    rangeExtractor,
  });
  // Bring the selected event into view when it changes (a click, the URL, Back).
  const selectedIndex = selectedId ? items.findIndex((item) => item.id === selectedId) : -1;
  useEffect(() => {
    const list = scrollRef.current;
    if (selectedIndex < 0 || !list) return;
    const row = rows.measurementsCache[selectedIndex];
    const shown =
      row && row.start >= list.scrollTop && row.end <= list.scrollTop + list.clientHeight;
    // To the top of the list, where a phone's details sheet does not cover it.
    if (!shown) rows.scrollToIndex(selectedIndex, { align: 'start' });
  }, [selectedIndex, rows]);

  if (items.length === 0) {
    return <p className="px-4 py-6 text-stone-700">{t.list.empty}</p>;
  }
  return (
    // The list scrolls by itself, on a phone as on a wide screen: only the rows in view exist.
    <div
      ref={scrollRef}
      className="h-[75dvh] min-h-0 overflow-y-auto px-4 pb-4 sm:h-auto sm:flex-1"
    >
      {/* The rows' h3 headings need an h2 above them (axe: heading-order). */}
      <h2 id={headingId} className="sr-only">
        {t.list.heading}
      </h2>
      <ol aria-labelledby={headingId} className="relative" style={{ height: rows.getTotalSize() }}>
        {rows.getVirtualItems().map((row) => {
          const item = items[row.index] as TimelineItem;
          const event = events.get(item.id);
          if (!event) return null;
          const selected = item.id === selectedId;
          return (
            <li
              key={row.key}
              ref={rows.measureElement}
              data-index={row.index}
              // Screen readers still hear "12 of 100,000" with only a few rows in the page.
              aria-setsize={items.length}
              aria-posinset={row.index + 1}
              onFocus={() => setFocusedIndex(row.index)}
              className="absolute inset-x-0 top-0 pb-2"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <div
                className={`rounded-md border bg-white p-3 ${selected ? 'border-stone-900 ring-2 ring-stone-900' : 'border-stone-300'}`}
              >
                <p className="text-sm font-semibold text-stone-700">
                  {item.dateLabel}
                  {item.disputed && (
                    <span className="ml-2 rounded bg-amber-100 px-1 text-amber-950">
                      {t.list.sourcesDiffer}
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
                    <span lang={textLang(event.translations?.[language]?.title)}>{item.title}</span>
                  </button>
                </h3>
                <p className="mt-1 flex items-center gap-1.5 text-sm text-stone-700">
                  <CategoryName
                    category={categories.get(item.categoryId)}
                    fallback={item.categoryId}
                  />
                  <span aria-hidden="true">·</span>
                  {t.list.passages(event.evidence.length)}
                </p>
                <p
                  lang={textLang(event.translations?.[language]?.summary)}
                  className="mt-1 text-stone-900"
                >
                  {event.summary}
                </p>
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
