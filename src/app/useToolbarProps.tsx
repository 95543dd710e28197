import { useMemo, type ComponentProps, type RefObject } from 'react';
import type { Dataset } from '../domain/dataset/schema';
import type { EventIndex } from '../domain/events/eventIndex';
import type { UrlStore } from '../domain/url/urlStore';
import type { ViewState } from '../domain/url/viewState';
import { HowToRead } from '../features/timeline/components/HowToRead';
import { VisibleRange } from '../features/timeline/components/VisibleRange';
import type { ZoomController } from '../features/timeline/zoomController';
import { ExportControls } from './ExportControls';
import type { Toolbar } from './toolbar/Toolbar';
import type { useDatasetView } from './useDatasetView';

interface ToolbarInputs {
  dataset: Dataset;
  index: EventIndex;
  view: ReturnType<typeof useDatasetView>;
  state: ViewState;
  controller: ZoomController;
  labelSize: RefObject<number>;
  urlStore: UrlStore;
  onSelect: (id: string) => void;
  zoom: { onZoomIn: () => void; onZoomOut: () => void; onShowAll: () => void };
  onPresent: () => void;
  onShare: () => void;
}

/** What the toolbar shows and does, from the URL's state and the loaded dataset. */
export function useToolbarProps(inputs: ToolbarInputs): ComponentProps<typeof Toolbar> {
  const { dataset, index, view, state, controller, labelSize, urlStore, onSelect } = inputs;
  const { navigate, update } = urlStore;
  const categoryCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const item of index.model.items)
      counts.set(item.categoryId, (counts.get(item.categoryId) ?? 0) + 1);
    return counts;
  }, [index]);
  // Enter in the search box: the next match after the selected event, round to the first.
  const nextMatch = () => {
    const ordered = view.items.filter((item) => view.matches?.has(item.id));
    if (ordered.length === 0) return;
    const current = ordered.findIndex((item) => item.id === view.selectedId);
    onSelect((ordered[(current + 1) % ordered.length] ?? ordered[0])!.id);
  };
  return {
    title: dataset.title,
    eventCount: dataset.events.length,
    sourceCount: dataset.sources.length,
    onOpenSources: () => navigate({ panel: 'sources' }),
    query: state.q ?? '',
    matchCount: view.matches?.size ?? 0,
    searchable: view.items.length,
    onQueryChange: (q) => update({ q: q || undefined }),
    onNextMatch: nextMatch,
    view: state.view,
    onViewChange: (next) => navigate({ view: next }),
    visibleRange: <VisibleRange controller={controller} />,
    howToRead: <HowToRead />,
    ...inputs.zoom,
    categories: dataset.categories,
    shownCategories: view.shownCategories,
    categoryCounts,
    onCategoriesChange: (cat) => update({ cat }),
    onLanguageChange: (lang) => update({ lang }),
    onPresent: inputs.onPresent,
    onShare: inputs.onShare,
    exportControls: (
      <ExportControls
        {...{ dataset, index, view, state, controller, labelSize }}
        timeline={state.view === 'timeline'}
      />
    ),
  };
}
