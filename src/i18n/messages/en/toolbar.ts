import { count, digits } from './plural';

/** The page's toolbar: search, zoom, view, categories, and the page header. */
export const toolbar = {
  eventsAndSources: (events: number) => `${count(events, 'event', 'events')} ·`,
  sources: (sources: number) => count(sources, 'source', 'sources'),
  search: 'Search events',
  searchMatches: (matches: number, total: number) =>
    `${digits(matches)} of ${count(total, 'event', 'events')} match`,
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  showAll: 'Show all',
  view: 'View',
  timeline: 'Timeline',
  list: 'List',
  categoriesShown: 'Categories shown',
  /** Events in a category, on its legend chip. */
  categoryCount: (events: number) => digits(events),
  showAllCategories: 'Show all categories',
  language: 'Language',
  present: 'Present',
  share: 'Share',
  openFullTimeline: 'Open full timeline',
  opensInNewTab: '(opens in a new tab)',
};
