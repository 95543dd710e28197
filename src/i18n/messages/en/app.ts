import { count } from './plural';

/** The page shell: loading, errors, notices, and what the live region says. */
export const app = {
  pageTitle: (dataset: string) => `${dataset} — timeline`,
  defaultTitle: 'Timeline',
  loading: 'Loading the timeline…',
  loadFailed: 'The timeline could not be loaded',
  datasetLabel: 'Dataset:',
  problemsHeading: (shown: number, total: number) =>
    total > shown ? `The first ${shown} problems` : 'Problems',
  problemEvent: (id: string) => `(event “${id}”)`,
  retry: 'Retry',
  openDefault: 'Open the Baogang timeline',
  dismiss: 'Dismiss',
  noticesLabel: 'About this link',
  listRegion: 'Events',
  eventsShown: (n: number) => `${count(n, 'event', 'events')} shown`,
  selected: (title: string, date: string) => `Selected: ${title}, ${date}`,
};
