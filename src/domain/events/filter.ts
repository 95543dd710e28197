import { normalizeForSearch, type TimelineItem } from './items';

/** What narrows the events shown: the categories ticked, the search text, the window. */
export interface EventFilter {
  categories: ReadonlySet<string>;
  query?: string;
  /** [start, end) in UTC ms: events overlapping it pass. */
  window?: readonly [number, number];
}

/** The items of the shown categories, in time order. */
export function inCategories(
  items: readonly TimelineItem[],
  categories: ReadonlySet<string>,
): TimelineItem[] {
  return items.filter((item) => categories.has(item.categoryId));
}

/** The search terms of a query; an item matches when it holds every one. */
export function searchTerms(query: string | undefined): string[] {
  return normalizeForSearch(query ?? '')
    .split(/\s+/)
    .filter(Boolean);
}

export function matchesTerms(item: TimelineItem, terms: readonly string[]): boolean {
  return terms.every((term) => item.searchText.includes(term));
}

/** Ids of the items that match a search, or null when there is no search. */
export function searchMatches(
  items: readonly TimelineItem[],
  query: string | undefined,
): ReadonlySet<string> | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return new Set(items.filter((item) => matchesTerms(item, terms)).map((item) => item.id));
}

/** The items that pass every part of the filter, in time order (the list, presenter, export). */
export function filterItems(items: readonly TimelineItem[], filter: EventFilter): TimelineItem[] {
  const terms = searchTerms(filter.query);
  const [from, to] = filter.window ?? [-Infinity, Infinity];
  return items.filter(
    (item) =>
      filter.categories.has(item.categoryId) &&
      item.end > from &&
      item.start < to &&
      matchesTerms(item, terms),
  );
}

/**
 * Items overlapping the window [from, to) in a list sorted by start: a binary search finds the
 * first item that starts at or after `from - maxDuration` (nothing earlier can reach the window)
 * and the scan stops at the first item starting at or after `to`. Cost: O(log n + items scanned).
 */
export function itemsInWindow(
  items: readonly TimelineItem[],
  maxDuration: number,
  from: number,
  to: number,
): TimelineItem[] {
  let low = 0;
  let high = items.length;
  const earliest = from - maxDuration;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((items[mid] as TimelineItem).start < earliest) low = mid + 1;
    else high = mid;
  }
  const found: TimelineItem[] = [];
  for (let i = low; i < items.length; i++) {
    const item = items[i] as TimelineItem;
    if (item.start >= to) break;
    if (item.end > from) found.push(item);
  }
  return found;
}
