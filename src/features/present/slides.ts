import { filterItems, type EventFilter } from '../../domain/events/filter';
import type { TimelineItem } from '../../domain/events/items';

/** What chooses the slides: a tour, or else the filter the view shows. */
export interface SlideChoice extends EventFilter {
  /** Event ids in the order the talk takes them. */
  tour?: readonly string[];
}

/**
 * The events presenter mode steps through: a tour's events in the tour's own order (an id the
 * dataset lacks is skipped; the app reports it), or without a tour every event that passes the
 * categories, search and period shown, in time order. A tour ignores that filter: it is a
 * deliberate choice of events.
 */
export function presentationSlides(
  items: readonly TimelineItem[],
  itemsById: ReadonlyMap<string, TimelineItem>,
  choice: SlideChoice,
): TimelineItem[] {
  if (choice.tour?.length) return choice.tour.flatMap((id) => itemsById.get(id) ?? []);
  return filterItems(items, choice);
}

/** Where `eventId` is among the slides, or 0 (the first slide) when it is not one of them. */
export function slidePosition(slides: readonly { id: string }[], eventId: string | undefined) {
  const index = slides.findIndex((slide) => slide.id === eventId);
  return Math.max(index, 0);
}
