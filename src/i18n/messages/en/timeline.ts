import { count } from './plural';

/** The timeline: its region, marks, lanes, axis and overview strip. */
export const timeline = {
  region: 'Timeline',
  /** `modality` is already in words: "forecast, not an outcome". */
  markName: (title: string, date: string, disputed: boolean, modality?: string) =>
    `${title}, ${date}${modality ? `, ${modality}` : ''}${disputed ? ', sources differ on the date' : ''}`,
  clusterName: (events: number, years: string) =>
    `${count(events, 'event', 'events')}, ${years}: zoom in to see them`,
  noCategoryShown: 'No category is shown. Choose one above, or',
  showAllCategories: 'show all categories',
  noEvents: 'This dataset has no events.',
  visiblePeriod: 'Visible period',
  lanes: 'Categories',
  howToRead: {
    open: 'How to read this',
    day: 'A day: a dot on that date.',
    span: 'A month, a year or a period: a bar across all of it.',
    circa: '“Circa”: the ends fade.',
    uncertain: 'Uncertain (“?”): a dashed outline.',
    openEnd: 'No known end: the bar fades out.',
    disputed: '≠ Sources give different dates.',
    cluster: 'Events too close to tell apart: select to zoom in.',
    gestures:
      'Scroll or pinch to zoom, drag to pan. Keys: ← → move between events, Enter opens one, + and − zoom around the event in focus, 0 shows everything.',
  },
};
