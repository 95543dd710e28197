import { count } from './plural';

/** The list view. */
export const list = {
  heading: 'Events in time order',
  empty: 'No event matches the categories and search chosen.',
  passages: (n: number) => count(n, 'passage', 'passages'),
  sourcesDiffer: '≠ sources differ',
};
