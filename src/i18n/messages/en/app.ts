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
  updateAvailable: 'Update available: a new version of this timeline is ready.',
  reload: 'Reload',
  offlineReady: 'Saved for offline use: this timeline now opens without a network.',
  loadError: {
    offline:
      'You are offline, and this dataset has not been saved on this device yet. Connect once to open it; after that it works offline.',
    network: 'The dataset could not be downloaded: the network request failed.',
    http: (status: number) => `The dataset could not be downloaded: the server answered ${status}.`,
    notFile:
      'There is no dataset at this address: the server sent a web page instead, so the file is probably missing.',
    json: 'The file was downloaded but is not valid JSON.',
    invalid: (problems: number) =>
      `The file is not a valid timeline dataset: ${count(problems, 'problem was', 'problems were')} found.`,
  },
  problemsInEnglish: 'The details below are for the dataset’s authors.',
  eventsShown: (n: number) => `${count(n, 'event', 'events')} shown`,
  selected: (title: string, date: string) => `Selected: ${title}, ${date}`,
  skipToTimeline: 'Skip to the timeline',
  skipToList: 'Skip to the list',
};
