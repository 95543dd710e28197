import type { Category, Dataset, TimelineEvent } from '../../domain/dataset/schema';
import { yearRangeWords } from '../../domain/dates/dateWords';
import { innerWindow, utcYear } from '../../domain/dates/time';
import type { EventIndex } from '../../domain/events/eventIndex';
import { filterItems } from '../../domain/events/filter';
import type { TimelineItem } from '../../domain/events/items';
import { axisContext } from '../../domain/stage/ticks';
import {
  transformForWindow,
  visibleWindow,
  type Viewport,
  type ZoomTransform,
} from '../../domain/stage/viewport';
import { absoluteViewUrl } from '../../domain/url/links';
import type { ViewState } from '../../domain/url/viewState';
import { formatWindow } from '../../domain/url/windowDates';
import type { Language } from '../../i18n/languages';
import type { Messages } from '../../i18n/messages/en';
import { citedSources } from './citedSources';
import type { PictureFooter } from './picture/footerLines';
import { placePlot } from './picture/placePlot';
import { renderPicture, type Picture, type PictureWords } from './picture/renderPicture';
import type { Measure } from './svg/textLayout';

/** Everything the screen draws from, as the app hands it over when a picture is asked for. */
export interface PictureRequest {
  /** The dataset as the reader sees it (translated), and its index. */
  dataset: Dataset;
  index: EventIndex;
  /** The categories shown (lanes) and their items, the search matches and the selection. */
  lanes: readonly Category[];
  items: readonly TimelineItem[];
  matches: ReadonlySet<string> | null;
  selectedId: string | null;
  state: ViewState;
  /** The zoom controller's viewport and current transform. */
  viewport: Viewport;
  transform: ZoomTransform;
  language: Language;
  t: Messages;
  /** The page's address, for the link back to this view. */
  pageUrl: string;
  /** The screen's label size and root font size, px. */
  labelSize: number;
  rem: number;
}

export interface ComposedPicture {
  picture: Picture;
  footer: PictureFooter;
  /** The events shown (window, categories, search), in time order. */
  events: TimelineEvent[];
  window: [number, number];
}

/**
 * The picture of the current view, from the same inputs as the screen. With `plotWidth` the plot
 * is laid out at that width for the same window (a handout's page), otherwise at the screen's.
 */
export function composePicture(
  request: PictureRequest,
  measure: Measure,
  options: { plotWidth?: number; footer?: boolean; gutter?: number } = {},
): ComposedPicture {
  const { dataset, index, lanes, state, language, t } = request;
  let { viewport, transform } = request;
  const window = visibleWindow(viewport, transform);
  const wholeExtent = transform.k <= 1.0001;
  if (options.plotWidth) {
    viewport = { extent: viewport.extent, width: options.plotWidth };
    transform = wholeExtent ? { k: 1, x: 0 } : transformForWindow(viewport, ...window);
  }

  const shown = filterItems(request.items, {
    categories: new Set(lanes.map((lane) => lane.id)),
    query: state.q,
    window,
  });
  const events = shown.flatMap((item) => index.events.get(item.id) ?? []);
  const period = periodWords(window, viewport.width, language);
  const windowParams = wholeExtent ? { from: undefined, to: undefined } : formatWindow(...window);
  const footer: PictureFooter = {
    title: dataset.title,
    period,
    categories: lanes.length === dataset.categories.length ? null : lanes.map((c) => c.label),
    query: state.q ?? null,
    eventCount: events.length,
    sources: citedSources(events, index.sources),
    link: absoluteViewUrl(request.pageUrl, state, { ...windowParams, embed: undefined }),
  };

  const plot = placePlot({
    items: request.items,
    maxDuration: index.model.maxDuration,
    lanes,
    viewport,
    transform,
    matches: request.matches,
    selectedId: request.selectedId,
    language,
    labelSize: request.labelSize,
    rem: request.rem,
    measure,
  });
  const picture = renderPicture({
    plot,
    footer: options.footer === false ? null : footer,
    title: `${dataset.title} · ${period}`,
    words: pictureWords(t, language),
    language,
    labelSize: request.labelSize,
    rem: request.rem,
    measure,
    gutter: options.gutter,
  });
  return { picture, footer, events, window };
}

/** What the window shows in words, as the toolbar says it ("1950 – 1970", "1959年9月"). */
export function periodWords(
  window: readonly [number, number],
  width: number,
  language: Language,
): string {
  const [start, end] = window;
  const context = axisContext(start, end, width, language);
  if (context) return context;
  const [first, last] = innerWindow(start, end).map(utcYear) as [number, number];
  return yearRangeWords(first, last, language);
}

export function pictureWords(t: Messages, language: Language): PictureWords {
  const words = t.exportPrint;
  return {
    ...words.footer,
    key: words.key,
    names: {
      mark: ({ item }) => t.timeline.markName(item.title, item.dateLabel, item.disputed),
      cluster: ({ count, start, end }) => {
        const [first, last] = innerWindow(start, end).map(utcYear) as [number, number];
        return words.clusterName(count, yearRangeWords(first, last, language));
      },
    },
  };
}
