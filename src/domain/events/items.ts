import { DAY, YEAR } from '../dates/time';
import { parseEdtf, type DatePrecision, type EdtfSpan } from '../dates/edtf';
import { dateDisagreement } from '../dataset/disagreement';
import type { Dataset, TimelineEvent } from '../dataset/schema';

/**
 * Stage 1 of the timeline pipeline (`TimelineItem → PlacedItem → rendered mark`): each event
 * becomes numbers a scale can use, converted once per dataset. Items are sorted by start, then
 * end, then id, which is the "time order" that arrow keys follow.
 */
export interface TimelineItem {
  id: string;
  title: string;
  dateLabel: string;
  /** UTC ms, inclusive. An open start is clamped to the dataset's extent. */
  start: number;
  /** UTC ms, exclusive. An open end is clamped to the dataset's extent. */
  end: number;
  /** A day or finer is drawn as a point; anything longer as a span across its period. */
  shape: 'point' | 'span';
  precision: DatePrecision;
  kind: 'point' | 'interval';
  approximate: boolean;
  uncertain: boolean;
  openStart: boolean;
  openEnd: boolean;
  categoryId: string;
  /** Its sources give dates that cannot all be true. */
  disputed: boolean;
  /** Set when the event is a forecast, plan or target, not an outcome. */
  modality?: TimelineEvent['modality'];
  /** Lower-cased title, summary and entity names, for search. */
  searchText: string;
}

export interface TimelineModel {
  items: TimelineItem[];
  /** The span of all events with a margin, the widest the timeline zooms out. */
  extent: [number, number];
  /** The longest item, which bounds the search for items overlapping a window. */
  maxDuration: number;
}

export function buildTimelineModel(dataset: Dataset): TimelineModel {
  const { events } = dataset;
  // Plain loops over the events (no intermediate objects, no spread of 100,000 dates, which
  // would overflow the call stack): this runs for every dataset as it loads.
  const spans: EdtfSpan[] = new Array<EdtfSpan>(events.length);
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < events.length; i++) {
    const result = parseEdtf((events[i] as TimelineEvent).date.edtf);
    // The schema has already rejected unparsable dates.
    if (!result.ok) throw new Error(result.error);
    const span = (spans[i] = result.value);
    if (Number.isFinite(span.start)) first = Math.min(first, span.start);
    if (Number.isFinite(span.end)) last = Math.max(last, span.end);
  }
  if (first === Infinity) [first, last] = [Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)];
  const margin = Math.max((last - first) * 0.04, 30 * DAY);
  // Open ends run a little past the last dated event, then fade out.
  const openEndAt = last + Math.max((last - first) * 0.02, YEAR);
  const openStartAt = first - Math.max((last - first) * 0.02, YEAR);
  const extent: [number, number] = [
    Math.min(first - margin, openStartAt),
    Math.max(last + margin, openEndAt + margin / 2),
  ];

  const items = new Array<TimelineItem>(events.length);
  let maxDuration = 0;
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as TimelineEvent;
    const span = spans[i] as EdtfSpan;
    const start = span.openStart ? openStartAt : span.start;
    const end = Math.max(span.openEnd ? openEndAt : span.end, start + 1);
    maxDuration = Math.max(maxDuration, end - start);
    items[i] = new EventItem(event, span, start, end);
  }
  items.sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1));
  return { items, extent, maxDuration };
}

/**
 * An event as a timeline item. Its search text is made on the first search, not as the dataset
 * loads: a lower-cased copy of every summary cost a quarter of indexing 100,000 events.
 */
class EventItem implements TimelineItem {
  readonly id: string;
  readonly title: string;
  readonly dateLabel: string;
  readonly shape: TimelineItem['shape'];
  readonly precision: DatePrecision;
  readonly kind: TimelineItem['kind'];
  readonly approximate: boolean;
  readonly uncertain: boolean;
  readonly openStart: boolean;
  readonly openEnd: boolean;
  readonly categoryId: string;
  readonly disputed: boolean;
  readonly modality: TimelineEvent['modality'];
  #searchText: string | undefined;

  constructor(
    readonly event: TimelineEvent,
    span: EdtfSpan,
    readonly start: number,
    readonly end: number,
  ) {
    this.id = event.id;
    this.title = event.title;
    this.dateLabel = event.date.label;
    this.shape = span.kind === 'point' && span.precision === 'day' ? 'point' : 'span';
    this.precision = span.precision;
    this.kind = span.kind;
    this.approximate = span.approximate;
    this.uncertain = span.uncertain;
    this.openStart = span.openStart;
    this.openEnd = span.openEnd;
    this.categoryId = event.category;
    this.disputed = dateDisagreement(event) !== null;
    this.modality = event.modality;
  }

  get searchText(): string {
    return (this.#searchText ??= normalizeForSearch(searchableText(this.event)));
  }
}

/** The event an item of a timeline model stands for. */
export function eventOf(item: TimelineItem | undefined): TimelineEvent | undefined {
  return item instanceof EventItem ? item.event : undefined;
}

/** Title, summary and entity names, a line each. */
function searchableText(event: TimelineEvent): string {
  let text = `${event.title}\n${event.summary}`;
  for (const entity of event.entities ?? []) text += `\n${entity.name}`;
  return text;
}

/** Case- and accent-insensitive form for search ("Zhou" finds "zhōu"). */
export function normalizeForSearch(text: string): string {
  // Plain ASCII needs no decomposition, and most text is: skip the costly part for it.
  if (!/[\u0080-\uffff]/.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
