import type { ReactNode } from 'react';
import type { Category } from '../../domain/dataset/schema';
import { useI18n } from '../../i18n/useI18n';
import type { Language } from '../../i18n/languages';
import { LanguageSwitch } from './LanguageSwitch';
import { Legend } from './Legend';
import { PresentAndShare } from './PresentAndShare';
import { SearchBox } from './SearchBox';
import { ViewToggle } from './ViewToggle';
import { ZoomControls } from './ZoomControls';

interface ToolbarProps {
  title: string;
  eventCount: number;
  sourceCount: number;
  onOpenSources: () => void;
  query: string;
  matchCount: number;
  /** Events of the shown categories, which the search looks through. */
  searchable: number;
  onQueryChange: (query: string) => void;
  onNextMatch: () => void;
  view: 'timeline' | 'list';
  onViewChange: (view: 'timeline' | 'list') => void;
  /** Timeline-only controls: the visible period, the zoom buttons, the key to the marks. */
  visibleRange: ReactNode;
  howToRead: ReactNode;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onShowAll: () => void;
  categories: Category[];
  shownCategories: ReadonlySet<string>;
  categoryCounts: ReadonlyMap<string, number>;
  onCategoriesChange: (shown: string[] | undefined) => void;
  onLanguageChange: (language: Language) => void;
  /** Download a picture, print a handout. */
  exportControls: ReactNode;
  onPresent: () => void;
  onShare: () => void;
  /** An overlay lies over the toolbar: its controls are inert, its heading stays. */
  covered?: boolean;
}

/** The page's banner: the dataset's title and the controls for what the views show. */
export function Toolbar(props: ToolbarProps) {
  const { t } = useI18n();
  const { categories, shownCategories, onCategoriesChange } = props;
  const toggleCategory = (id: string) => {
    const next = categories
      .map((c) => c.id)
      .filter((c) => (c === id ? !shownCategories.has(c) : shownCategories.has(c)));
    onCategoriesChange(next.length === categories.length ? undefined : next);
  };
  const timeline = props.view === 'timeline';
  const inert = props.covered;
  return (
    <header className="px-4 pt-2">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <div className="flex flex-wrap items-baseline gap-x-3">
          <h1 tabIndex={-1} className="text-2xl font-bold">
            {props.title}
          </h1>
          <p inert={inert} className="text-stone-700">
            {t.toolbar.eventsAndSources(props.eventCount)}{' '}
            <button
              type="button"
              onClick={props.onOpenSources}
              className="font-medium text-blue-800 underline"
            >
              {t.toolbar.sources(props.sourceCount)}
            </button>
          </p>
        </div>
        <div inert={inert} className="contents">
          <SearchBox
            query={props.query}
            matchCount={props.matchCount}
            total={props.searchable}
            onChange={props.onQueryChange}
            onNext={props.onNextMatch}
          />
        </div>
        <div inert={inert} className="ml-auto flex flex-wrap items-center justify-end gap-2">
          {timeline && props.visibleRange}
          {timeline && (
            <ZoomControls
              onZoomIn={props.onZoomIn}
              onZoomOut={props.onZoomOut}
              onShowAll={props.onShowAll}
            />
          )}
          <ViewToggle view={props.view} onChange={props.onViewChange} />
          {timeline && props.howToRead}
          {props.exportControls}
          <PresentAndShare onPresent={props.onPresent} onShare={props.onShare} />
          <LanguageSwitch onChange={props.onLanguageChange} />
        </div>
      </div>
      <div inert={inert} className="py-2">
        <Legend
          categories={categories}
          shown={shownCategories}
          counts={props.categoryCounts}
          onToggle={toggleCategory}
          onShowAll={() => onCategoriesChange(undefined)}
        />
      </div>
    </header>
  );
}
